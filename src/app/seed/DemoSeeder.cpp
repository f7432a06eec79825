#include "app/seed/DemoSeeder.h"

#include "app/audit/AuditTrail.h"
#include "app/security/Authorizer.h"
#include "app/seed/SeedHandoff.h"
#include "app/seed/SeedVocabulary.h"
#include "app/sla/SlaTracker.h"
#include "core/common/Instant.h"
#include "core/customers/TierRule.h"
#include "core/tickets/TicketStateMachine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <thread>

namespace ingot {

namespace {
constexpr qint64 kHour = 3600;
constexpr qint64 kChunk = 20000;  // tickets between two SLA flushes and progress reports
constexpr qint64 kBatch = 1000;  // tickets per hand-over from the drafting thread
constexpr std::size_t kBatchesAhead = 8;  // how far drafting may run ahead of the writes
static_assert(kChunk % kBatch == 0, "a chunk takes whole batches");

const std::array<std::pair<Category, int>, 9> kCategoryWeights{{{Category::Packaging, 20},
                                                                 {Category::Oxidation, 15},
                                                                 {Category::Delivery, 15},
                                                                 {Category::Porosity, 12},
                                                                 {Category::Weight, 10},
                                                                 {Category::Composition, 8},
                                                                 {Category::Deformation, 8},
                                                                 {Category::Technical, 8},
                                                                 {Category::Other, 4}}};
}  // namespace

double DemoSeeder::uniform()
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng);
}

template <class T>
const T& DemoSeeder::pick(std::span<const T> items)
{
    return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(m_rng)];
}

QString DemoSeeder::personName()
{
    return QString::fromUtf8(pick(SeedVocabulary::surnames())) + QString::fromUtf8(pick(SeedVocabulary::givenNames()));
}

Result<DemoSeeder::Summary> DemoSeeder::run(const Options& options, const Progress& progress)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::Seed); !allowed)
        return allowed.error();
    if (options.tickets < 0 || options.tickets > 10'000'000)
        return Error::badInput(QCoreApplication::translate("Seed", "--tickets must be from 0 to 10,000,000"));
    if (options.to <= options.from)
        return Error::badInput(QCoreApplication::translate("Seed", "--to must be after --from"));
    m_rng.seed(options.seed);
    const int customers = options.customers >= 0
                              ? options.customers
                              : static_cast<int>(std::clamp<qint64>(options.tickets / 50, 50, 20000));
    if (customers < 1 && options.tickets > 0)
        return Error::badInput(QCoreApplication::translate("Seed", "tickets need at least one customer"));

    // Everything in one transaction: a failed or interrupted seed leaves the database as it was.
    Summary summary;
    Status st = m_store.write([&]() -> Status {
        if (auto t = seedTechnicians(summary); !t)
            return t;
        if (auto c = seedCustomers(customers, options, summary); !c)
            return c;
        if (auto t = seedTickets(options, summary, progress); !t)
            return t;
        // One entry for the whole run, not one per row: what was asked for is enough to reproduce it.
        // The entry is stamped with the time the seeding ran, not the window it fills.
        const SystemClock wallClock;
        return AuditTrail::record(m_store, wallClock, QStringLiteral("database"), QStringLiteral("demo"), QStringLiteral("seed"),
                                  {{QStringLiteral("seed"), QString::number(options.seed)},
                                   {QStringLiteral("customers"), summary.customers},
                                   {QStringLiteral("technicians"), summary.technicians},
                                   {QStringLiteral("orders"), summary.orders},
                                   {QStringLiteral("tickets"), options.tickets},
                                   {QStringLiteral("from"), options.from},
                                   {QStringLiteral("to"), options.to}});
    });
    if (!st)
        return st.error();
    return summary;
}

