#pragma once

#include "core/repositories/SlaRepositories.h"

namespace ingot {

class SqlConnection;

class SqlCompensationRepository final : public CompensationRepository {
public:
    explicit SqlCompensationRepository(SqlConnection& connection) : m_c(connection) {}
    Result<CompensationRule> rule() override;
    Result<std::optional<CompensationSuggestion>> forTicket(qint64 ticketId) override;
    Result<QHash<qint64, CompensationSuggestion>> forTickets(const QList<qint64>& ticketIds) override;
    Status save(CompensationSuggestion& suggestion) override;
    Result<qint64> count(std::optional<CompensationStatus> status) override;

private:
    SqlConnection& m_c;
};

} // namespace ingot
