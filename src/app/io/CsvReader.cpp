#include "app/io/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Csv)
};
}  // namespace

Result<QList<CsvReader::Record>> CsvReader::parse(const QByteArray& data, const QString& fileName)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    if (decoder.hasError())
        return Error::badInput(Text::tr("the file is not valid UTF-8 text; save it as CSV UTF-8"), fileName + QStringLiteral(":1"));

    QList<Record> records;
    Record current;
    QString field;
    int line = 1;
    int fieldStartLine = 1;
    bool inQuotes = false;
    bool afterQuote = false;   // a quoted field just closed: only a separator or line end may follow
    bool recordStarted = false;
    qsizetype i = 0;
    if (text.startsWith(QChar(0xFEFF)))
        i = 1;

    auto endField = [&] {
        current.fields << field;
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line is not a record.
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            records << current;
        current = Record{};
        recordStarted = false;
    };

    for (const qsizetype n = text.size(); i < n; ++i) {
        const QChar c = text.at(i);
        if (!recordStarted) {
            current.line = line;
            recordStarted = true;
        }
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
        } else if (afterQuote) {
            return Error::badInput(Text::tr("unexpected text after a closing quote"), QStringLiteral("%1:%2").arg(fileName).arg(line));
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = true;
            fieldStartLine = line;
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return Error::badInput(Text::tr("a quoted field is never closed"), QStringLiteral("%1:%2").arg(fileName).arg(fieldStartLine));
    if (recordStarted)
        endRecord();
    return records;
}

}  // namespace ingot
