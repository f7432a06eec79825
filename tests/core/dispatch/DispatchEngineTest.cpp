#include "core/dispatch/DispatchEngine.h"

#include "core/common/Instant.h"
#include "core/sla/BuiltinCalendars.h"

#include <gtest/gtest.h>

using namespace ingot;

namespace {
const QString kTeam = QStringLiteral("大客户专属组");

DispatchCandidate tech(const QString& login, Region region, TechnicianLevel level, QList<Category> skills, int open = 0,
                       const QString& team = QStringLiteral("华东服务组"))
{
    DispatchCandidate c;
    c.technician.login = login;
    c.technician.name = login;
    c.technician.region = region;
    c.technician.level = level;
    c.technician.skills = std::move(skills);
    c.technician.team = team;
    c.openTickets = open;
    return c;
}

qint64 at(const char* iso)
{
    return Instant::parse(QString::fromLatin1(iso)).value();
}

// A weekday morning in office hours: everybody on an 8x5 calendar is on duty.
const qint64 kTuesdayMorning = at("2026-03-10T10:00:00+08:00");

QStringList logins(const DispatchRanking& r)
{
    QStringList out;
    for (const DispatchSuggestion& s : r.suggestions)
        out << s.login;
    return out;
}

bool hasReason(const DispatchSuggestion& s, const QString& rule, const QString& text)
{
    for (const DispatchFactor& f : s.factors)
        if (f.rule == rule && f.reason.contains(text))
            return true;
    return false;
}

DispatchTicketFacts ticket(Category category, Priority priority, Tier tier, Region region)
{
    return {category, priority, tier, region, {}};
}
} // namespace

TEST(DispatchEngine, ATierGoesToTheDedicatedTeamFirst)
{
    const QList<DispatchCandidate> team{
        tech(QStringLiteral("east.local"), Region::East, TechnicianLevel::Senior, {Category::Porosity}),
        tech(QStringLiteral("key.north"), Region::North, TechnicianLevel::Senior, {Category::Porosity}, 0, kTeam),
    };
    const auto r = DispatchEngine::rank(ticket(Category::Porosity, Priority::P2, Tier::A, Region::East), team,
                                        DispatchRules::defaults(), kTuesdayMorning);
    ASSERT_EQ(logins(r), (QStringList{QStringLiteral("key.north"), QStringLiteral("east.local")}));
    const DispatchSuggestion& first = r.suggestions.first();
    EXPECT_EQ(first.rank, 1);
    EXPECT_EQ(first.score, 400 + 200); // team + skill, no region
    EXPECT_TRUE(hasReason(first, QStringLiteral("dedicated_team"), QStringLiteral("in the dedicated team")));
    EXPECT_TRUE(
        hasReason(r.suggestions.at(1), QStringLiteral("dedicated_team"), QStringLiteral("not in the dedicated")));
    EXPECT_TRUE(r.warnings.isEmpty());
}

TEST(DispatchEngine, DedicatedTeamIsKeptFreeForOtherTiers)
{
    const QList<DispatchCandidate> team{
        tech(QStringLiteral("key.east"), Region::East, TechnicianLevel::Senior, {Category::Weight}, 0, kTeam),
        tech(QStringLiteral("east.local"), Region::East, TechnicianLevel::Junior, {Category::Weight}, 2),
    };
    const auto r = DispatchEngine::rank(ticket(Category::Weight, Priority::P3, Tier::C, Region::East), team,
                                        DispatchRules::defaults(), kTuesdayMorning);
    EXPECT_EQ(logins(r), (QStringList{QStringLiteral("east.local"), QStringLiteral("key.east")}));
    EXPECT_EQ(r.suggestions.at(1).score, -150 + 200 + 100);
    EXPECT_TRUE(hasReason(r.suggestions.at(1), QStringLiteral("dedicated_team"), QStringLiteral("kept free")));
}

