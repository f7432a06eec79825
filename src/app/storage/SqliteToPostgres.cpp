#include "app/storage/SqliteToPostgres.h"

#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresStore.h"
#include "storage/sqlite/SqliteConnection.h"
#include "storage/sqlite/SqliteStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <climits>
#include <map>
#include <memory>
#include <spdlog/spdlog.h>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Tables a desk fills through its work; a target with rows in any of them is not empty. The others
// hold what the migrations ship (SLA policies, calendars, holidays …) and are replaced by the file's.
const QStringList kDeskTables = {QStringLiteral("tickets"),     QStringLiteral("ticket_events"),
                                 QStringLiteral("customers"),   QStringLiteral("orders"),
                                 QStringLiteral("technicians"), QStringLiteral("users"),
                                 QStringLiteral("audit_log")};
// Bookkeeping of the migrators, never copied.
const QStringList kBookkeeping = {QStringLiteral("schema_version")};

// Table and column names come from the two catalogues, never from people: they are quoted and may
// stand in statements.
QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

struct Column {
    QString name;
    QString type;  // PostgreSQL's data_type
    bool identity = false;
};

Error sqlError(const QSqlQuery& q, const QString& doing)
{
    spdlog::error("migrate-to: {}: {}", doing.toStdString(), q.lastError().text().toStdString());
    return Error::internal(Text::tr("%1 failed: %2").arg(doing, q.lastError().text()));
}

Result<QStringList> sqliteTables(QSqlDatabase& db, QStringList& skipped)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "ORDER BY name")))
        return sqlError(q, QStringLiteral("reading the SQLite tables"));
    QStringList tables;
    QStringList virtualTables;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (q.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
            virtualTables << name;
        tables << name;
    }
    QStringList out;
    for (const QString& t : std::as_const(tables)) {
        // An FTS table and its shadow tables (NAME_data, NAME_idx …) are SQLite's search index.
        const bool fts = std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&](const QString& v) {
            return t == v || t.startsWith(v + QLatin1Char('_'));
        });
        if (fts) {
            if (virtualTables.contains(t))
                skipped << t;
            continue;
        }
        if (!kBookkeeping.contains(t))
            out << t;
    }
    return out;
}

Result<QList<Column>> sqliteColumns(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))))
        return sqlError(q, QStringLiteral("reading the columns of %1").arg(table));
    QList<Column> out;
    while (q.next())
        out.append({q.value(1).toString(), q.value(2).toString(), false});
    return out;
}

Result<QHash<QString, QList<Column>>> postgresColumns(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.table_name, c.column_name, c.data_type, c.is_identity "
                               "FROM information_schema.columns c JOIN information_schema.tables t "
                               "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                               "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
                               "AND c.is_generated = 'NEVER' ORDER BY c.table_name, c.ordinal_position")))
        return sqlError(q, QStringLiteral("reading the PostgreSQL columns"));
    QHash<QString, QList<Column>> out;
    while (q.next())
        out[q.value(0).toString()].append(
            {q.value(1).toString(), q.value(2).toString(), q.value(3).toString() == QLatin1String("YES")});
    return out;
}

// Parents before children, by the foreign keys PostgreSQL knows; tables outside `tables` ignored.
Result<QStringList> inForeignKeyOrder(QSqlDatabase& db, const QStringList& tables)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c "
                               "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace")))
        return sqlError(q, QStringLiteral("reading the foreign keys"));
    QHash<QString, QSet<QString>> parents;
    while (q.next()) {
        const QString child = q.value(0).toString().remove(QLatin1Char('"'));
        const QString parent = q.value(1).toString().remove(QLatin1Char('"'));
        if (child != parent)
            parents[child].insert(parent);
    }
    QStringList out;
    QSet<QString> done;
    QStringList left = tables;
    while (!left.isEmpty()) {
        const auto before = left.size();
        for (auto it = left.begin(); it != left.end();) {
            const QSet<QString>& ps = parents.value(*it);
            const bool ready = std::all_of(ps.cbegin(), ps.cend(), [&](const QString& p) {
                return done.contains(p) || !tables.contains(p);
            });
            if (ready) {
                out << *it;
                done.insert(*it);
                it = left.erase(it);
            } else {
                ++it;
            }
        }
        if (left.size() == before)
            return Error::internal(Text::tr("the foreign keys between %1 form a cycle").arg(left.join(QStringLiteral(", "))));
    }
    return out;
}

QVariant converted(const QVariant& value, const QString& type)
{
    if (value.isNull())
        return QVariant();
    if (type == QLatin1String("bigint") || type == QLatin1String("integer") || type == QLatin1String("smallint"))
        return value.toLongLong();
    if (type == QLatin1String("double precision") || type == QLatin1String("real") || type == QLatin1String("numeric"))
        return value.toDouble();
    if (type == QLatin1String("boolean"))
        return value.toLongLong() != 0;
    if (type == QLatin1String("bytea"))
        return value.toByteArray();
    return value.toString();
}

