#include "CliProcess.h"
#include "app/tickets/TicketService.h"
#include "cli/CliRunner.h"
#include "core/common/Instant.h"
#include "storage/sqlite/maintenance/SqliteMaintenance.h"
#include "support/TempDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>

using namespace ingot;
using ingot::test::runCli;
using ingot::test::TempDatabase;

namespace {
constexpr qint64 kMay1 = 1'777'593'600;  // 2026-05-01T08:00:00+08:00

// Two desks on one file: two stores (two connections), as two desk processes would have.
class ConcurrentDesksTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        deskA = db.open();
        deskB = db.open();
        ASSERT_TRUE(deskA && deskB);
        deskA->setActor(Actor{QStringLiteral("wang.fang"), Role::Agent, false});
        deskB->setActor(Actor{QStringLiteral("li.ming"), Role::Supervisor, false});
        ASSERT_TRUE(deskA->write([&] {
                             Customer c = test::sampleCustomer(QStringLiteral("C1"));
                             return deskA->customers().upsert(c);
                         }).ok());
        NewTicket in;
        in.customerCode = QStringLiteral("C1");
        in.title = QStringLiteral("铅锭表面氧化");
        in.reportedAt = kMay1 - 600;
        auto t = TicketService(*deskA, clock).create(in, QStringLiteral("wang.fang"));
        ASSERT_TRUE(t.ok()) << qPrintable(t.error().text());
        number = t->number;
    }

    int cli(const QStringList& words, QString* out = nullptr, QString* err = nullptr)
    {
        QString o, e;
        QTextStream os(&o), es(&e);
        CliRunner runner(clock, os, es);
        const int code = runner.run(QStringList{QStringLiteral("--db"), db.path()} + words);
        os.flush();
        es.flush();
        if (out)
            *out = o;
        if (err)
            *err = e;
        return code;
    }

    TempDatabase db;
    FixedClock clock{kMay1};
    std::unique_ptr<SqliteStore> deskA, deskB;
    QString number;
};
}  // namespace

