// Every role against every permission, through the real services on a migrated database. The
// expected matrix is written out here on its own (not read from PermissionMatrix), so a change to
// the shipped table must be made twice, on purpose.
#include "app/customers/DispatchService.h"
#include "app/customers/LocalMonth.h"
#include "app/customers/ServiceTaskService.h"
#include "app/customers/TierService.h"
#include "app/report/KpiReportService.h"
#include "app/io/ExportService.h"
#include "app/io/ImportService.h"
#include "app/quality/BatchTraceService.h"
#include "app/quality/ImprovementService.h"
#include "app/quality/KnowledgeService.h"
#include "app/quality/SurveyService.h"
#include "app/security/AuditReader.h"
#include "app/security/Authorizer.h"
#include "app/security/UserService.h"
#include "app/seed/DemoSeeder.h"
#include "app/sla/SlaService.h"
#include "app/tickets/TicketService.h"
#include "core/security/PermissionMatrix.h"
#include "core/repositories/KpiRepository.h"
#include "support/TempDatabase.h"

#include <QSet>
#include <functional>
#include <gtest/gtest.h>
#include <map>

using namespace ingot;
using ingot::test::TempDatabase;

namespace {

// Who may do what, as the product decided it (docs/security-roles.md).
const std::map<QString, QSet<QString>>& expectedMatrix()
{
    static const QSet<QString> all{"agent", "technician", "supervisor", "manager", "admin"};
    static const std::map<QString, QSet<QString>> m{
        {"ticket.create", {"agent", "supervisor", "admin"}},
        {"ticket.respond", {"agent", "technician", "supervisor", "admin"}},
        {"ticket.assess", {"technician", "supervisor", "admin"}},
        {"ticket.plan", {"technician", "supervisor", "admin"}},
        {"ticket.dispatch", {"agent", "supervisor", "admin"}},
        {"ticket.start", {"technician", "supervisor", "admin"}},
        {"ticket.wait", {"agent", "technician", "supervisor", "admin"}},
        {"ticket.resume", {"agent", "technician", "supervisor", "admin"}},
        {"ticket.resolve", {"technician", "supervisor", "admin"}},
        {"ticket.feedback", {"agent", "technician", "supervisor", "admin"}},
        {"ticket.survey", {"agent", "supervisor", "admin"}},
        {"ticket.close", {"agent", "supervisor", "admin"}},
        {"ticket.reopen", {"supervisor", "admin"}},
        {"ticket.cancel", {"agent", "supervisor", "admin"}},
        {"ticket.note", all},
        {"import.customers", {"manager", "admin"}},
        {"import.orders", {"manager", "admin"}},
        {"import.technicians", {"admin"}},
        {"import.tickets", {"manager", "admin"}},
        {"import.events", {"manager", "admin"}},
        {"import.surveys", {"supervisor", "admin"}},
        {"export", {"supervisor", "manager", "admin"}},
        {"seed", {"admin"}},
        {"sla.policy", {"admin"}},
        {"sla.calendar", {"admin"}},
        {"sla.sweep", {"supervisor", "manager", "admin"}},
        {"sla.compensation", {"supervisor", "manager", "admin"}},
        {"tier.override", {"manager", "admin"}},
        {"tier.rule", {"admin"}},
        {"tier.recompute", {"manager", "admin"}},
        {"dispatch.rules", {"supervisor", "admin"}},
        {"dispatch.rebalance", {"supervisor", "admin"}},
        {"tasks.plan", {"supervisor", "manager", "admin"}},
        {"tasks.finish", {"technician", "supervisor", "admin"}},
        {"kb.edit", {"technician", "supervisor", "admin"}},
        {"kb.link", {"agent", "technician", "supervisor", "admin"}},
        {"improvement.edit", {"supervisor", "manager", "admin"}},
        {"survey.record", {"agent", "supervisor", "admin"}},
        {"survey.followup", {"agent", "supervisor", "admin"}},
        {"assay.record", {"technician", "supervisor", "admin"}},
        {"report.kpi", {"supervisor", "manager", "admin"}},
        {"backup", {"admin"}},
        {"restore", {"admin"}},
        {"check", {"admin"}},
        {"user.admin", {"admin"}},
        {"audit.view", {"admin"}},
    };
    return m;
}

constexpr qint64 kNow = 1'790'000'000;  // 2026-09-22
const QString kTech = QStringLiteral("tech1");

Actor actorFor(Role role)
{
    // The technician signs in with the login of the technician record the tickets are dispatched to.
    return {role == Role::Technician ? kTech : roleKey(role) + QStringLiteral(".user"), role, false};
}

class PermissionServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        store = db.open();
        ASSERT_TRUE(store);
        Status st = store->write([&]() -> Status {
            Customer c = test::sampleCustomer(QStringLiteral("C1"));
            if (auto u = store->customers().upsert(c); !u)
                return u;
            Order o;
            o.orderNo = QStringLiteral("SO-1");
            o.customerCode = c.code;
            o.grade = QStringLiteral("Pb99.994");
            o.batchNo = QStringLiteral("PB1");
            o.quantityT = 6;
            o.valueFen = 10'000'000;
            if (auto u = store->orders().upsert(o); !u)
                return u;
            Technician t;
            t.login = kTech;
            t.name = QStringLiteral("李强");
            return store->technicians().upsert(t);
        });
        ASSERT_TRUE(st.ok()) << qPrintable(st.error().text());
    }

    // As the system (administrator): a fresh ticket dispatched to tech1 and moved along `path`.
    Ticket ticketAfter(const QList<Action>& path)
    {
        store->setActor(Actor::system());
        TicketService tickets(*store, clock);
        NewTicket in;
        in.customerCode = QStringLiteral("C1");
        in.orderNo = QStringLiteral("SO-1");
        in.title = QStringLiteral("铅锭表面发白");
        auto t = tickets.create(in, QStringLiteral("system"));
        EXPECT_TRUE(t.ok()) << qPrintable(t.error().text());
        Ticket out = *t;
        auto step = [&](Action a, const QString& value) {
            auto r = tickets.act({out.number, a, value, QStringLiteral("x"), std::nullopt, std::nullopt}, QStringLiteral("system"));
            EXPECT_TRUE(r.ok()) << qPrintable(r.error().text());
            if (r)
                out = *r;
        };
        step(Action::Dispatch, kTech);
        for (Action a : path)
            step(a, a == Action::Survey ? QStringLiteral("5") : QString());
        return out;
    }

    Status act(const Ticket& t, Action a, const QString& value = {})
    {
        auto r = TicketService(*store, clock).act({t.number, a, value, QStringLiteral("why"), std::nullopt, std::nullopt},
                                                  store->actor().login);
        return r ? success() : Status(r.error());
    }

    template <class R>
    static Status status(const R& r)
    {
        return r ? success() : Status(r.error());
    }

    static Status reportStatus(const QList<Error>& problems)
    {
        return problems.isEmpty() ? success() : Status(problems.first());
    }

    QString unique(const char* prefix) { return QString::fromLatin1(prefix) + QString::number(++m_serial); }

    struct Case {
        const char* permission;
        bool mustSucceed;  // allowed: the action itself must work (false: preconditions this fixture does not build)
        std::function<void()> prepare;  // as the system, before the actor is switched
        std::function<Status()> run;    // as the actor
    };
    QList<Case> cases();

    TempDatabase db;
    std::unique_ptr<SqliteStore> store;
    FixedClock clock{kNow};
    Ticket ticket;
    qint64 followUp = 0;
    int m_serial = 0;
};

