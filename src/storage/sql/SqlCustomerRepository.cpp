#include "storage/sql/SqlCustomerRepository.h"

#include "storage/sql/SqlDialect.h"
#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>

namespace ingot {

namespace {
const QString kColumns = QStringLiteral(
    "id, code, name, region, province, city, industry, annual_volume_t, cooperation_years, tier_override, tier, "
    "contact_name, phone, email");

Customer fromRow(const QSqlQuery& q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.region = parseRegion(q.value(3).toString()).value_or(Region::East);
    c.province = q.value(4).toString();
    c.city = q.value(5).toString();
    c.industry = q.value(6).toString();
    c.annualVolumeT = q.value(7).toDouble();
    c.cooperationYears = q.value(8).toInt();
    if (!q.value(9).isNull())
        c.tierOverride = parseTier(q.value(9).toString());
    c.tier = parseTier(q.value(10).toString()).value_or(Tier::C);
    c.contactName = q.value(11).toString();
    c.phone = q.value(12).toString();
    c.email = q.value(13).toString();
    return c;
}
}  // namespace

Status SqlCustomerRepository::upsert(Customer& customer)
{
    static const QString sql =
        m_c.dialect().upsert(QStringLiteral("customers"),
                           {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("region"),
                            QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("industry"),
                            QStringLiteral("annual_volume_t"), QStringLiteral("cooperation_years"),
                            QStringLiteral("tier_override"), QStringLiteral("tier"), QStringLiteral("contact_name"),
                            QStringLiteral("phone"), QStringLiteral("email")},
                           {QStringLiteral("code")}) +
        QStringLiteral(" RETURNING id");
    auto q = m_c.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.bindValue(QStringLiteral(":code"), customer.code);
    s.bindValue(QStringLiteral(":name"), text(customer.name));
    s.bindValue(QStringLiteral(":region"), regionKey(customer.region));
    s.bindValue(QStringLiteral(":province"), text(customer.province));
    s.bindValue(QStringLiteral(":city"), text(customer.city));
    s.bindValue(QStringLiteral(":industry"), text(customer.industry));
    s.bindValue(QStringLiteral(":annual_volume_t"), customer.annualVolumeT);
    s.bindValue(QStringLiteral(":cooperation_years"), customer.cooperationYears);
    s.bindValue(QStringLiteral(":tier_override"),
                customer.tierOverride ? QVariant(tierKey(*customer.tierOverride)) : QVariant(QMetaType(QMetaType::QString)));
    s.bindValue(QStringLiteral(":tier"), tierKey(customer.tier));
    s.bindValue(QStringLiteral(":contact_name"), text(customer.contactName));
    s.bindValue(QStringLiteral(":phone"), text(customer.phone));
    s.bindValue(QStringLiteral(":email"), text(customer.email));
    if (auto st = execPrepared(m_c, s, QStringLiteral("saving customer %1").arg(customer.code)); !st)
        return st;
    if (s.next())
        customer.id = s.value(0).toLongLong();
    s.finish();
    return success();
}

Result<Customer> SqlCustomerRepository::findByCode(const QString& code)
{
    auto q = m_c.prepared(QStringLiteral("SELECT %1 FROM customers WHERE code = ?").arg(kColumns));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(code);
    if (auto st = execPrepared(m_c, s, QStringLiteral("reading customer")); !st)
        return st.error();
    if (!s.next())
        return Error::notFound(QCoreApplication::translate("Storage", "no customer with code '%1'").arg(code));
    Customer c = fromRow(s);
    s.finish();
    return c;
}

Result<QList<Customer>> SqlCustomerRepository::search(const QString& text, int limit)
{
    // Exact and prefix matches of the code first, then names and cities containing the text.
    const SqlDialect& d = m_c.dialect();
    const QString codeLike = d.likeIgnoringCase(QStringLiteral("code"));
    auto q = m_c.prepared(QStringLiteral("SELECT %1 FROM customers WHERE code = ? OR %2 OR %3 OR %4 "
                                         "ORDER BY (code = ?) DESC, (%2) DESC, name LIMIT ?")
                              .arg(kColumns, codeLike, d.likeIgnoringCase(QStringLiteral("name")),
                                   d.likeIgnoringCase(QStringLiteral("city"))));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    const QString t = text.trimmed();
    const QString contains = SqlDialect::containsPattern(t);
    const QString prefix = contains.mid(1);
    s.addBindValue(t);
    s.addBindValue(prefix);
    s.addBindValue(contains);
    s.addBindValue(contains);
    s.addBindValue(t);
    s.addBindValue(prefix);
    s.addBindValue(limit);
    if (auto st = execPrepared(m_c, s, QStringLiteral("searching customers")); !st)
        return st.error();
    QList<Customer> out;
    while (s.next())
        out << fromRow(s);
    s.finish();
    return out;
}

Status SqlCustomerRepository::forEach(const std::function<void(const Customer&)>& visit)
{
    QSqlQuery s(m_c.database());
    s.setForwardOnly(true);
    if (!s.exec(QStringLiteral("SELECT %1 FROM customers ORDER BY code").arg(kColumns)))
        return m_c.errorFrom(s, QStringLiteral("reading customers"));
    while (s.next())
        visit(fromRow(s));
    return success();
}

Result<qint64> SqlCustomerRepository::count()
{
    auto v = m_c.scalar(QStringLiteral("SELECT count(*) FROM customers"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

}  // namespace ingot
