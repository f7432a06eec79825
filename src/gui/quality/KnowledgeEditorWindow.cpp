#include "gui/quality/KnowledgeEditorWindow.h"

#include "app/security/Authorizer.h"
#include "core/common/Instant.h"
#include "ui_KnowledgeEditorWindow.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTimer>

namespace ingot {

namespace {
const QColor kRetired(0x75, 0x75, 0x75);
constexpr int kSearchLimit = 200;
constexpr int kSearchDelayMs = 200;

QString languageName(const QString& key)
{
    return key == QLatin1String("zh") ? KnowledgeEditorWindow::tr("Chinese") : KnowledgeEditorWindow::tr("English");
}

bool containsFolded(const KnowledgeArticle& a, const QString& needle)
{
    for (const QString* s : {&a.code, &a.title, &a.keywords, &a.cause, &a.check, &a.action, &a.customerReply})
        if (s->contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

KnowledgeEditorWindow::KnowledgeEditorWindow(Store& store, const Clock& clock, QString actor, QWidget* parent)
    : QWidget(parent),
      m_ui(std::make_unique<Ui::KnowledgeEditorWindow>()),
      m_service(store, clock),
      m_actor(std::move(actor)),
      m_canEdit(Authorizer::allows(store.actor(), Permission::KnowledgeEdit)),
      m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::Window);
    setObjectName(QStringLiteral("knowledgeEditorWindow"));

    m_ui->categoryFilter->addItem(tr("All categories"));
    for (Category c : allCategories()) {
        m_ui->categoryFilter->addItem(categoryLabel(c), categoryKey(c));
        m_ui->categoryBox->addItem(categoryLabel(c), categoryKey(c));
    }
    m_ui->languageFilter->addItem(tr("Both languages"));
    for (const QString& key : {QStringLiteral("zh"), QStringLiteral("en")}) {
        m_ui->languageFilter->addItem(languageName(key), key);
        m_ui->languageBox->addItem(languageName(key), key);
    }
    // The desk's own language first: that is what its agents are suggested.
    m_ui->languageFilter->setCurrentIndex(QLocale().language() == QLocale::Chinese ? 1 : 2);

    m_model->setHorizontalHeaderLabels({tr("Code"), tr("Language"), tr("Category"), tr("Title"), tr("Solved")});
    m_ui->articleTable->setModel(m_model);
    m_ui->articleTable->verticalHeader()->hide();
    m_ui->articleTable->verticalHeader()->setDefaultSectionSize(26);
    m_ui->articleTable->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_ui->articleTable->setColumnWidth(CodeColumn, 92);
    m_ui->articleTable->setColumnWidth(LanguageColumn, 78);
    m_ui->articleTable->setColumnWidth(CategoryColumn, 96);
    m_ui->articleTable->setColumnWidth(SolvedColumn, 56);
    // The titles must be readable in the list; the sections wrap in the form.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({600, 680});
    m_ui->errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    m_ui->errorLabel->hide();
    m_ui->headingLabel->setStyleSheet(QStringLiteral("QLabel { font-size: 14pt; font-weight: bold; }"));
    for (QPlainTextEdit* e : {m_ui->causeEdit, m_ui->checkEdit, m_ui->actionEdit, m_ui->replyEdit})
        e->setMinimumHeight(70);

    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(kSearchDelayMs);
    connect(searchDelay, &QTimer::timeout, this, &KnowledgeEditorWindow::reload);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->categoryFilter, &QComboBox::currentIndexChanged, this, &KnowledgeEditorWindow::reload);
    connect(m_ui->languageFilter, &QComboBox::currentIndexChanged, this, &KnowledgeEditorWindow::reload);
    connect(m_ui->showRetiredCheck, &QCheckBox::toggled, this, &KnowledgeEditorWindow::reload);
    connect(m_ui->newButton, &QPushButton::clicked, this, &KnowledgeEditorWindow::newArticle);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &KnowledgeEditorWindow::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &KnowledgeEditorWindow::revert);
    connect(m_ui->retireButton, &QPushButton::clicked, this, &KnowledgeEditorWindow::toggleRetired);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] {
        if (m_ui->saveButton->isEnabled())
            save();
    });
    connect(m_ui->articleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KnowledgeEditorWindow::onCurrentRowChanged);

    const auto edit = [this] {
        if (!m_loading)
            setModified(true);
    };
    for (QLineEdit* e : {m_ui->codeEdit, m_ui->titleEdit, m_ui->keywordsEdit})
        connect(e, &QLineEdit::textChanged, this, edit);
    for (QPlainTextEdit* e : {m_ui->causeEdit, m_ui->checkEdit, m_ui->actionEdit, m_ui->replyEdit})
        connect(e, &QPlainTextEdit::textChanged, this, edit);
    for (QComboBox* c : {m_ui->languageBox, m_ui->categoryBox})
        connect(c, &QComboBox::currentIndexChanged, this, edit);

    if (!m_canEdit) {
        const QString why = Authorizer::refusal(store.actor(), Permission::KnowledgeEdit);
        for (QWidget* w : {static_cast<QWidget*>(m_ui->newButton), static_cast<QWidget*>(m_ui->saveButton),
                           static_cast<QWidget*>(m_ui->retireButton)})
            w->setToolTip(why);
    }
    reload();
    showArticle(std::nullopt);
}

