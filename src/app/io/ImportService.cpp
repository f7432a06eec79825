#include "app/io/ImportService.h"

#include "app/audit/AuditTrail.h"
#include "app/io/RowParser.h"
#include "app/security/Authorizer.h"
#include "core/tickets/TicketStateMachine.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr int kMaxProblems = 200;

// Holidays are the service calendars' data: importing them is editing the calendars.
Permission permissionFor(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers: return Permission::ImportCustomers;
    case ImportKind::Orders: return Permission::ImportOrders;
    case ImportKind::Technicians: return Permission::ImportTechnicians;
    case ImportKind::Tickets: return Permission::ImportTickets;
    case ImportKind::Events: return Permission::ImportEvents;
    case ImportKind::Holidays: return Permission::CalendarEdit;
    }
    return Permission::UserAdmin;  // unreachable; the strictest
}

Error at(const QString& fileName, int line, Error e)
{
    e.where = QStringLiteral("%1:%2").arg(fileName).arg(line);
    return e;
}
}  // namespace

ImportService::Report ImportService::importFile(ImportKind kind, const QString& path, bool dryRun)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Report r;
        r.problems << Error::badInput(Text::tr("cannot read the file: %1").arg(file.errorString()), path);
        return r;
    }
    if (file.size() > 2LL * 1024 * 1024 * 1024) {
        Report r;
        r.problems << Error::badInput(Text::tr("the file is larger than 2 GB; split it"), path);
        return r;
    }
    return importData(kind, file.readAll(), path, dryRun);
}

ImportService::Report ImportService::importData(ImportKind kind, const QByteArray& data, const QString& fileName,
                                                bool dryRun)
{
    Report report;
    if (auto allowed = Authorizer::require(m_store.actor(), permissionFor(kind)); !allowed) {
        report.problems << allowed.error();
        return report;
    }
    auto records = CsvReader::parse(data, fileName);
    if (!records) {
        report.problems << records.error();
        return report;
    }
    auto table = CsvTable::from(std::move(*records), fileName, requiredColumns(kind), optionalColumns(kind));
    if (!table) {
        report.problems << table.error();
        return report;
    }
    report.rows = static_cast<int>(table->rows().size());
    m_ticketCache.clear();
    m_seenKeys.clear();
    m_customers.clear();
    m_orders.clear();

    // A dry run is the real import rolled back, so it finds every problem the real one would.
    const Error rollbackDryRun = Error::internal(QStringLiteral("dry run"));
    Status st = m_store.write([&]() -> Status {
        // New tickets are indexed for search in one pass at the end, not row by row.
        if (kind == ImportKind::Tickets)
            if (auto bulk = m_store.tickets().beginBulkInsert(); !bulk)
                return bulk;
        for (const CsvReader::Record& row : table->rows()) {
            if (report.problems.size() >= kMaxProblems)
                break;
            if (row.fields.size() > table->columnCount()) {
                report.problems << at(fileName, row.line,
                                      Error::badInput(Text::tr("the row has %1 cells but the header names %2 columns")
                                                          .arg(row.fields.size())
                                                          .arg(table->columnCount())));
                continue;
            }
            if (auto rowStatus = importRow(kind, *table, row); !rowStatus) {
                report.problems << at(fileName, row.line, rowStatus.error());
                // Storage trouble (locked, full disk) is not the row's fault: stop at once.
                if (rowStatus.error().kind == Error::Kind::Refused || rowStatus.error().kind == Error::Kind::Internal)
                    break;
            }
        }
        if (!report.problems.isEmpty())
            return report.problems.first();
        if (kind == ImportKind::Tickets)
            if (auto bulk = m_store.tickets().endBulkInsert(); !bulk)
                return bulk;
        // One entry per file with its row count, not one per row. Imports take no injected clock: the
        // entry is stamped with the time the import ran.
        const SystemClock wallClock;
        if (auto audited = AuditTrail::record(m_store, wallClock, importKindKey(kind).chopped(1), QFileInfo(fileName).fileName(),
                                              QStringLiteral("import"), {{QStringLiteral("rows"), report.rows}});
            !audited)
            return audited;
        if (dryRun)
            return rollbackDryRun;
        return success();
    });
    report.committed = st.ok();
    if (!st && report.problems.isEmpty() && st.error().message != rollbackDryRun.message)
        report.problems << st.error();
    m_ticketCache.clear();
    return report;
}

