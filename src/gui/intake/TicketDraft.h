#pragma once

#include <QString>
#include <optional>

class QSettings;

namespace ingot {

// What the agent has typed into the new-ticket form so far, kept in the settings as they type so
// that a crash, a closed dialog or a ringing phone never costs a half-typed ticket.
class TicketDraft final {
public:
    QString customerCode;  // empty until a customer was picked
    QString customerText;  // what was typed in the customer field
    QString orderNo;
    QString category;  // keys, as files and the database spell them
    QString priority;
    QString channel;
    QString reporter;
    QString title;
    QString description;
    qint64 savedAt = 0;  // UTC epoch seconds

    // Nothing the agent would miss: the choice lists alone do not make a draft.
    bool isEmpty() const;

    static std::optional<TicketDraft> load(QSettings& settings);
    void save(QSettings& settings) const;
    static void clear(QSettings& settings);

    bool operator==(const TicketDraft&) const = default;
};

}  // namespace ingot
