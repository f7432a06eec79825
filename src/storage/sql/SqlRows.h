#pragma once

#include "core/tickets/TicketTypes.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace ingot {

// Small conversions between optional domain values and SQL NULL, shared by the repositories.
inline QVariant nullable(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns want an empty string instead.
inline QString text(const QString& v)
{
    return v.isNull() ? QStringLiteral("") : v;
}

inline QVariant nullableText(const QString& v)
{
    return v.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v);
}

inline std::optional<qint64> optionalInt(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

// The open stages as an SQL list for `stage IN (...)`; the keys are ours, never user text, so they may
// stand in the statement itself.
inline QString openStagesSqlList()
{
    QStringList open;
    for (Stage s : allStages())
        if (isOpen(s))
            open << QLatin1Char('\'') + stageKey(s) + QLatin1Char('\'');
    return open.join(QLatin1Char(','));
}

}  // namespace ingot