Status DemoSeeder::seedTechnicians(Summary& summary)
{
    // Four technicians per region plus a dedicated team for tier-A accounts.
    const auto regions = allRegions();
    const std::array levels{TechnicianLevel::Senior, TechnicianLevel::Intermediate, TechnicianLevel::Intermediate,
                            TechnicianLevel::Junior};
    int serial = 0;
    for (Region region : regions) {
        for (int i = 0; i < 5; ++i) {
            const std::size_t s = std::uniform_int_distribution<std::size_t>(0, SeedVocabulary::surnames().size() - 1)(m_rng);
            Technician t;
            t.name = QString::fromUtf8(SeedVocabulary::surnames()[s]) + QString::fromUtf8(pick(SeedVocabulary::givenNames()));
            t.login = QStringLiteral("%1.%2").arg(QString::fromLatin1(SeedVocabulary::pinyinSurnames()[s])).arg(++serial, 2, 10,
                                                                                                             QLatin1Char('0'));
            t.region = region;
            const bool keyAccount = i == 4;
            t.team = keyAccount ? QStringLiteral("大客户专属组") : regionKey(region) + QStringLiteral("服务组");
            t.level = keyAccount ? TechnicianLevel::Senior : levels[static_cast<std::size_t>(i)];
            const auto cats = allCategories();
            for (Category c : cats)
                if (keyAccount || uniform() < 0.55)
                    t.skills << c;
            t.phone = QStringLiteral("138%1").arg(std::uniform_int_distribution<int>(10000000, 99999999)(m_rng));
            if (auto st = m_store.technicians().upsert(t); !st)
                return st;
            m_technicians << t;
            ++summary.technicians;
        }
    }
    return success();
}