QList<PermissionServiceTest::Case> PermissionServiceTest::cases()
{
    auto onTicket = [this](QList<Action> path) { return [this, path] { ticket = ticketAfter(path); }; };
    auto ticketCase = [&, this](const char* key, QList<Action> path, Action a, QString value = {}) {
        return Case{key, true, onTicket(path), [this, a, value] { return act(ticket, a, value); }};
    };
    auto import = [this](ImportKind kind, std::function<QString()> csv) {
        return [this, kind, csv] {
            return reportStatus(ImportService(*store).importData(kind, csv().toUtf8(), QStringLiteral("x.csv"), false).problems);
        };
    };
    return {
        {"ticket.create", true, {}, [this] {
             NewTicket in;
             in.customerCode = QStringLiteral("C1");
             in.title = QStringLiteral("包装破损");
             return status(TicketService(*store, clock).create(in, store->actor().login));
         }},
        ticketCase("ticket.respond", {}, Action::Respond),
        ticketCase("ticket.assess", {}, Action::Assess),
        ticketCase("ticket.plan", {Action::Assess}, Action::Plan),
        ticketCase("ticket.dispatch", {}, Action::Dispatch, kTech),
        ticketCase("ticket.start", {Action::Assess, Action::Plan}, Action::Start),
        ticketCase("ticket.wait", {Action::Assess}, Action::Wait),
        ticketCase("ticket.resume", {Action::Assess, Action::Wait}, Action::Resume),
        ticketCase("ticket.resolve", {Action::Assess}, Action::Resolve),
        ticketCase("ticket.feedback", {Action::Assess, Action::Resolve}, Action::Feedback),
        ticketCase("ticket.survey", {Action::Assess, Action::Resolve}, Action::Survey, QStringLiteral("4")),
        ticketCase("ticket.close", {Action::Assess, Action::Resolve}, Action::Close),
        ticketCase("ticket.reopen", {Action::Assess, Action::Resolve}, Action::Reopen),
        ticketCase("ticket.cancel", {}, Action::Cancel),
        ticketCase("ticket.note", {}, Action::Note),
        {"import.customers", true, {}, import(ImportKind::Customers, [this] {
             return QStringLiteral("code,name,region,province\n%1,新客户,华东,江苏\n").arg(unique("NC"));
         })},
        {"import.orders", true, {}, import(ImportKind::Orders, [this] {
             return QStringLiteral("order_no,customer_code,grade,batch_no,quantity_t,value_cny\n%1,C1,Pb99.994,PB2,5,80000\n")
                 .arg(unique("SO-N"));
         })},
        {"import.technicians", true, {}, import(ImportKind::Technicians, [this] {
             return QStringLiteral("login,name,region\n%1,王工,华东\n").arg(unique("tech.n"));
         })},
        {"import.tickets", true, {}, import(ImportKind::Tickets, [this] {
             return QStringLiteral("ticket_no,customer_code,category,priority,title,reported_at\n"
                                   "T2026-9%1,C1,porosity,P2,气孔,2026-09-01T09:00:00+08:00\n")
                 .arg(++m_serial, 5, 10, QLatin1Char('0'));
         })},
        {"import.events", true, onTicket({}), import(ImportKind::Events, [this] {
             return QStringLiteral("ticket_no,at,action,note\n%1,2026-09-22T10:00:00+08:00,note,导入的备注\n").arg(ticket.number);
         })},
        {"import.surveys", true, onTicket({Action::Assess, Action::Resolve}), [this] {
             const QString csv = QStringLiteral("ticket_no,score\n%1,5\n").arg(ticket.number);
             return reportStatus(SurveyService(*store, clock).importData(csv.toUtf8(), QStringLiteral("s.csv"), false,
                                                                         store->actor().login).problems);
         }},
        {"export", true, {}, [this] { return status(ExportService(*store).exportTickets(db.file(unique("t") + ".csv"))); }},
        {"seed", true, {}, [this] {
             DemoSeeder::Options o;
             o.customers = 3;
             o.tickets = 5;
             o.seed = static_cast<quint64>(++m_serial);
             o.from = kNow - 30 * 86400;
             o.to = kNow - 86400;
             return status(DemoSeeder(*store).run(o));
         }},
        {"sla.policy", true, {}, [this] {
             auto policies = SlaService(*store, clock).policies();
             if (!policies)
                 return Status(policies.error());
             SlaPolicy p = policies->last();
             p.name = unique("policy ");
             p.effectiveFrom = kNow + 86400 * (++m_serial);
             return status(SlaService(*store, clock).addPolicy(p, store->actor().login));
         }},
        {"sla.calendar", true, {}, import(ImportKind::Holidays, [this] {
             return QStringLiteral("date,kind,name\n2027-%1-01,holiday,公司假日\n").arg((++m_serial % 12) + 1, 2, 10, QLatin1Char('0'));
         })},
        {"sla.sweep", true, {}, [this] { return status(SlaService(*store, clock).sweep(kNow)); }},
        {"sla.compensation", false, onTicket({}), [this] {
             return status(SlaService(*store, clock).decideCompensation(ticket.number, true, store->actor().login, QString()));
         }},
        {"tier.override", true, {}, [this] {
             return status(TierService(*store, clock).override(QStringLiteral("C1"), Tier::A, QStringLiteral("key account"),
                                                               store->actor().login));
         }},
        {"tier.rule", true, {}, [this] {
             return TierService(*store, clock).setRule(QStringLiteral("a_years"), QString::number(3 + (++m_serial % 3)));
         }},
        {"tier.recompute", true, {}, [this] {
             return status(TierService(*store, clock).recompute(LocalMonth::containing(kNow), true, store->actor().login));
         }},
        {"dispatch.rules", true, {}, [this] { return DispatchService(*store, clock).setAutoDispatchOnCreate(false); }},
        {"dispatch.rebalance", true, {}, [this] {
             TicketService tickets(*store, clock);
             return status(DispatchService(*store, clock).rebalance(kNow, true, tickets, store->actor().login));
         }},
        {"tasks.plan", true, {}, [this] {
             return status(ServiceTaskService(*store, clock).generate(LocalMonth::containing(kNow), true));
         }},
        {"tasks.finish", false, {}, [this] {
             return status(ServiceTaskService(*store, clock).finish(1, ServiceTaskStatus::Done, QStringLiteral("done")));
         }},
        {"kb.edit", true, {}, [this] {
             KnowledgeArticle a;
             a.code = unique("KB-T-");
             a.language = QStringLiteral("zh");
             a.category = Category::Oxidation;
             a.title = QStringLiteral("白色薄膜");
             a.cause = QStringLiteral("自然氧化");
             return status(KnowledgeService(*store, clock).save(a, store->actor().login));
         }},
        {"kb.link", false, onTicket({}), [this] {
             return KnowledgeService(*store, clock).recordSolved(ticket.number, QStringLiteral("KB-OXI-01"), store->actor().login);
         }},
        {"improvement.edit", true, {}, [this] {
             ImprovementAction a;
             a.title = unique("包装改进 ");
             a.owner = QStringLiteral("王经理");
             a.dueAt = kNow + 30 * 86400;
             return status(ImprovementService(*store, clock).create(a, store->actor().login));
         }},
        {"survey.record", true, onTicket({Action::Assess, Action::Resolve}), [this] {
             return status(SurveyService(*store, clock).record(ticket.number, 5, QString(), std::nullopt, store->actor().login));
         }},
        {"survey.followup", true,
         [this] {
             ticket = ticketAfter({Action::Assess, Action::Resolve});
             auto r = SurveyService(*store, clock).record(ticket.number, 1, QStringLiteral("太慢"), std::nullopt, QStringLiteral("system"));
             ASSERT_TRUE(r.ok()) << qPrintable(r.error().text());
             auto open = SurveyService(*store, clock).followUps(true);
             ASSERT_TRUE(open.ok() && !open->isEmpty());
             followUp = open->last().id;
         },
         [this] {
             return status(SurveyService(*store, clock).reportProgress(followUp, QStringLiteral("回访"), store->actor().login));
         }},
        {"assay.record", false, {}, [this] {
             BatchTraceService::AssayInput in;
             in.batchNo = QStringLiteral("PB1");
             in.lab = QStringLiteral("QC");
             in.values.insert(QStringLiteral("Pb"), 99.995);
             return status(BatchTraceService(*store, clock).recordAssay(in, store->actor().login));
         }},
        {"user.admin", true, {}, [this] {
             UserService users(*store, clock, PasswordHasher(PasswordHasher::fastForTests()));
             return status(users.create({unique("new.user"), QStringLiteral("新人"), Role::Agent, QStringLiteral("long enough 123")}));
         }},
        {"audit.view", true, {}, [this] { return status(AuditReader(*store).count({})); }},
        {"report.kpi", true, {}, [this] {
             std::unique_ptr<KpiRepository> kpi = store->kpiReads();
             return status(KpiReportService(*store, *kpi).build(LocalMonth::containing(kNow), kNow));
         }},
    };
}

