#include "core/quality/StopWordList.h"

namespace ingot {

QSet<QString> StopWordList::parse(const QString& text)
{
    QSet<QString> out;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line = line.left(hash);
        line = line.trimmed();
        if (!line.isEmpty())
            out.insert(line.toString().toLower());
    }
    return out;
}

} // namespace ingot
