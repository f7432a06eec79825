#pragma once

#include "core/customers/CustomerTypes.h"
#include "core/sla/SlaTypes.h"
#include "core/tickets/TicketTypes.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <array>
#include <optional>

namespace ingot {

// What the supervisor narrows the board to; empty members mean "all".
struct BoardFilter {
    std::optional<Region> region;
    std::optional<Tier> tier;
    QString team; // technicians.team of the ticket's assignee

    bool operator==(const BoardFilter&) const = default;
};

// One row of the counters: tickets, not clocks. A ticket counts once however many of its clocks
// are late.
struct BoardCounters {
    qint64 open = 0;          // stage reported … waiting_customer
    qint64 atRisk = 0;        // open, its leading running clock at risk and not yet over
    qint64 overdue = 0;       // open, its leading running clock already over the target
    qint64 breachedToday = 0; // a clock of it breached since local midnight
    qint64 breachedMonth = 0; // a clock of it breached since the first of the local month

    bool operator==(const BoardCounters&) const = default;
};

// An open ticket whose running clock has not run out yet, nearest due first.
struct NextBreach {
    QString number;
    QString customer;
    Tier tier = Tier::C;
    Priority priority = Priority::P3;
    Region region = Region::East;
    SlaMetric metric = SlaMetric::Response; // the clock that runs out at dueAt
    qint64 dueAt = 0;
    bool atRisk = false;
    QString assignee;     // login, empty when nobody is dispatched
    QString assigneeName; // the technician's name when known

    bool operator==(const NextBreach&) const = default;
};

// Met and breached clocks of the tickets reported on one local day, as of now.
struct DailyCompliance {
    qint64 dayStart = 0;
    qint64 responseMet = 0;
    qint64 responseBreached = 0;
    qint64 resolutionMet = 0;
    qint64 resolutionBreached = 0;

    std::optional<double> responsePct() const; // null without a decided clock
    std::optional<double> resolutionPct() const;
    bool operator==(const DailyCompliance&) const = default;
};

struct RegionOpen {
    Region region = Region::East;
    std::array<qint64, 3> byTier{}; // [A, B, C]

    bool operator==(const RegionOpen&) const = default;
};

// Mean wall-clock hours from report to first response of the tickets reported in a week.
struct RegionResponse {
    Region region = Region::East;
    std::optional<double> thisWeekHours;
    qint64 thisWeekResponded = 0;
    std::optional<double> historyMeanHours;     // mean of the previous weeks that had responses
    QList<std::optional<double>> previousWeeks; // oldest first

    bool operator==(const RegionResponse&) const = default;
};

enum class AnomalySubject { Region, Category };
enum class AnomalyMeasure { ResponseHours, TicketCount };

// A region or category clearly above its own recent history this week (AnomalyRule).
struct BoardAnomaly {
    AnomalySubject subject = AnomalySubject::Region;
    QString key; // region or category key
    AnomalyMeasure measure = AnomalyMeasure::ResponseHours;
    double current = 0;
    double mean = 0;
    double sd = 0;     // sample standard deviation of the previous weeks
    double spread = 0; // the sd the rule used (floored)
    double threshold = 0;
    qint64 tickets = 0;
    int weeks = 0;
    QString reason; // for people, translated when the snapshot was made

    QString describe() const; // the reason in the current language
    bool operator==(const BoardAnomaly&) const = default;
};

// Everything the board shows, as one plain value: computed on a worker thread and handed to the
// window by a queued signal.
struct BoardSnapshot {
    qint64 asOf = 0;
    BoardFilter filter;
    std::array<BoardCounters, 4> counters{}; // [A, B, C, total]
    QList<NextBreach> next;
    QList<DailyCompliance> days;    // the last 30 local days, oldest first, today last
    QList<RegionOpen> openByRegion; // every region, in allRegions() order
    QList<RegionResponse> responseByRegion;
    QList<BoardAnomaly> anomalies;
    qint64 thisWeekStart = 0;
    int historyWeeks = 8;
    qint64 workerMs = 0; // how long the refresh took on the worker

    const BoardCounters& total() const { return counters[3]; }
    const BoardCounters& tier(Tier t) const { return counters[static_cast<size_t>(t)]; }
    bool operator==(const BoardSnapshot&) const = default;
};

} // namespace ingot

Q_DECLARE_METATYPE(ingot::BoardFilter)
Q_DECLARE_METATYPE(ingot::BoardSnapshot)
