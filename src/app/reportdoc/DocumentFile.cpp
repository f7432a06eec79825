#include "app/reportdoc/DocumentFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(KpiDocumentWriter)
};
} // namespace

Result<DocumentFile::Target> DocumentFile::prepare(const QString& path)
{
    if (path.trimmed().isEmpty())
        return Error::badInput(Text::tr("no file name was given for the report"));
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir())
        return Error::badInput(Text::tr("%1 is a folder, not a file").arg(shown));
    const QDir folder = info.absoluteDir();
    if (!folder.exists())
        return Error::badInput(Text::tr("cannot write %1: the folder %2 does not exist")
                                   .arg(shown, QDir::toNativeSeparators(folder.path())));
    // Reserve a unique temporary name in the same folder, so the final rename stays on one file system.
    QTemporaryFile reserve(folder.filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    reserve.setAutoRemove(false);
    if (!reserve.open())
        return Error::badInput(Text::tr("cannot write %1: %2").arg(shown, reserve.errorString()));
    Target target{info.absoluteFilePath(), reserve.fileName()};
    reserve.close();
    return target;
}

Status DocumentFile::commit(const Target& target)
{
    const QString shown = QDir::toNativeSeparators(target.path);
    if (QFile::exists(target.path) && !QFile::remove(target.path)) {
        QFile::remove(target.partialPath);
        return Error::badInput(Text::tr("cannot replace %1: it is open elsewhere or read-only").arg(shown));
    }
    if (!QFile::rename(target.partialPath, target.path)) {
        QFile::remove(target.partialPath);
        return Error::badInput(Text::tr("cannot write %1").arg(shown));
    }
    // QTemporaryFile creates owner-only files; a report is a normal document.
    QFile::setPermissions(target.path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return success();
}

Status DocumentFile::write(const QString& path, const QByteArray& bytes)
{
    auto target = prepare(path);
    if (!target)
        return target.error();
    QFile file(target->partialPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        QFile::remove(target->partialPath);
        return Error::badInput(Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(target->path), reason));
    }
    file.close();
    return commit(*target);
}

} // namespace ingot
