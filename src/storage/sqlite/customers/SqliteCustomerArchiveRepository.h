#pragma once

#include "core/repositories/CustomerRepositories.h"

namespace ingot {

class SqliteConnection;

class SqliteCustomerArchiveRepository final : public CustomerArchiveRepository {
public:
    explicit SqliteCustomerArchiveRepository(SqliteConnection& connection) : m_c(connection) {}
    Result<QList<CustomerTicketLine>> tickets(const QString& customerCode) override;
    Result<QList<SurveyPoint>> surveys(const QString& customerCode) override;
    Result<QHash<QString, OrderTotals>> orderTotals(qint64 from, qint64 to) override;
    Result<QHash<QString, int>> openLoad() override;

private:
    SqliteConnection& m_c;
};

} // namespace ingot
