#pragma once

#include <QString>
#include <optional>

namespace ingot {

// A delivered order and the batch of lead it carried (GB/T 469 grade, batch number on the bundle label).
struct Order {
    qint64 id = 0;
    QString orderNo;
    QString customerCode;
    QString grade;  // Pb99.994 ...
    QString batchNo;
    double quantityT = 0;
    qint64 valueFen = 0;  // CNY held as integer fen
    std::optional<qint64> orderedAt;
    std::optional<qint64> deliveredAt;
};

}  // namespace ingot
