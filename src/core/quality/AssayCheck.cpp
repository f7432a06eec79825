#include "core/quality/AssayCheck.h"

#include <QCoreApplication>
#include <QSet>

namespace ingot {

namespace {

// Elements an assay of refined lead reports.
const QSet<QString>& knownElements()
{
    static const QSet<QString> set{
        QStringLiteral("Pb"), QStringLiteral("Ag"), QStringLiteral("Cu"), QStringLiteral("Bi"), QStringLiteral("As"),
        QStringLiteral("Sb"), QStringLiteral("Sn"), QStringLiteral("Zn"), QStringLiteral("Fe"), QStringLiteral("Cd"),
        QStringLiteral("Ni"), QStringLiteral("Tl"), QStringLiteral("Hg"), QStringLiteral("Ca"), QStringLiteral("Al"),
        QStringLiteral("Se"), QStringLiteral("Te"), QStringLiteral("Mg"), QStringLiteral("Co"), QStringLiteral("Cr")};
    return set;
}

// Limits are printed with four decimals; a measured value equal to the limit passes, and binary
// floating point must not turn 0.0010 into a failure against 0.001.
constexpr double kEpsilon = 1e-9;
} // namespace

Result<QString> AssayCheck::normalizeElement(const QString& symbol)
{
    const QString s = symbol.trimmed();
    if (s.isEmpty() || s.size() > 2)
        return Error::badInput(
            QCoreApplication::translate("Assay", "'%1' is not a chemical element symbol").arg(symbol),
            QStringLiteral("element"));
    const QString n = s.left(1).toUpper() + s.mid(1).toLower();
    if (!knownElements().contains(n))
        return Error::badInput(
            QCoreApplication::translate("Assay", "'%1' is not an element an assay of lead reports").arg(symbol),
            QStringLiteral("element"));
    return n;
}

Result<AssayCheck::Verdict> AssayCheck::check(const GradeLimits& limits, const QMap<QString, double>& measured)
{
    Verdict v;
    QMap<QString, double> values;
    for (auto it = measured.constBegin(); it != measured.constEnd(); ++it) {
        auto element = normalizeElement(it.key());
        if (!element)
            return element.error();
        if (it.value() < 0 || it.value() > 100)
            return Error::badInput(QCoreApplication::translate("Assay", "%1: a percentage is between 0 and 100, not %2")
                                       .arg(*element)
                                       .arg(it.value()),
                                   *element);
        values.insert(*element, it.value());
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        if (it.key() != QLatin1String("Pb"))
            v.impurities += it.value();

    v.pbMeasured = values.contains(QStringLiteral("Pb"));
    v.pb = v.pbMeasured ? values.value(QStringLiteral("Pb")) : 100.0 - v.impurities;
    Element pb{QStringLiteral("Pb"), v.pb, limits.minPb, v.pb + kEpsilon >= limits.minPb};
    v.elements << pb;
    if (!pb.pass)
        v.failed << pb.element;

    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (it.key() == QLatin1String("Pb"))
            continue;
        Element e{it.key(), it.value(), std::nullopt, true};
        if (const auto limit = limits.maxImpurity.constFind(it.key()); limit != limits.maxImpurity.constEnd()) {
            e.limit = *limit;
            e.pass = it.value() <= *limit + kEpsilon;
        }
        if (!e.pass)
            v.failed << e.element;
        v.elements << e;
    }
    if (limits.maxTotalImpurities && v.impurities > *limits.maxTotalImpurities + kEpsilon)
        v.failed << QStringLiteral("total");
    v.pass = v.failed.isEmpty();
    return v;
}

} // namespace ingot
