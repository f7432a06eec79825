#include "gui/board/BoardScreenshot.h"

#include "gui/board/SlaBoardActions.h"
#include "gui/board/SlaBoardWindow.h"
#include "gui/main/MainWindow.h"

namespace ingot {

void BoardScreenshot::open(MainWindow& window, bool wallMode, const std::function<void(QWidget*)>& grab)
{
    auto* actions = window.findChild<SlaBoardActions*>(QStringLiteral("slaBoardActions"));
    SlaBoardWindow* board = actions ? actions->openBoard() : nullptr;
    if (!board) {
        grab(&window);
        return;
    }
    board->resize(1560, 940);
    if (wallMode)
        board->setWallMode(true);
    // The keywords come after the figures; the picture waits for both.
    auto shoot = [board, grab] {
        if (board->hasSnapshot() && board->hasKeywords())
            grab(board);
    };
    if (board->hasSnapshot() && board->hasKeywords()) {
        shoot();
        return;
    }
    QObject::connect(board, &SlaBoardWindow::refreshed, board, shoot, Qt::SingleShotConnection);
    QObject::connect(board, &SlaBoardWindow::keywordsShown, board, shoot, Qt::SingleShotConnection);
}

} // namespace ingot