Status DemoSeeder::seedCustomers(int count, const Options& options, Summary& summary)
{
    const TierRule rule;
    m_customers.clear();
    m_ordersByCustomer.clear();
    for (int i = 0; i < count; ++i) {
        const ProvinceCities& p = pick(SeedVocabulary::provinces());
        Customer c;
        c.code = QStringLiteral("C%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        c.province = QString::fromUtf8(p.province);
        c.city = QString::fromUtf8(pick(p.cities));
        c.region = p.region;
        c.industry = QString::fromUtf8(pick(SeedVocabulary::industries()));
        c.name = c.city + QString::fromUtf8(pick(SeedVocabulary::companyStems())) + c.industry +
                 (i >= 30 ? QStringLiteral("%1").arg(i / 30) : QString()) + QStringLiteral("有限公司");
        // Volumes follow a long tail: a few key accounts, many small plants.
        c.annualVolumeT = std::round(std::exp(std::normal_distribution<double>(5.6, 1.1)(m_rng)));
        c.cooperationYears = std::uniform_int_distribution<int>(0, 15)(m_rng);
        c.tier = rule.tierFor(c.annualVolumeT, c.cooperationYears);
        c.contactName = personName();
        c.phone = QStringLiteral("139%1").arg(std::uniform_int_distribution<int>(10000000, 99999999)(m_rng));
        c.email = QStringLiteral("service%1@example.cn").arg(i + 1);
        if (auto st = m_store.customers().upsert(c); !st)
            return st;
        m_customers << c;
        ++summary.customers;

        QList<QString> orders;
        const int orderCount = std::uniform_int_distribution<int>(1, 5)(m_rng);
        for (int k = 0; k < orderCount; ++k) {
            Order o;
            o.orderNo = QStringLiteral("SO%1-%2").arg(c.code.mid(1)).arg(k + 1, 2, 10, QLatin1Char('0'));
            o.customerCode = c.code;
            o.grade = QString::fromUtf8(pick(SeedVocabulary::grades()));
            const qint64 delivered =
                options.from + static_cast<qint64>(uniform() * static_cast<double>(options.to - options.from));
            const QDate d = QDateTime::fromSecsSinceEpoch(delivered, Instant::localZone()).date();
            o.batchNo = QStringLiteral("PB%1-%2").arg(d.toString(QStringLiteral("yyMMdd"))).arg(
                std::uniform_int_distribution<int>(1, 40)(m_rng), 2, 10, QLatin1Char('0'));
            o.quantityT = std::max(5.0, std::round(c.annualVolumeT / 12.0));
            o.valueFen = static_cast<qint64>(o.quantityT * 16500.0) * 100;  // about 16,500 CNY a ton
            o.orderedAt = delivered - 10 * 24 * kHour;
            o.deliveredAt = delivered;
            if (auto st = m_store.orders().upsert(o); !st)
                return st;
            orders << o.orderNo;
            m_orderBatch.insert(o.orderNo, o.batchNo);
            ++summary.orders;
        }
        m_ordersByCustomer << orders;
    }
    return success();
}

QList<TicketEvent> DemoSeeder::lifecycle(Ticket& t, qint64 limit)
{
    QList<TicketEvent> events;
    qint64 now = t.state.reportedAt;
    bool stopped = false;
    auto add = [&](qint64 delay, Action action, QString actor, QString value = {}, QString note = {}) {
        if (stopped)
            return;
        now += std::max<qint64>(delay, 0);
        if (now >= limit) {
            stopped = true;
            return;
        }
        TicketEvent e;
        e.at = now;
        e.actor = std::move(actor);
        e.action = action;
        e.value = std::move(value);
        e.note = std::move(note);
        if (TicketStateMachine::apply(t.state, e))
            events << e;
    };
    auto hours = [&](double mean) { return static_cast<qint64>(std::exponential_distribution<double>(1.0 / mean)(m_rng) * kHour); };

    const QString agent = QStringLiteral("agent%1").arg(std::uniform_int_distribution<int>(1, 6)(m_rng));
    // Prefer a technician of the ticket's region; key accounts get the dedicated team.
    QList<const Technician*> local;
    for (const Technician& tech : std::as_const(m_technicians))
        if (tech.region == t.region && (t.tier == Tier::A) == (tech.team == QStringLiteral("大客户专属组")))
            local << &tech;
    const Technician& tech = local.isEmpty() ? m_technicians.first() : *local.at(std::uniform_int_distribution<qsizetype>(0, local.size() - 1)(m_rng));

    if (uniform() < 0.02) {
        add(hours(0.5), Action::Cancel, agent, {}, QStringLiteral("重复报障"));
        return events;
    }
    const double slow = uniform() < 0.12 ? 6.0 : 1.0;  // some tickets wait long: breaches
    add(hours(0.3 * slow), Action::Dispatch, agent, tech.login);
    add(hours(0.6 * slow), Action::Respond, tech.login, {}, QStringLiteral("已电话联系客户确认情况"));
    add(hours(0.8 * slow), Action::Assess, tech.login);
    if (uniform() < 0.15) {
        add(hours(2), Action::Wait, tech.login, {}, QStringLiteral("等待客户提供照片和化验单"));
        add(hours(10), Action::Resume, tech.login);
    }
    add(hours(2 * slow), Action::Plan, tech.login);
    add(hours(3 * slow), Action::Start, tech.login);
    add(hours(14 * slow), Action::Resolve, tech.login, {}, QStringLiteral("已现场处理"));
    if (uniform() < 0.04) {
        add(hours(24), Action::Reopen, agent, {}, QStringLiteral("客户反馈问题复现"));
        add(hours(12), Action::Resolve, tech.login);
    }
    add(hours(8), Action::Feedback, agent);
    if (uniform() < 0.75) {
        const double r = uniform();
        const int score = r < 0.05 ? 2 : r < 0.15 ? 3 : r < 0.55 ? 4 : 5;
        add(hours(24), Action::Survey, agent, QString::number(score));
    }
    add(hours(24), Action::Close, agent);
    return events;
}

Status DemoSeeder::seedTickets(const Options& options, Summary& summary, const Progress& progress)
{
    if (options.tickets == 0 || m_customers.isEmpty())
        return success();
    // Report instants sorted so that ticket numbers run in time order.
    std::vector<qint64> instants(static_cast<std::size_t>(options.tickets));
    std::uniform_int_distribution<qint64> when(options.from, options.to - 1);
    for (qint64& at : instants) {
        at = when(m_rng);
        // Most calls come in office hours: move two thirds of night calls into the day.
        const int hour = QDateTime::fromSecsSinceEpoch(at, Instant::localZone()).time().hour();
        if ((hour < 8 || hour >= 18) && uniform() < 0.66)
            at = std::min(options.to - 1, at - hour * kHour + (9 + hour % 9) * kHour);
    }
    std::sort(instants.begin(), instants.end());

    int categoryTotal = 0;
    for (const auto& [c, w] : kCategoryWeights)
        categoryTotal += w;

    // Drafting (random draws, lifecycles, clock evaluation) runs on a second thread while this one
    // writes; it is only about 5% of the work, but it comes off the critical path for free. Each side
    // gets its own SLA set-up, so nothing is shared but the drafts handed over.
    auto sla = SlaTracker::load(m_store);  // the writer's: breaches, compensation
    if (!sla)
        return sla.error();
    auto evaluator = SlaTracker::load(m_store);  // the drafter's: pure evaluation
    if (!evaluator)
        return evaluator.error();

    struct Batch {
        std::vector<Draft> drafts;
        std::optional<Error> error;
    };
    SeedHandoff<Batch> handoff(kBatchesAhead);
    std::jthread drafter([&] {
        for (qint64 i = 0; i < options.tickets;) {
            Batch batch;
            const qint64 end = std::min(options.tickets, i + kBatch);
            batch.drafts.reserve(static_cast<std::size_t>(end - i));
            for (; i < end; ++i) {
                Draft d = draftTicket(instants[static_cast<std::size_t>(i)], options.to, categoryTotal);
                auto clocks = evaluator->evaluateNew(d.ticket, d.history, options.to);
                if (!clocks) {
                    batch.error = clocks.error();
                    break;
                }
                d.clocks = std::move(clocks).value();
                batch.drafts.push_back(std::move(d));
            }
            const bool failed = batch.error.has_value();
            if (!handoff.push(std::move(batch)) || failed)
                break;
        }
        handoff.close();
    });

    // Inside run()'s one transaction, the whole load is one bulk insert: into an empty database the
    // indexes are built once at the end (TicketRepository's bulk mode). The SLA writes are flushed and
    // progress is reported every chunk.
    Status st = m_store.write([&]() -> Status {
        if (auto b = m_store.tickets().beginBulkInsert(); !b)
            return b;
        qint64 done = 0;
        while (done < options.tickets) {
            const qint64 end = std::min(options.tickets, done + kChunk);
            while (done < end) {
                std::optional<Batch> batch = handoff.pop();
                if (!batch)
                    return Error::internal(QStringLiteral("the ticket drafts ended early"));
                if (batch->error)
                    return *batch->error;
                for (Draft& d : batch->drafts) {
                    Ticket& t = d.ticket;
                    const int year =
                        QDateTime::fromSecsSinceEpoch(t.state.reportedAt, Instant::localZone()).date().year();
                    auto number = m_store.tickets().allocateNumber(year);
                    if (!number)
                        return number.error();
                    t.number = *number;
                    auto inserted = m_store.tickets().insertWithClocks(t, d.clocks.policy.id, d.clocks.nextDue,
                                                                       d.clocks.nextAtRisk);
                    if (!inserted)
                        return inserted.error();
                    if (auto h = m_store.tickets().insertHistory(t, d.history); !h)
                        return h;
                    if (auto s = sla->trackNew(t, std::move(d.clocks), options.to, *inserted); !s)
                        return s;
                    summary.events += d.history.size();
                }
                done += static_cast<qint64>(batch->drafts.size());
            }
            if (auto f = sla->flush(); !f)  // the chunk's clocks, written after its inserts
                return f;
            summary.tickets = done;
            if (progress)
                progress(done, options.tickets);
        }
        return m_store.tickets().endBulkInsert();
    });
    if (!st) {
        handoff.close();  // the drafter stops at its next hand-over; the jthread joins it
        return st;
    }
    return success();
}

DemoSeeder::Draft DemoSeeder::draftTicket(qint64 reportedAt, qint64 windowEnd, int categoryTotal)
{
    const auto ci = std::uniform_int_distribution<qsizetype>(0, m_customers.size() - 1)(m_rng);
    const Customer& c = m_customers.at(ci);
    Draft d;
    Ticket& t = d.ticket;
    t.customerCode = c.code;
    t.tier = c.tier;
    t.region = c.region;
    int roll = std::uniform_int_distribution<int>(0, categoryTotal - 1)(m_rng);
    for (const auto& [cat, w] : kCategoryWeights) {
        if (roll < w) {
            t.category = cat;
            break;
        }
        roll -= w;
    }
    const double p = uniform();
    t.priority = p < 0.05 ? Priority::P1 : p < 0.25 ? Priority::P2 : p < 0.8 ? Priority::P3 : Priority::P4;
    t.channel = allChannels().at(std::uniform_int_distribution<int>(0, 4)(m_rng));
    const auto& orders = m_ordersByCustomer.at(ci);
    if (t.category != Category::Technical && !orders.isEmpty()) {
        t.orderNo = orders.at(std::uniform_int_distribution<qsizetype>(0, orders.size() - 1)(m_rng));
        t.batchNo = m_orderBatch.value(t.orderNo);
    }
    t.title = QString::fromUtf8(pick(SeedVocabulary::titlesFor(t.category)));
    t.description = QString::fromUtf8(pick(SeedVocabulary::descriptionsFor(t.category)));
    t.reporter = c.contactName;
    t.state.reportedAt = reportedAt;
    t.state.lastEventAt = reportedAt;
    d.history = lifecycle(t, windowEnd);
    return d;
}

}  // namespace ingot
