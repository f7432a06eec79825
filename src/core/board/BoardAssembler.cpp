#include "core/board/BoardAssembler.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SlaBoard)
};

size_t tierIndex(Tier t)
{
    return static_cast<size_t>(t);
}

// Per subject and week (0 .. historyWeeks, the last one is this week): sums the rule looks at.
struct WeekSums {
    qint64 reported = 0;
    qint64 reportedEarly = 0;
    qint64 responded = 0;
    qint64 responseSeconds = 0;
};

std::optional<double> meanHours(const WeekSums& w)
{
    if (w.responded == 0)
        return std::nullopt;
    return static_cast<double>(w.responseSeconds) / 3600.0 / static_cast<double>(w.responded);
}

QString number(double v)
{
    return QLocale().toString(v, 'f', 1);
}
} // namespace

std::optional<double> DailyCompliance::responsePct() const
{
    const qint64 decided = responseMet + responseBreached;
    if (decided == 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(responseMet) / static_cast<double>(decided);
}

std::optional<double> DailyCompliance::resolutionPct() const
{
    const qint64 decided = resolutionMet + resolutionBreached;
    if (decided == 0)
        return std::nullopt;
    return 100.0 * static_cast<double>(resolutionMet) / static_cast<double>(decided);
}

QString BoardAnomaly::describe() const
{
    return BoardAssembler::describe(*this);
}

QString BoardAssembler::describe(const BoardAnomaly& a)
{
    QString subject = a.key;
    if (a.subject == AnomalySubject::Region) {
        if (auto r = parseRegion(a.key))
            subject = regionLabel(*r);
    } else if (auto c = parseCategory(a.key)) {
        subject = categoryLabel(*c);
    }
    if (a.measure == AnomalyMeasure::ResponseHours)
        return Text::tr("%1 response %2 h this week vs %3 ± %4 h over %5 weeks")
            .arg(subject, number(a.current), number(a.mean), number(a.spread))
            .arg(a.weeks);
    return Text::tr("%1: %2 tickets this week so far vs %3 ± %4 in the same part of the previous %5 weeks")
        .arg(subject)
        .arg(static_cast<qint64>(a.current))
        .arg(number(a.mean), number(a.spread))
        .arg(a.weeks);
}

BoardSnapshot BoardAssembler::assemble(const BoardQuery& query, const BoardFacts& facts, const AnomalyRule& rule)
{
    const BoardPeriods& p = query.periods;
    BoardSnapshot s;
    s.asOf = p.now;
    s.filter = query.filter;
    s.thisWeekStart = p.weekStart;
    s.historyWeeks = p.historyWeeks;

    QHash<Region, RegionOpen> open;
    for (Region r : allRegions())
        open.insert(r, RegionOpen{r, {}});
    for (const BoardOpenRow& row : facts.open) {
        BoardCounters& c = s.counters[tierIndex(row.tier)];
        c.open += row.open;
        c.atRisk += row.atRisk;
        c.overdue += row.overdue;
        open[row.region].byTier[tierIndex(row.tier)] += row.open;
    }
    for (const BoardBreachRow& row : facts.breached) {
        BoardCounters& c = s.counters[tierIndex(row.tier)];
        c.breachedToday += row.today;
        c.breachedMonth += row.month;
    }
    for (size_t t = 0; t < 3; ++t) {
        s.counters[3].open += s.counters[t].open;
        s.counters[3].atRisk += s.counters[t].atRisk;
        s.counters[3].overdue += s.counters[t].overdue;
        s.counters[3].breachedToday += s.counters[t].breachedToday;
        s.counters[3].breachedMonth += s.counters[t].breachedMonth;
    }
    for (Region r : allRegions())
        s.openByRegion << open.value(r);
    s.next = facts.next;

    for (int i = 0; i < BoardPeriods::kComplianceDays; ++i)
        s.days << DailyCompliance{p.complianceStart + i * BoardPeriods::kDay, 0, 0, 0, 0};

    // Met = stopped and not breached: the stopped clocks of the day less its breached stopped ones.
    auto complianceDay = [&](int day) -> DailyCompliance* {
        const qint64 dayStart = p.historyStart + day * BoardPeriods::kDay;
        const qint64 ci = (dayStart - p.complianceStart) / BoardPeriods::kDay;
        if (dayStart < p.complianceStart || ci >= BoardPeriods::kComplianceDays)
            return nullptr;
        return &s.days[ci];
    };
    for (const BoardBreachDay& b : facts.breachDays) {
        DailyCompliance* d = complianceDay(b.day);
        if (!d)
            continue;
        if (b.metric == SlaMetric::Response) {
            d->responseBreached += b.breached;
            d->responseMet -= b.stopped;
        } else if (b.metric == SlaMetric::Resolution) {
            d->resolutionBreached += b.breached;
            d->resolutionMet -= b.stopped;
        }
    }

    const int weeks = p.historyWeeks + 1;
    QHash<Region, QList<WeekSums>> byRegion;
    QHash<Category, QList<WeekSums>> byCategory;
    for (Region r : allRegions())
        byRegion.insert(r, QList<WeekSums>(weeks));
    for (Category c : allCategories())
        byCategory.insert(c, QList<WeekSums>(weeks));
    for (const BoardDayRow& row : facts.days) {
        if (DailyCompliance* d = complianceDay(row.day)) {
            d->responseMet += row.responded;
            d->resolutionMet += row.resolved;
        }
        const int w = row.day / 7;
        if (w < 0 || w >= weeks)
            continue;
        for (WeekSums* sums : {&byRegion[row.region][w], &byCategory[row.category][w]}) {
            sums->reported += row.reported;
            sums->reportedEarly += row.reportedEarly;
            sums->responded += row.responded;
            sums->responseSeconds += row.responseSeconds;
        }
    }

    auto checkSeries = [&](AnomalySubject subject, const QString& key, const QList<WeekSums>& series) {
        const WeekSums& current = series.last();
        QList<std::optional<double>> hours;
        QList<std::optional<double>> counts;
        for (int w = 0; w < weeks - 1; ++w) {
            hours << meanHours(series.at(w));
            // A week without a ticket of the subject is no evidence (the database may be younger).
            counts << (series.at(w).reportedEarly > 0 ? std::optional<double>(series.at(w).reportedEarly)
                                                      : std::nullopt);
        }
        auto add = [&](AnomalyMeasure measure, const AnomalyRule::Finding& f, qint64 tickets) {
            BoardAnomaly a;
            a.subject = subject;
            a.key = key;
            a.measure = measure;
            a.current = f.current;
            a.mean = f.mean;
            a.sd = f.sd;
            a.spread = f.spread;
            a.threshold = f.threshold;
            a.tickets = tickets;
            a.weeks = f.weeks;
            a.reason = describe(a);
            s.anomalies << a;
        };
        if (auto h = meanHours(current))
            if (auto f = rule.check(*h, current.responded, hours))
                add(AnomalyMeasure::ResponseHours, *f, current.responded);
        if (auto f = rule.check(static_cast<double>(current.reported), current.reported, counts))
            add(AnomalyMeasure::TicketCount, *f, current.reported);
    };
    for (Region r : allRegions()) {
        const QList<WeekSums>& series = byRegion.value(r);
        RegionResponse rr;
        rr.region = r;
        rr.thisWeekHours = meanHours(series.last());
        rr.thisWeekResponded = series.last().responded;
        double sum = 0;
        int n = 0;
        for (int w = 0; w < weeks - 1; ++w) {
            const auto h = meanHours(series.at(w));
            rr.previousWeeks << h;
            if (h) {
                sum += *h;
                ++n;
            }
        }
        if (n > 0)
            rr.historyMeanHours = sum / n;
        s.responseByRegion << rr;
        checkSeries(AnomalySubject::Region, regionKey(r), series);
    }
    for (Category c : allCategories())
        checkSeries(AnomalySubject::Category, categoryKey(c), byCategory.value(c));
    return s;
}

} // namespace ingot