Status ImportService::importRow(ImportKind kind, const CsvTable& table, const CsvReader::Record& row)
{
    const RowParser parse(table);
    auto once = [&](const QString& key, const QString& what) -> Status {
        if (m_seenKeys.contains(key))
            return Error::badInput(Text::tr("%1 appears twice in this file").arg(what));
        m_seenKeys.insert(key);
        return success();
    };

    switch (kind) {
    case ImportKind::Customers: {
        auto c = parse.customer(row);
        if (!c)
            return c.error();
        if (auto st = once(c->code, Text::tr("customer %1").arg(c->code)); !st)
            return st;
        return m_store.customers().upsert(*c);
    }
    case ImportKind::Orders: {
        auto o = parse.order(row);
        if (!o)
            return o.error();
        if (auto st = once(o->orderNo, Text::tr("order %1").arg(o->orderNo)); !st)
            return st;
        if (auto c = m_store.customers().findByCode(o->customerCode); !c)
            return Error::badInput(Text::tr("column 'customer_code': no customer '%1'").arg(o->customerCode));
        return m_store.orders().upsert(*o);
    }
    case ImportKind::Technicians: {
        auto t = parse.technician(row);
        if (!t)
            return t.error();
        if (auto st = once(t->login, Text::tr("technician %1").arg(t->login)); !st)
            return st;
        return m_store.technicians().upsert(*t);
    }
    case ImportKind::Holidays: {
        auto h = parse.holiday(row);
        if (!h)
            return h.error();
        if (auto st = once(h->date + QLatin1Char('|') + h->calendar, Text::tr("date %1").arg(h->date)); !st)
            return st;
        return m_store.holidays().upsert(*h);
    }
    case ImportKind::Tickets: {
        auto t = parse.ticket(row);
        if (!t)
            return t.error();
        if (auto st = once(t->number, Text::tr("ticket %1").arg(t->number)); !st)
            return st;
        if (auto existing = m_store.tickets().findByNumber(t->number); existing)
            return Error::badInput(Text::tr("column 'ticket_no': ticket %1 already exists").arg(t->number));
        auto customer = m_customers.find(t->customerCode);
        if (customer == m_customers.end()) {
            auto found = m_store.customers().findByCode(t->customerCode);
            if (!found)
                return Error::badInput(Text::tr("column 'customer_code': no customer '%1'").arg(t->customerCode));
            customer = m_customers.insert(t->customerCode, *found);
        }
        t->tier = customer->tier;
        t->region = customer->region;
        if (!t->orderNo.isEmpty()) {
            auto order = m_orders.find(t->orderNo);
            if (order == m_orders.end()) {
                auto found = m_store.orders().findByNumber(t->orderNo);
                if (!found)
                    return Error::badInput(Text::tr("column 'order_no': no order '%1'").arg(t->orderNo));
                order = m_orders.insert(t->orderNo, *found);
            }
            if (order->customerCode != customer->code)
                return Error::badInput(Text::tr("column 'order_no': order %1 belongs to customer %2")
                                           .arg(order->orderNo, order->customerCode));
            if (t->batchNo.isEmpty())
                t->batchNo = order->batchNo;
        }
        return m_store.tickets().insert(*t);
    }
    case ImportKind::Events: {
        auto e = parse.event(row);
        if (!e)
            return e.error();
        auto cached = m_ticketCache.find(e->ticketNo);
        if (cached == m_ticketCache.end()) {
            auto t = m_store.tickets().findByNumber(e->ticketNo);
            if (!t)
                return Error::badInput(Text::tr("column 'ticket_no': no ticket '%1'").arg(e->ticketNo));
            cached = m_ticketCache.insert(e->ticketNo, *t);
        }
        Ticket& t = *cached;
        if (isSystemAction(e->event.action))
            return Error::badInput(Text::tr("column 'action': '%1' is recorded by the SLA engine and cannot be imported")
                                       .arg(actionKey(e->event.action)));
        if (e->event.action == Action::Dispatch)
            if (auto tech = m_store.technicians().findByLogin(e->event.value); !tech)
                return Error::badInput(Text::tr("column 'value': no technician '%1'").arg(e->event.value));
        if (e->event.actor.isEmpty())
            e->event.actor = QStringLiteral("import");
        if (auto st = TicketStateMachine::apply(t.state, e->event); !st)
            return Error::badInput(Text::tr("ticket %1: %2").arg(t.number, st.error().message));
        return m_store.tickets().appendEvent(t, e->event, t.version);
    }
    }
    return Error::internal(QStringLiteral("unknown import kind"));
}

}  // namespace ingot