Result<qint64> countRows(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(table))) || !q.next())
        return sqlError(q, QStringLiteral("counting %1").arg(table));
    return q.value(0).toLongLong();
}

// Ticket numbers with the number of events of each, sorted here (the two databases may collate
// differently), hashed: equal when every ticket arrived with all its history.
struct Fingerprint {
    qint64 tickets = 0;
    qint64 events = 0;
    QString checksum;
};

Result<Fingerprint> fingerprint(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT t.ticket_no, (SELECT COUNT(*) FROM ticket_events e WHERE e.ticket_id = t.id) "
                               "FROM tickets t")))
        return sqlError(q, QStringLiteral("reading the ticket numbers"));
    QStringList lines;
    Fingerprint f;
    while (q.next()) {
        const qint64 events = q.value(1).toLongLong();
        lines << q.value(0).toString() + QLatin1Char(' ') + QString::number(events);
        ++f.tickets;
        f.events += events;
    }
    lines.sort();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& line : std::as_const(lines)) {
        hash.addData(line.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    f.checksum = QString::fromLatin1(hash.result().toHex().left(16));
    return f;
}

class Copier {
public:
    Copier(QSqlDatabase& source, QSqlDatabase& target) : m_source(source), m_target(target) {}

    // Rows go over as one JSON array per batch, bound as a single value and unpacked by the server
    // (json_populate_recordset, typed by the table itself): one round trip and one escaped string
    // per few thousand rows instead of a literal per value, several times faster through QPSQL.
    Status copyTable(const QString& table, const QList<Column>& columns)
    {
        QStringList names;
        for (const Column& c : columns)
            names << quoted(c.name);
        QSqlQuery read(m_source);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(names.join(QStringLiteral(", ")), quoted(table))))
            return sqlError(read, QStringLiteral("reading %1").arg(table));
        QSqlQuery insert(m_target);
        const QString list = names.join(QStringLiteral(", "));
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM json_populate_recordset(NULL::%1, ?::json)")
                                .arg(quoted(table), list)))
            return sqlError(insert, QStringLiteral("preparing the copy of %1").arg(table));
        constexpr int kPerBatch = 5000;
        QJsonArray batch;
        auto flush = [&]() -> Status {
            if (batch.isEmpty())
                return success();
            insert.bindValue(0, QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)));
            if (!insert.exec())
                return sqlError(insert, QStringLiteral("copying %1").arg(table));
            batch = QJsonArray();
            return success();
        };
        while (read.next()) {
            QJsonObject row;
            for (int i = 0; i < columns.size(); ++i)
                row.insert(columns.at(i).name, QJsonValue::fromVariant(converted(read.value(i), columns.at(i).type)));
            batch.append(row);
            if (batch.size() == kPerBatch)
                if (auto st = flush(); !st)
                    return st;
        }
        if (read.lastError().isValid())
            return sqlError(read, QStringLiteral("reading %1").arg(table));
        return flush();
    }

private:
    QSqlDatabase& m_source;
    QSqlDatabase& m_target;
};
}  // namespace

