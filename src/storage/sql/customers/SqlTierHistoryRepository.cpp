#include "storage/sql/customers/SqlTierHistoryRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

Status SqlTierHistoryRepository::append(TierEvent& e)
{
    auto q = m_c.prepared(QStringLiteral(
        "INSERT INTO customer_tier_events (customer_id, at, actor, kind, from_tier, to_tier, computed_tier, reason) "
        "SELECT id, ?, ?, ?, ?, ?, ?, ? FROM customers WHERE code = ? RETURNING id"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(e.at);
    s.addBindValue(text(e.actor));
    s.addBindValue(TierEvent::kindKey(e.kind));
    s.addBindValue(tierKey(e.from));
    s.addBindValue(tierKey(e.to));
    s.addBindValue(tierKey(e.computed));
    s.addBindValue(text(e.reason));
    s.addBindValue(e.customerCode);
    if (auto st = execPrepared(m_c, s, Text::tr("recording the tier history of %1").arg(e.customerCode)); !st)
        return st;
    if (!s.next()) {
        s.finish();
        return Error::badInput(Text::tr("no customer with code '%1'").arg(e.customerCode));
    }
    e.id = s.value(0).toLongLong();
    s.finish();
    return success();
}

Result<QList<TierEvent>> SqlTierHistoryRepository::forCustomer(const QString& customerCode)
{
    auto q = m_c.prepared(QStringLiteral(
        "SELECT e.id, e.at, e.actor, e.kind, e.from_tier, e.to_tier, e.computed_tier, e.reason "
        "FROM customer_tier_events e WHERE e.customer_id = (SELECT id FROM customers WHERE code = ?) ORDER BY e.id"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(customerCode);
    if (auto st = execPrepared(m_c, s, Text::tr("reading the tier history")); !st)
        return st.error();
    QList<TierEvent> out;
    while (s.next()) {
        TierEvent e;
        e.id = s.value(0).toLongLong();
        e.customerCode = customerCode;
        e.at = s.value(1).toLongLong();
        e.actor = s.value(2).toString();
        e.kind = TierEvent::parseKind(s.value(3).toString()).value_or(TierEvent::Kind::Recompute);
        e.from = parseTier(s.value(4).toString()).value_or(Tier::C);
        e.to = parseTier(s.value(5).toString()).value_or(Tier::C);
        e.computed = parseTier(s.value(6).toString()).value_or(Tier::C);
        e.reason = s.value(7).toString();
        out << e;
    }
    s.finish();
    return out;
}

} // namespace ingot
