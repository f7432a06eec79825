#include "FuzzSupport.h"

#include "app/io/ImportService.h"
#include "storage/sqlite/SqliteConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <cstdio>
#include <cstdlib>
#include <spdlog/spdlog.h>

namespace ingot::fuzz {

namespace {
// The base data: the same shapes as the import tests and tests/data/import, small enough to open fast.
const char* const kCustomers = "code,name,region,province,city,annual_volume_t,cooperation_years,tier\n"
                               "C1,天能电池,华东,浙江,长兴,2500,3,\n"
                               "C2,北方电缆,North,河北,保定,600,1,\n"
                               "C3,小厂,西南,四川,成都,10,0,C\n"
                               "HN-0001,湖南铅酸蓄电池有限公司,华中,湖南,长沙,1200,8,A\n";
const char* const kTechnicians = "login,name,region,skills,level\n"
                                 "li.01,李强,华东,oxidation;porosity,高级\n"
                                 "wang_02,王敏,华中,packaging;weight;delivery,junior\n";
const char* const kOrders = "order_no,customer_code,grade,batch_no,quantity_t,value_cny,ordered_at,delivered_at\n"
                            "SO-1,C1,Pb99.994,PB260301-01,200,3300000.50,2026-02-20,2026-03-01\n"
                            "SO-2,C2,Pb99.990,PB260302-07,50,820000,2026-02-25,\n";
const char* const kTickets =
    "ticket_no,customer_code,category,priority,title,reported_at,order_no,channel,description\n"
    "T2026-000100,C1,氧化,P2,铅锭发白,2026-03-05T09:00:00+08:00,SO-1,phone,表面白色氧化\n"
    "T2026-000101,C2,packaging,P3,打包带断裂,2026-03-05 10:00,,wechat,\n"
    "T2026-000102,C3,porosity,P1,气孔,2026-03-06T00:30:00Z,,email,\"断面有气孔, 多处\"\n"
    "T2026-000103,HN-0001,weight,P4,重量不足,2026-03-06,,visit,\n"
    "T2026-000104,C1,delivery,P2,延迟交货,2026-03-07 09:30:00,SO-1,portal,\n";
// T100 in progress, T101 resolved, T102 waiting for the customer, T103 closed, T104 reported.
const char* const kEvents = "ticket_no,at,action,actor,value,note\n"
                            "T2026-000100,2026-03-05 09:30,assess,li.01,,\n"
                            "T2026-000100,2026-03-05 10:00,plan,li.01,,\n"
                            "T2026-000100,2026-03-05 10:05,dispatch,li.01,li.01,\n"
                            "T2026-000100,2026-03-05 11:00,start,li.01,,\n"
                            "T2026-000101,2026-03-05 11:00,assess,,,\n"
                            "T2026-000101,2026-03-06 11:00,resolve,,,换打包带\n"
                            "T2026-000102,2026-03-06 09:00,assess,,,\n"
                            "T2026-000102,2026-03-06 10:00,wait,,,等客户照片\n"
                            "T2026-000103,2026-03-06 09:00,assess,,,\n"
                            "T2026-000103,2026-03-06 10:00,resolve,,,\n"
                            "T2026-000103,2026-03-07 10:00,close,,,\n";

void seed(SqliteStore& store, ImportKind kind, const char* csv)
{
    ImportService service(store);
    const auto r = service.importData(kind, QByteArray(csv), QStringLiteral("seed.csv"), false);
    if (!r.problems.isEmpty())
        fail("the base data does not import", r.problems.first().text());
}
}  // namespace

void fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "\n*** invariant broken: %s\n%s\n", what, detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

FuzzDatabase& FuzzDatabase::instance()
{
    static FuzzDatabase db;
    return db;
}

FuzzDatabase::FuzzDatabase()
{
    static int argc = 1;
    static char name[] = "ingotdesk-fuzz";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);  // lives as long as the process
    spdlog::set_level(spdlog::level::off);

    // One folder per process (parallel fuzzing jobs each get theirs), removed when the process exits.
    if (!m_tmp.isValid())
        fail("cannot create a temporary folder");
    m_dir = m_tmp.path();
    auto store = SqliteStore::open(m_dir + QStringLiteral("/desk.db"));
    if (!store)
        fail("cannot open the fuzz database", store.error().text());
    m_store = std::move(store).value();
    seed(*m_store, ImportKind::Customers, kCustomers);
    seed(*m_store, ImportKind::Technicians, kTechnicians);
    seed(*m_store, ImportKind::Orders, kOrders);
    seed(*m_store, ImportKind::Tickets, kTickets);
    seed(*m_store, ImportKind::Events, kEvents);