TEST(DispatchEngine, SkillOutweighsRegionAndLoadCounts)
{
    const QList<DispatchCandidate> team{
        tech(QStringLiteral("a.local"), Region::South, TechnicianLevel::Senior, {Category::Delivery}, 1),
        tech(QStringLiteral("b.skilled"), Region::North, TechnicianLevel::Senior, {Category::Oxidation}, 1),
        tech(QStringLiteral("c.both"), Region::South, TechnicianLevel::Junior, {Category::Oxidation}, 7),
    };
    const auto r = DispatchEngine::rank(ticket(Category::Oxidation, Priority::P3, Tier::B, Region::South), team,
                                        DispatchRules::defaults(), kTuesdayMorning);
    // c: 200 + 100 - 70 = 230; b: 200 - 10 = 190; a: 100 - 10 = 90.
    EXPECT_EQ(logins(r),
              (QStringList{QStringLiteral("c.both"), QStringLiteral("b.skilled"), QStringLiteral("a.local")}));
    EXPECT_EQ(r.suggestions.at(0).score, 230);
    EXPECT_TRUE(hasReason(r.suggestions.at(0), QStringLiteral("load"), QStringLiteral("7 open ticket")));
    EXPECT_TRUE(hasReason(r.suggestions.at(2), QStringLiteral("skill"), QStringLiteral("no skill")));
}

TEST(DispatchEngine, P1NeedsIntermediateOrSenior)
{
    const QList<DispatchCandidate> team{
        tech(QStringLiteral("junior.best"), Region::East, TechnicianLevel::Junior, {Category::Composition}),
        tech(QStringLiteral("mid.far"), Region::Northwest, TechnicianLevel::Intermediate, {}, 5),
    };
    const auto r = DispatchEngine::rank(ticket(Category::Composition, Priority::P1, Tier::B, Region::East), team,
                                        DispatchRules::defaults(), kTuesdayMorning);
    ASSERT_EQ(logins(r), (QStringList{QStringLiteral("mid.far"), QStringLiteral("junior.best")}));
    EXPECT_TRUE(r.suggestions.at(0).eligible);
    EXPECT_FALSE(r.suggestions.at(1).eligible);
    EXPECT_GT(r.suggestions.at(1).score, r.suggestions.at(0).score); // points do not buy the level
    EXPECT_TRUE(hasReason(r.suggestions.at(1), QStringLiteral("level"), QStringLiteral("below what P1 needs")));
    ASSERT_NE(r.best(), nullptr);
    EXPECT_EQ(r.best()->login, QStringLiteral("mid.far"));
    EXPECT_EQ(r.best(QStringLiteral("mid.far")), nullptr);

    // The same ticket at P2 takes the junior.
    const auto p2 = DispatchEngine::rank(ticket(Category::Composition, Priority::P2, Tier::B, Region::East), team,
                                         DispatchRules::defaults(), kTuesdayMorning);
    EXPECT_EQ(p2.best()->login, QStringLiteral("junior.best"));
}

TEST(DispatchEngine, NobodyQualifiedIsAWarning)
{
    const QList<DispatchCandidate> team{tech(QStringLiteral("j1"), Region::East, TechnicianLevel::Junior, {})};
    const auto r = DispatchEngine::rank(ticket(Category::Porosity, Priority::P1, Tier::C, Region::East), team,
                                        DispatchRules::defaults(), kTuesdayMorning);
    EXPECT_EQ(r.best(), nullptr);
    EXPECT_TRUE(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("certification P1 needs")));
}

TEST(DispatchEngine, TiesAreBrokenByLoadThenLevelThenLoginAndSaidInWords)
{
    // Same score for all three: the skill point of x.busy is eaten by its load.
    auto busy = tech(QStringLiteral("x.busy"), Region::East, TechnicianLevel::Junior, {Category::Packaging}, 20);
    auto rules = DispatchRules::defaults();
    rules.perOpenTicketPoints = -10;
    rules.overCapacityPoints = 0;
    const QList<DispatchCandidate> team{
        tech(QStringLiteral("m.zhao"), Region::East, TechnicianLevel::Intermediate, {}, 0),
        tech(QStringLiteral("k.li"), Region::East, TechnicianLevel::Intermediate, {}, 0),
        tech(QStringLiteral("s.wang"), Region::East, TechnicianLevel::Senior, {}, 0),
        busy,
    };
    const auto r = DispatchEngine::rank(ticket(Category::Packaging, Priority::P3, Tier::C, Region::East), team, rules,
                                        kTuesdayMorning);
    // 100 each; x.busy: 200 + 100 - 200 = 100 too, but carries 20 tickets.
    EXPECT_EQ(logins(r), (QStringList{QStringLiteral("s.wang"), QStringLiteral("k.li"), QStringLiteral("m.zhao"),
                                      QStringLiteral("x.busy")}));
    for (const DispatchSuggestion& s : r.suggestions)
        EXPECT_EQ(s.score, 100) << qPrintable(s.login);
    EXPECT_TRUE(r.suggestions.at(0).tieBreak.contains(QStringLiteral("higher certification")));
    EXPECT_TRUE(r.suggestions.at(1).tieBreak.contains(QStringLiteral("login order")));
    EXPECT_TRUE(r.suggestions.at(2).tieBreak.contains(QStringLiteral("fewer open tickets (0 against 20)")));
    EXPECT_TRUE(r.suggestions.at(3).tieBreak.isEmpty());
    EXPECT_TRUE(r.suggestions.at(0).reasons().last().contains(QStringLiteral("same score")));
}

