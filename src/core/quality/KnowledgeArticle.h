#pragma once

#include "core/common/Result.h"
#include "core/tickets/TicketTypes.h"

#include <QString>
#include <optional>

namespace ingot {

// One entry of the quality knowledge base (质量知识库): a known problem of lead ingots with its
// cause, how to check it, what to do and what to tell the customer. An article exists once per
// language; the code ties the translations together.
struct KnowledgeArticle {
    qint64 id = 0;
    QString code;     // KB-OXI-01
    QString language; // "zh" or "en"
    Category category = Category::Other;
    QString title;
    QString cause;
    QString check;         // how to check it
    QString action;        // what to do
    QString customerReply; // what to tell the customer
    QString keywords;      // extra words people use for it, separated by blanks
    int solvedCount = 0;   // tickets recorded as solved by this article
    qint64 updatedAt = 0;
    QString updatedBy;
    std::optional<qint64> retiredAt; // set: no longer suggested or found by search (kept for its history)
    QString retiredBy;

    bool retired() const { return retiredAt.has_value(); }

    // Refuses an article a person could not use: no code, no title, unknown language, no section
    // filled in, oversized text. The error's `where` names the field (code, language, title, cause,
    // check, action, customer_reply, keywords).
    Status validate() const;
};

} // namespace ingot
