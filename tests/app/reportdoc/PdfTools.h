#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace ingot::test {

// poppler-utils (pdftotext, pdffonts, pdfinfo) read back what the report wrote, as a reader's
// PDF viewer would. Empty output when the tool is missing or fails.
inline QString runTool(const QString& tool, const QStringList& args)
{
    if (QStandardPaths::findExecutable(tool).isEmpty())
        return {};
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

inline QString pdfText(const QString& path)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
}

// pdffonts' table: name, type, encoding, emb, sub, uni, object ID; one font per line after the header.
inline QStringList pdfFontLines(const QString& path)
{
    QStringList lines = runTool(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.size() > 2 ? lines.mid(2) : QStringList{};
}

} // namespace ingot::test
