#include "storage/sql/sla/SqlSlaNoticeRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

Result<bool> SqlSlaNoticeRepository::claim(const SlaNotice& n)
{
    // The primary key makes "once" hold for two desks of the same person sweeping at the same time.
    auto q = m_c.prepared(QStringLiteral("INSERT INTO sla_notices (login, ticket_id, metric, kind, at, noticed_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(text(n.login));
    s.addBindValue(n.ticketId);
    s.addBindValue(slaMetricKey(n.metric));
    s.addBindValue(n.breached ? QStringLiteral("breached") : QStringLiteral("at_risk"));
    s.addBindValue(n.at);
    s.addBindValue(n.noticedAt);
    if (auto st = execPrepared(m_c, s, Text::tr("recording an SLA notice")); !st)
        return st.error();
    const bool added = s.numRowsAffected() == 1;
    s.finish();
    return added;
}

} // namespace ingot
