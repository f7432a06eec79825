#pragma once

#include "core/repositories/Repositories.h"

namespace ingot {

// Writes tickets or customers as CSV in the import format, so an export imports again unchanged.
class ExportService final {
public:
    explicit ExportService(Store& store) : m_store(store) {}
    Result<int> exportTickets(const QString& path);
    Result<int> exportCustomers(const QString& path);

private:
    Store& m_store;
};

}  // namespace ingot
