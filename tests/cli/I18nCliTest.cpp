// The CLI speaks its operator's language: what a script prints on bad input is translated, while the
// parts scripts parse (the FILE:LINE prefix, "error: ", exit codes, keys) stay the same in every language.
#include "app/i18n/Translations.h"
#include "cli/CliRunner.h"
#include "core/sla/BuiltinCalendars.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ingot;

namespace {
class I18nCliTest : public ::testing::Test {
protected:
    void TearDown() override
    {
        Translations::uninstall(*QCoreApplication::instance());
        qunsetenv("INGOTDESK_LANG");
    }

    // As main() does: the language comes from $INGOTDESK_LANG.
    bool speak(const char* language)
    {
        Translations::uninstall(*QCoreApplication::instance());
        qputenv("INGOTDESK_LANG", language);
        return Translations::install(*QCoreApplication::instance(), Translations::forEnvironment());
    }

    int run(const QStringList& words)
    {
        out.clear();
        err.clear();
        QTextStream o(&out), e(&err);
        CliRunner runner(clock, o, e);
        const int code = runner.run(QStringList{QStringLiteral("--db"), db} + words);
        o.flush();
        e.flush();
        return code;
    }

    int dueOnUnknownCalendar()
    {
        return run({QStringLiteral("sla"), QStringLiteral("due"), QStringLiteral("--calendar"), QStringLiteral("9x9"),
                    QStringLiteral("--start"), QStringLiteral("2026-06-01 09:00"), QStringLiteral("--minutes"),
                    QStringLiteral("60")});
    }

    static QString known() { return BuiltinCalendars::names().join(QStringLiteral(", ")); }

    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("t.db"));
    FixedClock clock{1'790'000'000}; // 2026-09-22
    QString out, err;
    const QString badFile = QStringLiteral(INGOTDESK_TEST_DATA "/import/customers-bad-line57.csv");
};
} // namespace

TEST_F(I18nCliTest, LanguageFromEnvironment)
{
    qputenv("INGOTDESK_LANG", "zh_CN");
    EXPECT_EQ(Translations::forEnvironment(), QStringLiteral("zh_CN"));
    qputenv("INGOTDESK_LANG", "en_US.UTF-8");
    EXPECT_EQ(Translations::forEnvironment(), QStringLiteral("en"));
}

TEST_F(I18nCliTest, ChineseBadInput)
{
    ASSERT_TRUE(speak("zh_CN"));
    EXPECT_EQ(dueOnUnknownCalendar(), 2);
    EXPECT_EQ(err.trimmed(), QStringLiteral("error: 没有名为“9x9”的内置日历（已有：%1）").arg(known()))
        << qPrintable(err);

    ASSERT_EQ(run({QStringLiteral("init")}), 0) << qPrintable(err);
    EXPECT_TRUE(out.startsWith(QStringLiteral("数据库已就绪："))) << qPrintable(out);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("customers"), badFile}), 2);
    // The location scripts and editors jump to stays as it is; the message after it is Chinese.
    EXPECT_TRUE(err.startsWith(badFile + QStringLiteral(":57: “region”列：“火星”不是以下之一："))) << qPrintable(err);
}

TEST_F(I18nCliTest, EnglishShowsTheSourceText)
{
    // The English translation is nearly empty on purpose: Qt falls back to the source text.
    ASSERT_TRUE(speak("en"));
    EXPECT_EQ(dueOnUnknownCalendar(), 2);
    EXPECT_EQ(err.trimmed(),
              QStringLiteral("error: there is no built-in calendar named '9x9' (known: %1)").arg(known()))
        << qPrintable(err);

    ASSERT_EQ(run({QStringLiteral("init")}), 0) << qPrintable(err);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("customers"), badFile}), 2);
    EXPECT_TRUE(err.startsWith(badFile + QStringLiteral(":57: column 'region': '火星' is not one of ")))
        << qPrintable(err);
}

TEST_F(I18nCliTest, SwitchingBackFromChinese)
{
    ASSERT_TRUE(speak("zh_CN"));
    EXPECT_EQ(run({QStringLiteral("frobnicate")}), 2);
    EXPECT_TRUE(err.contains(QStringLiteral("error: 未知命令“frobnicate”"))) << qPrintable(err);
    ASSERT_TRUE(speak("en"));
    EXPECT_EQ(run({QStringLiteral("frobnicate")}), 2);
    EXPECT_TRUE(err.contains(QStringLiteral("error: unknown command 'frobnicate'"))) << qPrintable(err);
}
