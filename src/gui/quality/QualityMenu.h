#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace ingot {

class DeskSession;

// The "Quality" menu of the desk window: the knowledge base editor, improvement actions and batch
// trace, each in a window of its own that stays open beside the queue.
class QualityMenu final : public QObject {
    Q_OBJECT
public:
    static QMenu* install(QMainWindow& window, DeskSession& session);

private:
    QualityMenu(QMainWindow& window, DeskSession& session);
    void openKnowledgeBase();
    void openImprovements();
    void openBatchTrace();

    QMainWindow& m_window;
    DeskSession& m_session;
};

} // namespace ingot
