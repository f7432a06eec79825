#include "gui/quality/KnowledgeSuggestions.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextBrowser>

namespace ingot {

namespace {
const SystemClock kSystemClock;

QString section(const QString& heading, const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    return QStringLiteral("<p style='margin:0 0 2px 0'><b>%1</b></p><p style='margin:0 0 8px 0'>%2</p>")
        .arg(heading.toHtmlEscaped(), text.toHtmlEscaped());
}
} // namespace

KnowledgeSuggestions::KnowledgeSuggestions(Store& store, const Clock* clock, QWidget* parent)
    : QWidget(parent),
      m_service(store, clock ? *clock : kSystemClock),
      m_language(QLocale().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en"))
{
    setObjectName(QStringLiteral("knowledgeSuggestions"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("<b>Knowledge base</b>"), this);
    m_hint = new QLabel(tr("Suggestions appear as you type the title and description."), this);
    m_hint->setObjectName(QStringLiteral("kbHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("kbList"));
    m_list->setMaximumHeight(128);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::ClickFocus); // Tab stays in the form
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("kbDetail"));
    m_detail->setFocusPolicy(Qt::ClickFocus);
    m_detail->setOpenLinks(false);
    m_solved = new QCheckBox(tr("This article solves it (recorded with the ticket)"), this);
    m_solved->setObjectName(QStringLiteral("kbSolved"));
    m_solved->setEnabled(false);
    layout->addWidget(heading);
    layout->addWidget(m_hint);
    layout->addWidget(m_list);
    layout->addWidget(m_detail, 1);
    layout->addWidget(m_solved);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &KnowledgeSuggestions::refreshNow);
    connect(m_list, &QListWidget::currentRowChanged, this, &KnowledgeSuggestions::showArticle);
    connect(m_solved, &QCheckBox::toggled, this, &KnowledgeSuggestions::onSolvedToggled);
}

KnowledgeSuggestions* KnowledgeSuggestions::attachBeside(QBoxLayout* main, QLayout* form, Store& store,
                                                         QLineEdit* title, QPlainTextEdit* description,
                                                         QComboBox* category)
{
    QWidget* owner = main->parentWidget();
    auto* panel = new KnowledgeSuggestions(store, nullptr, owner);
    const int at = main->indexOf(form);
    main->removeItem(form);
    auto* row = new QHBoxLayout;
    row->addLayout(form, 3);
    row->addWidget(panel, 2);
    main->insertLayout(at, row);
    panel->watch(title, description, category);
    if (owner && owner->width() < 1040)
        owner->resize(1040, owner->height());
    return panel;
}

void KnowledgeSuggestions::watch(QLineEdit* title, QPlainTextEdit* description, QComboBox* category)
{
    m_title = title;
    m_description = description;
    m_category = category;
    if (title)
        connect(title, &QLineEdit::textChanged, this, &KnowledgeSuggestions::schedule);
    if (description)
        connect(description, &QPlainTextEdit::textChanged, this, &KnowledgeSuggestions::schedule);
    if (category)
        connect(category, &QComboBox::currentIndexChanged, this, &KnowledgeSuggestions::schedule);
}

void KnowledgeSuggestions::setLanguage(const QString& language)
{
    m_language = language;
    schedule();
}

void KnowledgeSuggestions::schedule()
{
    m_debounce.start(); // restarts: searching waits until typing pauses
}

void KnowledgeSuggestions::refreshNow()
{
    m_debounce.stop();
    const QString title = m_title ? m_title->text() : QString();
    const QString description = m_description ? m_description->toPlainText() : QString();
    const std::optional<Category> category =
        m_category ? parseCategory(m_category->currentData().toString()) : std::nullopt;
    auto hits = m_service.suggest(title, description, category, m_language, kMaxSuggestions);

    const QString keep = m_solvedCode;
    m_articles.clear();
    m_list->clear();
    if (hits) {
        for (const auto& h : *hits) {
            m_articles << h.article;
            auto* item = new QListWidgetItem(
                QStringLiteral("%1  ·  %2").arg(h.article.title, categoryLabel(h.article.category)), m_list);
            item->setToolTip(h.matched.isEmpty()
                                 ? h.article.code
                                 : tr("%1 — matches: %2").arg(h.article.code, h.matched.join(QStringLiteral(", "))));
        }
    }
    if (!hits)
        m_hint->setText(hits.error().text());
    else if (m_articles.isEmpty())
        m_hint->setText(title.trimmed().isEmpty() && description.trimmed().isEmpty()
                            ? tr("Suggestions appear as you type the title and description.")
                            : tr("No article matches yet."));
    else
        m_hint->setText(tr("%n article(s) may answer this report:", nullptr, static_cast<int>(m_articles.size())));

    int row = m_articles.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_articles.size(); ++i)
        if (m_articles[i].code == keep)
            row = i;
    if (row < 0)
        m_solvedCode.clear();
    m_list->setCurrentRow(row);
    showArticle(row);
    emit suggestionsChanged(static_cast<int>(m_articles.size()));
}

void KnowledgeSuggestions::showArticle(int row)
{
    if (row < 0 || row >= m_articles.size()) {
        m_detail->clear();
        m_solved->setEnabled(false);
        const QSignalBlocker block(m_solved);
        m_solved->setChecked(false);
        return;
    }
    const KnowledgeArticle& a = m_articles[row];
    m_detail->setHtml(QStringLiteral("<h3 style='margin:0 0 6px 0'>%1</h3>").arg(a.title.toHtmlEscaped()) +
                      section(tr("Cause"), a.cause) + section(tr("How to check"), a.check) +
                      section(tr("What to do"), a.action) + section(tr("What to tell the customer"), a.customerReply) +
                      QStringLiteral("<p style='color:gray'>%1</p>")
                          .arg(tr("%1 · solved %n ticket(s)", nullptr, a.solvedCount).arg(a.code).toHtmlEscaped()));
    m_solved->setEnabled(true);
    const QSignalBlocker block(m_solved);
    m_solved->setChecked(a.code == m_solvedCode);
}

void KnowledgeSuggestions::onSolvedToggled(bool checked)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_articles.size())
        return;
    if (checked)
        m_solvedCode = m_articles[row].code;
    else if (m_solvedCode == m_articles[row].code)
        m_solvedCode.clear();
}

QStringList KnowledgeSuggestions::shownCodes() const
{
    QStringList out;
    for (const KnowledgeArticle& a : m_articles)
        out << a.code;
    return out;
}

QString KnowledgeSuggestions::solvedCode() const
{
    return m_solvedCode;
}

Status KnowledgeSuggestions::recordSolved(const QString& ticketNo, const QString& actor)
{
    if (m_solvedCode.isEmpty() || ticketNo.isEmpty())
        return success();
    return m_service.recordSolved(ticketNo, m_solvedCode, actor);
}

void KnowledgeSuggestions::recordSolvedQuietly(const QString& ticketNo, const QString& actor)
{
    if (auto st = recordSolved(ticketNo, actor); !st)
        qWarning("could not record %s as solved by %s: %s", qPrintable(ticketNo), qPrintable(m_solvedCode),
                 qPrintable(st.error().text()));
}

} // namespace ingot
