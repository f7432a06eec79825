#include "core/sla/HolidayList.h"

#include "core/sla/BuiltinCalendars.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace ingot;

namespace {
bool has(const HolidayList& list, QDate date, DayKind kind)
{
    for (const CalendarException& e : list.entries())
        if (e.date == date)
            return e.kind == kind;
    return false;
}
} // namespace

TEST(HolidayList, ShippedScheduleMatchesTheStateCouncilNotices)
{
    const HolidayList& list = HolidayList::shipped();
    ASSERT_EQ(list.entries().size(), 72);
    int workdays = 0;
    for (const CalendarException& e : list.entries()) {
        if (e.kind == DayKind::Workday) {
            ++workdays;
            EXPECT_GE(e.date.dayOfWeek(), 6)
                << "make-up workdays fall on weekends: " << e.date.toString().toStdString();
        }
        EXPECT_FALSE(e.name.isEmpty());
    }
    EXPECT_EQ(workdays, 11);
    // 2025
    EXPECT_TRUE(has(list, QDate(2025, 1, 1), DayKind::Holiday));
    EXPECT_TRUE(has(list, QDate(2025, 1, 26), DayKind::Workday));
    EXPECT_TRUE(has(list, QDate(2025, 2, 4), DayKind::Holiday));
    EXPECT_TRUE(has(list, QDate(2025, 2, 8), DayKind::Workday));
    EXPECT_TRUE(has(list, QDate(2025, 4, 27), DayKind::Workday));
    EXPECT_TRUE(has(list, QDate(2025, 6, 2), DayKind::Holiday));
    EXPECT_TRUE(has(list, QDate(2025, 10, 8), DayKind::Holiday));
    EXPECT_TRUE(has(list, QDate(2025, 10, 11), DayKind::Workday));
    // 2026
    EXPECT_TRUE(has(list, QDate(2026, 1, 3), DayKind::Holiday));
    EXPECT_TRUE(has(list, QDate(2026, 1, 4), DayKind::Workday));
    EXPECT_TRUE(has(list, QDate(2026, 2, 15), DayKind::Holiday));
    EXPECT_TRUE(has(list, QDate(2026, 2, 23), DayKind::Holiday));
    EXPECT_TRUE(has(list, QDate(2026, 2, 28), DayKind::Workday));
    EXPECT_TRUE(has(list, QDate(2026, 5, 9), DayKind::Workday));
    EXPECT_TRUE(has(list, QDate(2026, 9, 20), DayKind::Workday));
    EXPECT_TRUE(has(list, QDate(2026, 9, 27), DayKind::Holiday));
    EXPECT_TRUE(has(list, QDate(2026, 10, 7), DayKind::Holiday));
    EXPECT_TRUE(has(list, QDate(2026, 10, 10), DayKind::Workday));
    EXPECT_FALSE(has(list, QDate(2026, 10, 8), DayKind::Holiday));
}

TEST(HolidayList, ShippedTextIsTheResourceFile)
{
    QFile file(QStringLiteral(INGOTDESK_SOURCE_DIR "/resources/data/holidays-cn.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), HolidayList::shippedCsv());
    EXPECT_EQ(HolidayList::shipped().toCsv(), HolidayList::shippedCsv());
}

TEST(HolidayList, ParsesWithBomCrLfQuotesAndChineseKinds)
{
    const QString text = QStringLiteral("\xFEFF"
                                        "date,kind,name\r\n2027-01-01,holiday,\"元旦\"\r\n\r\n"
                                        "2027-01-02,休,元旦\r\n2026-12-27,班,元旦\r\n2027-01-03,HOLIDAY\r\n");
    auto list = HolidayList::parseCsv(text);
    ASSERT_TRUE(list.ok()) << list.error().text().toStdString();
    ASSERT_EQ(list->entries().size(), 4);
    EXPECT_EQ(list->entries()[0].date, QDate(2026, 12, 27)); // sorted
    EXPECT_EQ(list->entries()[0].kind, DayKind::Workday);
    EXPECT_EQ(list->entries()[1].name, QStringLiteral("元旦"));
    EXPECT_TRUE(list->entries()[3].name.isEmpty());
}

TEST(HolidayList, RejectsBadLinesNamingThem)
{
    struct Bad {
        const char* text;
        const char* where;
    };
    const Bad cases[] = {
        {"when,what\n2026-01-01,holiday,x\n", "line 1"},
        {"date,kind,name\n2026-01-01,holiday,x\n2026-02-30,holiday,x\n", "line 3"},
        {"date,kind,name\n2026-01-01,vacation,x\n", "line 2"},
        {"date,kind,name\n2026-01-01\n", "line 2"},
        {"date,kind,name\n2026-01-01,holiday,x\n\n2026-01-01,workday,y\n", "line 4"},
    };
    for (const Bad& b : cases) {
        auto r = HolidayList::parseCsv(QString::fromUtf8(b.text));
        ASSERT_FALSE(r.ok()) << b.text;
        EXPECT_EQ(r.error().where, QString::fromLatin1(b.where)) << b.text;
        EXPECT_EQ(r.error().kind, Error::Kind::BadInput);
    }
    EXPECT_FALSE(HolidayList::parseCsv(QString()).ok());
}

TEST(HolidayList, ApplyToAddsAndOverridesDates)
{
    ServiceCalendar cal = BuiltinCalendars::eightFive({{QDate(2027, 1, 1), DayKind::Holiday, QStringLiteral("元旦")},
                                                       {QDate(2027, 1, 4), DayKind::Holiday, QStringLiteral("x")}});
    const HolidayList extra({{QDate(2027, 1, 4), DayKind::Workday, QStringLiteral("y")},
                             {QDate(2027, 2, 6), DayKind::Workday, QStringLiteral("春节")}});
    ASSERT_TRUE(extra.applyTo(cal).ok());
    ASSERT_EQ(cal.exceptions().size(), 3);
    EXPECT_TRUE(cal.hoursOn(QDate(2027, 1, 1)).isEmpty());
    EXPECT_EQ(cal.hoursOn(QDate(2027, 1, 4)), cal.week()[0]);
    EXPECT_EQ(cal.hoursOn(QDate(2027, 2, 6)), cal.week()[0]);
}
