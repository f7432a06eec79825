#pragma once

#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QXmlStreamReader>

namespace ingot::test {

// Reads cells of an .xlsx back without libxlsxwriter: the workbook is a zip of XML parts
// (unzip -p prints one), a sheet's cells are <c r="B3" t="s"><v>..</v></c>, text cells index the
// shared strings. Numbers come back as double, text as QString; an empty cell is absent.
class XlsxReader {
public:
    explicit XlsxReader(QString path) : m_path(std::move(path)) {}

    static bool available() { return !QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(); }

    QByteArray part(const QString& name) const
    {
        QProcess p;
        p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), m_path, name});
        p.waitForFinished(30000);
        return p.readAllStandardOutput();
    }

    // Sheet names in workbook order.
    QStringList sheetNames() const
    {
        QStringList names;
        QXmlStreamReader xml(part(QStringLiteral("xl/workbook.xml")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet"))
                names << xml.attributes().value(QLatin1String("name")).toString();
        }
        return names;
    }

    // Cells of the n-th sheet (1-based), by reference ("C2").
    QHash<QString, QVariant> cells(int sheet) const
    {
        const QStringList strings = sharedStrings();
        QHash<QString, QVariant> out;
        QXmlStreamReader xml(part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)));
        QString ref;
        QString type;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("c")) {
                ref = xml.attributes().value(QLatin1String("r")).toString();
                type = xml.attributes().value(QLatin1String("t")).toString();
            } else if (xml.name() == QLatin1String("v")) {
                const QString v = xml.readElementText();
                if (type == QLatin1String("s"))
                    out.insert(ref, strings.value(v.toInt()));
                else
                    out.insert(ref, v.toDouble());
            }
        }
        return out;
    }

    QByteArray sheetXml(int sheet) const { return part(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)); }

private:
    QStringList sharedStrings() const
    {
        QStringList strings;
        QXmlStreamReader xml(part(QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inSi = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inSi) {
                current += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
                strings << current;
                inSi = false;
            }
        }
        return strings;
    }

    QString m_path;
};

} // namespace ingot::test
