#pragma once

#include "core/common/Result.h"
#include "storage/sql/SqlConnection.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace ingot::quality_sql {

// Prepares `sql` once per connection, binds `values` in order and runs it. The caller reads the
// rows and calls finish(): an unfinished SELECT would hold back WAL checkpoints.
inline Result<QSqlQuery*> run(SqlConnection& c, const QString& sql, const QVariantList& values, const QString& doing)
{
    auto q = c.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    for (const QVariant& v : values)
        s.addBindValue(v);
    if (auto st = execPrepared(c, s, doing); !st)
        return st.error();
    return &s;
}

// The first column of every row, in order.
inline Result<QStringList> strings(SqlConnection& c, const QString& sql, const QVariantList& values,
                                   const QString& doing)
{
    auto q = run(c, sql, values, doing);
    if (!q)
        return q.error();
    QStringList out;
    while ((*q)->next())
        out << (*q)->value(0).toString();
    (*q)->finish();
    return out;
}

// Runs a statement whose rows nobody reads.
inline Status exec(SqlConnection& c, const QString& sql, const QVariantList& values, const QString& doing)
{
    auto q = run(c, sql, values, doing);
    if (!q)
        return q.error();
    (*q)->finish();
    return success();
}

} // namespace ingot::quality_sql
