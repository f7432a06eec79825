#pragma once

#include <QByteArray>
#include <QString>

namespace ingot {

// The `grams` column of the view ticket_search_source (migration 0004), computed here instead of in
// SQL for bulk loads, where the view's per-character subqueries were an eighth of seeding a million
// tickets. It must equal the view byte for byte: FTS5's integrity-check compares the bigram index
// with the view, and the tests run it after bulk loads. Characters are counted as SQLite counts them,
// in the UTF-8 that is stored, and a text ends at its first NUL as it does for substr().
class SqliteBigrams final {
public:
    static QByteArray of(const QString& title, const QString& description, const QString& customer);

private:
    static void append(QByteArray& out, const QString& text);
};

}  // namespace ingot