TEST(DispatchEngine, InputOrderDoesNotChangeTheRanking)
{
    QList<DispatchCandidate> team{
        tech(QStringLiteral("b"), Region::East, TechnicianLevel::Junior, {}, 1),
        tech(QStringLiteral("a"), Region::East, TechnicianLevel::Junior, {}, 1),
        tech(QStringLiteral("c"), Region::South, TechnicianLevel::Senior, {Category::Other}, 0),
    };
    const auto facts = ticket(Category::Other, Priority::P4, Tier::C, Region::East);
    const auto first = DispatchEngine::rank(facts, team, DispatchRules::defaults(), kTuesdayMorning);
    std::reverse(team.begin(), team.end());
    const auto second = DispatchEngine::rank(facts, team, DispatchRules::defaults(), kTuesdayMorning);
    EXPECT_EQ(logins(first), logins(second));
    EXPECT_EQ(logins(first), (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
}

TEST(DispatchEngine, NobodySkilledStillRanksOnTheOtherRules)
{
    const QList<DispatchCandidate> team{
        tech(QStringLiteral("far"), Region::Southwest, TechnicianLevel::Senior, {Category::Weight}, 0),
        tech(QStringLiteral("near"), Region::Central, TechnicianLevel::Intermediate, {Category::Weight}, 3),
    };
    const auto r = DispatchEngine::rank(ticket(Category::Deformation, Priority::P2, Tier::B, Region::Central), team,
                                        DispatchRules::defaults(), kTuesdayMorning);
    EXPECT_EQ(logins(r), (QStringList{QStringLiteral("near"), QStringLiteral("far")})); // 100 - 30 against 0
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings.first().contains(QStringLiteral("Nobody lists the skill")));
    EXPECT_NE(r.best(), nullptr);
}

TEST(DispatchEngine, EverybodyOverCapacityLeastLoadedFirst)
{
    QList<DispatchCandidate> team{
        tech(QStringLiteral("p"), Region::East, TechnicianLevel::Senior, {Category::Delivery}, 12),
        tech(QStringLiteral("q"), Region::East, TechnicianLevel::Senior, {Category::Delivery}, 9),
        tech(QStringLiteral("r"), Region::East, TechnicianLevel::Senior, {Category::Delivery}, 4),
    };
    team[2].capacity = 4; // r has a lower capacity of its own
    const auto r = DispatchEngine::rank(ticket(Category::Delivery, Priority::P3, Tier::B, Region::East), team,
                                        DispatchRules::defaults(), kTuesdayMorning);
    EXPECT_EQ(logins(r), (QStringList{QStringLiteral("r"), QStringLiteral("q"), QStringLiteral("p")}));
    EXPECT_EQ(r.suggestions.at(0).capacity, 4);
    EXPECT_EQ(r.suggestions.at(1).capacity, 8);
    EXPECT_TRUE(hasReason(r.suggestions.at(0), QStringLiteral("capacity"), QStringLiteral("4 open, capacity 4")));
    EXPECT_TRUE(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("Everybody is at or over capacity")));
    EXPECT_NE(r.best(), nullptr); // still somebody to call
}

