#include "storage/sql/customers/SqlSettingsRepository.h"

#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>

namespace ingot {

Result<std::optional<QString>> SqlSettingsRepository::value(const QString& key)
{
    auto q = m_c.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(key);
    if (auto st = execPrepared(m_c, s, QCoreApplication::translate("Storage", "reading a setting")); !st)
        return st.error();
    std::optional<QString> out;
    if (s.next())
        out = s.value(0).toString();
    s.finish();
    return out;
}

Status SqlSettingsRepository::setValue(const QString& key, const QString& value)
{
    const QString sql = m_c.dialect().upsert(
        QStringLiteral("settings"), {QStringLiteral("key"), QStringLiteral("value")}, {QStringLiteral("key")});
    auto q = m_c.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.bindValue(QStringLiteral(":key"), key);
    s.bindValue(QStringLiteral(":value"), text(value));
    auto st = execPrepared(m_c, s, QCoreApplication::translate("Storage", "saving a setting"));
    s.finish();
    return st;
}

} // namespace ingot
