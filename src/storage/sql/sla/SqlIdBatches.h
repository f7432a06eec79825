#pragma once

#include "core/common/Result.h"
#include "storage/sql/SqlConnection.h"

#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <functional>

namespace ingot {

// Runs a query over a list of ids in chunks of a fixed size: `sql` has one %1 where the
// "?, ?, ..." list goes. Short chunks are padded with an id that matches nothing, so every chunk
// uses the same prepared statement.
class SqlIdBatches final {
public:
    static constexpr int kChunk = 256;

    static Status run(SqlConnection& c, const QString& sql, const QList<qint64>& ids, const QString& doing,
                      const std::function<void(const QSqlQuery&)>& row)
    {
        static const QString placeholders = [] {
            QStringList marks;
            for (int i = 0; i < kChunk; ++i)
                marks << QStringLiteral("?");
            return marks.join(QLatin1Char(','));
        }();
        auto q = c.prepared(sql.arg(placeholders));
        if (!q)
            return q.error();
        QSqlQuery& s = **q;
        for (qsizetype first = 0; first < ids.size(); first += kChunk) {
            for (qsizetype i = first; i < first + kChunk; ++i)
                s.addBindValue(i < ids.size() ? ids.at(i) : qint64(-1));
            if (auto st = execPrepared(c, s, doing); !st)
                return st;
            while (s.next())
                row(s);
            s.finish();
        }
        return success();
    }
};

} // namespace ingot
