#pragma once

#include <QSet>
#include <QString>

namespace ingot {

// The text format of the shipped stop-word list (resources/quality/stop-words.txt): one word per
// line, UTF-8, '#' starts a comment, blank lines ignored. Words come back trimmed and in lower case,
// the form KeywordCounter compares.
class StopWordList final {
public:
    static QSet<QString> parse(const QString& text);
};

} // namespace ingot
