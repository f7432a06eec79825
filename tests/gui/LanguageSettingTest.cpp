#include "GuiTestDatabase.h"
#include "gui/settings/LanguageSetting.h"
#include "gui/settings/SettingsDialog.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ingot;

TEST(LanguageSetting, NormalizesWhatPeopleType)
{
    EXPECT_EQ(LanguageSetting::normalize(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    EXPECT_EQ(LanguageSetting::normalize(QStringLiteral("zh-cn")), QStringLiteral("zh_CN"));
    EXPECT_EQ(LanguageSetting::normalize(QStringLiteral("zh")), QStringLiteral("zh_CN"));
    EXPECT_EQ(LanguageSetting::normalize(QStringLiteral("en_US")), QStringLiteral("en"));
    EXPECT_EQ(LanguageSetting::normalize(QStringLiteral("fr")), QString());
}

TEST(LanguageSetting, CommandLineBeatsTheSavedChoice)
{
    QTemporaryDir dir;
    test::isolateSettings(dir.path());
    LanguageSetting::save(QStringLiteral("en"));
    EXPECT_EQ(LanguageSetting::resolve(QString()), QStringLiteral("en"));
    EXPECT_EQ(LanguageSetting::resolve(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
}

TEST(SettingsDialog, SavesTheChosenLanguage)
{
    QTemporaryDir dir;
    test::isolateSettings(dir.path());
    SettingsDialog dialog(QStringLiteral("/tmp/x.db"), QStringLiteral("agent1"));
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    ASSERT_EQ(combo->count(), 3);
    combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
    dialog.accept();
    EXPECT_EQ(LanguageSetting::saved(), QStringLiteral("zh_CN"));
}
