#pragma once

#include <QStringList>

namespace ingot {

// Splits text into words with ICU's dictionary-based word breaking for Chinese (Chinese text has
// no spaces between words; ICU's dictionary knows 包装, 打包带, 氧化). Latin words, numbers and
// codes come out as they are; blanks and punctuation are dropped.
class WordBreaker final {
public:
    static QStringList words(const QString& text);
    // True when the text has a Han character in it.
    static bool hasHan(const QString& text);
};

} // namespace ingot
