#pragma once

#include "core/common/Clock.h"
#include "storage/sqlite/SqliteStore.h"

#include <QTextStream>

namespace ingot {

// What every command gets: the database path, the clock, stdout and stderr, and a store opened on demand.
class CliContext final {
public:
    CliContext(QString dbPath, const Clock& clock, QTextStream& out, QTextStream& err);

    const QString& dbPath() const { return m_dbPath; }
    const Clock& clock() const { return m_clock; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    QString actor() const;  // who the history names: $USER, or "cli"

    // Opens the database once, migrating an older schema (after copying it aside); only `init`
    // creates a missing file, so a typo in --db does not silently start an empty desk.
    Result<Store*> store(bool create = false);

private:
    QString m_dbPath;
    const Clock& m_clock;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<SqliteStore> m_store;
};

}  // namespace ingot
