#pragma once

#include "app/io/ImportService.h"
#include "app/report/KpiReportService.h"
#include "core/common/Instant.h"
#include "storage/sqlite/SqliteConnection.h"
#include "core/repositories/KpiRepository.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <gtest/gtest.h>

namespace ingot::test {

// A database holding the hand-worked month of tests/data/kpi (see its README.md), imported with the
// same ImportService the CLI's `import` uses.
class KpiFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        store = db.open();
        ASSERT_TRUE(store);
        ImportService importer(*store);
        for (auto [kind, name] : {std::pair{ImportKind::Customers, "customers.csv"},
                                  std::pair{ImportKind::Orders, "orders.csv"},
                                  std::pair{ImportKind::Technicians, "technicians.csv"},
                                  std::pair{ImportKind::Tickets, "tickets.csv"},
                                  std::pair{ImportKind::Events, "events.csv"}}) {
            auto report = importer.importFile(kind, kpiFile(QLatin1String(name)), false);
            ASSERT_TRUE(report.problems.isEmpty())
                << name << ": " << qPrintable(report.problems.first().text());
        }
    }

    static QString kpiFile(const QString& name) { return QStringLiteral(INGOTDESK_TEST_DATA "/kpi/") + name; }
    static QByteArray readKpiFile(const QString& name)
    {
        QFile f(kpiFile(name));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(name);
        return f.readAll();
    }
    static qint64 at(const char* iso) { return *Instant::parse(QLatin1String(iso)); }

    Result<KpiReport> report(const char* month, const char* now)
    {
        std::unique_ptr<KpiRepository> repository = store->kpiReads();
        return KpiReportService(*store, *repository).build(*LocalMonth::parse(QLatin1String(month)), at(now));
    }

    TempDatabase db;
    std::unique_ptr<SqliteStore> store;
};

} // namespace ingot::test
