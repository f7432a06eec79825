// Customer records (tier history, archive reads, duty, service tasks, settings), users and the audit
// trail against both backends (BackendFixture.h).
#include "storage/backends/BackendFixture.h"

#include <atomic>
#include <thread>

using namespace ingot;
using namespace ingot::test;

namespace {

class BackendRecordsTest : public BackendTest {};

TEST_P(BackendRecordsTest, TierHistoryArchiveDutyAndSettings)
{
    TierEvent e;
    e.customerCode = QStringLiteral("C2");
    e.at = kMay1;
    e.actor = QStringLiteral("admin");
    e.kind = TierEvent::Kind::Override;
    e.from = Tier::C;
    e.to = Tier::A;
    e.computed = Tier::C;
    e.reason = QStringLiteral("战略客户");
    TierEvent unknown = e;
    unknown.customerCode = QStringLiteral("nope");
    CustomerRepositories& r = backend->customerRecords();
    ASSERT_TRUE(backend->write([&] { return r.tierHistory().append(e); }).ok());
    EXPECT_GT(e.id, 0);
    EXPECT_EQ(backend->write([&] { return r.tierHistory().append(unknown); }).error().kind, Error::Kind::BadInput);
    auto history = r.tierHistory().forCustomer(QStringLiteral("C2"));
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().to, Tier::A);
    EXPECT_EQ(history->first().reason, QStringLiteral("战略客户"));

    Order o;
    o.orderNo = QStringLiteral("SO-1");
    o.customerCode = QStringLiteral("C1");
    o.grade = QStringLiteral("Pb99.994");
    o.batchNo = QStringLiteral("B-1");
    o.quantityT = 12.5;
    o.orderedAt = kMay1;
    ASSERT_TRUE(backend->write([&] { return backend->orders().upsert(o); }).ok());
    auto totals = r.archive().orderTotals(kMay1 - 1, kMay1 + 1);
    ASSERT_TRUE(totals.ok());
    EXPECT_EQ(totals->value(QStringLiteral("C1")).orders, 1);
    EXPECT_DOUBLE_EQ(totals->value(QStringLiteral("C1")).tons, 12.5);
    EXPECT_TRUE(r.archive().orderTotals(0, 1)->isEmpty());

    auto created = create(*backend, QStringLiteral("C1"), QStringLiteral("气孔"), kMay1);
    ASSERT_TRUE(created.ok());
    Ticket t = *created;
    TicketEvent assign{0, kMay1 + 60, QStringLiteral("agent"), Action::Dispatch, Stage::Reported, Stage::Reported,
                       QStringLiteral("li.01"), {}};
    t.state.assignee = QStringLiteral("li.01");
    ASSERT_TRUE(backend->write([&] { return backend->tickets().appendEvent(t, assign, 1); }).ok());
    auto lines = r.archive().tickets(QStringLiteral("C1"));
    ASSERT_TRUE(lines.ok());
    ASSERT_EQ(lines->size(), 1);
    EXPECT_EQ(lines->first().number, t.number);
    EXPECT_FALSE(lines->first().breached);
    EXPECT_EQ(r.archive().openLoad()->value(QStringLiteral("li.01")), 1);
    EXPECT_TRUE(r.archive().surveys(QStringLiteral("C1"))->isEmpty());

    Technician tech;
    tech.login = QStringLiteral("li.01");
    tech.name = QStringLiteral("李强");
    ASSERT_TRUE(backend->write([&] { return backend->technicians().upsert(tech); }).ok());
    ASSERT_TRUE(
        backend->write([&] { return r.duty().set(QStringLiteral("li.01"), TechnicianDuty{QStringLiteral("12x7"), 9}); })
            .ok());
    EXPECT_FALSE(backend->write([&] { return r.duty().set(QStringLiteral("nobody"), TechnicianDuty{}); }).ok());
    auto duty = r.duty().all();
    ASSERT_TRUE(duty.ok());
    EXPECT_EQ(duty->value(QStringLiteral("li.01")).calendar, QStringLiteral("12x7"));
    EXPECT_EQ(duty->value(QStringLiteral("li.01")).capacity, 9);

    EXPECT_FALSE(r.settings().value(QStringLiteral("x.key"))->has_value());
    ASSERT_TRUE(backend->write([&] { return r.settings().setValue(QStringLiteral("x.key"), QStringLiteral("1")); }).ok());
    ASSERT_TRUE(backend->write([&] { return r.settings().setValue(QStringLiteral("x.key"), QStringLiteral("2")); }).ok());
    EXPECT_EQ(**r.settings().value(QStringLiteral("x.key")), QStringLiteral("2"));
}

