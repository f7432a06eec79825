#pragma once

#include "app/io/CsvTable.h"
#include "app/io/ImportKind.h"
#include "core/repositories/Repositories.h"

#include <QHash>
#include <QSet>

namespace ingot {

// Imports one CSV file in one transaction: every row or none. All problems are collected, each
// as "FILE:LINE: message"; a dry run does the whole import and then rolls it back.
class ImportService final {
public:
    explicit ImportService(Store& store) : m_store(store) {}

    struct Report {
        int rows = 0;              // data rows read
        QList<Error> problems;     // empty when the import succeeded
        bool committed = false;
    };

    Report importFile(ImportKind kind, const QString& path, bool dryRun);
    Report importData(ImportKind kind, const QByteArray& data, const QString& fileName, bool dryRun);

private:
    Status importRow(ImportKind kind, const CsvTable& table, const CsvReader::Record& row);

    Store& m_store;
    QHash<QString, Ticket> m_ticketCache;  // tickets touched by an events file, with their new state
    QSet<QString> m_seenKeys;              // keys seen earlier in the same file
    // Customers and orders a tickets file refers to, read once per import (100,000 rows name a few
    // thousand of them).
    QHash<QString, Customer> m_customers;
    QHash<QString, Order> m_orders;
};

}  // namespace ingot