TEST(DispatchEngine, HolidayOnTheTechniciansCalendarPutsThemOffDuty)
{
    // 2026-10-02 is a National Day holiday: the 8x5 technician is off until the first workday after.
    auto office = tech(QStringLiteral("office"), Region::East, TechnicianLevel::Senior, {Category::Porosity}, 0);
    office.calendar = BuiltinCalendars::eightFive();
    auto roster = tech(QStringLiteral("roster"), Region::North, TechnicianLevel::Senior, {Category::Porosity}, 3);
    roster.calendar = BuiltinCalendars::twentyFourSeven();
    const QList<DispatchCandidate> team{office, roster};
    const auto facts = ticket(Category::Porosity, Priority::P2, Tier::B, Region::East);

    const auto holiday = DispatchEngine::rank(facts, team, DispatchRules::defaults(), at("2026-10-02T10:00:00+08:00"));
    EXPECT_EQ(logins(holiday), (QStringList{QStringLiteral("roster"), QStringLiteral("office")}));
    const DispatchSuggestion& off = holiday.suggestions.at(1);
    EXPECT_FALSE(off.onDuty);
    EXPECT_TRUE(
        hasReason(off, QStringLiteral("duty"), QStringLiteral("off duty by calendar 8x5 until 2026-10-08 08:30")))
        << qPrintable(off.reasons().join(QLatin1Char('|')));

    // A normal Tuesday: the local technician wins again.
    const auto workday = DispatchEngine::rank(facts, team, DispatchRules::defaults(), kTuesdayMorning);
    EXPECT_EQ(logins(workday), (QStringList{QStringLiteral("office"), QStringLiteral("roster")}));
    EXPECT_TRUE(workday.suggestions.at(0).onDuty);

    // Everybody off: a warning, and still a ranking.
    const auto night =
        DispatchEngine::rank(facts, {office}, DispatchRules::defaults(), at("2026-03-10T23:00:00+08:00"));
    EXPECT_TRUE(night.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("Nobody is on duty")));
}

TEST(DispatchEngine, CurrentAssigneeIsMarked)
{
    auto facts = ticket(Category::Other, Priority::P3, Tier::C, Region::East);
    facts.currentAssignee = QStringLiteral("b");
    const auto r = DispatchEngine::rank(facts,
                                        {tech(QStringLiteral("a"), Region::East, TechnicianLevel::Junior, {}),
                                         tech(QStringLiteral("b"), Region::East, TechnicianLevel::Junior, {}, 1)},
                                        DispatchRules::defaults(), kTuesdayMorning);
    EXPECT_FALSE(r.suggestions.at(0).current);
    EXPECT_TRUE(r.suggestions.at(1).current);
    EXPECT_EQ(r.best(QStringLiteral("a"))->login, QStringLiteral("b"));
}

TEST(DispatchEngine, NoTechniciansAtAll)
{
    const auto r = DispatchEngine::rank(ticket(Category::Other, Priority::P3, Tier::C, Region::East), {},
                                        DispatchRules::defaults(), kTuesdayMorning);
    EXPECT_TRUE(r.suggestions.isEmpty());
    EXPECT_EQ(r.best(), nullptr);
    ASSERT_EQ(r.warnings.size(), 1);
}

TEST(DispatchEngine, RulesAreData)
{
    // An admin who values the region over the skill gets the local technician first.
    const QList<DispatchCandidate> team{
        tech(QStringLiteral("skilled.far"), Region::North, TechnicianLevel::Senior, {Category::Porosity}),
        tech(QStringLiteral("local"), Region::East, TechnicianLevel::Senior, {}),
    };
    const auto facts = ticket(Category::Porosity, Priority::P3, Tier::B, Region::East);
    EXPECT_EQ(DispatchEngine::rank(facts, team, DispatchRules::defaults(), kTuesdayMorning).best()->login,
              QStringLiteral("skilled.far"));
    DispatchRules rules;
    ASSERT_TRUE(rules.set(QStringLiteral("region_points"), QStringLiteral("300")).ok());
    EXPECT_EQ(DispatchEngine::rank(facts, team, rules, kTuesdayMorning).best()->login, QStringLiteral("local"));
    // B-tier accounts given a dedicated team too.
    ASSERT_TRUE(rules.set(QStringLiteral("dedicated_tiers"), QStringLiteral("A,B")).ok());
    auto key = tech(QStringLiteral("key"), Region::North, TechnicianLevel::Senior, {}, 0, kTeam);
    EXPECT_EQ(DispatchEngine::rank(facts, team + QList<DispatchCandidate>{key}, rules, kTuesdayMorning).best()->login,
              QStringLiteral("key"));
}
