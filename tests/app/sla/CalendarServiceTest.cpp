// Custom calendars through CalendarService: admins only, audited, validated, and never changed in
// place once a policy in force counts clocks by them (tickets keep the hours they were reported
// under; new hours reach new tickets through a new policy version from a future instant).
#include "app/sla/CalendarService.h"

#include "SlaFixture.h"
#include "core/sla/CalendarMath.h"

using namespace ingot;
using namespace ingot::test;

namespace {
CalendarDefinition plant(const char* name = "plant")
{
    CalendarDefinition c;
    c.name = QString::fromLatin1(name);
    c.observeHolidays = true;
    for (int d = 0; d < 5; ++d)
        c.week[static_cast<std::size_t>(d)] = *parseDaySchedule(QStringLiteral("08:00-12:00,13:00-17:00"));
    return c;
}

class CalendarServiceTest : public SlaFixture {
protected:
    CalendarService calendars() { return CalendarService(*store, clock); }
    qint64 auditEntries()
    {
        QSqlQuery q(store->connection().database());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'calendar'")) && q.next());
        return q.value(0).toLongLong();
    }
};
} // namespace

TEST_F(CalendarServiceTest, AdminsCreateCalendarsTheClocksCanUse)
{
    store->setActor({QStringLiteral("admin"), Role::Admin, false});
    auto saved = calendars().save(plant(), true);
    ASSERT_TRUE(saved.ok()) << qPrintable(saved.error().text());
    EXPECT_EQ(auditEntries(), 1);
    auto cal = service().calendar(QStringLiteral("plant"));
    ASSERT_TRUE(cal.ok());
    // Mon 2026-06-01 11:00 + 120 service minutes: 60 before lunch, 60 after.
    EXPECT_EQ(CalendarMath::dueAfterMinutes(*cal, local("2026-06-01 11:00"), 120), local("2026-06-01 14:00"));

    auto list = calendars().list();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 4);
    for (const CalendarEntry& e : *list)
        EXPECT_EQ(e.builtin, e.definition.name != QStringLiteral("plant"));

    auto again = calendars().save(plant(), true);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("exists already")));
}

TEST_F(CalendarServiceTest, OnlyAdminsMayEdit)
{
    store->setActor({QStringLiteral("zhou"), Role::Supervisor, false});
    auto saved = calendars().save(plant(), true);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, Error::Kind::Refused);
    EXPECT_EQ(auditEntries(), 0);
}

TEST_F(CalendarServiceTest, RefusesBuiltinsAndBadHours)
{
    store->setActor({QStringLiteral("admin"), Role::Admin, false});
    CalendarDefinition builtin = plant("8x5");
    auto refused = calendars().save(builtin, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("built-in")));

    CalendarDefinition overlapping = plant();
    overlapping.week[0] = *parseDaySchedule(QStringLiteral("08:00-12:00,11:30-13:00"));
    auto bad = calendars().save(overlapping, true);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, Error::Kind::BadInput);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("overlap")));
}

TEST_F(CalendarServiceTest, EditableUntilAPolicyCountsClocksByIt)
{
    store->setActor({QStringLiteral("admin"), Role::Admin, false});
    ASSERT_TRUE(calendars().save(plant(), true).ok());

    // A policy version from next month names it for tier C: not counting yet, still editable.
    SlaPolicy p = SlaPolicy::defaults();
    p.name = QStringLiteral("2026-07 terms");
    p.effectiveFrom = local("2026-07-01 00:00");
    p.calendarByTier[2] = QStringLiteral("plant");
    ASSERT_TRUE(service().addPolicy(p, QStringLiteral("admin")).ok());
    CalendarDefinition longer = plant();
    longer.week[5] = *parseDaySchedule(QStringLiteral("09:00-12:00"));
    auto edited = calendars().save(longer, false);
    ASSERT_TRUE(edited.ok()) << qPrintable(edited.error().text());
    EXPECT_EQ(auditEntries(), 2);

    // From July on it counts the clocks of tickets reported under that version: read-only.
    clock.set(local("2026-07-02 09:00"));
    auto list = calendars().list();
    ASSERT_TRUE(list.ok());
    const auto entry = std::find_if(list->begin(), list->end(), [](const CalendarEntry& e) {
        return e.definition.name == QStringLiteral("plant");
    });
    ASSERT_NE(entry, list->end());
    EXPECT_TRUE(entry->locked());
    longer.week[6] = *parseDaySchedule(QStringLiteral("09:00-12:00"));
    auto refused = calendars().save(longer, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("new policy version")));
    EXPECT_EQ(auditEntries(), 2);
}
