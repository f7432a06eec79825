#pragma once

#include "storage/sqlite/SqliteStore.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace ingot::test {

// A fresh database built by the real migrations in a folder of its own, removed after the test.
class TempDatabase {
public:
    TempDatabase() : m_path(m_dir.filePath(QStringLiteral("desk.db"))) {}
    const QString& path() const { return m_path; }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    std::unique_ptr<SqliteStore> open() const
    {
        auto store = SqliteStore::open(m_path);
        EXPECT_TRUE(store.ok()) << (store.ok() ? "" : qPrintable(store.error().text()));
        return store.ok() ? std::move(store).value() : nullptr;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

inline Customer sampleCustomer(const QString& code, Region region = Region::East, Tier tier = Tier::B)
{
    Customer c;
    c.code = code;
    c.name = QStringLiteral("测试客户 ") + code;
    c.region = region;
    c.province = QStringLiteral("江苏");
    c.city = QStringLiteral("南京");
    c.tier = tier;
    return c;
}

}  // namespace ingot::test
