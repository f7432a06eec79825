#pragma once

#include <QWidget>
#include <functional>

namespace ingot {

class MainWindow;

// The documentation screenshots of the board (hidden --screenshot-of board|board-wall): opens the
// board from the desk's menu entry and hands it to `grab` once its first snapshot is on screen.
class BoardScreenshot final {
public:
    static void open(MainWindow& window, bool wallMode, const std::function<void(QWidget*)>& grab);
};

} // namespace ingot
