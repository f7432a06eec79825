#include "storage/sql/SqlTechnicianRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>

namespace ingot {

namespace {
const QString kSelect = QStringLiteral("SELECT id, login, name, region, team, skills, level, phone FROM technicians ");

Technician fromRow(const QSqlQuery& q)
{
    Technician t;
    t.id = q.value(0).toLongLong();
    t.login = q.value(1).toString();
    t.name = q.value(2).toString();
    t.region = parseRegion(q.value(3).toString()).value_or(Region::East);
    t.team = q.value(4).toString();
    for (const QString& key : q.value(5).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (auto c = parseCategory(key))
            t.skills << *c;
    t.level = parseLevel(q.value(6).toString()).value_or(TechnicianLevel::Junior);
    t.phone = q.value(7).toString();
    return t;
}
}  // namespace

Status SqlTechnicianRepository::upsert(Technician& t)
{
    auto q = m_c.prepared(QStringLiteral(
        "INSERT INTO technicians (login, name, region, team, skills, level, phone) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(login) DO UPDATE SET name = excluded.name, region = excluded.region, team = excluded.team, "
        "skills = excluded.skills, level = excluded.level, phone = excluded.phone RETURNING id"));
    if (!q)
        return q.error();
    QStringList skills;
    for (Category c : std::as_const(t.skills))
        skills << categoryKey(c);
    QSqlQuery& s = **q;
    s.addBindValue(t.login);
    s.addBindValue(text(t.name));
    s.addBindValue(regionKey(t.region));
    s.addBindValue(text(t.team));
    s.addBindValue(text(skills.join(QLatin1Char(';'))));
    s.addBindValue(levelKey(t.level));
    s.addBindValue(text(t.phone));
    if (auto st = execPrepared(m_c, s, QStringLiteral("saving technician %1").arg(t.login)); !st)
        return st;
    if (s.next())
        t.id = s.value(0).toLongLong();
    s.finish();
    return success();
}

Result<Technician> SqlTechnicianRepository::findByLogin(const QString& login)
{
    auto q = m_c.prepared(kSelect + QStringLiteral("WHERE login = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(login);
    if (auto st = execPrepared(m_c, s, QStringLiteral("reading technician")); !st)
        return st.error();
    if (!s.next())
        return Error::notFound(QCoreApplication::translate("Storage", "no technician with login '%1'").arg(login));
    Technician t = fromRow(s);
    s.finish();
    return t;
}

Result<QList<Technician>> SqlTechnicianRepository::all()
{
    auto q = m_c.prepared(kSelect + QStringLiteral("ORDER BY login"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    if (auto st = execPrepared(m_c, s, QStringLiteral("reading technicians")); !st)
        return st.error();
    QList<Technician> out;
    while (s.next())
        out << fromRow(s);
    s.finish();
    return out;
}

}  // namespace ingot
