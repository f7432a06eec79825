#include "app/customers/TierService.h"

#include "app/audit/AuditTrail.h"
#include "app/security/Authorizer.h"
#include <QCoreApplication>
#include <algorithm>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Customers)
};

// The thresholds as settings rows "tier.<key>"; one table keeps reading and writing in step.
struct RuleField {
    const char* key;
    double TierRule::*volume;
    int TierRule::*years;
};
constexpr std::array kFields{
    RuleField{"a_volume_t", &TierRule::aVolumeT, nullptr},
    RuleField{"a_volume_with_years_t", &TierRule::aVolumeWithYearsT, nullptr},
    RuleField{"a_years", nullptr, &TierRule::aYears},
    RuleField{"b_volume_t", &TierRule::bVolumeT, nullptr},
    RuleField{"b_years", nullptr, &TierRule::bYears},
};

QString settingKey(const char* key)
{
    return QStringLiteral("tier.") + QLatin1String(key);
}

Status apply(TierRule& rule, const RuleField& f, const QString& text)
{
    bool ok = false;
    if (f.volume) {
        const double v = text.trimmed().toDouble(&ok);
        if (!ok || v < 0 || v > 1e7)
            return Error::badInput(Text::tr("must be a number of tons from 0 to 10,000,000"), QLatin1String(f.key));
        rule.*f.volume = v;
    } else {
        const int v = text.trimmed().toInt(&ok);
        if (!ok || v < 0 || v > 200)
            return Error::badInput(Text::tr("must be a whole number of years from 0 to 200"), QLatin1String(f.key));
        rule.*f.years = v;
    }
    return success();
}
} // namespace

QStringList TierService::ruleKeys()
{
    QStringList out;
    for (const RuleField& f : kFields)
        out << QLatin1String(f.key);
    return out;
}

Result<TierRule> TierService::rule()
{
    TierRule rule;
    for (const RuleField& f : kFields) {
        auto v = m_store.customerRecords().settings().value(settingKey(f.key));
        if (!v)
            return v.error();
        if (*v)
            if (auto st = apply(rule, f, **v); !st)
                return Error::internal(
                    Text::tr("the stored tier threshold %1 is damaged: %2").arg(settingKey(f.key), st.error().message));
    }
    return rule;
}

Status TierService::setRule(const QString& key, const QString& value)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::TierRuleEdit); !allowed)
        return allowed;
    const auto field = std::find_if(kFields.begin(), kFields.end(),
                                    [&key](const RuleField& f) { return key.trimmed() == QLatin1String(f.key); });
    if (field == kFields.end())
        return Error::badInput(Text::tr("unknown tier threshold; use one of %1").arg(ruleKeys().join(QStringLiteral(", "))),
                               key);
    TierRule probe;
    if (auto st = apply(probe, *field, value); !st)
        return st;
    return m_store.write([&]() -> Status {
        if (auto st = m_store.customerRecords().settings().setValue(settingKey(field->key), value.trimmed()); !st)
            return st;
        return AuditTrail::record(m_store, m_clock, QStringLiteral("tier_rule"), QString::fromLatin1(field->key),
                                  QStringLiteral("set"), {{QStringLiteral("value"), value.trimmed()}});
    });
}

TierAssessment TierService::assess(const TierRule& rule, const Customer& c, const OrderTotals& recent)
{
    return TierAssessment::assess(rule, {c.annualVolumeT, c.cooperationYears, recent.orders, recent.tons});
}

OrderTotals TierService::totalsIn(const QList<Order>& orders, qint64 from, qint64 to)
{
    OrderTotals out;
    for (const Order& o : orders) {
        const std::optional<qint64> at = o.orderedAt ? o.orderedAt : o.deliveredAt;
        if (at && *at >= from && *at < to) {
            ++out.orders;
            out.tons += o.quantityT;
        }
    }
    return out;
}

