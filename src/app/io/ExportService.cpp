#include "app/io/ExportService.h"

#include "app/io/CsvWriter.h"
#include "app/io/ImportKind.h"
#include "app/security/Authorizer.h"
#include "core/common/Instant.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ingot {

namespace {
// Written through QSaveFile: the target appears whole or not at all.
Result<int> save(const QString& path, const CsvWriter& csv, int rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.data()) != csv.data().size() || !file.commit())
        return Error::badInput(QCoreApplication::translate("Export", "cannot write %1: %2").arg(path, file.errorString()));
    return rows;
}
}  // namespace

Result<int> ExportService::exportTickets(const QString& path)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::Export); !allowed)
        return allowed.error();
    CsvWriter csv;
    csv.writeRow(requiredColumns(ImportKind::Tickets) + optionalColumns(ImportKind::Tickets));
    int rows = 0;
    Status st = m_store.tickets().forEach([&](const Ticket& t) {
        csv.writeRow({t.number, t.customerCode, categoryKey(t.category), priorityKey(t.priority), t.title,
                      Instant::format(t.state.reportedAt), t.orderNo, t.batchNo, channelKey(t.channel), t.description,
                      t.reporter});
        ++rows;
    });
    if (!st)
        return st.error();
    return save(path, csv, rows);
}

Result<int> ExportService::exportCustomers(const QString& path)
{
    if (auto allowed = Authorizer::require(m_store.actor(), Permission::Export); !allowed)
        return allowed.error();
    CsvWriter csv;
    csv.writeRow(requiredColumns(ImportKind::Customers) + optionalColumns(ImportKind::Customers));
    int rows = 0;
    Status st = m_store.customers().forEach([&](const Customer& c) {
        csv.writeRow({c.code, c.name, regionKey(c.region), c.province, c.city, c.industry,
                      QString::number(c.annualVolumeT, 'g', 12), QString::number(c.cooperationYears),
                      c.tierOverride ? tierKey(*c.tierOverride) : QString(), c.contactName, c.phone, c.email});
        ++rows;
    });
    if (!st)
        return st.error();
    return save(path, csv, rows);
}

}  // namespace ingot
