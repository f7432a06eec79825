#include "gui/board/ComplaintKeywordsPanel.h"

#include "gui/board/KeywordBars.h"

#include <QFontMetrics>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ingot {

ComplaintKeywordsPanel::ComplaintKeywordsPanel(QWidget* parent)
    : QWidget(parent),
      m_title(new QLabel(tr("Complaint keywords this month"))),
      m_note(new QLabel(tr("Counting…"))),
      m_bars(new KeywordBars)
{
    setObjectName(QStringLiteral("complaintKeywordsPanel"));
    m_title->setObjectName(QStringLiteral("keywordsTitle"));
    m_note->setObjectName(QStringLiteral("keywordsNote"));
    m_note->setWordWrap(true);
    m_bars->setObjectName(QStringLiteral("keywordBars"));
    m_bars->setToolTip(tr("The most frequent terms in the titles and descriptions of this month's tickets "
                          "(cancelled ones left out). Count: tickets using the term; share: of all the month's "
                          "tickets."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_bars);
    layout->addStretch(1);
    m_base = font();
    setScale(1.0);
}

void ComplaintKeywordsPanel::show(const ComplaintKeywords& keywords, const QString& month)
{
    m_keywords = keywords;
    m_bars->setEntries(keywords.top);
    if (keywords.top.isEmpty())
        m_note->setText(tr("%1: no complaint text to count yet.").arg(month));
    else
        m_note->setText(tr("%1 · %n ticket(s) · count and share of tickets using the term", nullptr,
                           int(keywords.complaints))
                            .arg(month));
}

void ComplaintKeywordsPanel::showFailure(const QString& message)
{
    m_note->setText(tr("The keywords could not be counted: %1").arg(message));
}

void ComplaintKeywordsPanel::setScale(double scale)
{
    QFont f = m_base;
    f.setPointSizeF(m_base.pointSizeF() * scale);
    m_bars->setFont(f);
    m_note->setFont(f);
    QFont title = f;
    title.setBold(true);
    m_title->setFont(title);
    // Ten terms with their bars and numbers fit; more width would only be taken from the charts,
    // whose region names need it most in wall mode's large type, so the bars are shorter there.
    setMaximumWidth(QFontMetrics(f).horizontalAdvance(QLatin1Char('M')) * (scale > 1.0 ? 16 : 24));
}

QStringList ComplaintKeywordsPanel::lines() const
{
    QStringList out;
    for (const KeywordCounter::Entry& e : m_keywords.top)
        out << e.word + QStringLiteral(" · ") + KeywordBars::valueText(e);
    return out;
}

} // namespace ingot
