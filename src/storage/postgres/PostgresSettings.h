#pragma once

#include "core/common/Result.h"

#include <QString>

namespace ingot {

// Where a PostgreSQL desk lives: postgresql://user@host[:port]/dbname. The password never comes from
// the URL or the command line: it is read from a file (--db-password-file: the password alone, or
// lines in libpq's ~/.pgpass format), or left to libpq, which reads $PGPASSWORD and ~/.pgpass
// ($PGPASSFILE) itself.
struct PostgresSettings {
    QString user;
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString password;  // empty: libpq's own sources

    static bool isPostgresUrl(const QString& text);
    static Result<PostgresSettings> parse(const QString& url);
    // Reads the password for these settings from `path`; refused when the file is readable by others.
    Status readPasswordFile(const QString& path);
    // The URL again, without any password, for messages and logs.
    QString displayName() const;
};

}  // namespace ingot
