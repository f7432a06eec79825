#include "app/reportdoc/KpiDocumentText.h"

#include "core/common/Instant.h"
#include "core/customers/CustomerTypes.h"
#include "core/tickets/TicketTypes.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTranslator>

namespace ingot {

namespace {

constexpr const char* kContext = "KpiDocument";

struct KpiName {
    KpiKey key;
    const char* label;
};
constexpr KpiName kKpiNames[] = {
    {KpiKey::Reported, QT_TRANSLATE_NOOP("KpiDocument", "Tickets reported")},
    {KpiKey::Responded, QT_TRANSLATE_NOOP("KpiDocument", "Tickets responded to")},
    {KpiKey::ResponseHoursAvg, QT_TRANSLATE_NOOP("KpiDocument", "Mean response time (h)")},
    {KpiKey::ResponseHoursP90, QT_TRANSLATE_NOOP("KpiDocument", "Response time, 90th percentile (h)")},
    {KpiKey::ResponseSlaPct, QT_TRANSLATE_NOOP("KpiDocument", "Response SLA met (%)")},
    {KpiKey::Resolved, QT_TRANSLATE_NOOP("KpiDocument", "Tickets resolved")},
    {KpiKey::ResolutionRatePct, QT_TRANSLATE_NOOP("KpiDocument", "Resolution rate (%)")},
    {KpiKey::ResolutionHoursAvg, QT_TRANSLATE_NOOP("KpiDocument", "Mean resolution time (h)")},
    {KpiKey::ResolutionSlaPct, QT_TRANSLATE_NOOP("KpiDocument", "Resolution SLA met (%)")},
    {KpiKey::FirstTimeFixPct, QT_TRANSLATE_NOOP("KpiDocument", "First-time fix (%)")},
    {KpiKey::ReopenRatePct, QT_TRANSLATE_NOOP("KpiDocument", "Reopen rate (%)")},
    {KpiKey::Surveys, QT_TRANSLATE_NOOP("KpiDocument", "Surveys answered")},
    {KpiKey::CsatPct, QT_TRANSLATE_NOOP("KpiDocument", "Satisfied customers, score 4-5 (%)")},
    {KpiKey::CsatAvg, QT_TRANSLATE_NOOP("KpiDocument", "Mean survey score (1-5)")},
    {KpiKey::CompensationCny, QT_TRANSLATE_NOOP("KpiDocument", "Suggested compensation (CNY)")},
    {KpiKey::BacklogEnd, QT_TRANSLATE_NOOP("KpiDocument", "Open backlog at month end")},
};

struct KeyName {
    const char* key;
    const char* label;
};
constexpr KeyName kCategoryNames[] = {
    {"porosity", QT_TRANSLATE_NOOP("KpiDocument", "Porosity")},
    {"oxidation", QT_TRANSLATE_NOOP("KpiDocument", "Oxidation")},
    {"deformation", QT_TRANSLATE_NOOP("KpiDocument", "Deformation")},
    {"composition", QT_TRANSLATE_NOOP("KpiDocument", "Composition")},
    {"packaging", QT_TRANSLATE_NOOP("KpiDocument", "Packaging")},
    {"weight", QT_TRANSLATE_NOOP("KpiDocument", "Weight")},
    {"delivery", QT_TRANSLATE_NOOP("KpiDocument", "Delivery")},
    {"technical", QT_TRANSLATE_NOOP("KpiDocument", "Technical support")},
    {"other", QT_TRANSLATE_NOOP("KpiDocument", "Other")},
};
// Regions are keyed by their Chinese names; the English document says the English one.
constexpr KeyName kRegionNames[] = {
    {"East", QT_TRANSLATE_NOOP("KpiDocument", "East China")},
    {"South", QT_TRANSLATE_NOOP("KpiDocument", "South China")},
    {"North", QT_TRANSLATE_NOOP("KpiDocument", "North China")},
    {"Central", QT_TRANSLATE_NOOP("KpiDocument", "Central China")},
    {"Southwest", QT_TRANSLATE_NOOP("KpiDocument", "Southwest China")},
    {"Northwest", QT_TRANSLATE_NOOP("KpiDocument", "Northwest China")},
    {"Northeast", QT_TRANSLATE_NOOP("KpiDocument", "Northeast China")},
};
constexpr const char* kStatusNames[] = {
    QT_TRANSLATE_NOOP("KpiDocument", "Open"),
    QT_TRANSLATE_NOOP("KpiDocument", "In progress"),
    QT_TRANSLATE_NOOP("KpiDocument", "Verified"),
    QT_TRANSLATE_NOOP("KpiDocument", "Closed"),
};

} // namespace

KpiDocumentText::KpiDocumentText(const QString& language)
    : m_chinese(language.trimmed().toLower().startsWith(QLatin1String("zh")))
{
    if (m_chinese) {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/ingotdesk_zh_CN.qm")))
            m_translator.reset();
    }
}

KpiDocumentText::~KpiDocumentText() = default;

QString KpiDocumentText::language() const
{
    return m_chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString KpiDocumentText::fontFamily() const
{
    return m_chinese ? QStringLiteral("Noto Sans CJK SC,Source Han Sans SC,WenQuanYi Zen Hei,sans-serif")
                     : QStringLiteral("Noto Sans,Noto Sans CJK SC,DejaVu Sans,WenQuanYi Zen Hei,sans-serif");
}

QString KpiDocumentText::localized(const char* source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(kContext, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString KpiDocumentText::kpiLabel(KpiKey key) const
{
    for (const KpiName& n : kKpiNames)
        if (n.key == key)
            return localized(n.label);
    return kpiKeyName(key);
}

QString KpiDocumentText::tierLabel(const QString& key) const
{
    return localized(QT_TRANSLATE_NOOP("KpiDocument", "Tier %1")).arg(key);
}

QString KpiDocumentText::regionLabel(const QString& key) const
{
    const std::optional<Region> region = parseRegion(key);
    if (!region || m_chinese)
        return region ? regionKey(*region) : key;
    static const QList<Region> order = allRegions();
    const qsizetype index = order.indexOf(*region);
    return index >= 0 && index < qsizetype(std::size(kRegionNames)) ? localized(kRegionNames[index].label) : key;
}

QString KpiDocumentText::categoryLabel(const QString& key) const
{
    for (const KeyName& n : kCategoryNames)
        if (key == QLatin1String(n.key))
            return localized(n.label);
    return key;
}

QString KpiDocumentText::assigneeLabel(const QString& login) const
{
    return login.isEmpty() ? localized(QT_TRANSLATE_NOOP("KpiDocument", "(unassigned)")) : login;
}

QString KpiDocumentText::statusLabel(ImprovementStatus status) const
{
    return localized(kStatusNames[static_cast<int>(status)]);
}

QString KpiDocumentText::targetStatusLabel(KpiTargetStatus status) const
{
    switch (status) {
    case KpiTargetStatus::Met:
        return localized(QT_TRANSLATE_NOOP("KpiDocument", "Met"));
    case KpiTargetStatus::Missed:
        return localized(QT_TRANSLATE_NOOP("KpiDocument", "Missed"));
    case KpiTargetStatus::NoValue:
        return localized(QT_TRANSLATE_NOOP("KpiDocument", "No value"));
    case KpiTargetStatus::NoTarget:
        break;
    }
    return {};
}

QString KpiDocumentText::monthLabel(const QString& month) const
{
    const QDate date = QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return month;
    if (m_chinese)
        return QStringLiteral("%1年%2月").arg(date.year()).arg(date.month());
    return QLocale(QLocale::English).toString(date, QStringLiteral("MMMM yyyy"));
}

QString KpiDocumentText::dateLabel(qint64 epochSeconds) const
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, Instant::localZone()).date().toString(Qt::ISODate);
}

QString KpiDocumentText::number(std::optional<double> value, int decimals) const
{
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("—");
}

} // namespace ingot
