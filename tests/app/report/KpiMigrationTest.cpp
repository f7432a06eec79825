#include "storage/sqlite/SqliteConnection.h"
#include "storage/sqlite/SqliteStore.h"
#include "core/repositories/KpiRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ingot;

// A schema-1 file migrates through 0009: the targets table with the spec's defaults and the index
// the as-of reads use.
TEST(KpiMigrationTest, OldFileGetsTargetsAndIndex)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(INGOTDESK_TEST_DATA "/schema-v1.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto store = SqliteStore::open(path);
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().text());
    std::unique_ptr<KpiRepository> repository = (*store)->kpiReads();
    auto targets = repository->targets();
    ASSERT_TRUE(targets.ok()) << qPrintable(targets.error().text());
    EXPECT_EQ(*targets, KpiTargets::defaults());
    QSqlQuery q((*store)->connection().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'tickets_kpi_last_event'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(KpiMigrationTest, EditedTargetsAreRead)
{
    QTemporaryDir dir;
    auto store = SqliteStore::open(dir.filePath(QStringLiteral("t.db")));
    ASSERT_TRUE(store.ok());
    QSqlQuery q((*store)->connection().database());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE kpi_targets SET value = 85 WHERE kpi = 'csat_pct'")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO kpi_targets VALUES ('reopen_rate_pct', 'at_most', 5)")));
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO kpi_targets VALUES ('from_a_newer_version', 'at_most', 5)")));
    std::unique_ptr<KpiRepository> repository = (*store)->kpiReads();
    auto targets = repository->targets();
    ASSERT_TRUE(targets.ok());
    EXPECT_EQ(targets->all().size(), 7);
    EXPECT_EQ(targets->target(KpiKey::CsatPct)->value, 85.0);
    EXPECT_EQ(targets->target(KpiKey::ReopenRatePct)->direction, KpiDirection::AtMost);
}
