#include "gui/quality/QualityMenu.h"

#include "gui/main/DeskSession.h"
#include "gui/quality/BatchTraceWindow.h"
#include "gui/quality/ImprovementActionsWindow.h"
#include "gui/quality/KnowledgeEditorWindow.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QPointer>

namespace ingot {

QualityMenu::QualityMenu(QMainWindow& window, DeskSession& session)
    : QObject(&window),
      m_window(window),
      m_session(session)
{}

QMenu* QualityMenu::install(QMainWindow& window, DeskSession& session)
{
    auto* self = new QualityMenu(window, session);
    QMenu* menu = new QMenu(tr("&Quality"), &window);
    menu->setObjectName(QStringLiteral("qualityMenu"));
    QAction* knowledge = menu->addAction(tr("&Knowledge base…"), self, &QualityMenu::openKnowledgeBase);
    knowledge->setObjectName(QStringLiteral("knowledgeBaseAction"));
    knowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QAction* improvements = menu->addAction(tr("&Improvement actions…"), self, &QualityMenu::openImprovements);
    improvements->setObjectName(QStringLiteral("improvementActionsAction"));
    improvements->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction* trace = menu->addAction(tr("&Batch trace…"), self, &QualityMenu::openBatchTrace);
    trace->setObjectName(QStringLiteral("batchTraceAction"));
    trace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)); // Ctrl+Shift+B is the SLA board
    // Before Settings and Help, where a reader looks for work menus.
    const QList<QAction*> menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.size() >= 2 ? menus.at(menus.size() - 2) : nullptr, menu);
    return menu;
}

void QualityMenu::openKnowledgeBase()
{
    // One editor at a time: a second one could hold other unsaved changes to the same article.
    if (auto* open = m_window.findChild<KnowledgeEditorWindow*>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* w = new KnowledgeEditorWindow(m_session.store(), m_session.clock(), m_session.agent(), &m_window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
}

void QualityMenu::openImprovements()
{
    auto* w = new ImprovementActionsWindow(m_session.store(), m_session.clock(), m_session.agent(), &m_window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
}

void QualityMenu::openBatchTrace()
{
    auto* w = new BatchTraceWindow(m_session.store(), m_session.clock(), &m_window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
}

} // namespace ingot
