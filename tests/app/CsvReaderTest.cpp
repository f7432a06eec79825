#include "app/io/CsvReader.h"
#include "app/io/CsvWriter.h"

#include <gtest/gtest.h>
#include <random>

using namespace ingot;

TEST(CsvReader, QuotesBomCrlfAndLineNumbers)
{
    const QByteArray data = "\xEF\xBB\xBF"
                            "a,b,c\r\n"
                            "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                            "\r\n"
                            "2,\"two\nlines\",z\n"
                            "3,,\n";
    auto r = CsvReader::parse(data, QStringLiteral("f.csv"));
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().text());
    ASSERT_EQ(r->size(), 4);
    EXPECT_EQ(r->at(0).fields, (QStringList{"a", "b", "c"}));
    EXPECT_EQ(r->at(1).fields, (QStringList{"1", "x, y", "say \"hi\""}));
    EXPECT_EQ(r->at(1).line, 2);
    EXPECT_EQ(r->at(2).fields, (QStringList{"2", "two\nlines", "z"}));
    EXPECT_EQ(r->at(2).line, 4);
    EXPECT_EQ(r->at(3).line, 6);  // after a two-line record
    EXPECT_EQ(r->at(3).fields, (QStringList{"3", "", ""}));
}

TEST(CsvReader, ChineseTextSurvives)
{
    auto r = CsvReader::parse(QStringLiteral("名称,地区\n天能电池,华东\n").toUtf8(), QStringLiteral("f.csv"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->at(1).fields.at(1), QStringLiteral("华东"));
}

TEST(CsvReader, BrokenQuotingNamesTheLine)
{
    auto open = CsvReader::parse("a,b\n1,2\n3,\"never closed\n4,5\n", QStringLiteral("f.csv"));
    ASSERT_FALSE(open.ok());
    EXPECT_EQ(open.error().where, QStringLiteral("f.csv:3"));
    auto after = CsvReader::parse("a,b\n1,\"x\"y\n", QStringLiteral("f.csv"));
    ASSERT_FALSE(after.ok());
    EXPECT_EQ(after.error().where, QStringLiteral("f.csv:2"));
}

TEST(CsvReader, InvalidUtf8IsRefused)
{
    auto r = CsvReader::parse("a,b\n\xC4\xE3,\xBA\xC3\n", QStringLiteral("gbk.csv"));  // GBK bytes
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("UTF-8")));
}

TEST(CsvReader, WriterOutputReadsBackToTheSameFields)
{
    std::mt19937 rng(7);
    const QString alphabet = QStringLiteral("ab,\"\n\r 铅锭氧化");
    CsvWriter w;
    QList<QStringList> rows;
    for (int r = 0; r < 200; ++r) {
        QStringList row;
        for (int c = 0; c < 4; ++c) {
            QString f;
            const int len = static_cast<int>(rng() % 8);
            for (int k = 0; k < len; ++k)
                f += alphabet.at(static_cast<qsizetype>(rng() % alphabet.size()));
            row << f;
        }
        row[0] = QStringLiteral("r%1").arg(r);  // never a blank line
        rows << row;
        w.writeRow(row);
    }
    auto back = CsvReader::parse(w.data(), QStringLiteral("w.csv"));
    ASSERT_TRUE(back.ok()) << qPrintable(back.error().text());
    ASSERT_EQ(back->size(), rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        // \r inside a quoted field is kept; bare \r\n line ends are not part of fields.
        EXPECT_EQ(back->at(r).fields, rows.at(r)) << r;
    }
}

TEST(CsvReader, RandomBytesNeverCrash)
{
    std::mt19937 rng(11);
    for (int i = 0; i < 3000; ++i) {
        QByteArray data;
        const int len = static_cast<int>(rng() % 64);
        for (int k = 0; k < len; ++k)
            data += "a,\"\n\r\xE9\xFF"[rng() % 8];
        auto r = CsvReader::parse(data, QStringLiteral("fuzz.csv"));
        if (!r.ok()) {
            EXPECT_TRUE(r.error().where.startsWith(QStringLiteral("fuzz.csv:")));
        }
    }
}
