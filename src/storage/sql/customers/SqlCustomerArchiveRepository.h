#pragma once

#include "core/repositories/CustomerRepositories.h"

namespace ingot {

class SqlConnection;

class SqlCustomerArchiveRepository final : public CustomerArchiveRepository {
public:
    explicit SqlCustomerArchiveRepository(SqlConnection& connection) : m_c(connection) {}
    Result<QList<CustomerTicketLine>> tickets(const QString& customerCode) override;
    Result<QList<SurveyPoint>> surveys(const QString& customerCode) override;
    Result<QHash<QString, OrderTotals>> orderTotals(qint64 from, qint64 to) override;
    Result<QHash<QString, int>> openLoad() override;

private:
    SqlConnection& m_c;
};

} // namespace ingot
