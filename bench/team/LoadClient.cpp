// ingotdesk-load-client: one desk's worth of load for scripts/pg-load-test.sh. Creates N tickets
// through TicketService on the shared database (a file or a postgresql:// address, as the desk
// opens it) and takes two actions on each (respond, assess), every one its own transaction, as
// desks do. Writes "TICKET_NO EVENTS" per ticket to --out (what the checker expects to find) and a
// JSON line of timings to stdout.
#include "app/storage/StoreOpener.h"
#include "app/tickets/TicketService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ingot;

namespace {
int fail(const QString& message, int code)
{
    std::fprintf(stderr, "load-client: %s\n", qPrintable(message));
    return code;
}

double percentile(std::vector<qint64> micros, double p)
{
    if (micros.empty())
        return 0;
    std::sort(micros.begin(), micros.end());
    const auto i = static_cast<size_t>(p * static_cast<double>(micros.size() - 1));
    return static_cast<double>(micros[i]) / 1000.0;
}
}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    auto value = [&](const QString& name, const QString& fallback = {}) {
        const auto i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString db = value(QStringLiteral("--db"));
    const int client = value(QStringLiteral("--client"), QStringLiteral("1")).toInt();
    const int tickets = value(QStringLiteral("--tickets"), QStringLiteral("2000")).toInt();
    const QString out = value(QStringLiteral("--out"));
    if (db.isEmpty() || out.isEmpty() || tickets <= 0)
        return fail(QStringLiteral("usage: ingotdesk-load-client --db FILE|ADDRESS --client N --tickets N --out FILE "
                                   "[--db-password-file FILE]"),
                    2);
    StoreOpener::setPasswordFile(value(QStringLiteral("--db-password-file")));

    QElapsedTimer total;
    total.start();
    auto opened = StoreOpener::open(db, {});
    if (!opened)
        return fail(opened.error().text(), opened.error().kind == Error::Kind::Refused ? 3 : 1);
    Store& store = *opened->store;
    store.setActor(Actor{QStringLiteral("load:c%1").arg(client), Role::Admin, true});
    SystemClock clock;
    TicketService service(store, clock);

    Customer customer;
    customer.code = QStringLiteral("LOAD-C%1").arg(client, 2, 10, QLatin1Char('0'));
    customer.name = QStringLiteral("压测客户 %1").arg(client);
    customer.region = Region::East;
    customer.province = QStringLiteral("江苏");
    customer.city = QStringLiteral("南京");
    customer.tier = Tier::B;
    if (auto st = store.write([&] { return store.customers().upsert(customer); }); !st)
        return fail(st.error().text(), 1);

    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return fail(QStringLiteral("cannot write %1").arg(out), 2);
    QTextStream lines(&file);
    std::vector<qint64> createMicros;
    std::vector<qint64> actMicros;
    createMicros.reserve(static_cast<size_t>(tickets));
    actMicros.reserve(static_cast<size_t>(tickets) * 2);
    QElapsedTimer work;
    work.start();
    for (int i = 0; i < tickets; ++i) {
        NewTicket in;
        in.customerCode = customer.code;
        in.category = allCategories().at(i % allCategories().size());
        in.priority = allPriorities().at(i % 4);
        in.title = QStringLiteral("load c%1 #%2").arg(client).arg(i);
        in.reporter = QStringLiteral("压测");
        QElapsedTimer t;
        t.start();
        auto created = service.create(in, store.actor().login);
        if (!created)
            return fail(QStringLiteral("create #%1: %2").arg(i).arg(created.error().text()), 1);
        createMicros.push_back(t.nsecsElapsed() / 1000);
        Ticket ticket = *created;
        for (Action action : {Action::Respond, Action::Assess}) {
            t.restart();
            auto acted = service.act({ticket.number, action, {}, {}, ticket.version, {}}, store.actor().login);
            if (!acted)
                return fail(QStringLiteral("%1 %2: %3").arg(ticket.number, actionKey(action), acted.error().text()), 1);
            actMicros.push_back(t.nsecsElapsed() / 1000);
            ticket = *acted;
        }
        auto history = service.history(ticket);
        if (!history)
            return fail(history.error().text(), 1);
        lines << ticket.number << ' ' << history->size() << '\n';
    }
    lines.flush();
    const double seconds = static_cast<double>(work.elapsed()) / 1000.0;
    const QJsonObject summary{{QStringLiteral("client"), client},
                              {QStringLiteral("tickets"), tickets},
                              {QStringLiteral("actions"), tickets * 2},
                              {QStringLiteral("seconds"), seconds},
                              {QStringLiteral("writes_per_second"), seconds > 0 ? tickets * 3 / seconds : 0},
                              {QStringLiteral("create_ms_p50"), percentile(createMicros, 0.5)},
                              {QStringLiteral("create_ms_p99"), percentile(createMicros, 0.99)},
                              {QStringLiteral("act_ms_p50"), percentile(actMicros, 0.5)},
                              {QStringLiteral("act_ms_p99"), percentile(actMicros, 0.99)},
                              {QStringLiteral("total_seconds"), static_cast<double>(total.elapsed()) / 1000.0}};
    std::printf("%s\n", QJsonDocument(summary).toJson(QJsonDocument::Compact).constData());
    return 0;
}
