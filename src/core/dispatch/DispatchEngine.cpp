#include "core/dispatch/DispatchEngine.h"

#include "core/common/Instant.h"
#include "core/sla/CalendarMath.h"

#include <QCoreApplication>
#include <algorithm>

namespace ingot {

namespace {
// "intermediate or senior": the levels a priority accepts, in words.
QString acceptedLevels(TechnicianLevel minimum)
{
    switch (minimum) {
    case TechnicianLevel::Junior:
        return DispatchEngine::tr("any level");
    case TechnicianLevel::Intermediate:
        return DispatchEngine::tr("%1 or %2")
            .arg(levelLabel(TechnicianLevel::Intermediate), levelLabel(TechnicianLevel::Senior));
    case TechnicianLevel::Senior:
        return levelLabel(TechnicianLevel::Senior);
    }
    return {};
}

DispatchSuggestion assess(const DispatchTicketFacts& ticket, const DispatchCandidate& c, const DispatchRules& rules,
                          qint64 now)
{
    const Technician& t = c.technician;
    DispatchSuggestion s;
    s.login = t.login;
    s.name = t.name;
    s.level = t.level;
    s.region = t.region;
    s.team = t.team;
    s.openTickets = c.openTickets;
    s.capacity = c.capacity.value_or(rules.defaultCapacity);
    s.current = !ticket.currentAssignee.isEmpty() && ticket.currentAssignee == t.login;
    auto add = [&s](const char* rule, int points, QString reason) {
        s.factors << DispatchFactor{QString::fromLatin1(rule), points, std::move(reason)};
        s.score += points;
    };

    const TechnicianLevel minimum = rules.minimumLevelFor(ticket.priority);
    s.eligible = t.level >= minimum;
    if (s.eligible)
        add("level", 0,
            DispatchEngine::tr("%1 certification; %2 accepts %3")
                .arg(levelLabel(t.level), priorityKey(ticket.priority), acceptedLevels(minimum)));
    else
        add("level", 0,
            DispatchEngine::tr("%1 certification is below what %2 needs (%3): not suggested")
                .arg(levelLabel(t.level), priorityKey(ticket.priority), acceptedLevels(minimum)));

    const bool inTeam = !rules.dedicatedTeam.isEmpty() && t.team == rules.dedicatedTeam;
    if (rules.dedicatedTierFor(ticket.tier)) {
        if (inTeam)
            add("dedicated_team", rules.dedicatedTeamPoints,
                DispatchEngine::tr("in the dedicated team %1 of tier-%2 accounts")
                    .arg(rules.dedicatedTeam, tierKey(ticket.tier)));
        else
            add("dedicated_team", 0,
                DispatchEngine::tr("not in the dedicated team %1 of tier-%2 accounts")
                    .arg(rules.dedicatedTeam, tierKey(ticket.tier)));
    } else if (inTeam) {
        add("dedicated_team", rules.reservedTeamPoints,
            DispatchEngine::tr("kept free for dedicated accounts (team %1)").arg(rules.dedicatedTeam));
    }

    if (t.skills.contains(ticket.category))
        add("skill", rules.skillPoints, DispatchEngine::tr("skilled in %1").arg(categoryLabel(ticket.category)));
    else
        add("skill", 0, DispatchEngine::tr("no skill listed for %1").arg(categoryLabel(ticket.category)));

    if (t.region == ticket.region)
        add("region", rules.regionPoints,
            DispatchEngine::tr("works in the customer's region %1").arg(regionLabel(t.region)));
    else
        add("region", 0,
            DispatchEngine::tr("works in %1, the customer is in %2")
                .arg(regionLabel(t.region), regionLabel(ticket.region)));

    add("load", rules.perOpenTicketPoints * c.openTickets,
        DispatchEngine::tr("%n open ticket(s) in the queue", nullptr, c.openTickets));
    if (c.openTickets >= s.capacity)
        add("capacity", rules.overCapacityPoints,
            DispatchEngine::tr("at or over capacity (%1 open, capacity %2)").arg(c.openTickets).arg(s.capacity));

    if (c.calendar && !CalendarMath::isServed(*c.calendar, now)) {
        s.onDuty = false;
        // The first served second after now: one service second later, minus that second.
        const qint64 back = CalendarMath::dueAfterSeconds(*c.calendar, now, 1) - 1;
        add("duty", rules.offDutyPoints,
            DispatchEngine::tr("off duty by calendar %1 until %2").arg(c.calendar->name(), Instant::formatShort(back)));
    }
    return s;
}

bool before(const DispatchSuggestion& a, const DispatchSuggestion& b)
{
    if (a.eligible != b.eligible)
        return a.eligible;
    if (a.score != b.score)
        return a.score > b.score;
    if (a.openTickets != b.openTickets)
        return a.openTickets < b.openTickets;
    if (a.level != b.level)
        return a.level > b.level;
    return a.login < b.login;
}

QString tieBreak(const DispatchSuggestion& first, const DispatchSuggestion& second)
{
    if (first.openTickets != second.openTickets)
        return DispatchEngine::tr("same score as %1; ahead with fewer open tickets (%2 against %3)")
            .arg(second.login)
            .arg(first.openTickets)
            .arg(second.openTickets);
    if (first.level != second.level)
        return DispatchEngine::tr("same score as %1; ahead with the higher certification").arg(second.login);
    return DispatchEngine::tr("same score and load as %1; ahead by login order only").arg(second.login);
}
} // namespace

DispatchRanking DispatchEngine::rank(const DispatchTicketFacts& ticket, const QList<DispatchCandidate>& candidates,
                                     const DispatchRules& rules, qint64 now)
{
    DispatchRanking ranking;
    for (const DispatchCandidate& c : candidates)
        ranking.suggestions << assess(ticket, c, rules, now);
    std::stable_sort(ranking.suggestions.begin(), ranking.suggestions.end(), before);
    for (qsizetype i = 0; i < ranking.suggestions.size(); ++i) {
        DispatchSuggestion& s = ranking.suggestions[i];
        s.rank = static_cast<int>(i) + 1;
        if (i + 1 < ranking.suggestions.size()) {
            const DispatchSuggestion& next = ranking.suggestions.at(i + 1);
            if (next.eligible == s.eligible && next.score == s.score)
                s.tieBreak = tieBreak(s, next);
        }
    }

    if (candidates.isEmpty()) {
        ranking.warnings << DispatchEngine::tr("There are no technicians to dispatch to.");
        return ranking;
    }
    const auto& all = ranking.suggestions;
    auto none = [&all](auto predicate) { return std::none_of(all.begin(), all.end(), predicate); };
    auto every = [&all](auto predicate) { return std::all_of(all.begin(), all.end(), predicate); };
    if (none([](const DispatchSuggestion& s) { return s.eligible; }))
        ranking.warnings << DispatchEngine::tr("Nobody has the certification %1 needs (%2); escalate to a supervisor.")
                                .arg(priorityKey(ticket.priority),
                                     acceptedLevels(rules.minimumLevelFor(ticket.priority)));
    if (std::none_of(candidates.begin(), candidates.end(),
                     [&ticket](const DispatchCandidate& c) { return c.technician.skills.contains(ticket.category); }))
        ranking.warnings << DispatchEngine::tr("Nobody lists the skill %1; ranked on the other rules.")
                                .arg(categoryLabel(ticket.category));
    if (rules.dedicatedTierFor(ticket.tier) &&
        none([&rules](const DispatchSuggestion& s) { return s.team == rules.dedicatedTeam && s.eligible; }))
        ranking.warnings << DispatchEngine::tr("The dedicated team %1 has nobody who can take this ticket.")
                                .arg(rules.dedicatedTeam);
    if (every([](const DispatchSuggestion& s) { return s.openTickets >= s.capacity; }))
        ranking.warnings << DispatchEngine::tr("Everybody is at or over capacity; the least loaded come first.");
    if (every([](const DispatchSuggestion& s) { return !s.onDuty; }))
        ranking.warnings << DispatchEngine::tr("Nobody is on duty now by their working calendar.");
    return ranking;
}

} // namespace ingot