Result<SqliteToPostgres::Report> SqliteToPostgres::copy(const QString& sqlitePath, const PostgresSettings& target)
{
    QElapsedTimer timer;
    timer.start();
    Report report;
    report.source = QFileInfo(sqlitePath).absoluteFilePath();
    report.target = target.displayName();

    auto sqlite = SqliteStore::open(sqlitePath, SqliteStore::Options{false, true, false});
    if (!sqlite)
        return sqlite.error();
    auto pg = PostgresStore::open(target, PostgresStore::Options{true});
    if (!pg)
        return pg.error();
    if ((*sqlite)->schemaVersion() != (*pg)->schemaVersion())
        return Error::refused(Text::tr("%1 has schema %2 and %3 schema %4: both must be at the same schema "
                                       "(run this with the program that created the PostgreSQL database)")
                                  .arg(report.source)
                                  .arg((*sqlite)->schemaVersion())
                                  .arg(report.target)
                                  .arg((*pg)->schemaVersion()));
    report.schemaVersion = (*sqlite)->schemaVersion();
    QSqlDatabase& source = (*sqlite)->connection().database();
    PostgresConnection& pc = (*pg)->connection();
    QSqlDatabase& dest = pc.database();

    auto sourceTables = sqliteTables(source, report.skipped);
    if (!sourceTables)
        return sourceTables.error();
    auto pgColumns = postgresColumns(dest);
    if (!pgColumns)
        return pgColumns.error();

    for (const QString& t : kDeskTables) {
        if (!pgColumns->contains(t))
            continue;
        auto n = countRows(dest, t);
        if (!n)
            return n.error();
        if (*n > 0)
            return Error::refused(Text::tr("%1 is not empty (%2 holds %n row(s)); migrate-to copies only into a new, "
                                           "empty database.",
                                           nullptr, static_cast<int>(std::min<qint64>(*n, INT_MAX)))
                                      .arg(report.target, t));
    }

    QStringList common;
    for (const QString& t : std::as_const(*sourceTables)) {
        if (pgColumns->contains(t))
            common << t;
        else
            report.skipped << t;
    }
    auto ordered = inForeignKeyOrder(dest, common);
    if (!ordered)
        return ordered.error();

    // Columns both sides have, typed as PostgreSQL wants them.
    QHash<QString, QList<Column>> columns;
    for (const QString& t : std::as_const(*ordered)) {
        auto mine = sqliteColumns(source, t);
        if (!mine)
            return mine.error();
        QSet<QString> inFile;
        for (const Column& c : std::as_const(*mine))
            inFile.insert(c.name);
        for (const Column& c : pgColumns->value(t))
            if (inFile.contains(c.name))
                columns[t].append(c);
        for (const Column& c : std::as_const(*mine))
            if (std::none_of(pgColumns->value(t).cbegin(), pgColumns->value(t).cend(),
                             [&](const Column& p) { return p.name == c.name; }))
                spdlog::warn("migrate-to: {}.{} exists only in SQLite and is not copied", t.toStdString(),
                             c.name.toStdString());
    }

    Fingerprint before;
    Fingerprint after;
    Status copied = pc.write([&]() -> Status {
        QSqlQuery q(dest);
        // The live-update trigger stays quiet for the copy: desks hear of it once, at the end.
        if (!q.exec(QStringLiteral("SET LOCAL ingotdesk.quiet = 'on'")))
            return sqlError(q, QStringLiteral("preparing the copy"));
        // What the migrations shipped (policies, calendars, holidays) is replaced by the file's own
        // rows, which may have been edited. TRUNCATE, not DELETE: append-only triggers guard rows.
        QStringList all;
        for (const QString& t : std::as_const(*ordered))
            all << quoted(t);
        if (!all.isEmpty() && !q.exec(QStringLiteral("TRUNCATE %1").arg(all.join(QStringLiteral(", ")))))
            return sqlError(q, QStringLiteral("emptying the new tables"));
        Copier copier(source, dest);
        for (const QString& t : std::as_const(*ordered)) {
            QElapsedTimer tableTimer;
            tableTimer.start();
            if (auto st = copier.copyTable(t, columns.value(t)); !st)
                return st;
            spdlog::info("migrate-to: {} copied in {} ms", t.toStdString(), tableTimer.elapsed());
            for (const Column& c : columns.value(t)) {
                if (!c.identity)
                    continue;
                // The next id the desk allocates comes after every copied one.
                if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                           "GREATEST(COALESCE(MAX(%3), 0), 1), MAX(%3) IS NOT NULL) FROM %4")
                                .arg(t, c.name, quoted(c.name), quoted(t))))
                    return sqlError(q, QStringLiteral("moving the id sequence of %1").arg(t));
            }
        }
        // Verified inside the transaction: a copy that does not match is never committed.
        QStringList mismatches;
        for (const QString& t : std::as_const(*ordered)) {
            auto a = countRows(source, t);
            auto b = countRows(dest, t);
            if (!a)
                return a.error();
            if (!b)
                return b.error();
            report.tables.append({t, *a, *b});
            if (*a != *b)
                mismatches << QStringLiteral("%1 (%2 → %3)").arg(t).arg(*a).arg(*b);
        }
        auto f1 = fingerprint(source);
        auto f2 = fingerprint(dest);
        if (!f1)
            return f1.error();
        if (!f2)
            return f2.error();
        before = *f1;
        after = *f2;
        if (before.checksum != after.checksum)
            mismatches << Text::tr("ticket numbers and event counts (checksum %1 → %2)").arg(before.checksum, after.checksum);
        if (!mismatches.isEmpty())
            return Error::internal(Text::tr("the copy does not match the file and was rolled back: %1")
                                       .arg(mismatches.join(QStringLiteral("; "))));
        if (!q.exec(QStringLiteral("SELECT pg_notify('ingotdesk_tickets', 'reload')")))
            return sqlError(q, QStringLiteral("telling the desks"));
        return success();
    });
    if (!copied)
        return copied.error();
    report.tickets = before.tickets;
    report.events = before.events;
    report.sourceChecksum = before.checksum;
    report.targetChecksum = after.checksum;
    report.elapsedMs = timer.elapsed();
    spdlog::info("migrate-to: copied {} to {} in {} ms ({} tickets, {} events)", report.source.toStdString(),
                 report.target.toStdString(), report.elapsedMs, report.tickets, report.events);
    return report;
}

}  // namespace ingot