TEST_F(ConcurrentDesksTest, StaleEditIsRefusedNamingWhoChangedItAndWhen)
{
    TicketService a(*deskA, clock), b(*deskB, clock);
    auto seenByA = a.find(number);
    ASSERT_TRUE(seenByA.ok());
    const int versionA = seenByA->version;

    clock.advance(120);
    TicketService::ActionInput assess{number, Action::Assess, {}, {}, std::nullopt, std::nullopt};
    ASSERT_TRUE(b.act(assess, QStringLiteral("li.ming")).ok());

    clock.advance(60);
    TicketService::ActionInput note{number, Action::Note, {}, QStringLiteral("客户来电"), versionA, std::nullopt};
    auto stale = a.act(note, QStringLiteral("wang.fang"));
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, Error::Kind::Refused);
    const QString message = stale.error().message;
    EXPECT_TRUE(message.contains(number)) << qPrintable(message);
    EXPECT_TRUE(message.contains(QStringLiteral("li.ming"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(Instant::formatShort(kMay1 + 120))) << qPrintable(message);

    // Reloaded, the same edit goes through; the version moved once per write.
    auto reloaded = a.find(number);
    ASSERT_TRUE(reloaded.ok());
    EXPECT_EQ(reloaded->version, versionA + 1);
    note.expectedVersion = reloaded->version;
    ASSERT_TRUE(a.act(note, QStringLiteral("wang.fang")).ok());

    // Both desks' changes are in one intact chain, each under its own login.
    auto page = deskA->audit().page({}, 0, 10);
    ASSERT_TRUE(page.ok());
    ASSERT_GE(page->size(), 3);
    EXPECT_EQ(page->at(0).actor, QStringLiteral("wang.fang"));
    EXPECT_EQ(page->at(0).action, QStringLiteral("note"));
    EXPECT_EQ(page->at(1).actor, QStringLiteral("li.ming"));
    EXPECT_EQ(page->at(1).action, QStringLiteral("assess"));
    EXPECT_TRUE(deskB->audit().verify()->ok());
}

TEST_F(ConcurrentDesksTest, LockedDatabaseGivesABusyMessageAndExitThree)
{
    deskB.reset();
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db.path().toUtf8().constData(), &h), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(h, "BEGIN IMMEDIATE; UPDATE tickets SET title = title", nullptr, nullptr, nullptr), SQLITE_OK);
    QElapsedTimer waited;
    waited.start();
    const auto r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("ticket"), QStringLiteral("act"), number,
                           QStringLiteral("note"), QStringLiteral("--note"), QStringLiteral("x")});
    EXPECT_EQ(r.code, 3) << qPrintable(r.out + r.err);
    EXPECT_TRUE(r.err.contains(QStringLiteral("busy"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(db.path())) << qPrintable(r.err);
    EXPECT_GE(waited.elapsed(), 4500);  // it waited for the busy timeout before giving up
    sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(h);
}

TEST_F(ConcurrentDesksTest, BackupWhileAnotherDeskIsWriting)
{
    const QString copy = db.file(QStringLiteral("backup.db"));
    QString out, err;
    // Desk B is in the middle of a write transaction while the backup runs.
    Status st = deskB->write([&]() -> Status {
        NewTicket in;
        in.customerCode = QStringLiteral("C1");
        in.title = QStringLiteral("uncommitted");
        in.reportedAt = kMay1 - 60;
        if (auto t = TicketService(*deskB, clock).create(in, QStringLiteral("li.ming")); !t)
            return t.error();
        EXPECT_EQ(cli({QStringLiteral("backup"), copy}, &out, &err), 0) << qPrintable(err);
        return success();
    });
    ASSERT_TRUE(st.ok()) << qPrintable(st.error().text());
    auto backup = SqliteStore::open(copy);
    ASSERT_TRUE(backup.ok());
    EXPECT_EQ(*(*backup)->tickets().count({}), 1);  // the snapshot before B's commit
    EXPECT_TRUE((*backup)->audit().verify()->ok());
    EXPECT_EQ(*deskA->tickets().count({}), 2);

    // An existing file is not overwritten without --force.
    EXPECT_EQ(cli({QStringLiteral("backup"), copy}, &out, &err), 3);
    EXPECT_TRUE(err.contains(QStringLiteral("--force"))) << qPrintable(err);
    backup.value().reset();
    EXPECT_EQ(cli({QStringLiteral("backup"), copy, QStringLiteral("--force")}, &out, &err), 0) << qPrintable(err);
}

TEST_F(ConcurrentDesksTest, RestoreKeepsWhatItReplacesAndOtherDesksSeeTheRestoredData)
{
    const QString copy = db.file(QStringLiteral("backup.db"));
    ASSERT_EQ(cli({QStringLiteral("backup"), copy}), 0);
    // Work done after the backup...
    TicketService b(*deskB, clock);
    TicketService::ActionInput assess{number, Action::Assess, {}, {}, std::nullopt, std::nullopt};
    ASSERT_TRUE(b.act(assess, QStringLiteral("li.ming")).ok());
    ASSERT_EQ(b.find(number)->state.stage, Stage::Assessed);

    QString out, err;
    ASSERT_EQ(cli({QStringLiteral("restore"), copy}, &out, &err), 0) << qPrintable(err);
    const QString kept = SqliteMaintenance::keptCopyPath(db.path(), clock.now());
    EXPECT_TRUE(out.contains(kept)) << qPrintable(out);
    ASSERT_TRUE(QFile::exists(kept));
    // ...is gone from the live file (desk B's open connection sees it at once)...
    EXPECT_EQ(b.find(number)->state.stage, Stage::Reported);
    // ...and kept in the copy of what was replaced.
    auto keptStore = SqliteStore::open(kept);
    ASSERT_TRUE(keptStore.ok());
    EXPECT_EQ((*keptStore)->tickets().findByNumber(number)->state.stage, Stage::Assessed);
    EXPECT_EQ(cli({QStringLiteral("check")}, &out, &err), 0) << qPrintable(out + err);
}

TEST_F(ConcurrentDesksTest, RestoreRefusesBadCandidatesAndChangesNothing)
{
    auto bytes = [](const QString& path) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    };
    QString out, err;
    // Not SQLite at all.
    const QString junk = db.file(QStringLiteral("junk.db"));
    {
        QFile f(junk);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'z'));
    }
    EXPECT_EQ(cli({QStringLiteral("restore"), junk}, &out, &err), 3);
    EXPECT_TRUE(err.contains(junk)) << qPrintable(err);
    // SQLite, but not ours.
    const QString foreign = db.file(QStringLiteral("foreign.db"));
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(foreign.toUtf8().constData(), &h), SQLITE_OK);
    sqlite3_exec(h, "CREATE TABLE t (x)", nullptr, nullptr, nullptr);
    sqlite3_close(h);
    EXPECT_EQ(cli({QStringLiteral("restore"), foreign}, &out, &err), 3);
    // Ours, but from a newer program.
    const QString newer = db.file(QStringLiteral("newer.db"));
    ASSERT_EQ(cli({QStringLiteral("backup"), newer}), 0);
    ASSERT_EQ(sqlite3_open(newer.toUtf8().constData(), &h), SQLITE_OK);
    sqlite3_exec(h, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
    sqlite3_close(h);
    const QByteArray newerBytes = bytes(newer);
    EXPECT_EQ(cli({QStringLiteral("restore"), newer}, &out, &err), 3);
    EXPECT_TRUE(err.contains(QStringLiteral("newer"))) << qPrintable(err);
    EXPECT_EQ(bytes(newer), newerBytes);
    // A missing file is bad input.
    EXPECT_EQ(cli({QStringLiteral("restore"), db.file(QStringLiteral("none.db"))}, &out, &err), 2);
    // Nothing was replaced, nothing was kept.
    EXPECT_EQ(*deskA->tickets().count({}), 1);
    EXPECT_FALSE(QFile::exists(SqliteMaintenance::keptCopyPath(db.path(), clock.now())));
}