KnowledgeEditorWindow::~KnowledgeEditorWindow() = default;

QString KnowledgeEditorWindow::currentCode() const
{
    return m_shown ? m_shown->code : QString();
}

QString KnowledgeEditorWindow::currentLanguage() const
{
    return m_shown ? m_shown->language : QString();
}

QString KnowledgeEditorWindow::languageFilter() const
{
    return m_ui->languageFilter->currentData().toString();
}

void KnowledgeEditorWindow::reload()
{
    const QString query = m_ui->searchEdit->text().trimmed();
    const QString categoryKeyText = m_ui->categoryFilter->currentData().toString();
    const std::optional<Category> category =
        categoryKeyText.isEmpty() ? std::nullopt : parseCategory(categoryKeyText);
    const bool withRetired = m_ui->showRetiredCheck->isChecked();

    QList<KnowledgeArticle> rows;
    Result<QList<KnowledgeArticle>> all = m_service.list(languageFilter(), category);
    if (!all) {
        showError(all.error());
        return;
    }
    if (query.isEmpty()) {
        for (const KnowledgeArticle& a : *all)
            if (withRetired || !a.retired())
                rows << a;
    } else {
        // The full-text search of the suggestions, best first; retired articles are not in its index
        // of candidates, so with "Show retired" they are matched by plain text and listed after.
        auto hits = m_service.search(query, languageFilter(), kSearchLimit);
        if (!hits) {
            showError(hits.error());
            return;
        }
        for (const KnowledgeRanking::Scored& s : *hits)
            if (!category || s.article.category == *category)
                rows << s.article;
        if (withRetired)
            for (const KnowledgeArticle& a : *all)
                if (a.retired() && containsFolded(a, query))
                    rows << a;
    }

    const QString keepCode = currentCode();
    const QString keepLanguage = currentLanguage();
    m_loading = true;
    m_model->removeRows(0, m_model->rowCount());
    m_articles = rows;
    for (const KnowledgeArticle& a : m_articles) {
        QList<QStandardItem*> row{new QStandardItem(a.code), new QStandardItem(languageName(a.language)),
                                  new QStandardItem(categoryLabel(a.category)), new QStandardItem(a.title),
                                  new QStandardItem(QLocale().toString(a.solvedCount))};
        row[SolvedColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (a.retired()) {
            row[TitleColumn]->setText(tr("%1 (retired)").arg(a.title));
            for (QStandardItem* item : row)
                item->setForeground(kRetired);
        }
        m_model->appendRow(row);
    }
    // Keep the article in the form selected if it is still listed, without reloading the form.
    for (int r = 0; r < m_articles.size(); ++r)
        if (m_articles.at(r).code == keepCode && m_articles.at(r).language == keepLanguage)
            m_ui->articleTable->setCurrentIndex(m_model->index(r, CodeColumn));
    m_loading = false;
    m_ui->summaryLabel->setText(tr("%n article(s)", nullptr, int(m_articles.size())));
    clearError();
}

bool KnowledgeEditorWindow::select(const QString& code, const QString& language)
{
    for (int r = 0; r < m_articles.size(); ++r) {
        if (m_articles.at(r).code == code && m_articles.at(r).language == language) {
            m_ui->articleTable->setCurrentIndex(m_model->index(r, CodeColumn));
            return currentCode() == code && currentLanguage() == language;
        }
    }
    return false;
}

void KnowledgeEditorWindow::onCurrentRowChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_loading)
        return;
    if (!confirmLeave()) {
        // Back to the row being edited, without asking again.
        m_loading = true;
        m_ui->articleTable->setCurrentIndex(previous);
        m_loading = false;
        return;
    }
    if (!current.isValid() || current.row() >= m_articles.size())
        return;
    const KnowledgeArticle& listed = m_articles.at(current.row());
    auto fresh = m_service.find(listed.code, listed.language); // someone may have changed it since
    showArticle(fresh ? *fresh : listed);
}

