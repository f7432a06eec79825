#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace ingot {

// RFC 4180 CSV: comma separated, fields optionally in double quotes, "" for a quote inside one,
// line breaks allowed inside quotes. A UTF-8 BOM is skipped. Each record knows the line it
// starts on, so errors can say FILE:LINE.
class CsvReader final {
public:
    struct Record {
        int line = 0;
        QStringList fields;
    };

    // Fails (naming the line) on invalid UTF-8, an unterminated quote or text after a closing quote.
    static Result<QList<Record>> parse(const QByteArray& data, const QString& fileName);
};

}  // namespace ingot
