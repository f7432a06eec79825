#pragma once

#include "app/io/ImportKind.h"
#include "storage/sqlite/SqliteStore.h"

#include <QByteArray>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

namespace ingot::fuzz {

// What every fuzz target shares: a QCoreApplication, quiet logs, and one migrated database per
// process with a few customers, orders, technicians and tickets in several stages, so that inputs
// naming them reach the deep paths. Inputs are always rolled back, so the database stays as seeded.
class FuzzDatabase final {
public:
    static FuzzDatabase& instance();

    SqliteStore& store() { return *m_store; }
    // Writes `data` to a scratch file in the database's folder and returns its path.
    QString writeInput(const QByteArray& data) const;
    // The row count of every table (including the search index's own tables).
    QList<qint64> rowCounts();
    const QStringList& tables() const { return m_tables; }

private:
    FuzzDatabase();
    ~FuzzDatabase();
    QTemporaryDir m_tmp;  // declared first: removed after the store is closed
    QString m_dir;
    std::unique_ptr<SqliteStore> m_store;
    QStringList m_tables;
    std::unique_ptr<QSqlQuery> m_countQuery;
};

// Stops the fuzzer with a readable message when an invariant does not hold.
[[noreturn]] void fail(const char* what, const QString& detail = {});
inline void check(bool ok, const char* what, const QString& detail = {})
{
    if (!ok)
        fail(what, detail);
}

// Runs one input through ImportService::importFile as `kind`: a dry run, then the real import
// (inside an outer transaction that is rolled back when it would commit). Checks: no crash, only
// bad-input problems each naming FILE:LINE, dry run and real import agree, all rows or none, and
// the database is unchanged afterwards.
int fuzzImport(ImportKind kind, const uint8_t* data, size_t size);

}  // namespace ingot::fuzz