bool KnowledgeEditorWindow::confirmLeave()
{
    if (!m_modified)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The article has changes that are not saved. Save them?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        setModified(false);
        return true;
    default:
        return false;
    }
}

void KnowledgeEditorWindow::showArticle(const std::optional<KnowledgeArticle>& article)
{
    m_loading = true;
    m_shown = article;
    const KnowledgeArticle a = article.value_or(KnowledgeArticle{});
    m_ui->codeEdit->setText(a.code);
    const QString language = article ? a.language : (languageFilter().isEmpty() ? QStringLiteral("zh") : languageFilter());
    m_ui->languageBox->setCurrentIndex(std::max(0, m_ui->languageBox->findData(language)));
    const QString filterCategory = m_ui->categoryFilter->currentData().toString();
    const QString category = article ? categoryKey(a.category) : (filterCategory.isEmpty() ? categoryKey(Category::Other) : filterCategory);
    m_ui->categoryBox->setCurrentIndex(std::max(0, m_ui->categoryBox->findData(category)));
    m_ui->titleEdit->setText(a.title);
    m_ui->keywordsEdit->setText(a.keywords);
    m_ui->causeEdit->setPlainText(a.cause);
    m_ui->checkEdit->setPlainText(a.check);
    m_ui->actionEdit->setPlainText(a.action);
    m_ui->replyEdit->setPlainText(a.customerReply);
    // A saved article's code and language are its identity: a translation is a new article.
    m_ui->codeEdit->setReadOnly(article.has_value());
    m_ui->languageBox->setEnabled(!article.has_value() && m_canEdit);

    if (!article) {
        m_ui->headingLabel->setText(tr("New article"));
        m_ui->statusLabel->setText(tr("Fill in the code, the title and at least one section, then save (Ctrl+S)."));
    } else {
        m_ui->headingLabel->setText(QStringLiteral("%1 · %2").arg(a.code, a.title));
        QString status = a.updatedAt > 0 ? tr("Last changed %1 by %2.").arg(Instant::formatShort(a.updatedAt),
                                                                           a.updatedBy.isEmpty() ? QStringLiteral("—")
                                                                                                 : a.updatedBy)
                                         : tr("Shipped with the program.");
        status += QLatin1Char(' ') + tr("Solved %n ticket(s).", nullptr, a.solvedCount);
        if (a.retired())
            status += QLatin1Char(' ') + tr("Retired %1 by %2: no longer suggested or found by search.")
                                             .arg(Instant::formatShort(*a.retiredAt), a.retiredBy);
        m_ui->statusLabel->setText(status);
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->titleEdit, m_ui->keywordsEdit, m_ui->causeEdit,
                                                      m_ui->checkEdit, m_ui->actionEdit, m_ui->replyEdit})
        w->setEnabled(true);
    for (QLineEdit* e : {m_ui->titleEdit, m_ui->keywordsEdit})
        e->setReadOnly(!m_canEdit);
    if (!m_canEdit)
        m_ui->codeEdit->setReadOnly(true);
    for (QPlainTextEdit* e : {m_ui->causeEdit, m_ui->checkEdit, m_ui->actionEdit, m_ui->replyEdit})
        e->setReadOnly(!m_canEdit);
    m_ui->categoryBox->setEnabled(m_canEdit);
    m_loading = false;
    clearError();
    setModified(false);
}

