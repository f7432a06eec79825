#include "app/io/RowParser.h"

#include "core/common/Instant.h"
#include "core/customers/TierRule.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <cmath>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

Error columnError(const QString& column, const QString& message)
{
    return Error::badInput(Text::tr("column '%1': %2").arg(column, message));
}

template <class E>
Result<E> keyed(const QString& column, const QString& text, std::optional<E> parsed, const QString& allowed)
{
    if (!parsed)
        return columnError(column, Text::tr("'%1' is not one of %2").arg(text, allowed));
    return *parsed;
}
}  // namespace

Result<QString> RowParser::required(const CsvReader::Record& row, const QString& column, int maxLength) const
{
    const QString v = m_table.cell(row, column);
    if (v.isEmpty())
        return columnError(column, Text::tr("is required"));
    if (v.size() > maxLength)
        return columnError(column, Text::tr("is longer than %1 characters").arg(maxLength));
    return v;
}

Result<double> RowParser::number(const CsvReader::Record& row, const QString& column) const
{
    const QString v = m_table.cell(row, column);
    if (v.isEmpty())
        return 0.0;
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d) || d < 0 || d > 1e9)
        return columnError(column, Text::tr("'%1' is not a number from 0 to 1,000,000,000").arg(v));
    return d;
}

Result<std::optional<qint64>> RowParser::instant(const CsvReader::Record& row, const QString& column, bool isRequired) const
{
    const QString v = m_table.cell(row, column);
    if (v.isEmpty()) {
        if (isRequired)
            return columnError(column, Text::tr("is required"));
        return std::optional<qint64>{};
    }
    auto t = Instant::parse(v);
    if (!t)
        return columnError(column, t.error().message);
    return std::optional<qint64>{*t};
}

Result<qint64> RowParser::parseFen(const QString& text)
{
    static const QRegularExpression money(QStringLiteral(R"(^(\d{1,13})(?:\.(\d{1,2}))?$)"));
    const auto m = money.match(text.trimmed());
    if (!m.hasMatch())
        return Error::badInput(Text::tr("'%1' is not an amount in CNY such as 125000 or 125000.50").arg(text));
    const QString cents = m.captured(2).leftJustified(2, QLatin1Char('0'));
    return m.captured(1).toLongLong() * 100 + cents.toLongLong();
}

Result<Customer> RowParser::customer(const CsvReader::Record& row) const
{
    Customer c;
    auto code = required(row, QStringLiteral("code"), 40);
    if (!code)
        return code.error();
    auto name = required(row, QStringLiteral("name"));
    if (!name)
        return name.error();
    auto province = required(row, QStringLiteral("province"), 40);
    if (!province)
        return province.error();
    const QString regionText = m_table.cell(row, QStringLiteral("region"));
    auto region = keyed<Region>(QStringLiteral("region"), regionText, parseRegion(regionText),
                                QStringLiteral("华东 华南 华北 华中 西南 西北 东北"));
    if (!region)
        return region.error();
    auto volume = number(row, QStringLiteral("annual_volume_t"));
    if (!volume)
        return volume.error();
    auto years = number(row, QStringLiteral("cooperation_years"));
    if (!years)
        return years.error();
    if (*years != std::floor(*years) || *years > 200)
        return columnError(QStringLiteral("cooperation_years"), Text::tr("must be a whole number of years"));
    c.code = *code;
    c.name = *name;
    c.region = *region;
    c.province = *province;
    c.city = optional(row, QStringLiteral("city"));
    c.industry = optional(row, QStringLiteral("industry"));
    c.annualVolumeT = *volume;
    c.cooperationYears = static_cast<int>(*years);
    const QString tierText = optional(row, QStringLiteral("tier"));
    if (!tierText.isEmpty()) {
        auto tier = keyed<Tier>(QStringLiteral("tier"), tierText, parseTier(tierText), QStringLiteral("A B C"));
        if (!tier)
            return tier.error();
        c.tierOverride = *tier;
    }
    c.tier = c.tierOverride.value_or(TierRule{}.tierFor(c.annualVolumeT, c.cooperationYears));
    c.contactName = optional(row, QStringLiteral("contact_name"));
    c.phone = optional(row, QStringLiteral("phone"));
    c.email = optional(row, QStringLiteral("email"));
    if (!c.email.isEmpty() && !c.email.contains(QLatin1Char('@')))
        return columnError(QStringLiteral("email"), Text::tr("'%1' is not an e-mail address").arg(c.email));
    return c;
}

