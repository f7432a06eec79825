#pragma once

#include "core/repositories/QualityRepositories.h"

namespace ingot {

class SqlConnection;

class SqlImprovementRepository final : public ImprovementRepository {
public:
    explicit SqlImprovementRepository(SqlConnection& connection) : m_c(connection) {}
    Result<QString> allocateNumber(int year) override;
    Status insert(ImprovementAction& action) override;
    Status update(ImprovementAction& action, int expectedVersion) override;
    Status link(qint64 actionId, const QStringList& ticketNos, qint64 at) override;
    Status appendEvent(qint64 actionId, qint64 at, const QString& actor, const QString& what, const QString& fromStatus,
                       const QString& toStatus, const QString& note) override;
    Result<ImprovementAction> find(const QString& number) override;
    Result<QList<ImprovementAction>> list(bool includeClosed) override;
    Result<QHash<QString, QString>> activeSignatures() override;
    Result<QHash<QString, qint64>> closedSignatures() override;
    Result<QStringList> actionsForTicket(const QString& ticketNo) override;
    Result<QList<HistoryEntry>> history(qint64 actionId) override;

private:
    Status loadTickets(ImprovementAction& action);

    SqlConnection& m_c;
};

} // namespace ingot
