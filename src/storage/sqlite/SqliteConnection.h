#pragma once

#include "storage/sql/SqlConnection.h"

#include <memory>

struct sqlite3;

namespace ingot {

// A SqlConnection to one SQLite file through QSQLITE, with the pragmas set and the file's native
// handle for what Qt does not offer (scripts, bulk statements, backups).
class SqliteConnection final : public SqlConnection {
public:
    // Opens the file without changing it (no pragma that writes): the caller checks the schema
    // version before configure() switches to WAL.
    static Result<std::unique_ptr<SqliteConnection>> open(const QString& path, bool create, bool readOnly);
    Status configure();

    const QString& path() const { return m_path; }
    sqlite3* handle();

    Status execScript(const QString& script) override;

protected:
    Error describe(const QSqlError& error, const QString& doing) const override;

private:
    SqliteConnection(QSqlDatabase db, QString name, QString path);

    QString m_path;
};

}  // namespace ingot