Result<TierService::Recompute> TierService::recompute(const LocalMonth& month, bool dryRun, const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::TierRecompute); !allowed)
        return allowed.error();
    auto rules = rule();
    if (!rules)
        return rules.error();
    Recompute report;
    report.month = month.key();
    report.asOf = std::min(month.next().start(), m_clock.now());
    report.dryRun = dryRun;
    auto totals = m_store.customerRecords().archive().orderTotals(addLocalMonths(report.asOf, -12), report.asOf);
    if (!totals)
        return totals.error();

    QList<Customer> movers;
    Status read = m_store.customers().forEach([&](const Customer& c) {
        ++report.customers;
        const TierAssessment a = assess(*rules, c, totals->value(c.code));
        const Tier effective = c.tierOverride.value_or(a.tier);
        Change change{c.code, c.name, c.tier, effective, a.tier, a.reasons};
        if (c.tierOverride && a.tier != *c.tierOverride) {
            change.reasons << Text::tr("held at %1 by an override").arg(tierKey(*c.tierOverride));
            report.held << change;
        }
        if (effective != c.tier) {
            report.moved << change;
            Customer moved = c;
            moved.tier = effective;
            movers << moved;
        }
    });
    if (!read)
        return read.error();
    if (dryRun || movers.isEmpty())
        return report;

    Status written = m_store.write([&]() -> Status {
        for (qsizetype i = 0; i < movers.size(); ++i) {
            Customer& c = movers[i];
            const Change& change = report.moved.at(i);
            if (auto st = m_store.customers().upsert(c); !st)
                return st;
            TierEvent e;
            e.customerCode = c.code;
            e.at = m_clock.now();
            e.actor = actor;
            e.kind = TierEvent::Kind::Recompute;
            e.from = change.from;
            e.to = change.to;
            e.computed = change.computed;
            e.reason = Text::tr("recomputed for %1: %2").arg(report.month, change.reasons.join(QStringLiteral("; ")));
            if (auto st = m_store.customerRecords().tierHistory().append(e); !st)
                return st;
            if (auto st = AuditTrail::record(m_store, m_clock, QStringLiteral("customer"), c.code, TierEvent::kindKey(e.kind),
                                             {{QStringLiteral("from"), tierKey(e.from)},
                                              {QStringLiteral("to"), tierKey(e.to)},
                                              {QStringLiteral("month"), report.month}});
                !st)
                return st;
        }
        return success();
    });
    if (!written)
        return written.error();
    return report;
}

Result<Customer> TierService::customer(const QString& code)
{
    auto c = m_store.customers().findByCode(code.trimmed());
    if (!c && c.error().kind == Error::Kind::NotFound)
        return Error::badInput(c.error().message);
    return c;
}

Result<Customer> TierService::override(const QString& code, std::optional<Tier> tier, const QString& reason,
                                       const QString& actor)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::TierOverride); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return Error::badInput(Text::tr("a tier override needs a reason"), QStringLiteral("reason"));
    auto rules = rule();
    if (!rules)
        return rules.error();
    Customer result;
    Status st = m_store.write([&]() -> Status {
        auto found = customer(code);
        if (!found)
            return found.error();
        Customer c = *found;
        if (!tier && !c.tierOverride)
            return Error::badInput(Text::tr("customer %1 has no tier override to clear").arg(c.code));
        const qint64 now = m_clock.now();
        auto orders = m_store.orders().forCustomer(c.code);
        if (!orders)
            return orders.error();
        const Tier computed = assess(*rules, c, totalsIn(*orders, addLocalMonths(now, -12), now)).tier;
        TierEvent e;
        e.customerCode = c.code;
        e.at = now;
        e.actor = actor;
        e.kind = tier ? TierEvent::Kind::Override : TierEvent::Kind::ClearOverride;
        e.from = c.tier;
        e.to = tier.value_or(computed);
        e.computed = computed;
        e.reason = reason.trimmed();
        c.tierOverride = tier;
        c.tier = e.to;
        if (auto saved = m_store.customers().upsert(c); !saved)
            return saved;
        if (auto appended = m_store.customerRecords().tierHistory().append(e); !appended)
            return appended;
        if (auto audited = AuditTrail::record(m_store, m_clock, QStringLiteral("customer"), c.code, TierEvent::kindKey(e.kind),
                                              {{QStringLiteral("from"), tierKey(e.from)},
                                               {QStringLiteral("to"), tierKey(e.to)},
                                               {QStringLiteral("reason"), e.reason}});
            !audited)
            return audited;
        result = c;
        return success();
    });
    if (!st)
        return st.error();
    return result;
}

Result<QList<TierEvent>> TierService::history(const QString& code)
{
    auto c = customer(code);
    if (!c)
        return c.error();
    return m_store.customerRecords().tierHistory().forCustomer(c->code);
}

} // namespace ingot
