#pragma once

#include "storage/sql/SqlStore.h"

#include <QString>
#include <memory>

namespace ingot {

class SqliteConnection;

// The Store of one SQLite file: the shared repositories with SQLite's FTS5 searches and native bulk
// inserts. A store and its connection belong to the thread that opened it (Qt's rule for
// QSqlDatabase): a worker thread opens a store of its own.
class SqliteStore final : public SqlStore {
public:
    struct Options {
        bool create = true;   // create the file when missing
        bool migrate = true;  // bring an older schema up to date (after copying the file aside)
        bool readOnly = false;
    };

    // Refused (Error::Kind::Refused) when the file's schema is newer than this program, when it is
    // older and `migrate` is false, or when it is not an IngotDesk database.
    static Result<std::unique_ptr<SqliteStore>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<SqliteStore>> open(const QString& path) { return open(path, Options{}); }
    ~SqliteStore() override;

    QString path() const;
    int schemaVersion() const;
    SqliteConnection& connection();

private:
    explicit SqliteStore(std::unique_ptr<SqliteConnection> connection);
};

}  // namespace ingot
