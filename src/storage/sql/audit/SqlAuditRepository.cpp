#include "storage/sql/audit/SqlAuditRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kColumns = QStringLiteral("seq, at, actor, local_admin, entity, entity_id, action, detail, prev_hash, hash");

AuditEntry entryFrom(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.localAdmin = q.value(3).toInt() != 0;
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toString();
    e.action = q.value(6).toString();
    e.detail = q.value(7).toString();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

// " WHERE ..." for the filters that are set, with their values in bind order.
QString whereClause(const AuditQuery& query, QVariantList& values)
{
    QStringList terms;
    if (!query.entity.isEmpty()) {
        terms << QStringLiteral("entity = ?");
        values << query.entity;
    }
    if (!query.entityId.isEmpty()) {
        terms << QStringLiteral("entity_id = ?");
        values << query.entityId;
    }
    if (!query.actor.isEmpty()) {
        terms << QStringLiteral("actor = ?");
        values << query.actor;
    }
    if (query.from) {
        terms << QStringLiteral("at >= ?");
        values << *query.from;
    }
    if (query.to) {
        terms << QStringLiteral("at < ?");
        values << *query.to;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}
}  // namespace

Status SqlAuditRepository::append(AuditEntry& e)
{
    // The previous hash is read inside the same write transaction that inserts, so two desks
    // appending at once still form one chain: the dialect serializes appenders (SQLite's BEGIN
    // IMMEDIATE already does; PostgreSQL locks the table against other writers, not readers).
    if (!m_c.inTransaction())
        return Error::internal(Text::tr("an audit entry was written outside a transaction"));
    if (const QString lock = m_c.dialect().lockForAppend(QStringLiteral("audit_log")); !lock.isEmpty())
        if (auto st = m_c.exec(lock); !st)
            return st;
    auto last = m_c.prepared(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    QSqlQuery& l = **last;
    if (auto st = execPrepared(m_c, l, Text::tr("reading the audit trail")); !st)
        return st;
    qint64 prevSeq = 0;
    QString prevHash = AuditChain::genesisHash();
    if (l.next()) {
        prevSeq = l.value(0).toLongLong();
        prevHash = l.value(1).toString();
    }
    l.finish();
    if (e.detail.isEmpty())
        e.detail = QStringLiteral("{}");
    AuditChain::seal(e, prevSeq, prevHash);

    auto q = m_c.prepared(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(e.seq);
    s.addBindValue(e.at);
    s.addBindValue(text(e.actor));
    s.addBindValue(e.localAdmin ? 1 : 0);
    s.addBindValue(text(e.entity));
    s.addBindValue(text(e.entityId));
    s.addBindValue(text(e.action));
    s.addBindValue(text(e.detail));
    s.addBindValue(e.prevHash);
    s.addBindValue(e.hash);
    auto st = execPrepared(m_c, s, Text::tr("writing the audit trail"));
    s.finish();
    return st;
}

Result<QList<AuditEntry>> SqlAuditRepository::page(const AuditQuery& query, qint64 offset, int limit)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY seq DESC LIMIT ? OFFSET ?")
                            .arg(kColumns, whereClause(query, values));
    auto q = m_c.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    for (const QVariant& v : std::as_const(values))
        s.addBindValue(v);
    s.addBindValue(limit);
    s.addBindValue(offset);
    if (auto st = execPrepared(m_c, s, Text::tr("reading the audit trail")); !st)
        return st.error();
    QList<AuditEntry> out;
    while (s.next())
        out << entryFrom(s);
    s.finish();
    return out;
}

Result<qint64> SqlAuditRepository::count(const AuditQuery& query)
{
    QVariantList values;
    auto q = m_c.prepared(QStringLiteral("SELECT count(*) FROM audit_log") + whereClause(query, values));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    for (const QVariant& v : std::as_const(values))
        s.addBindValue(v);
    if (auto st = execPrepared(m_c, s, Text::tr("reading the audit trail")); !st)
        return st.error();
    const qint64 n = s.next() ? s.value(0).toLongLong() : 0;
    s.finish();
    return n;
}

Result<std::optional<AuditEntry>> SqlAuditRepository::latestFor(const QString& entity, const QString& entityId)
{
    auto q = m_c.prepared(
        QStringLiteral("SELECT %1 FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1").arg(kColumns));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(text(entity));
    s.addBindValue(text(entityId));
    if (auto st = execPrepared(m_c, s, Text::tr("reading the audit trail")); !st)
        return st.error();
    std::optional<AuditEntry> out;
    if (s.next())
        out = entryFrom(s);
    s.finish();
    return out;
}

Result<AuditVerification> SqlAuditRepository::verify()
{
    // A forward-only query: rows are read one by one, never all in memory.
    QSqlQuery s(m_c.database());
    s.setForwardOnly(true);
    if (!s.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns)))
        return m_c.errorFrom(s, Text::tr("reading the audit trail"));
    AuditChain::Verifier verifier;
    while (s.next())
        if (!verifier.feed(entryFrom(s)))
            break;
    s.finish();
    AuditVerification out;
    out.checked = verifier.checked();
    out.firstBad = verifier.firstBad();
    out.reason = verifier.reason();
    return out;
}

}  // namespace ingot
