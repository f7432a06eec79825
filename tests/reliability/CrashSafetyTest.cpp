#include "storage/sqlite/maintenance/SqliteMaintenance.h"
#include "support/TempDatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

using namespace ingot;
using ingot::test::TempDatabase;

// A desk killed at any moment (power cut of the process, kill -9) loses nothing it acknowledged
// and leaves a database that passes `check`.
TEST(CrashSafety, KilledWriterLosesNoAcknowledgedTicket)
{
    TempDatabase db;
    {
        auto store = db.open();
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->write([&] {
                             Customer c = test::sampleCustomer(QStringLiteral("C1"));
                             return store->customers().upsert(c);
                         }).ok());
    }
    QRandomGenerator rng(20260501);
    QSet<QString> acknowledged;
    QElapsedTimer total;
    total.start();
    constexpr int kKills = 50;
    for (int round = 0; round < kKills; ++round) {
        QProcess writer;
        writer.setProgram(QStringLiteral(INGOTDESK_CRASH_WRITER));
        writer.setArguments({db.path()});
        writer.start();
        ASSERT_TRUE(writer.waitForStarted(5000));
        // Kill at a random moment: sometimes before the first commit, mostly in the middle of work.
        QThread::msleep(rng.bounded(5, 160));
        writer.kill();  // SIGKILL
        ASSERT_TRUE(writer.waitForFinished(5000));
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines)
            if (!line.trimmed().isEmpty())
                acknowledged.insert(QString::fromLatin1(line.trimmed()));
        const QByteArray errors = writer.readAllStandardError();
        ASSERT_TRUE(errors.trimmed().isEmpty()) << errors.constData();

        auto report = SqliteMaintenance::check(db.path());
        ASSERT_TRUE(report.ok()) << qPrintable(report.error().text());
        ASSERT_TRUE(report->integrityOk()) << qPrintable(report->integrity.join(QLatin1Char(';')));
        ASSERT_EQ(report->foreignKeyProblems, 0);
        ASSERT_TRUE(report->auditOk()) << "round " << round << ": audit entry " << report->auditFirstBad->seq;
    }
    auto store = db.open();
    ASSERT_TRUE(store);
    for (const QString& number : std::as_const(acknowledged)) {
        auto t = store->tickets().findByNumber(number);
        ASSERT_TRUE(t.ok()) << "acknowledged " << qPrintable(number) << " is missing";
        // Every ticket committed with its audit entry.
        AuditQuery q;
        q.entity = QStringLiteral("ticket");
        q.entityId = number;
        ASSERT_GE(*store->audit().count(q), 1) << qPrintable(number);
    }
    EXPECT_GT(acknowledged.size(), 50);
    std::printf("crash safety: %d kills, %lld acknowledged tickets all present, %.1f s\n", kKills,
                static_cast<long long>(acknowledged.size()), static_cast<double>(total.elapsed()) / 1000.0);
}
