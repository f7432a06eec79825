#include "core/security/PasswordPolicy.h"

#include <QCoreApplication>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
};
}  // namespace

Status PasswordPolicy::check(const QString& login, const QString& password)
{
    if (password.size() < kMinimumLength)
        return Error::badInput(Text::tr("the password must have at least %1 characters").arg(kMinimumLength),
                               QStringLiteral("password"));
    if (password.trimmed().compare(login.trimmed(), Qt::CaseInsensitive) == 0)
        return Error::badInput(Text::tr("the password must not be the login"), QStringLiteral("password"));
    return success();
}

PasswordPolicy::Strength PasswordPolicy::strength(const QString& password)
{
    if (password.size() < kMinimumLength)
        return Strength::TooShort;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    if (password.size() >= 16 && classes >= 3)
        return Strength::Strong;
    if (classes >= 3 || (password.size() >= 14 && classes >= 2))
        return Strength::Fair;
    return Strength::Weak;
}

QString PasswordPolicy::strengthLabel(Strength s)
{
    switch (s) {
    case Strength::TooShort:
        return Text::tr("too short: at least %1 characters").arg(kMinimumLength);
    case Strength::Weak:
        return Text::tr("weak: mix upper and lower case, digits and signs, or make it longer");
    case Strength::Fair:
        return Text::tr("fair");
    case Strength::Strong:
        return Text::tr("strong");
    }
    return {};
}

}  // namespace ingot
