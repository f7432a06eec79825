#pragma once

#include "core/repositories/Repositories.h"

#include <QSet>

namespace ingot {

// The words the complaint keyword count and the knowledge suggestions leave out: the list shipped
// with the program (resources/quality/stop-words.txt, Chinese and English) plus the site's own
// additions in the stop_words table.
class StopWords final {
public:
    static const QSet<QString>& shipped();
    // shipped() and the database's words; the shipped list alone when the table cannot be read.
    static Result<QSet<QString>> load(Store& store);
};

} // namespace ingot
