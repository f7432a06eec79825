#pragma once

#include "core/repositories/QualityRepositories.h"

namespace ingot {

class SqlConnection;

class SqlQualityFactsRepository final : public QualityFactsRepository {
public:
    explicit SqlQualityFactsRepository(SqlConnection& connection) : m_c(connection) {}
    Result<QList<TicketFact>> ticketFacts(qint64 from, qint64 to) override;
    Result<QList<Delivery>> deliveries(const QString& batchNo) override;
    Result<QList<BatchTicket>> ticketsForBatch(const QString& batchNo) override;
    Result<QStringList> complaintTexts(qint64 from, qint64 to) override;
    Result<QSet<QString>> stopWords() override;
    Status addStopWord(const QString& word) override;

private:
    SqlConnection& m_c;
};

} // namespace ingot
