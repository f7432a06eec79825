// One main for every suite: a QApplication-free core application, offscreen platform for widgets.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <memory>

#ifdef INGOTDESK_GUI_TESTS
#include <QApplication>
#endif

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
#ifdef INGOTDESK_GUI_TESTS
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    return RUN_ALL_TESTS();
}
