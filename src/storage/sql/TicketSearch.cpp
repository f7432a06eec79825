#include "storage/sql/TicketSearch.h"

#include <QRegularExpression>

namespace ingot {

std::optional<TicketSearch::Condition> TicketSearch::ticketNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("^T\\d{4}-\\d{6,}$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!number.match(text).hasMatch())
        return std::nullopt;
    Condition c;
    c.sql = c.walkSql = QStringLiteral("t.ticket_no = ?");
    c.values << text.toUpper();
    return c;
}

}  // namespace ingot
