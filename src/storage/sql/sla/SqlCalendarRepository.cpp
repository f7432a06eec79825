#include "storage/sql/sla/SqlCalendarRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// Column per weekday, Monday first like WeeklySchedule.
const QStringList& dayColumns()
{
    static const QStringList columns{QStringLiteral("monday"),   QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                     QStringLiteral("thursday"), QStringLiteral("friday"),  QStringLiteral("saturday"),
                                     QStringLiteral("sunday")};
    return columns;
}
} // namespace

Result<QList<CalendarDefinition>> SqlCalendarRepository::all()
{
    auto q = m_c.prepared(QStringLiteral("SELECT name, %1, observe_holidays FROM sla_calendars ORDER BY name")
                              .arg(dayColumns().join(QStringLiteral(", "))));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    if (auto st = execPrepared(m_c, s, Text::tr("reading service calendars")); !st)
        return st.error();
    QList<CalendarDefinition> out;
    while (s.next()) {
        CalendarDefinition c;
        c.name = s.value(0).toString();
        for (int d = 0; d < 7; ++d) {
            const QString hours = s.value(d + 1).toString();
            const auto day = parseDaySchedule(hours);
            if (!day) {
                s.finish();
                return Error::badInput(Text::tr("calendar %1 has unreadable %2 hours '%3'; use 08:30-12:00,13:00-17:30")
                                           .arg(c.name, dayColumns().at(d), hours));
            }
            c.week[static_cast<std::size_t>(d)] = *day;
        }
        c.observeHolidays = s.value(8).toInt() != 0;
        out << c;
    }
    s.finish();
    return out;
}

Status SqlCalendarRepository::upsert(const CalendarDefinition& c)
{
    const QStringList columns =
        QStringList{QStringLiteral("name")} + dayColumns() + QStringList{QStringLiteral("observe_holidays")};
    auto q = m_c.prepared(m_c.dialect().upsert(QStringLiteral("sla_calendars"), columns, {QStringLiteral("name")}));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.bindValue(QStringLiteral(":name"), text(c.name));
    for (int d = 0; d < 7; ++d)
        s.bindValue(QLatin1Char(':') + dayColumns().at(d),
                    text(formatDaySchedule(c.week[static_cast<std::size_t>(d)])));
    s.bindValue(QStringLiteral(":observe_holidays"), c.observeHolidays ? 1 : 0);
    auto st = execPrepared(m_c, s, Text::tr("saving calendar %1").arg(c.name));
    s.finish();
    return st;
}

} // namespace ingot
