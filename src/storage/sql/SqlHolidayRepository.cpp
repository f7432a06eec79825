#include "storage/sql/SqlHolidayRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

namespace ingot {

Status SqlHolidayRepository::upsert(const Entry& e)
{
    auto q = m_c.prepared(QStringLiteral("INSERT INTO holidays (date, calendar, kind, name) VALUES (?, ?, ?, ?) "
                                         "ON CONFLICT(date, calendar) DO UPDATE SET kind = excluded.kind, "
                                         "name = excluded.name"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(e.date);
    s.addBindValue(text(e.calendar));
    s.addBindValue(e.workday ? QStringLiteral("workday") : QStringLiteral("holiday"));
    s.addBindValue(text(e.name));
    auto st = execPrepared(m_c, s, QStringLiteral("saving holiday %1").arg(e.date));
    s.finish();
    return st;
}

Status SqlHolidayRepository::remove(const QString& date, const QString& calendar)
{
    auto q = m_c.prepared(QStringLiteral("DELETE FROM holidays WHERE date = ? AND calendar = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(date);
    s.addBindValue(text(calendar));
    if (auto st = execPrepared(m_c, s, QStringLiteral("removing holiday %1").arg(date)); !st)
        return st;
    const int removed = s.numRowsAffected();
    s.finish();
    if (removed < 1)
        return Error::notFound(QStringLiteral("%1 %2").arg(date, calendar).trimmed());
    return success();
}

Result<QList<HolidayRepository::Entry>> SqlHolidayRepository::all()
{
    auto q = m_c.prepared(QStringLiteral("SELECT date, kind, name, calendar FROM holidays ORDER BY date, calendar"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    if (auto st = execPrepared(m_c, s, QStringLiteral("reading holidays")); !st)
        return st.error();
    QList<Entry> out;
    while (s.next())
        out << Entry{s.value(0).toString(), s.value(1).toString() == QLatin1String("workday"), s.value(2).toString(),
                     s.value(3).toString()};
    s.finish();
    return out;
}

}  // namespace ingot
