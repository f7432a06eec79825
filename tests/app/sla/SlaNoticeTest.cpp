// Notices of clocks turning at risk or breaching (SlaNoticeService): for the person's own tickets
// only, once per ticket, clock and transition, on a FixedClock. Tier C (8x5), P3 from Mon
// 2026-06-01 10:00: the response is at risk at 11:30 (90 of 120 min) and due at 12:00; the
// assessment (180 min) is at risk at 13:15 and due at 14:00.
#include "SlaFixture.h"
#include "app/sla/SlaNoticeService.h"

using namespace ingot;
using namespace ingot::test;

namespace {
class SlaNoticeTest : public SlaFixture {
protected:
    Ticket createAs(const QString& login, const char* reportedAt)
    {
        store->setActor({login, Role::Agent, false});
        const Ticket t = create("CC", Priority::P3, local(reportedAt));
        store->setActor(Actor::system());
        return t;
    }

    QStringList collect(const QString& login, Role role, bool everyone = false)
    {
        auto notices =
            SlaNoticeService(*store, clock).collect(SlaNoticeService::scopeFor({login, role, false}, everyone));
        EXPECT_TRUE(notices.ok()) << qPrintable(notices.error().text());
        QStringList out;
        for (const SlaNotice& n : notices.ok() ? *notices : QList<SlaNotice>{})
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(n.number, slaMetricKey(n.metric),
                            n.breached ? QStringLiteral("breached") : QStringLiteral("at_risk"),
                            Instant::format(n.at).mid(11, 5));
        return out;
    }
};
} // namespace

TEST_F(SlaNoticeTest, OwnTicketsOnceAndOnlyWhenTheyTurn)
{
    const Ticket mine = createAs(QStringLiteral("wang"), "2026-06-01 10:00");
    act(mine, Action::Dispatch, local("2026-06-01 10:05"), QStringLiteral("li.01"));
    const Ticket other = createAs(QStringLiteral("chen"), "2026-06-01 10:00");

    clock.set(local("2026-06-01 11:00"));
    EXPECT_EQ(collect(QStringLiteral("li.01"), Role::Technician), QStringList());

    clock.set(local("2026-06-01 11:31"));
    const QStringList atRisk{mine.number + QStringLiteral(" response at_risk 11:30")};
    EXPECT_EQ(collect(QStringLiteral("li.01"), Role::Technician), atRisk);        // assigned to them
    EXPECT_EQ(collect(QStringLiteral("li.01"), Role::Technician), QStringList()); // once
    EXPECT_EQ(collect(QStringLiteral("wang"), Role::Agent), atRisk);              // logged it
    EXPECT_EQ(collect(QStringLiteral("chen"), Role::Agent),
              QStringList{other.number + QStringLiteral(" response at_risk 11:30")});
    EXPECT_EQ(collect(QStringLiteral("zhao"), Role::Technician), QStringList()); // not theirs

    // Due at 12:00, but over only once service time runs again after lunch: at 12:05 exactly the
    // target is used up, which is not a breach yet, and the at-risk notice is not repeated.
    clock.set(local("2026-06-01 12:05"));
    EXPECT_EQ(collect(QStringLiteral("li.01"), Role::Technician), QStringList());
    clock.set(local("2026-06-01 13:05"));
    EXPECT_EQ(collect(QStringLiteral("li.01"), Role::Technician),
              QStringList{mine.number + QStringLiteral(" response breached 12:00")});
    sweep(local("2026-06-01 13:10")); // a sweep in between records the breach and changes nothing here
    clock.set(local("2026-06-01 13:15"));
    EXPECT_EQ(collect(QStringLiteral("li.01"), Role::Technician), QStringList());

    // Contacted at 13:30: the assessment leads now, at risk since 13:15, and that is new.
    const Ticket responded = act(mine, Action::Respond, local("2026-06-01 13:30"));
    EXPECT_EQ(collect(QStringLiteral("li.01"), Role::Technician),
              QStringList{mine.number + QStringLiteral(" assessment at_risk 13:15")});
    EXPECT_EQ(collect(QStringLiteral("li.01"), Role::Technician), QStringList());
    Q_UNUSED(responded);
}

TEST_F(SlaNoticeTest, SupervisorsMayOptInToEveryTicket)
{
    const Ticket a = createAs(QStringLiteral("wang"), "2026-06-01 10:00");
    const Ticket b = createAs(QStringLiteral("chen"), "2026-06-01 10:10");
    clock.set(local("2026-06-01 11:45"));
    EXPECT_EQ(collect(QStringLiteral("zhou"), Role::Supervisor), QStringList()); // not opted in: none are theirs
    EXPECT_EQ(collect(QStringLiteral("zhou"), Role::Supervisor, true),
              (QStringList{a.number + QStringLiteral(" response at_risk 11:30"),
                           b.number + QStringLiteral(" response at_risk 11:40")}));
    // The option is not for every role.
    EXPECT_FALSE(SlaNoticeService::scopeFor({QStringLiteral("li.01"), Role::Technician, false}, true).everyone);
    EXPECT_FALSE(SlaNoticeService::scopeFor({QStringLiteral("qian"), Role::Manager, false}, true).everyone);
    EXPECT_TRUE(SlaNoticeService::scopeFor({QStringLiteral("admin"), Role::Admin, false}, true).everyone);
    EXPECT_TRUE(SlaNoticeService::scopeFor({QStringLiteral("wang"), Role::Agent, false}, false).createdToo);
    EXPECT_FALSE(SlaNoticeService::scopeFor({QStringLiteral("li.01"), Role::Technician, false}, false).createdToo);
}

TEST_F(SlaNoticeTest, OldTurnsAreNotAnnounced)
{
    // Breached days ago: the queue shows it in red, but a desk started now does not announce it.
    createAs(QStringLiteral("wang"), "2026-05-25 10:00");
    clock.set(local("2026-06-01 09:00"));
    EXPECT_EQ(collect(QStringLiteral("wang"), Role::Agent), QStringList());
}
