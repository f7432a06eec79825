#include "core/tickets/TicketTypes.h"

#include <QCoreApplication>
#include <array>

namespace ingot {

namespace {
using S = KeyedName<Stage>;
constexpr std::array kStages{
    S{Stage::Reported, "reported", "已报障", QT_TRANSLATE_NOOP("Stage", "Reported")},
    S{Stage::Assessed, "assessed", "已评估", QT_TRANSLATE_NOOP("Stage", "Assessed")},
    S{Stage::Planned, "planned", "已制定方案", QT_TRANSLATE_NOOP("Stage", "Planned")},
    S{Stage::InProgress, "in_progress", "处理中", QT_TRANSLATE_NOOP("Stage", "In progress")},
    S{Stage::WaitingCustomer, "waiting_customer", "等待客户", QT_TRANSLATE_NOOP("Stage", "Waiting for customer")},
    S{Stage::Resolved, "resolved", "已解决", QT_TRANSLATE_NOOP("Stage", "Resolved")},
    S{Stage::Feedback, "feedback", "已反馈", QT_TRANSLATE_NOOP("Stage", "Feedback given")},
    S{Stage::Surveyed, "surveyed", "已调查", QT_TRANSLATE_NOOP("Stage", "Surveyed")},
    S{Stage::Closed, "closed", "已关闭", QT_TRANSLATE_NOOP("Stage", "Closed")},
    S{Stage::Cancelled, "cancelled", "已取消", QT_TRANSLATE_NOOP("Stage", "Cancelled")},
};

using A = KeyedName<Action>;
constexpr std::array kActions{
    A{Action::Respond, "respond", "响应", QT_TRANSLATE_NOOP("Action", "Respond")},
    A{Action::Assess, "assess", "评估", QT_TRANSLATE_NOOP("Action", "Assess")},
    A{Action::Plan, "plan", "制定方案", QT_TRANSLATE_NOOP("Action", "Plan")},
    A{Action::Dispatch, "dispatch", "派单", QT_TRANSLATE_NOOP("Action", "Dispatch")},
    A{Action::Start, "start", "开始处理", QT_TRANSLATE_NOOP("Action", "Start")},
    A{Action::Wait, "wait", "等待客户", QT_TRANSLATE_NOOP("Action", "Wait for customer")},
    A{Action::Resume, "resume", "恢复", QT_TRANSLATE_NOOP("Action", "Resume")},
    A{Action::Resolve, "resolve", "解决", QT_TRANSLATE_NOOP("Action", "Resolve")},
    A{Action::Feedback, "feedback", "反馈", QT_TRANSLATE_NOOP("Action", "Record feedback")},
    A{Action::Survey, "survey", "满意度调查", QT_TRANSLATE_NOOP("Action", "Record survey")},
    A{Action::Close, "close", "关闭", QT_TRANSLATE_NOOP("Action", "Close")},
    A{Action::Reopen, "reopen", "重新打开", QT_TRANSLATE_NOOP("Action", "Reopen")},
    A{Action::Cancel, "cancel", "取消", QT_TRANSLATE_NOOP("Action", "Cancel ticket")},
    A{Action::Note, "note", "备注", QT_TRANSLATE_NOOP("Action", "Add note")},
    A{Action::Breach, "breach", "超时", QT_TRANSLATE_NOOP("Action", "SLA breach")},
};

using C = KeyedName<Category>;
constexpr std::array kCategories{
    C{Category::Porosity, "porosity", "气孔", QT_TRANSLATE_NOOP("Category", "Porosity")},
    C{Category::Oxidation, "oxidation", "氧化", QT_TRANSLATE_NOOP("Category", "Oxidation")},
    C{Category::Deformation, "deformation", "变形", QT_TRANSLATE_NOOP("Category", "Deformation")},
    C{Category::Composition, "composition", "成分", QT_TRANSLATE_NOOP("Category", "Composition")},
    C{Category::Packaging, "packaging", "包装", QT_TRANSLATE_NOOP("Category", "Packaging")},
    C{Category::Weight, "weight", "重量", QT_TRANSLATE_NOOP("Category", "Weight")},
    C{Category::Delivery, "delivery", "交付", QT_TRANSLATE_NOOP("Category", "Delivery")},
    C{Category::Technical, "technical", "技术", QT_TRANSLATE_NOOP("Category", "Technical")},
    C{Category::Other, "other", "其他", QT_TRANSLATE_NOOP("Category", "Other")},
};

using P = KeyedName<Priority>;
constexpr std::array kPriorities{
    P{Priority::P1, "P1", "P1", QT_TRANSLATE_NOOP("Priority", "P1 line stopped / safety")},
    P{Priority::P2, "P2", "P2", QT_TRANSLATE_NOOP("Priority", "P2 high")},
    P{Priority::P3, "P3", "P3", QT_TRANSLATE_NOOP("Priority", "P3 normal")},
    P{Priority::P4, "P4", "P4", QT_TRANSLATE_NOOP("Priority", "P4 low")},
};

using Ch = KeyedName<Channel>;
constexpr std::array kChannels{
    Ch{Channel::Phone, "phone", "电话", QT_TRANSLATE_NOOP("Channel", "Phone")},
    Ch{Channel::WeChat, "wechat", "微信", QT_TRANSLATE_NOOP("Channel", "WeChat")},
    Ch{Channel::Email, "email", "邮件", QT_TRANSLATE_NOOP("Channel", "E-mail")},
    Ch{Channel::Visit, "visit", "上门", QT_TRANSLATE_NOOP("Channel", "Visit")},
    Ch{Channel::Portal, "portal", "门户", QT_TRANSLATE_NOOP("Channel", "Portal")},
};
}  // namespace

bool isOpen(Stage stage)
{
    switch (stage) {
    case Stage::Resolved:
    case Stage::Feedback:
    case Stage::Surveyed:
    case Stage::Closed:
    case Stage::Cancelled:
        return false;
    default:
        return true;
    }
}

QString stageKey(Stage v) { return keyOf<Stage>(kStages, v); }
std::optional<Stage> parseStage(const QString& t) { return parseKeyed<Stage>(kStages, t); }
QString stageLabel(Stage v) { return labelOf(kStages, "Stage", v); }
QList<Stage> allStages() { return valuesOf<Stage>(kStages); }

QString actionKey(Action v) { return keyOf<Action>(kActions, v); }
std::optional<Action> parseAction(const QString& t) { return parseKeyed<Action>(kActions, t); }
QString actionLabel(Action v) { return labelOf(kActions, "Action", v); }
QList<Action> allActions() { return valuesOf<Action>(kActions); }
bool isSystemAction(Action v) { return v == Action::Breach; }

QString categoryKey(Category v) { return keyOf<Category>(kCategories, v); }
std::optional<Category> parseCategory(const QString& t) { return parseKeyed<Category>(kCategories, t); }
QString categoryLabel(Category v) { return labelOf(kCategories, "Category", v); }
QList<Category> allCategories() { return valuesOf<Category>(kCategories); }

QString priorityKey(Priority v) { return keyOf<Priority>(kPriorities, v); }
std::optional<Priority> parsePriority(const QString& t) { return parseKeyed<Priority>(kPriorities, t); }
QString priorityLabel(Priority v) { return labelOf(kPriorities, "Priority", v); }
QList<Priority> allPriorities() { return valuesOf<Priority>(kPriorities); }

QString channelKey(Channel v) { return keyOf<Channel>(kChannels, v); }
std::optional<Channel> parseChannel(const QString& t) { return parseKeyed<Channel>(kChannels, t); }
QString channelLabel(Channel v) { return labelOf(kChannels, "Channel", v); }
QList<Channel> allChannels() { return valuesOf<Channel>(kChannels); }

}  // namespace ingot
