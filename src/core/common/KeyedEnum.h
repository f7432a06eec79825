#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>
#include <span>
#include <type_traits>

namespace ingot {

// Each domain enum has a stable key (what files, the database and the CLI use), a Chinese name that
// imports accept as an alias, and an English label that the UI translates. One table per enum keeps
// the three in step.
template <class E>
struct KeyedName {
    E value;
    const char* key;
    const char* chinese;  // UTF-8
    const char* label;    // English source text for tr(); context given by the enum's table
};

template <class E>
QString keyOf(std::span<const KeyedName<E>> table, E value)
{
    for (const auto& n : table)
        if (n.value == value)
            return QString::fromLatin1(n.key);
    return {};
}

// Matches the key or the Chinese name, ignoring case and surrounding blanks.
template <class E>
std::optional<E> parseKeyed(std::span<const KeyedName<E>> table, const QString& text)
{
    const QString t = text.trimmed();
    for (const auto& n : table)
        if (t.compare(QLatin1String(n.key), Qt::CaseInsensitive) == 0 || t == QString::fromUtf8(n.chinese))
            return n.value;
    return std::nullopt;
}

// The label of `value` translated in `context`: the context the table's QT_TRANSLATE_NOOP entries
// name, which lupdate cannot learn from this call. `value` alone fixes E, so a std::array table
// needs no template argument.
template <class E>
QString labelOf(std::span<const KeyedName<std::type_identity_t<E>>> table, const char* context, E value)
{
    for (const auto& n : table)
        if (n.value == value)
            return QCoreApplication::translate(context, n.label);
    return {};
}

// Every value in table order: the order lists and filters show.
template <class E>
QList<E> valuesOf(std::span<const KeyedName<E>> table)
{
    QList<E> out;
    for (const auto& n : table)
        out << n.value;
    return out;
}

}  // namespace ingot