KnowledgeArticle KnowledgeEditorWindow::edited() const
{
    KnowledgeArticle a = m_shown.value_or(KnowledgeArticle{});
    a.code = m_ui->codeEdit->text().trimmed();
    a.language = m_ui->languageBox->currentData().toString();
    a.category = parseCategory(m_ui->categoryBox->currentData().toString()).value_or(Category::Other);
    a.title = m_ui->titleEdit->text().trimmed();
    a.keywords = m_ui->keywordsEdit->text().trimmed();
    a.cause = m_ui->causeEdit->toPlainText().trimmed();
    a.check = m_ui->checkEdit->toPlainText().trimmed();
    a.action = m_ui->actionEdit->toPlainText().trimmed();
    a.customerReply = m_ui->replyEdit->toPlainText().trimmed();
    return a;
}

bool KnowledgeEditorWindow::save()
{
    const KnowledgeArticle a = edited();
    if (!m_shown) {
        // A new article must not overwrite an existing one with the same code and language.
        if (auto existing = m_service.find(a.code, a.language); existing) {
            showError(Error::badInput(tr("there is already an article %1 in %2: open it from the list to change it")
                                          .arg(existing->code, languageName(a.language)),
                                      QStringLiteral("code")));
            return false;
        }
    }
    auto stored = m_service.save(a, m_actor);
    if (!stored) {
        showError(stored.error());
        return false;
    }
    showArticle(*stored);
    reload();
    select(stored->code, stored->language);
    emit saved(stored->code, stored->language);
    return true;
}

void KnowledgeEditorWindow::revert()
{
    if (m_shown) {
        auto fresh = m_service.find(m_shown->code, m_shown->language);
        showArticle(fresh ? *fresh : *m_shown);
    } else {
        showArticle(std::nullopt);
    }
}

void KnowledgeEditorWindow::newArticle()
{
    if (!confirmLeave())
        return;
    m_loading = true;
    m_ui->articleTable->setCurrentIndex({});
    m_ui->articleTable->clearSelection();
    m_loading = false;
    showArticle(std::nullopt);
    m_ui->codeEdit->setFocus();
}

void KnowledgeEditorWindow::toggleRetired()
{
    if (!m_shown)
        return;
    if (!confirmLeave())
        return;
    const KnowledgeArticle current = *m_shown;
    if (!current.retired()) {
        QMessageBox box(QMessageBox::Question, tr("Retire article"),
                        tr("Retire %1 \"%2\"? It will no longer be suggested to agents or found by search. "
                           "Its text and the tickets it solved are kept, and it can be restored.")
                            .arg(current.code, current.title),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("retireBox"));
        box.button(QMessageBox::Yes)->setText(tr("Retire"));
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    auto changed = current.retired() ? m_service.restore(current.code, current.language, m_actor)
                                     : m_service.retire(current.code, current.language, m_actor);
    if (!changed) {
        showError(changed.error());
        return;
    }
    showArticle(*changed);
    reload();
    select(changed->code, changed->language);
}

void KnowledgeEditorWindow::showError(const Error& error)
{
    m_ui->errorLabel->setText(error.message);
    m_ui->errorLabel->show();
    // Put the cursor where the problem is.
    const QHash<QString, QWidget*> fields{{QStringLiteral("code"), m_ui->codeEdit},
                                          {QStringLiteral("language"), m_ui->languageBox},
                                          {QStringLiteral("title"), m_ui->titleEdit},
                                          {QStringLiteral("keywords"), m_ui->keywordsEdit},
                                          {QStringLiteral("cause"), m_ui->causeEdit},
                                          {QStringLiteral("check"), m_ui->checkEdit},
                                          {QStringLiteral("action"), m_ui->actionEdit},
                                          {QStringLiteral("customer_reply"), m_ui->replyEdit}};
    if (QWidget* w = fields.value(error.where))
        w->setFocus();
}

void KnowledgeEditorWindow::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

void KnowledgeEditorWindow::setModified(bool modified)
{
    m_modified = modified;
    const QString base = tr("Knowledge base");
    setWindowTitle(modified ? base + QStringLiteral(" *") : base);
    updateButtons();
}

void KnowledgeEditorWindow::updateButtons()
{
    m_ui->newButton->setEnabled(m_canEdit);
    m_ui->saveButton->setEnabled(m_canEdit && (m_modified || !m_shown));
    m_ui->revertButton->setEnabled(m_modified);
    m_ui->retireButton->setEnabled(m_canEdit && m_shown.has_value());
    m_ui->retireButton->setText(m_shown && m_shown->retired() ? tr("&Restore") : tr("&Retire"));
}

void KnowledgeEditorWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmLeave()) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace ingot
