#include "core/sla/SlaTypes.h"

#include <QCoreApplication>
#include <array>

namespace ingot {

namespace {
using M = KeyedName<SlaMetric>;
constexpr std::array kMetrics{
    M{SlaMetric::Response, "response", "响应", QT_TRANSLATE_NOOP("SlaMetric", "Response")},
    M{SlaMetric::Assessment, "assessment", "评估", QT_TRANSLATE_NOOP("SlaMetric", "Assessment")},
    M{SlaMetric::Resolution, "resolution", "解决", QT_TRANSLATE_NOOP("SlaMetric", "Resolution")},
};

using S = KeyedName<ClockState>;
constexpr std::array kStates{
    S{ClockState::Running, "running", "计时中", QT_TRANSLATE_NOOP("ClockState", "Running")},
    S{ClockState::Paused, "paused", "已暂停", QT_TRANSLATE_NOOP("ClockState", "Paused")},
    S{ClockState::Met, "met", "达标", QT_TRANSLATE_NOOP("ClockState", "Met")},
    S{ClockState::AtRisk, "at_risk", "即将超时", QT_TRANSLATE_NOOP("ClockState", "At risk")},
    S{ClockState::Breached, "breached", "已超时", QT_TRANSLATE_NOOP("ClockState", "Breached")},
};
} // namespace

qint64 SlaTargets::minutes(SlaMetric metric) const
{
    switch (metric) {
    case SlaMetric::Response:
        return responseMinutes;
    case SlaMetric::Assessment:
        return assessmentMinutes;
    case SlaMetric::Resolution:
        return resolutionMinutes;
    }
    return 0;
}

void SlaTargets::setMinutes(SlaMetric metric, qint64 value)
{
    switch (metric) {
    case SlaMetric::Response:
        responseMinutes = value;
        break;
    case SlaMetric::Assessment:
        assessmentMinutes = value;
        break;
    case SlaMetric::Resolution:
        resolutionMinutes = value;
        break;
    }
}

QString slaMetricKey(SlaMetric v)
{
    return keyOf<SlaMetric>(kMetrics, v);
}
std::optional<SlaMetric> parseSlaMetric(const QString& t)
{
    return parseKeyed<SlaMetric>(kMetrics, t);
}
QString slaMetricLabel(SlaMetric v)
{
    return labelOf(kMetrics, "SlaMetric", v);
}
QList<SlaMetric> allSlaMetrics()
{
    return valuesOf<SlaMetric>(kMetrics);
}

QString clockStateKey(ClockState v)
{
    return keyOf<ClockState>(kStates, v);
}
std::optional<ClockState> parseClockState(const QString& t)
{
    return parseKeyed<ClockState>(kStates, t);
}
QString clockStateLabel(ClockState v)
{
    return labelOf(kStates, "ClockState", v);
}
QList<ClockState> allClockStates()
{
    return valuesOf<ClockState>(kStates);
}

QString clockPhaseKey(ClockPhase phase)
{
    switch (phase) {
    case ClockPhase::Running:
        return QStringLiteral("running");
    case ClockPhase::Paused:
        return QStringLiteral("paused");
    case ClockPhase::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

} // namespace ingot
