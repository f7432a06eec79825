#pragma once

#include "storage/postgres/PostgresSettings.h"
#include "storage/sql/SqlConnection.h"

#include <memory>

namespace ingot {

// A SqlConnection to a PostgreSQL database through Qt's QPSQL driver, with the session settings and
// SQLSTATEs turned into messages for people. Same rules as SqliteConnection: it belongs to the thread
// that opened it; writes nest, the outermost commits.
class PostgresConnection final : public SqlConnection {
public:
    static Result<std::unique_ptr<PostgresConnection>> open(const PostgresSettings& settings);
    Status configure();

    QString name() const { return m_settings.displayName(); }

    // Several statements in one round trip (migration scripts, function bodies included).
    Status execScript(const QString& script) override;

protected:
    Error describe(const QSqlError& error, const QString& doing) const override;

private:
    PostgresConnection(QSqlDatabase db, QString connectionName, PostgresSettings settings);

    PostgresSettings m_settings;
};

}  // namespace ingot
