// Writes tickets through the real services until it is killed: each ticket number is printed
// only after the transaction that created it committed, so every number the parent reads is a
// promise the database must keep.
#include "app/tickets/TicketService.h"
#include "storage/sqlite/SqliteStore.h"

#include <QCoreApplication>
#include <cstdio>
#include <spdlog/spdlog.h>

using namespace ingot;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);  // stderr is for failures only
    if (argc < 2) {
        std::fprintf(stderr, "usage: crash_writer DB\n");
        return 2;
    }
    auto store = SqliteStore::open(QString::fromLocal8Bit(argv[1]));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().text()));
        return 3;
    }
    (*store)->setActor(Actor{QStringLiteral("crash.writer"), Role::Supervisor, false});
    SystemClock clock;
    TicketService tickets(**store, clock);
    for (int i = 0;; ++i) {
        NewTicket in;
        in.customerCode = QStringLiteral("C1");
        in.title = QStringLiteral("气孔 %1").arg(i);
        in.description = QString(200, QLatin1Char('x'));
        auto t = tickets.create(in, QStringLiteral("crash.writer"));
        if (!t) {
            std::fprintf(stderr, "%s\n", qPrintable(t.error().text()));
            return 1;
        }
        if (i % 3 == 0) {
            TicketService::ActionInput act;
            act.number = t->number;
            act.action = Action::Assess;
            if (auto a = tickets.act(act, QStringLiteral("crash.writer")); !a) {
                std::fprintf(stderr, "%s\n", qPrintable(a.error().text()));
                return 1;
            }
        }
        std::printf("%s\n", qPrintable(t->number));
        std::fflush(stdout);
    }
}
