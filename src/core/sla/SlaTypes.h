#pragma once

#include "core/common/KeyedEnum.h"

#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace ingot {

// The three clocks every ticket has (sla-kpi-spec.md, Clocks).
enum class SlaMetric { Response, Assessment, Resolution };

// Whether a clock is counting: the mechanics, independent of the target.
enum class ClockPhase { Running, Paused, Stopped };

// What people see: the phase judged against the target. Breached wins over everything (a stopped
// clock that went over is breached, not met); at_risk only applies to clocks not yet stopped.
enum class ClockState { Running, Paused, Met, AtRisk, Breached };

// Targets of one tier × priority cell, in service minutes of the tier's calendar.
struct SlaTargets {
    qint64 responseMinutes = 0;
    qint64 assessmentMinutes = 0;
    qint64 resolutionMinutes = 0;

    qint64 minutes(SlaMetric metric) const;
    void setMinutes(SlaMetric metric, qint64 minutes);
    bool operator==(const SlaTargets&) const = default;
};

QString slaMetricKey(SlaMetric); // "response", "assessment", "resolution"
std::optional<SlaMetric> parseSlaMetric(const QString&);
QString slaMetricLabel(SlaMetric);
QList<SlaMetric> allSlaMetrics();

QString clockStateKey(ClockState); // "running", "paused", "met", "at_risk", "breached"
std::optional<ClockState> parseClockState(const QString&);
QString clockStateLabel(ClockState);
QList<ClockState> allClockStates();

QString clockPhaseKey(ClockPhase); // "running", "paused", "stopped"

} // namespace ingot
