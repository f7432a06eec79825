#include "app/backup/BackupService.h"
#include "app/backup/DailyBackup.h"
#include "support/TempDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>

using namespace ingot;
using ingot::test::TempDatabase;

namespace {
constexpr qint64 kMay10Noon = 1'778'385'600;  // 2026-05-10T12:00:00+08:00
constexpr qint64 kDay = 86400;

void touch(const QString& path)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
}
}  // namespace

TEST(BackupService, OneBackupADayKeptForTheRetention)
{
    TempDatabase db;
    ASSERT_TRUE(db.open());
    const QString folder = db.file(QStringLiteral("backups"));
    auto first = BackupService::runDaily(db.path(), folder, kMay10Noon, 3);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().text());
    EXPECT_EQ(first->created, folder + QStringLiteral("/ingotdesk-20260510.db"));
    EXPECT_TRUE(QFile::exists(first->created));

    auto again = BackupService::runDaily(db.path(), folder, kMay10Noon + 3600, 3);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->created.isEmpty());  // today's exists

    touch(folder + QStringLiteral("/ingotdesk-20260508.db"));  // kept: 3 days = 8, 9, 10 May
    touch(folder + QStringLiteral("/ingotdesk-20260507.db"));  // too old
    touch(folder + QStringLiteral("/ingotdesk-20250101.db"));  // too old
    touch(folder + QStringLiteral("/notes.txt"));              // not ours: left alone
    auto next = BackupService::runDaily(db.path(), folder, kMay10Noon + kDay, 3);
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next->created, folder + QStringLiteral("/ingotdesk-20260511.db"));
    EXPECT_EQ(next->removed.size(), 3);  // 7 and 8 May are now older than 3 days, and 2025
    EXPECT_EQ(QDir(folder).entryList(QDir::Files, QDir::Name),
              (QStringList{QStringLiteral("ingotdesk-20260510.db"), QStringLiteral("ingotdesk-20260511.db"),
                           QStringLiteral("notes.txt")}));

    auto off = BackupService::runDaily(db.path(), folder, kMay10Noon + 2 * kDay, 0);
    ASSERT_TRUE(off.ok());
    EXPECT_TRUE(off->created.isEmpty());
}

TEST(BackupService, RetentionIsASettingRecordedInTheAuditTrail)
{
    TempDatabase db;
    auto store = db.open();
    ASSERT_TRUE(store);
    EXPECT_EQ(*BackupService::keepDays(*store), 14);
    FixedClock clock(kMay10Noon);
    ASSERT_TRUE(BackupService::setKeepDays(*store, clock, 30).ok());
    EXPECT_EQ(*BackupService::keepDays(*store), 30);
    EXPECT_FALSE(BackupService::setKeepDays(*store, clock, -1).ok());
    auto latest = store->audit().latestFor(QStringLiteral("setting"), BackupService::keepDaysKey());
    ASSERT_TRUE(latest.ok() && latest->has_value());
    EXPECT_EQ((*latest)->detail, QStringLiteral("{\"value\":30}"));
}

TEST(BackupService, DailyBackupRunsOffTheCallingThread)
{
    TempDatabase db;
    ASSERT_TRUE(db.open());
    const QString folder = db.file(QStringLiteral("daily"));
    DailyBackup daily(db.path(), folder, 14);
    QSignalSpy done(&daily, &DailyBackup::finished);
    daily.start();
    EXPECT_TRUE(daily.running());
    ASSERT_TRUE(done.wait(20000));
    EXPECT_TRUE(done.first().at(0).toBool()) << qPrintable(done.first().at(1).toString());
    EXPECT_TRUE(QFile::exists(done.first().at(1).toString()));
}
