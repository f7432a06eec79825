// ingotdesk-cli on a PostgreSQL address: the refusals need no server; the commands on a server run
// when $INGOTDESK_TEST_PG_URL names one (scripts/test.sh starts a throwaway server) and skip otherwise.
#include "cli/CliRunner.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresStore.h"
#include "support/PgScratch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <type_traits>

using namespace ingot;

namespace {
class PostgresCliTest : public ::testing::Test {
protected:
    int run(const QStringList& words)
    {
        out.clear();
        err.clear();
        QTextStream o(&out), e(&err);
        CliRunner runner(clock, o, e);
        const int code = runner.run(words);
        o.flush();
        e.flush();
        return code;
    }

    QTemporaryDir dir;
    FixedClock clock{1'790'000'000};  // 2026-09-22
    QString out, err;
};

const QString kAddress = QStringLiteral("postgresql://wang@127.0.0.1:1/desk");
}  // namespace

TEST_F(PostgresCliTest, APasswordInTheAddressIsRefusedBeforeConnecting)
{
    EXPECT_EQ(run({QStringLiteral("--db"), QStringLiteral("postgresql://wang:s3cret@127.0.0.1:1/desk"),
                   QStringLiteral("init")}),
              2);
    EXPECT_TRUE(err.startsWith(QStringLiteral("error: "))) << qPrintable(err);
    EXPECT_TRUE(err.contains(QStringLiteral("--db-password-file"))) << qPrintable(err);
    EXPECT_FALSE(err.contains(QStringLiteral("s3cret")));
    EXPECT_EQ(run({QStringLiteral("--db"), QStringLiteral("postgresql://127.0.0.1/desk"), QStringLiteral("init")}), 2);
}

TEST_F(PostgresCliTest, APasswordFileIsOnlyForAnAddress)
{
    EXPECT_EQ(run({QStringLiteral("--db"), dir.filePath(QStringLiteral("a.db")), QStringLiteral("--db-password-file"),
                   dir.filePath(QStringLiteral("pw")), QStringLiteral("init")}),
              2);
    EXPECT_TRUE(err.contains(QStringLiteral("--db-password-file"))) << qPrintable(err);
    EXPECT_EQ(run({QStringLiteral("--db"), kAddress, QStringLiteral("--db-password-file")}), 2);
}

TEST_F(PostgresCliTest, FileCommandsSayTheyNeedASqliteFile)
{
    for (const QStringList& words : {QStringList{QStringLiteral("backup"), dir.filePath(QStringLiteral("b.db"))},
                                     QStringList{QStringLiteral("restore"), dir.filePath(QStringLiteral("b.db"))},
                                     QStringList{QStringLiteral("check")}}) {
        EXPECT_EQ(run(QStringList{QStringLiteral("--db"), kAddress} + words), 2) << qPrintable(words.first());
        EXPECT_TRUE(err.contains(QStringLiteral("SQLite database file"))) << qPrintable(err);
        EXPECT_FALSE(err.contains(QStringLiteral("Unable to connect")));  // refused before connecting
    }
}

TEST_F(PostgresCliTest, AServerThatDoesNotAnswerIsRefused)
{
    EXPECT_EQ(run({QStringLiteral("--db"), kAddress, QStringLiteral("init")}), 3);
    EXPECT_TRUE(err.startsWith(QStringLiteral("error: "))) << qPrintable(err);
}

TEST_F(PostgresCliTest, InitSeedShowOnPostgres)
{
    test::PgScratch pg;
    INGOT_REQUIRE_PG(pg);
    const QStringList db{QStringLiteral("--db"), pg.url()};
    if constexpr (!std::is_convertible_v<PostgresStore*, Store*>) {
        // Until every repository exists on PostgreSQL the commands are refused with a clear message.
        EXPECT_EQ(run(db + QStringList{QStringLiteral("init")}), 3);
        EXPECT_TRUE(err.contains(QStringLiteral("PostgreSQL"))) << qPrintable(err);
        return;
    }
    ASSERT_EQ(run(db + QStringList{QStringLiteral("init")}), 0) << qPrintable(err);
    EXPECT_TRUE(out.contains(pg.url())) << qPrintable(out);
    ASSERT_EQ(run(db + QStringList{QStringLiteral("init")}), 0) << qPrintable(err);  // idempotent
    ASSERT_EQ(run(db + QStringList{QStringLiteral("seed"), QStringLiteral("--tickets"), QStringLiteral("200"),
                                   QStringLiteral("--from"), QStringLiteral("2025-09-01"), QStringLiteral("--to"),
                                   QStringLiteral("2026-09-01")}),
              0)
        << qPrintable(err);
    const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
    EXPECT_EQ(summary.value(QStringLiteral("tickets")).toInt(), 200) << qPrintable(out);
    ASSERT_EQ(run(db + QStringList{QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("T2025-000001")}), 0)
        << qPrintable(err);
    const QJsonObject t = QJsonDocument::fromJson(out.toUtf8()).object();
    EXPECT_EQ(t.value(QStringLiteral("ticket_no")).toString(), QStringLiteral("T2025-000001"));
    EXPECT_FALSE(t.value(QStringLiteral("history")).toArray().isEmpty());
}

TEST_F(PostgresCliTest, MigrateToNeedsASqliteSourceAndAnAddress)
{
    const QString file = dir.filePath(QStringLiteral("desk.db"));
    EXPECT_EQ(run({QStringLiteral("--db"), file, QStringLiteral("migrate-to")}), 2);
    EXPECT_EQ(run({QStringLiteral("--db"), file, QStringLiteral("migrate-to"), dir.filePath(QStringLiteral("x.db"))}), 2);
    EXPECT_EQ(run({QStringLiteral("--db"), kAddress, QStringLiteral("migrate-to"), kAddress}), 2);
    EXPECT_TRUE(err.contains(QStringLiteral("--db"))) << qPrintable(err);
    EXPECT_EQ(run({QStringLiteral("--db"), file, QStringLiteral("migrate-to"),
                   QStringLiteral("postgresql://wang:pw@127.0.0.1:1/desk")}),
              2);
    EXPECT_EQ(run({QStringLiteral("--db"), file, QStringLiteral("migrate-to"), kAddress}), 3);  // no such file
}

TEST_F(PostgresCliTest, MigrateToCopiesASeededDeskWithVerifiedCounts)
{
    test::PgScratch pg;
    INGOT_REQUIRE_PG(pg);
    const QString file = dir.filePath(QStringLiteral("desk.db"));
    ASSERT_EQ(run({QStringLiteral("--db"), file, QStringLiteral("init")}), 0) << qPrintable(err);
    ASSERT_EQ(run({QStringLiteral("--db"), file, QStringLiteral("seed"), QStringLiteral("--tickets"), QStringLiteral("300"),
                   QStringLiteral("--from"), QStringLiteral("2025-09-01"), QStringLiteral("--to"),
                   QStringLiteral("2026-09-01")}),
              0)
        << qPrintable(err);

    ASSERT_EQ(run({QStringLiteral("--db"), file, QStringLiteral("migrate-to"), pg.url()}), 0) << qPrintable(err);
    EXPECT_TRUE(out.contains(QStringLiteral("Tickets 300,"))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("checksum"))) << qPrintable(out);
    QStringList tableLines;
    for (const QString& line : out.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("tickets ")) || line.startsWith(QLatin1String("ticket_events ")) ||
            line.startsWith(QLatin1String("customers ")))
            tableLines << line.simplified();
    ASSERT_EQ(tableLines.size(), 3) << qPrintable(out);
    for (const QString& line : std::as_const(tableLines)) {
        const QStringList words = line.split(QLatin1Char(' '));
        ASSERT_EQ(words.size(), 3) << qPrintable(line);
        EXPECT_EQ(words[1], words[2]) << qPrintable(line);  // SQLite and PostgreSQL agree
        EXPECT_GT(words[1].toLongLong(), 0) << qPrintable(line);
    }

    // The copy reads back through PostgreSQL's own repositories, and new ids come after the copied ones.
    auto store = PostgresStore::open(pg.settings(), PostgresStore::Options{false});
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().text());
    auto ticket = (*store)->tickets().findByNumber(QStringLiteral("T2025-000001"));
    ASSERT_TRUE(ticket.ok()) << qPrintable(ticket.error().text());
    auto events = (*store)->tickets().events(ticket->id);
    ASSERT_TRUE(events.ok());
    EXPECT_FALSE(events->isEmpty());
    for (const char* table : {"tickets", "ticket_events", "customers"}) {
        QSqlQuery q((*store)->connection().database());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) > (SELECT MAX(id) FROM %1)")
                               .arg(QLatin1String(table))) &&
                    q.next())
            << qPrintable(q.lastError().text());
        EXPECT_TRUE(q.value(0).toBool()) << table;
    }
    // Every copied ticket is indexed for search: the insert trigger takes each copied batch at once.
    QSqlQuery indexed((*store)->connection().database());
    ASSERT_TRUE(indexed.exec(QStringLiteral("SELECT count(*) FROM ticket_search_text")) && indexed.next());
    EXPECT_EQ(indexed.value(0).toLongLong(), 300);
    store->reset();

    // The KPI report of the copy is the report of the file, in every text format.
    for (const char* format : {"json", "csv", "html"}) {
        const QStringList report{QStringLiteral("report"),   QStringLiteral("kpi"),
                                 QStringLiteral("--month"),  QStringLiteral("2026-03"),
                                 QStringLiteral("--now"),    QStringLiteral("2026-09-01T00:00:00+08:00"),
                                 QStringLiteral("--format"), QLatin1String(format)};
        ASSERT_EQ(run(QStringList{QStringLiteral("--db"), file} + report), 0) << qPrintable(err);
        const QString fromFile = out;
        ASSERT_EQ(run(QStringList{QStringLiteral("--db"), pg.url()} + report), 0) << qPrintable(err);
        EXPECT_EQ(out, fromFile) << format;
        EXPECT_TRUE(out.contains(QStringLiteral("2026-03"))) << format;
    }

    // A second copy into the same, now full, database is refused and changes nothing.
    EXPECT_EQ(run({QStringLiteral("--db"), file, QStringLiteral("migrate-to"), pg.url()}), 3);
    EXPECT_TRUE(err.contains(QStringLiteral("not empty"))) << qPrintable(err);
}
