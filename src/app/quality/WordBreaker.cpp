#include "app/quality/WordBreaker.h"

#include <QRegularExpression>
#include <memory>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace ingot {

namespace {
// Creating a break iterator loads ICU's dictionaries: do it once per thread, not per text.
icu::BreakIterator* iterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> it = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(
            icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        if (U_FAILURE(status))
            created.reset();
        return created;
    }();
    return it.get();
}
} // namespace

bool WordBreaker::hasHan(const QString& text)
{
    for (QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

QStringList WordBreaker::words(const QString& text)
{
    QStringList out;
    icu::BreakIterator* it = iterator();
    if (!it) { // no ICU data: blanks still separate words
        for (const QString& w :
             text.split(QRegularExpression(QStringLiteral("[\\s\\p{P}\\p{S}]+")), Qt::SkipEmptyParts))
            out << w;
        return out;
    }
    // QString and icu::UnicodeString are both UTF-16: the offsets of one are the offsets of the other.
    const icu::UnicodeString u(false, reinterpret_cast<const UChar*>(text.utf16()), static_cast<int32_t>(text.size()));
    it->setText(u);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        // Rule status says what the piece is: UBRK_WORD_NONE for blanks and punctuation.
        if (it->getRuleStatus() == UBRK_WORD_NONE)
            continue;
        out << text.mid(start, end - start);
    }
    return out;
}

} // namespace ingot
