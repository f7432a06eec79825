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

// Single dates from the holiday tab: admins only, audited, and only after today (the clock is
// 2026-06-01 08:00), since clocks already counted through a day keep what they were counted by.
namespace {
HolidayRepository::Entry holiday(const char* date, const char* calendar = "")
{
    return {QString::fromLatin1(date), false, QStringLiteral("端午节"), QString::fromLatin1(calendar)};
}

bool listed(Store& store, const QString& date, const QString& calendar)
{
    auto all = store.holidays().all();
    return all.ok() && std::any_of(all->begin(), all->end(), [&](const HolidayRepository::Entry& e) {
               return e.date == date && e.calendar == calendar;
           });
}
} // namespace

TEST_F(CalendarServiceTest, HolidaysAfterTodayAreAddedChangedAndRemovedWithAnAuditEntry)
{
    store->setActor({QStringLiteral("admin"), Role::Admin, false});
    ASSERT_TRUE(calendars().save(plant(), true).ok());
    auto st = calendars().saveHoliday(holiday("2026-06-02", "plant"));
    ASSERT_TRUE(st.ok()) << qPrintable(st.error().text());
    EXPECT_TRUE(listed(*store, QStringLiteral("2026-06-02"), QStringLiteral("plant")));
    // Tuesday 2026-06-02 is now a holiday of the plant calendar: two service hours on Monday afternoon,
    // then Wednesday morning.
    auto cal = service().calendar(QStringLiteral("plant"));
    ASSERT_TRUE(cal.ok());
    EXPECT_EQ(CalendarMath::dueAfterMinutes(*cal, local("2026-06-01 15:00"), 180), local("2026-06-03 09:00"));

    HolidayRepository::Entry changed = holiday("2026-06-02", "plant");
    changed.workday = true;
    ASSERT_TRUE(calendars().saveHoliday(changed).ok());
    ASSERT_TRUE(calendars().removeHoliday(QStringLiteral("2026-06-02"), QStringLiteral("plant")).ok());
    EXPECT_FALSE(listed(*store, QStringLiteral("2026-06-02"), QStringLiteral("plant")));

    QSqlQuery q(store->connection().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'holiday' ORDER BY seq")));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    EXPECT_EQ(actions, (QStringList{QStringLiteral("save"), QStringLiteral("save"), QStringLiteral("remove")}));
}

TEST_F(CalendarServiceTest, HolidaysOnOrBeforeTodayUnknownCalendarsAndNoNameAreRefused)
{
    store->setActor({QStringLiteral("admin"), Role::Admin, false});
    for (const char* date : {"2026-06-01", "2026-05-31", "2025-10-01"}) {
        auto st = calendars().saveHoliday(holiday(date));
        ASSERT_FALSE(st.ok()) << date;
        EXPECT_EQ(st.error().where, QStringLiteral("date"));
        EXPECT_TRUE(st.error().message.contains(QStringLiteral("not after today"))) << qPrintable(st.error().message);
    }
    auto bad = calendars().saveHoliday(holiday("2026-13-01"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().where, QStringLiteral("date"));
    auto unknown = calendars().saveHoliday(holiday("2026-06-25", "nowhere"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().where, QStringLiteral("calendar"));
    HolidayRepository::Entry unnamed = holiday("2026-06-25");
    unnamed.name = QStringLiteral("  ");
    auto noName = calendars().saveHoliday(unnamed);
    ASSERT_FALSE(noName.ok());
    EXPECT_EQ(noName.error().where, QStringLiteral("name"));
    auto missing = calendars().removeHoliday(QStringLiteral("2026-06-25"), {});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, Error::Kind::NotFound);
    // The shipped 2026 schedule's past days cannot be removed either.
    EXPECT_FALSE(calendars().removeHoliday(QStringLiteral("2026-01-01"), {}).ok());
    EXPECT_TRUE(listed(*store, QStringLiteral("2026-01-01"), {}));
}

TEST_F(CalendarServiceTest, OnlyAdminsMayChangeHolidays)
{
    store->setActor({QStringLiteral("zhou"), Role::Supervisor, false});
    auto st = calendars().saveHoliday(holiday("2026-06-25"));
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().kind, Error::Kind::Refused);
    EXPECT_FALSE(listed(*store, QStringLiteral("2026-06-25"), {}));
}
