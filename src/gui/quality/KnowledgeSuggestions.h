#pragma once

#include "app/quality/KnowledgeService.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;

namespace ingot {

// Knowledge base answers for the ticket being typed: the best-matching articles appear a moment
// after the agent stops typing the title or description (or picks a category), with the selected
// article's cause, checks, fix and what to tell the customer. Ticking "This article solves it"
// records the article against the ticket once it is created.
class KnowledgeSuggestions final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 250;
    static constexpr int kMaxSuggestions = 5;

    // `clock` stamps "solved by" records; none: the system clock.
    explicit KnowledgeSuggestions(Store& store, const Clock* clock = nullptr, QWidget* parent = nullptr);

    // Puts a panel beside `form` (which `main` holds) and has it follow the three fields.
    static KnowledgeSuggestions* attachBeside(QBoxLayout* main, QLayout* form, Store& store, QLineEdit* title,
                                              QPlainTextEdit* description, QComboBox* category);

    // Follows the fields; the category combo's item data is the category key.
    void watch(QLineEdit* title, QPlainTextEdit* description, QComboBox* category);
    // "zh" or "en"; default: the language the desk runs in.
    void setLanguage(const QString& language);

    QStringList shownCodes() const;
    QString solvedCode() const; // empty unless an article is marked as the answer
    // Records the marked article as the one that solved `ticketNo`; nothing when none is marked.
    Status recordSolved(const QString& ticketNo, const QString& actor);
    // The same for a dialog that has already created its ticket: a failure is logged, because the
    // ticket stands either way.
    void recordSolvedQuietly(const QString& ticketNo, const QString& actor);

public slots:
    void refreshNow();

signals:
    void suggestionsChanged(int count);

private:
    void schedule();
    void showArticle(int row);
    void onSolvedToggled(bool checked);

    KnowledgeService m_service;
    QString m_language;
    QTimer m_debounce;
    QLabel* m_hint;
    QListWidget* m_list;
    QTextBrowser* m_detail;
    QCheckBox* m_solved;
    QList<KnowledgeArticle> m_articles;
    QString m_solvedCode;
    QPointer<QLineEdit> m_title;
    QPointer<QPlainTextEdit> m_description;
    QPointer<QComboBox> m_category;
};

} // namespace ingot
