#include "GuiTestDatabase.h"
#include "gui/queue/FilterBar.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace ingot;

namespace {
QueueFilter lastFilter(const QSignalSpy& spy)
{
    return spy.last().first().value<QueueFilter>();
}
}  // namespace

TEST(FilterBar, CombosApplyAtOnce)
{
    FilterBar bar;
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    auto* stage = bar.findChild<QComboBox*>(QStringLiteral("stageCombo"));
    auto* priority = bar.findChild<QComboBox*>(QStringLiteral("priorityCombo"));
    ASSERT_TRUE(stage && priority);

    stage->setCurrentIndex(stage->findData(QStringLiteral("open")));
    ASSERT_EQ(spy.size(), 1);
    EXPECT_TRUE(lastFilter(spy).openOnly);
    EXPECT_FALSE(lastFilter(spy).stage.has_value());

    stage->setCurrentIndex(stage->findData(stageKey(Stage::InProgress)));
    EXPECT_FALSE(lastFilter(spy).openOnly);
    EXPECT_EQ(lastFilter(spy).stage, Stage::InProgress);

    priority->setCurrentIndex(priority->findData(priorityKey(Priority::P1)));
    EXPECT_EQ(lastFilter(spy).priority, Priority::P1);
    EXPECT_EQ(lastFilter(spy).stage, Stage::InProgress);
}

TEST(FilterBar, TextWaitsForAPauseInTyping)
{
    FilterBar bar;
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    auto* search = bar.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    ASSERT_TRUE(search);
    QTest::keyClicks(search, QStringLiteral("T2026"));
    EXPECT_EQ(spy.size(), 0) << "no query per keystroke";
    ASSERT_TRUE(spy.wait(2000));
    EXPECT_EQ(spy.size(), 1);
    EXPECT_EQ(lastFilter(spy).text, QStringLiteral("T2026"));
}

TEST(FilterBar, AssigneeOffersUnassignedAndTechnicians)
{
    FilterBar bar;
    Technician t;
    t.login = QStringLiteral("wanglei");
    t.name = QStringLiteral("王磊");
    bar.setTechnicians({t});
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    auto* assignee = bar.findChild<QComboBox*>(QStringLiteral("assigneeCombo"));
    ASSERT_EQ(assignee->count(), 3);

    assignee->setCurrentIndex(1);
    ASSERT_TRUE(lastFilter(spy).assignee.has_value());
    EXPECT_TRUE(lastFilter(spy).assignee->isEmpty()) << "unassigned is the empty login";
    assignee->setCurrentIndex(2);
    EXPECT_EQ(lastFilter(spy).assignee, QStringLiteral("wanglei"));
}

TEST(FilterBar, ClearShowsEverythingWithOneSignal)
{
    FilterBar bar;
    auto* region = bar.findChild<QComboBox*>(QStringLiteral("regionCombo"));
    auto* tier = bar.findChild<QComboBox*>(QStringLiteral("tierCombo"));
    region->setCurrentIndex(2);
    tier->setCurrentIndex(1);
    EXPECT_EQ(bar.filter().tier, Tier::A);
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    QTest::mouseClick(bar.findChild<QPushButton*>(QStringLiteral("clearButton")), Qt::LeftButton);
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(lastFilter(spy), QueueFilter{});
}