Result<Order> RowParser::order(const CsvReader::Record& row) const
{
    Order o;
    for (const char* col : {"order_no", "customer_code", "grade", "batch_no"}) {
        auto v = required(row, QString::fromLatin1(col), 60);
        if (!v)
            return v.error();
    }
    o.orderNo = optional(row, QStringLiteral("order_no"));
    o.customerCode = optional(row, QStringLiteral("customer_code"));
    o.grade = optional(row, QStringLiteral("grade"));
    static const QRegularExpression grade(QStringLiteral(R"(^Pb99\.\d{3}$)"));
    if (!grade.match(o.grade).hasMatch())
        return columnError(QStringLiteral("grade"), Text::tr("'%1' is not a GB/T 469 grade such as Pb99.994").arg(o.grade));
    o.batchNo = optional(row, QStringLiteral("batch_no"));
    auto qty = number(row, QStringLiteral("quantity_t"));
    if (!qty)
        return qty.error();
    if (*qty <= 0)
        return columnError(QStringLiteral("quantity_t"), Text::tr("must be more than 0 tons"));
    o.quantityT = *qty;
    auto fen = parseFen(optional(row, QStringLiteral("value_cny")));
    if (!fen)
        return columnError(QStringLiteral("value_cny"), fen.error().message);
    o.valueFen = *fen;
    auto ordered = instant(row, QStringLiteral("ordered_at"), false);
    if (!ordered)
        return ordered.error();
    auto delivered = instant(row, QStringLiteral("delivered_at"), false);
    if (!delivered)
        return delivered.error();
    o.orderedAt = *ordered;
    o.deliveredAt = *delivered;
    return o;
}

