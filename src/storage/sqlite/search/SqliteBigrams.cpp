#include "storage/sqlite/search/SqliteBigrams.h"

#include <algorithm>
#include <vector>

namespace ingot {

namespace {
constexpr qsizetype kPositions = 4000;  // rows of search_positions: longer texts get grams this far

bool continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}
}  // namespace

QByteArray SqliteBigrams::of(const QString& title, const QString& description, const QString& customer)
{
    QByteArray out;
    out.reserve(8 * (title.size() + description.size() + customer.size()) + 2);  // about 7 bytes a character
    append(out, title);
    out.append('\n');
    append(out, description);
    out.append('\n');
    append(out, customer);
    return out;
}

void SqliteBigrams::append(QByteArray& out, const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    if (const qsizetype nul = utf8.indexOf('\0'); nul >= 0)
        utf8.truncate(nul);
    // Where each character starts, plus the end: the view's substr(text, n, 2) for n = 1..length.
    std::vector<qsizetype> starts;
    starts.reserve(static_cast<std::size_t>(utf8.size()) + 1);
    for (qsizetype i = 0; i < utf8.size(); ++i)
        if (!continuation(utf8[i]))
            starts.push_back(i);
    const auto characters = static_cast<qsizetype>(starts.size());
    starts.push_back(utf8.size());
    const qsizetype grams = std::min(characters, kPositions);
    for (qsizetype n = 0; n < grams; ++n) {
        if (n > 0)
            out.append(' ');
        const qsizetype from = starts[static_cast<std::size_t>(n)];
        const qsizetype to = starts[static_cast<std::size_t>(std::min(n + 2, characters))];
        out.append(utf8.constData() + from, to - from);
    }
}

}  // namespace ingot
