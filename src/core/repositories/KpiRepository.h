#pragma once

#include "core/common/Result.h"
#include "core/customers/CustomerTypes.h"
#include "core/report/KpiReport.h"
#include "core/tickets/TicketEvent.h"
#include "core/tickets/TicketTypes.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace ingot {

// The cohort of a monthly KPI report: tickets reported in [from, to) and not after `now`, not
// cancelled as of `now`. Everything is read as of `now`: events after it do not exist.
struct KpiWindow {
    qint64 from = 0;
    qint64 to = 0;
    qint64 now = 0;

    bool operator==(const KpiWindow&) const = default;
};

// Sums over a set of cohort tickets (the whole cohort or one group of a breakdown), each ticket's
// state taken as of `now`. The service turns them into ratios and means (KpiMath).
struct KpiCounts {
    qint64 reported = 0;
    qint64 responded = 0;             // first response <= now
    qint64 responseSeconds = 0;       // sum of (first response - report) over responded
    qint64 resolved = 0;              // resolution clock stopped: last resolve not followed by a reopen
    qint64 resolutionSeconds = 0;     // sum of (last resolve - report) over resolved
    qint64 resolvedNeverReopened = 0; // resolved and no reopen
    qint64 resolvedEver = 0;          // at least one resolve
    qint64 reopened = 0;              // at least one reopen
    qint64 surveys = 0;               // a survey score (the last one counts)
    qint64 surveysGood = 0;           // last score >= 4
    qint64 surveyScoreSum = 0;        // sum of last scores

    bool operator==(const KpiCounts&) const = default;
};

enum class KpiDimension { Tier, Region, Category, Assignee };

// What the clocks of one cohort ticket depend on: its attributes, the group keys, and the events
// that move the response and resolution clocks, up to `now`, in history order. The response clock
// stops at the first response, which may come as a single respond event standing for whichever
// action it was (respond, assess, plan, start, wait or resolve); SlaClock gives the same answer.
struct KpiClockTicket {
    qint64 id = 0;
    Tier tier = Tier::C;
    Priority priority = Priority::P3;
    QString region;    // stored text (Chinese name)
    QString category;  // category key
    QString assignee;  // last dispatch as of now; "" when unassigned
    qint64 reportedAt = 0;
    std::optional<qint64> policyId;
    std::optional<qint64> orderValueFen;  // linked order's value, for the compensation suggestion
    QList<TicketEvent> events;
};

// Reads of the monthly KPI report. Everything is an aggregate computed by the database over
// indexes; only clocks (whose service-time arithmetic is not SQL) come back per ticket, streamed.
class KpiRepository {
public:
    virtual ~KpiRepository() = default;
    // Runs `work` in one read snapshot, so that every figure of a report sees the same data.
    virtual Status read(const std::function<Status()>& work) = 0;
    virtual Result<KpiCounts> totals(const KpiWindow& window) = 0;
    // One entry per group that has cohort tickets, keyed as KpiGroup::key.
    virtual Result<QList<std::pair<QString, KpiCounts>>> byDimension(const KpiWindow& window, KpiDimension dimension) = 0;
    // The response time (seconds) at 1-based `rank` among the responded tickets, ascending.
    virtual Result<std::optional<qint64>> responseSecondsAtRank(const KpiWindow& window, qint64 rank) = 0;
    // Calls `visit` once per cohort ticket, in id order; nothing is kept between calls.
    virtual Status forEachClockTicket(const KpiWindow& window, const std::function<void(const KpiClockTicket&)>& visit) = 0;
    // Tickets of any month reported at or before `asOf`, neither cancelled nor resolved as of `asOf`.
    virtual Result<qint64> backlog(qint64 asOf) = 0;
    virtual Result<KpiTargets> targets() = 0;
};

} // namespace ingot
