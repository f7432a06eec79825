#pragma once

#include "core/common/Result.h"

namespace ingot {

// What a new password must satisfy, and a rough strength hint for the people choosing one.
class PasswordPolicy final {
public:
    static constexpr int kMinimumLength = 10;

    // Refused (bad input, with a message) when shorter than kMinimumLength characters or equal to the
    // login (ignoring case and blanks around it).
    static Status check(const QString& login, const QString& password);

    enum class Strength { TooShort, Weak, Fair, Strong };
    // Length and variety of character classes (lower, upper, digits, other); a hint, not a rule.
    static Strength strength(const QString& password);
    static QString strengthLabel(Strength strength);  // translated
};

}  // namespace ingot
