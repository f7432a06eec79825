#include "app/io/ImportKind.h"

namespace ingot {

namespace {
struct Spec {
    ImportKind kind;
    const char* key;
    QStringList required;
    QStringList optional;
};

const QList<Spec>& specs()
{
    static const QList<Spec> all{
        {ImportKind::Customers, "customers",
         {"code", "name", "region", "province"},
         {"city", "industry", "annual_volume_t", "cooperation_years", "tier", "contact_name", "phone", "email"}},
        {ImportKind::Orders, "orders",
         {"order_no", "customer_code", "grade", "batch_no", "quantity_t", "value_cny"},
         {"ordered_at", "delivered_at"}},
        {ImportKind::Technicians, "technicians", {"login", "name", "region"}, {"team", "skills", "level", "phone"}},
        {ImportKind::Tickets, "tickets",
         {"ticket_no", "customer_code", "category", "priority", "title", "reported_at"},
         {"order_no", "batch_no", "channel", "description", "reporter"}},
        {ImportKind::Events, "events", {"ticket_no", "at", "action"}, {"actor", "value", "note"}},
        {ImportKind::Holidays, "holidays", {"date", "kind", "name"}, {"calendar"}},
    };
    return all;
}

const Spec& spec(ImportKind kind)
{
    for (const Spec& s : specs())
        if (s.kind == kind)
            return s;
    return specs().first();
}
}  // namespace

std::optional<ImportKind> parseImportKind(const QString& text)
{
    for (const Spec& s : specs())
        if (text == QLatin1String(s.key))
            return s.kind;
    return std::nullopt;
}

QString importKindKey(ImportKind kind) { return QString::fromLatin1(spec(kind).key); }
QStringList requiredColumns(ImportKind kind) { return spec(kind).required; }
QStringList optionalColumns(ImportKind kind) { return spec(kind).optional; }

}  // namespace ingot
