#include "app/quality/StopWords.h"

#include "core/quality/StopWordList.h"

#include <QFile>

namespace ingot {

const QSet<QString>& StopWords::shipped()
{
    // Compiled in as a resource (qt_add_resources links it into every program that links the app
    // library): a missing file is a build defect, caught by the tests.
    static const QSet<QString> words = [] {
        QFile file(QStringLiteral(":/quality/stop-words.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return QSet<QString>{};
        return StopWordList::parse(QString::fromUtf8(file.readAll()));
    }();
    return words;
}

Result<QSet<QString>> StopWords::load(Store& store)
{
    auto site = store.quality().facts().stopWords();
    if (!site)
        return site.error();
    QSet<QString> all = shipped();
    for (const QString& w : *site)
        all.insert(w.trimmed().toLower());
    return all;
}

} // namespace ingot
