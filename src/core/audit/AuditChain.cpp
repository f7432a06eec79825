#include "core/audit/AuditChain.h"

#include <QCryptographicHash>

namespace ingot {

namespace {
void field(QByteArray& out, const char* name, const QByteArray& value)
{
    out += name;
    out += '=';
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
    out += '\n';
}
}  // namespace

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditChain::canonical(const AuditEntry& e)
{
    QByteArray out;
    out.reserve(256 + e.detail.size());
    field(out, "v", QByteArrayLiteral("1"));  // format version of this serialization
    field(out, "seq", QByteArray::number(e.seq));
    field(out, "at", QByteArray::number(e.at));
    field(out, "actor", e.actor.toUtf8());
    field(out, "local_admin", e.localAdmin ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
    field(out, "entity", e.entity.toUtf8());
    field(out, "entity_id", e.entityId.toUtf8());
    field(out, "action", e.action.toUtf8());
    field(out, "detail", e.detail.toUtf8());
    field(out, "prev", e.prevHash.toLatin1());
    return out;
}

QString AuditChain::hashOf(const AuditEntry& e)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(e), QCryptographicHash::Sha256).toHex());
}

void AuditChain::seal(AuditEntry& e, qint64 previousSeq, const QString& previousHash)
{
    e.seq = previousSeq + 1;
    e.prevHash = previousHash;
    e.hash = hashOf(e);
}

void AuditChain::seal(AuditEntry& e, const std::optional<AuditEntry>& previous)
{
    if (previous)
        seal(e, previous->seq, previous->hash);
    else
        seal(e, 0, genesisHash());
}

bool AuditChain::Verifier::feed(const AuditEntry& e)
{
    if (m_bad)
        return false;
    if (e.seq != m_lastSeq + 1)
        m_reason = QStringLiteral("sequence");
    else if (e.prevHash != m_lastHash)
        m_reason = QStringLiteral("previous hash");
    else if (e.hash != hashOf(e))
        m_reason = QStringLiteral("hash");
    if (!m_reason.isEmpty()) {
        m_bad = e;
        return false;
    }
    m_lastSeq = e.seq;
    m_lastHash = e.hash;
    ++m_checked;
    return true;
}

std::optional<qint64> AuditChain::verify(const QList<AuditEntry>& entries)
{
    Verifier v;
    for (const AuditEntry& e : entries)
        if (!v.feed(e))
            return v.firstBad()->seq;
    return std::nullopt;
}

}  // namespace ingot
