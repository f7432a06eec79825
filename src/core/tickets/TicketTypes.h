#pragma once

#include "core/common/KeyedEnum.h"

#include <QList>
#include <QString>
#include <optional>

namespace ingot {

// The ticket's stages of cli-contract.md, in loop order.
enum class Stage {
    Reported,
    Assessed,
    Planned,
    InProgress,
    WaitingCustomer,
    Resolved,
    Feedback,
    Surveyed,
    Closed,
    Cancelled,
};

enum class Action {
    Respond,
    Assess,
    Plan,
    Dispatch,
    Start,
    Wait,
    Resume,
    Resolve,
    Feedback,
    Survey,
    Close,
    Reopen,
    Cancel,
    Note,
    Breach,  // recorded by the SLA engine only (value = metric, note = overrun minutes); never typed or imported
};

enum class Category { Porosity, Oxidation, Deformation, Composition, Packaging, Weight, Delivery, Technical, Other };
enum class Priority { P1, P2, P3, P4 };
enum class Channel { Phone, WeChat, Email, Visit, Portal };

// "Open" means not resolved, feedback, surveyed, closed or cancelled.
bool isOpen(Stage stage);

QString stageKey(Stage);
std::optional<Stage> parseStage(const QString&);
QString stageLabel(Stage);  // translated
QList<Stage> allStages();

QString actionKey(Action);
std::optional<Action> parseAction(const QString&);
QString actionLabel(Action);
QList<Action> allActions();
bool isSystemAction(Action);  // written by the program itself, refused from people and import files

QString categoryKey(Category);
std::optional<Category> parseCategory(const QString&);
QString categoryLabel(Category);
QList<Category> allCategories();

QString priorityKey(Priority);
std::optional<Priority> parsePriority(const QString&);
QString priorityLabel(Priority);
QList<Priority> allPriorities();

QString channelKey(Channel);
std::optional<Channel> parseChannel(const QString&);
QString channelLabel(Channel);
QList<Channel> allChannels();

}  // namespace ingot