TEST_F(ConcurrentDesksTest, TamperedAuditEntryIsNamedByCheck)
{
    TicketService b(*deskB, clock);
    for (Action action : {Action::Assess, Action::Plan, Action::Start}) {
        clock.advance(600);
        TicketService::ActionInput in{number, action, {}, {}, std::nullopt, std::nullopt};
        ASSERT_TRUE(b.act(in, QStringLiteral("li.ming")).ok());
    }
    QString out, err;
    ASSERT_EQ(cli({QStringLiteral("check")}, &out, &err), 0) << qPrintable(out + err);
    auto target = deskA->audit().page({QStringLiteral("ticket"), number, {}, {}, {}}, 1, 1);  // the "plan" entry
    ASSERT_TRUE(target.ok());
    ASSERT_EQ(target->size(), 1);
    const AuditEntry victim = target->first();
    ASSERT_EQ(victim.action, QStringLiteral("plan"));
    deskA.reset();
    deskB.reset();

    // By hand, as someone with the file and a sqlite3 shell would.
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db.path().toUtf8().constData(), &h), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(h,
                           QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                          "UPDATE audit_log SET actor = 'wang.fang' WHERE seq = %1")
                               .arg(victim.seq)
                               .toUtf8()
                               .constData(),
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(h);

    EXPECT_EQ(cli({QStringLiteral("check")}, &out, &err), 3);
    EXPECT_TRUE(out.contains(QStringLiteral("TAMPERED at entry %1").arg(victim.seq))) << qPrintable(out);
    EXPECT_TRUE(out.contains(Instant::format(victim.at))) << qPrintable(out);
    EXPECT_TRUE(out.contains(QStringLiteral("wang.fang"))) << qPrintable(out);
    EXPECT_TRUE(err.contains(QStringLiteral("entry %1").arg(victim.seq))) << qPrintable(err);

    EXPECT_EQ(cli({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")}, &out, &err), 3);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    EXPECT_FALSE(json.value(QStringLiteral("ok")).toBool());
    const QJsonObject bad = json.value(QStringLiteral("audit")).toObject().value(QStringLiteral("first_bad")).toObject();
    EXPECT_EQ(bad.value(QStringLiteral("seq")).toInteger(), victim.seq);
    EXPECT_EQ(bad.value(QStringLiteral("actor")).toString(), QStringLiteral("wang.fang"));
    EXPECT_EQ(bad.value(QStringLiteral("reason")).toString(), QStringLiteral("hash"));
}