Result<Technician> RowParser::technician(const CsvReader::Record& row) const
{
    Technician t;
    auto login = required(row, QStringLiteral("login"), 40);
    if (!login)
        return login.error();
    static const QRegularExpression loginShape(QStringLiteral(R"(^[A-Za-z0-9._-]+$)"));
    if (!loginShape.match(*login).hasMatch())
        return columnError(QStringLiteral("login"), Text::tr("'%1' may hold only letters, digits, '.', '_' and '-'").arg(*login));
    auto name = required(row, QStringLiteral("name"), 60);
    if (!name)
        return name.error();
    const QString regionText = optional(row, QStringLiteral("region"));
    auto region = keyed<Region>(QStringLiteral("region"), regionText, parseRegion(regionText),
                                QStringLiteral("华东 华南 华北 华中 西南 西北 东北"));
    if (!region)
        return region.error();
    t.login = *login;
    t.name = *name;
    t.region = *region;
    t.team = optional(row, QStringLiteral("team"));
    for (const QString& s : optional(row, QStringLiteral("skills")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        auto c = keyed<Category>(QStringLiteral("skills"), s.trimmed(), parseCategory(s), Text::tr("the ticket categories"));
        if (!c)
            return c.error();
        t.skills << *c;
    }
    const QString level = optional(row, QStringLiteral("level"));
    if (!level.isEmpty()) {
        auto l = keyed<TechnicianLevel>(QStringLiteral("level"), level, parseLevel(level),
                                        QStringLiteral("junior intermediate senior 初级 中级 高级"));
        if (!l)
            return l.error();
        t.level = *l;
    }
    t.phone = optional(row, QStringLiteral("phone"));
    return t;
}

Result<Ticket> RowParser::ticket(const CsvReader::Record& row) const
{
    Ticket t;
    auto number = required(row, QStringLiteral("ticket_no"), 40);
    if (!number)
        return number.error();
    auto customer = required(row, QStringLiteral("customer_code"), 40);
    if (!customer)
        return customer.error();
    auto title = required(row, QStringLiteral("title"));
    if (!title)
        return title.error();
    const QString cat = optional(row, QStringLiteral("category"));
    auto category = keyed<Category>(QStringLiteral("category"), cat, parseCategory(cat),
                                    QStringLiteral("porosity oxidation deformation composition packaging weight "
                                                   "delivery technical other"));
    if (!category)
        return category.error();
    const QString pri = optional(row, QStringLiteral("priority"));
    auto priority = keyed<Priority>(QStringLiteral("priority"), pri, parsePriority(pri), QStringLiteral("P1 P2 P3 P4"));
    if (!priority)
        return priority.error();
    auto reported = instant(row, QStringLiteral("reported_at"), true);
    if (!reported)
        return reported.error();
    const QString ch = optional(row, QStringLiteral("channel"));
    if (!ch.isEmpty()) {
        auto channel = keyed<Channel>(QStringLiteral("channel"), ch, parseChannel(ch),
                                      QStringLiteral("phone wechat email visit portal"));
        if (!channel)
            return channel.error();
        t.channel = *channel;
    }
    const QString description = optional(row, QStringLiteral("description"));
    if (description.size() > 20000)
        return columnError(QStringLiteral("description"), Text::tr("is longer than 20,000 characters"));
    t.number = number->toUpper();
    t.customerCode = *customer;
    t.orderNo = optional(row, QStringLiteral("order_no"));
    t.batchNo = optional(row, QStringLiteral("batch_no"));
    t.category = *category;
    t.priority = *priority;
    t.title = *title;
    t.description = description;
    t.reporter = optional(row, QStringLiteral("reporter"));
    t.state.reportedAt = **reported;
    t.state.lastEventAt = **reported;
    return t;
}

Result<RowParser::EventRow> RowParser::event(const CsvReader::Record& row) const
{
    EventRow out;
    auto number = required(row, QStringLiteral("ticket_no"), 40);
    if (!number)
        return number.error();
    auto at = instant(row, QStringLiteral("at"), true);
    if (!at)
        return at.error();
    const QString act = optional(row, QStringLiteral("action"));
    auto action = keyed<Action>(QStringLiteral("action"), act, parseAction(act),
                                QStringLiteral("respond assess plan dispatch start wait resume resolve feedback survey "
                                               "close reopen cancel note"));
    if (!action)
        return action.error();
    out.ticketNo = number->toUpper();
    out.event.at = **at;
    out.event.action = *action;
    out.event.actor = optional(row, QStringLiteral("actor"));
    out.event.value = optional(row, QStringLiteral("value"));
    out.event.note = optional(row, QStringLiteral("note"));
    if (out.event.note.size() > 20000)
        return columnError(QStringLiteral("note"), Text::tr("is longer than 20,000 characters"));
    return out;
}

Result<HolidayRepository::Entry> RowParser::holiday(const CsvReader::Record& row) const
{
    HolidayRepository::Entry e;
    const QString dateText = optional(row, QStringLiteral("date"));
    const auto date = Instant::parseDate(dateText);
    if (!date)
        return columnError(QStringLiteral("date"), date.error().message);
    const QString kind = optional(row, QStringLiteral("kind"));
    if (kind != QLatin1String("holiday") && kind != QLatin1String("workday"))
        return columnError(QStringLiteral("kind"), Text::tr("'%1' is not one of holiday workday").arg(kind));
    e.date = date->toString(Qt::ISODate);
    e.workday = kind == QLatin1String("workday");
    e.name = optional(row, QStringLiteral("name"));
    e.calendar = optional(row, QStringLiteral("calendar"));
    return e;
}

}  // namespace ingot
