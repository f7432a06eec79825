#pragma once

#include "app/quality/KnowledgeService.h"

#include <QWidget>
#include <memory>
#include <optional>

class QStandardItemModel;

namespace Ui {
class KnowledgeEditorWindow;
}

namespace ingot {

// The knowledge base editor (质量知识库): every article in a list that the full-text search and a
// category filter narrow, and the selected one in a form with all its sections. New articles,
// edits, retiring and restoring go through KnowledgeService, which checks the kb.edit permission and
// writes the audit trail; people without it get the same window read-only, with the reason.
// Leaving an article with unsaved changes (another article, New, closing) asks first.
class KnowledgeEditorWindow final : public QWidget {
    Q_OBJECT
public:
    KnowledgeEditorWindow(Store& store, const Clock& clock, QString actor, QWidget* parent = nullptr);
    ~KnowledgeEditorWindow() override;

    QStandardItemModel* model() const { return m_model; }
    // The article in the form; empty code for a new one not saved yet.
    QString currentCode() const;
    QString currentLanguage() const;
    bool select(const QString& code, const QString& language);
    bool isModified() const { return m_modified; }
    bool canEdit() const { return m_canEdit; }

    enum Column { CodeColumn, LanguageColumn, CategoryColumn, TitleColumn, SolvedColumn, ColumnCount };

public slots:
    void reload();
    void newArticle();
    bool save();
    void revert();
    void toggleRetired();

signals:
    void saved(const QString& code, const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // True when the form may be left: nothing changed, or the user saved or discarded the changes.
    bool confirmLeave();
    void onCurrentRowChanged(const QModelIndex& current, const QModelIndex& previous);
    void showArticle(const std::optional<KnowledgeArticle>& article);
    void showError(const Error& error);
    void clearError();
    void setModified(bool modified);
    void updateButtons();
    KnowledgeArticle edited() const;
    QString languageFilter() const;

    std::unique_ptr<Ui::KnowledgeEditorWindow> m_ui;
    KnowledgeService m_service;
    QString m_actor;
    bool m_canEdit = false;
    QStandardItemModel* m_model;
    QList<KnowledgeArticle> m_articles;      // the rows of the list, in order
    std::optional<KnowledgeArticle> m_shown; // the saved state of the article in the form
    bool m_modified = false;
    bool m_loading = false;                  // filling the form or list: not an edit
};

} // namespace ingot
