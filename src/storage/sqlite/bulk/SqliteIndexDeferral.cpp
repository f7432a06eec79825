#include "storage/sqlite/bulk/SqliteIndexDeferral.h"

#include "storage/sqlite/SqliteConnection.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SqliteIndexDeferral)
};

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}
}  // namespace

Result<bool> SqliteIndexDeferral::empty(const QStringList& tables)
{
    for (const QString& table : tables) {
        auto any = m_c.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(quoted(table)));
        if (!any)
            return any.error();
        if (any->toBool())
            return false;
    }
    return true;
}

Status SqliteIndexDeferral::begin(const QStringList& tables)
{
    if (!m_c.inTransaction())
        return Error::internal(QStringLiteral("index deferral outside a write transaction"));
    m_dropped.clear();  // what a rolled-back load dropped is back in the file
    auto isEmpty = empty(tables);
    if (!isEmpty)
        return isEmpty.error();
    if (!*isEmpty)
        return success();
    // Indexes SQLite makes for constraints have no SQL and are kept; so are unique ones.
    auto q = m_c.prepared(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                                         "AND tbl_name = ? AND sql NOT LIKE 'CREATE UNIQUE %' ORDER BY name"));
    if (!q)
        return q.error();
    QList<Index> found;
    for (const QString& table : tables) {
        QSqlQuery& s = **q;
        s.addBindValue(table);
        if (auto st = execPrepared(m_c, s, Text::tr("reading the indexes of %1").arg(table)); !st)
            return st;
        while (s.next())
            found << Index{s.value(0).toString(), s.value(1).toString()};
        s.finish();
    }
    for (const Index& index : std::as_const(found)) {
        if (auto st = m_c.exec(QStringLiteral("DROP INDEX %1").arg(quoted(index.name))); !st)
            return st;
        m_dropped << index;
    }
    return success();
}

Status SqliteIndexDeferral::end()
{
    if (!active())
        return success();
    if (!m_c.inTransaction())
        return Error::internal(QStringLiteral("index deferral outside a write transaction"));
    QList<Index> dropped;
    dropped.swap(m_dropped);
    for (const Index& index : std::as_const(dropped))
        if (auto st = m_c.exec(index.sql); !st)
            return st;
    return success();
}

}  // namespace ingot