    QSqlQuery q(m_store->connection().database());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next())
        m_tables << q.value(0).toString();
    // One statement for all counts, prepared once: this runs several times per input.
    QStringList parts;
    for (const QString& t : std::as_const(m_tables))
        parts << QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t);
    m_countQuery = std::make_unique<QSqlQuery>(m_store->connection().database());
    if (!m_countQuery->prepare(parts.join(QStringLiteral(" UNION ALL "))))
        fail("cannot prepare the row count");
}

FuzzDatabase::~FuzzDatabase() = default;

QString FuzzDatabase::writeInput(const QByteArray& data) const
{
    const QString path = m_dir + QStringLiteral("/input.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        fail("cannot write the input file", path);
    return path;
}

QList<qint64> FuzzDatabase::rowCounts()
{
    QList<qint64> counts;
    if (!m_countQuery->exec())
        fail("cannot count rows");
    while (m_countQuery->next())
        counts << m_countQuery->value(0).toLongLong();
    m_countQuery->finish();
    check(counts.size() == m_tables.size(), "a table was not counted");
    return counts;
}

namespace {
QString describe(const QList<Error>& problems)
{
    QStringList out;
    for (const Error& e : problems)
        out << QStringLiteral("[%1] %2").arg(static_cast<int>(e.kind)).arg(e.text());
    return out.join(QLatin1Char('\n'));
}

int tableIndex(const QStringList& tables, const char* name)
{
    return static_cast<int>(tables.indexOf(QLatin1String(name)));
}
}  // namespace

int fuzzImport(ImportKind kind, const uint8_t* data, size_t size)
{
    FuzzDatabase& db = FuzzDatabase::instance();
    SqliteStore& store = db.store();
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString path = db.writeInput(bytes);
    const QList<qint64> before = db.rowCounts();

    ImportService service(store);
    const ImportService::Report dry = service.importFile(kind, path, true);
    check(!dry.committed, "a dry run committed");
    check(db.rowCounts() == before, "a dry run changed the database", describe(dry.problems));
    // Users cause bad input; anything else (exit code 1 or 3 in the CLI) is a bug here.
    static const QRegularExpression where(QStringLiteral("^%1:\\d+$").arg(QRegularExpression::escape(path)));
    for (const Error& e : dry.problems) {
        check(e.kind == Error::Kind::BadInput, "a problem that is not bad input", describe(dry.problems));
        check(where.match(e.where).hasMatch(), "a problem without FILE:LINE", describe(dry.problems));
        check(!e.message.isEmpty(), "a problem without a message");
    }

    if (!dry.problems.isEmpty()) {
        const ImportService::Report real = service.importFile(kind, path, false);
        check(!real.committed, "a failed import committed");
        check(db.rowCounts() == before, "a failed import changed the database", describe(real.problems));
        check(real.problems.size() == dry.problems.size() && real.problems.first().text() == dry.problems.first().text(),
              "the dry run and the import disagree", describe(dry.problems) + QStringLiteral("\n---\n") +
                                                         describe(real.problems));
        return 0;
    }

    // The dry run passed: the real import must pass too, with every row. It runs inside an outer
    // transaction that is then rolled back, so the next input sees the same database.
    const Error rollback = Error::internal(QStringLiteral("fuzz rollback"));
    const Status st = store.write([&]() -> Status {
        const ImportService::Report real = service.importFile(kind, path, false);
        check(real.problems.isEmpty(), "the dry run passed but the import failed", describe(real.problems));
        check(real.rows == dry.rows, "the dry run and the import read different row counts");
        const QList<qint64> after = db.rowCounts();
        const QStringList& tables = db.tables();
        auto grew = [&](const char* table) {
            const int i = tableIndex(tables, table);
            return i < 0 ? -1 : after.at(i) - before.at(i);
        };
        // Every row is in: new keys add a row each, known keys update theirs (customers, orders,
        // technicians and holidays are upserts; tickets and events only ever add).
        switch (kind) {
        case ImportKind::Tickets:
            check(grew("tickets") == real.rows, "not every ticket was inserted");
            break;
        case ImportKind::Events:
            check(grew("ticket_events") == real.rows, "not every event was appended");
            break;
        case ImportKind::Customers:
            check(grew("customers") >= 0 && grew("customers") <= real.rows, "customer rows do not add up");
            break;
        case ImportKind::Orders:
            check(grew("orders") >= 0 && grew("orders") <= real.rows, "order rows do not add up");
            break;
        case ImportKind::Technicians:
            check(grew("technicians") >= 0 && grew("technicians") <= real.rows, "technician rows do not add up");
            break;
        case ImportKind::Holidays:
            check(grew("holidays") >= 0 && grew("holidays") <= real.rows, "holiday rows do not add up");
            break;
        }
        return rollback;
    });
    check(!st.ok() && st.error().message == rollback.message, "the outer transaction did not roll back",
          st.ok() ? QString() : st.error().text());
    check(db.rowCounts() == before, "rolling the import back left rows behind");
    return 0;
}

}  // namespace ingot::fuzz