TEST(PermissionMatrixTable, StandardMatrixIsTheDocumentedOne)
{
    const auto& expected = expectedMatrix();
    ASSERT_EQ(static_cast<qsizetype>(expected.size()), allPermissions().size());
    for (Permission p : allPermissions()) {
        const auto it = expected.find(permissionKey(p));
        ASSERT_NE(it, expected.end()) << qPrintable(permissionKey(p));
        for (Role r : allRoles())
            EXPECT_EQ(PermissionMatrix::standard().allows(r, p), it->second.contains(roleKey(r)))
                << qPrintable(permissionKey(p) + QStringLiteral(" / ") + roleKey(r));
    }
}

TEST(PermissionMatrixTable, RefusalNamesLoginPermissionAndRole)
{
    const Status st = Authorizer::require({QStringLiteral("wang"), Role::Agent, false}, Permission::CompensationDecide);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().kind, Error::Kind::Refused);
    EXPECT_EQ(st.error().message, QStringLiteral("wang may not approve or reject compensation (role Agent)"));
}

// Each role x each permission of a service (backup, restore and check work on the file, not through a
// store: the CLI checks them, see UserCliTest; their rows are checked by the table test above).
TEST_F(PermissionServiceTest, EveryRoleAgainstEveryServiceAction)
{
    const QList<Case> all = cases();
    QSet<QString> covered;
    for (const Case& c : all) {
        const QString key = QString::fromLatin1(c.permission);
        covered.insert(key);
        const auto permission = parsePermission(key);
        ASSERT_TRUE(permission) << c.permission;
        for (Role role : allRoles()) {
            SCOPED_TRACE(qPrintable(key + QStringLiteral(" as ") + roleKey(role)));
            store->setActor(Actor::system());
            if (c.prepare)
                c.prepare();
            const Actor actor = actorFor(role);
            store->setActor(actor);
            const Status st = c.run();
            store->setActor(Actor::system());
            const bool refusedByRole = !st.ok() && st.error().kind == Error::Kind::Refused &&
                                       st.error().message == Authorizer::refusal(actor, *permission);
            const bool expected = expectedMatrix().at(key).contains(roleKey(role));
            if (expected) {
                EXPECT_FALSE(refusedByRole) << qPrintable(st.error().text());
                if (c.mustSucceed) {
                    EXPECT_TRUE(st.ok()) << qPrintable(st.ok() ? QString() : st.error().text());
                }
            } else {
                EXPECT_TRUE(refusedByRole) << (st.ok() ? "allowed" : qPrintable(st.error().text()));
            }
        }
    }
    for (const char* notYet : {"backup", "restore", "check"})
        covered.insert(QString::fromLatin1(notYet));
    EXPECT_EQ(covered.size(), static_cast<qsizetype>(expectedMatrix().size()));
}

TEST_F(PermissionServiceTest, TechniciansWorkOnlyTheirOwnTickets)
{
    Ticket mine = ticketAfter({});
    store->setActor(Actor::system());
    TicketService tickets(*store, clock);
    NewTicket in;
    in.customerCode = QStringLiteral("C1");
    in.title = QStringLiteral("别人的单");
    auto other = tickets.create(in, QStringLiteral("system"));
    ASSERT_TRUE(other.ok());

    store->setActor({kTech, Role::Technician, false});
    EXPECT_TRUE(tickets.act({mine.number, Action::Assess, {}, {}, std::nullopt, std::nullopt}, kTech).ok());
    auto refused = tickets.act({other->number, Action::Assess, {}, {}, std::nullopt, std::nullopt}, kTech);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("assigned to them"))) << qPrintable(refused.error().message);
}

}  // namespace