TEST_P(BackendRecordsTest, ServiceTasksAreStoredOnceAndFinished)
{
    ServiceTask task;
    task.kind = ServiceTaskKind::FollowUpVisit;
    task.customerCode = QStringLiteral("C1");
    task.owner = QStringLiteral("li.01");
    task.dueDate = QDate(2026, 5, 10);
    task.createdAt = kMay1;
    ServiceTask again = task;
    ServiceTaskRepository& tasks = backend->customerRecords().tasks();
    Result<bool> first = false, second = true;
    ASSERT_TRUE(backend->write([&]() -> Status {
                           first = tasks.insertIfNew(task);
                           second = tasks.insertIfNew(again);
                           return first ? success() : Status(first.error());
                       }).ok());
    EXPECT_TRUE(*first);
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(*second);
    ServiceTaskQuery mine;
    mine.owner = QStringLiteral("li.01");
    auto listed = tasks.list(mine);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().dueDate, QDate(2026, 5, 10));
    ASSERT_TRUE(backend->write([&] {
                           return tasks.finish(task.id, ServiceTaskStatus::Done, kMay1 + 60, QStringLiteral("visited"));
                       }).ok());
    EXPECT_TRUE(tasks.list(mine)->isEmpty());
    auto found = tasks.find(task.id);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->status, ServiceTaskStatus::Done);
    EXPECT_EQ(found->doneAt, kMay1 + 60);
}

TEST_P(BackendRecordsTest, UsersInsertUpdateAndFind)
{
    User u;
    u.login = QStringLiteral("wang");
    u.displayName = QStringLiteral("王芳");
    u.role = Role::Supervisor;
    u.passwordHash = QStringLiteral("hash");
    u.createdAt = u.changedAt = kMay1;
    UserRepository& users = backend->users();
    ASSERT_TRUE(backend->write([&] { return users.insert(u); }).ok());
    EXPECT_GT(u.id, 0);
    User dup = u;
    EXPECT_FALSE(backend->write([&] { return users.insert(dup); }).ok());
    u.failedAttempts = 3;
    u.lockedUntil = kMay1 + 900;
    u.active = false;
    ASSERT_TRUE(backend->write([&] { return users.update(u); }).ok());
    auto found = users.findByLogin(QStringLiteral("wang"));
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->role, Role::Supervisor);
    EXPECT_EQ(found->failedAttempts, 3);
    EXPECT_EQ(found->lockedUntil, kMay1 + 900);
    EXPECT_FALSE(found->active);
    EXPECT_EQ(users.findByLogin(QStringLiteral("nobody")).error().kind, Error::Kind::NotFound);
    EXPECT_EQ(*users.count(), 1);
    EXPECT_EQ(users.all()->size(), 1);
}

AuditEntry entry(const QString& actor, const QString& entityId, qint64 at)
{
    AuditEntry e;
    e.at = at;
    e.actor = actor;
    e.entity = QStringLiteral("ticket");
    e.entityId = entityId;
    e.action = QStringLiteral("create");
    return e;
}

TEST_P(BackendRecordsTest, AuditTrailChainsPagesAndVerifies)
{
    AuditRepository& audit = backend->audit();
    AuditEntry outside = entry(QStringLiteral("wang"), QStringLiteral("T1"), kMay1);
    EXPECT_FALSE(audit.append(outside).ok());  // only inside a write
    for (int i = 0; i < 5; ++i) {
        AuditEntry e = entry(i % 2 ? QStringLiteral("wang") : QStringLiteral("zhao"), QStringLiteral("T%1").arg(i),
                             kMay1 + i);
        ASSERT_TRUE(backend->write([&] { return audit.append(e); }).ok());
        EXPECT_EQ(e.seq, i + 1);
    }
    AuditQuery byWang;
    byWang.actor = QStringLiteral("wang");
    EXPECT_EQ(*audit.count(byWang), 2);
    auto page = audit.page({}, 1, 2);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 2);
    EXPECT_EQ(page->first().seq, 4);
    auto latest = audit.latestFor(QStringLiteral("ticket"), QStringLiteral("T3"));
    ASSERT_TRUE(latest.ok() && latest->has_value());
    EXPECT_EQ((*latest)->seq, 4);
    auto verified = audit.verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok());
    EXPECT_EQ(verified->checked, 5);
}

TEST_P(BackendRecordsTest, DesksAppendingAtOnceFormOneChain)
{
    constexpr int kThreads = 3;
    constexpr int kEach = 10;
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i)
        threads.emplace_back([&, i] {
            auto desk = open();
            if (!desk) {
                ++failures;
                return;
            }
            for (int n = 0; n < kEach; ++n) {
                AuditEntry e = entry(QStringLiteral("desk%1").arg(i), QStringLiteral("T%1").arg(n), kMay1 + n);
                if (!desk->write([&] { return desk->audit().append(e); }).ok())
                    ++failures;
            }
        });
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(failures.load(), 0);
    auto verified = backend->audit().verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->ok()) << qPrintable(verified->reason);
    EXPECT_EQ(verified->checked, kThreads * kEach);
}

INSTANTIATE_TEST_SUITE_P(Backends, BackendRecordsTest, ::testing::Values(Kind::Sqlite, Kind::Postgres), backendName);

}  // namespace
