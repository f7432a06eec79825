#include "storage/sql/customers/SqlTechnicianDutyRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

Result<QHash<QString, TechnicianDuty>> SqlTechnicianDutyRepository::all()
{
    auto q = m_c.prepared(QStringLiteral("SELECT login, calendar, capacity FROM technicians"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    if (auto st = execPrepared(m_c, s, Text::tr("reading technicians' calendars")); !st)
        return st.error();
    QHash<QString, TechnicianDuty> out;
    while (s.next()) {
        TechnicianDuty d;
        d.calendar = s.value(1).toString();
        if (!s.value(2).isNull())
            d.capacity = s.value(2).toInt();
        out.insert(s.value(0).toString(), d);
    }
    s.finish();
    return out;
}

Status SqlTechnicianDutyRepository::set(const QString& login, const TechnicianDuty& duty)
{
    auto q = m_c.prepared(QStringLiteral("UPDATE technicians SET calendar = ?, capacity = ? WHERE login = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(text(duty.calendar));
    s.addBindValue(duty.capacity ? QVariant(*duty.capacity) : QVariant(QMetaType(QMetaType::Int)));
    s.addBindValue(login);
    if (auto st = execPrepared(m_c, s, Text::tr("saving the calendar of %1").arg(login)); !st)
        return st;
    const bool found = s.numRowsAffected() == 1;
    s.finish();
    if (!found)
        return Error::badInput(Text::tr("no technician with login '%1'").arg(login));
    return success();
}

} // namespace ingot
