#include "storage/postgres/PostgresSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// One field of a ~/.pgpass line matches when equal or "*".
bool fieldMatches(const QString& field, const QString& value)
{
    return field == QLatin1String("*") || field == value;
}

// Splits a .pgpass line at unescaped colons; "\:" and "\\" stand for themselves.
QStringList pgpassFields(const QString& line)
{
    QStringList out{QString()};
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (ch == QLatin1Char('\\') && i + 1 < line.size())
            out.last() += line.at(++i);
        else if (ch == QLatin1Char(':'))
            out << QString();
        else
            out.last() += ch;
    }
    return out;
}
}  // namespace

bool PostgresSettings::isPostgresUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<PostgresSettings> PostgresSettings::parse(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isPostgresUrl(text) || !url.isValid())
        return Error::badInput(Text::tr("'%1' is not a PostgreSQL address like postgresql://user@host:5432/dbname")
                                   .arg(text));
    if (!url.password().isEmpty())
        return Error::badInput(Text::tr("Do not put the password in the database address: use --db-password-file, "
                                        "~/.pgpass or $PGPASSWORD."));
    PostgresSettings s;
    s.user = url.userName();
    if (!url.host().isEmpty())
        s.host = url.host();
    s.port = url.port(5432);
    s.database = url.path().mid(1);
    if (s.user.isEmpty() || s.database.isEmpty() || s.database.contains(QLatin1Char('/')))
        return Error::badInput(Text::tr("'%1' needs a user and a database name: postgresql://user@host:5432/dbname")
                                   .arg(text));
    return s;
}

Status PostgresSettings::readPasswordFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::badInput(Text::tr("Cannot read the password file %1").arg(path));
    // Like libpq, refuse a password file that others can read: the password would not be secret.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (file.permissions() & others)
        return Error::refused(Text::tr("The password file %1 can be read by other users; make it private "
                                       "(chmod 600) and try again.")
                                  .arg(path));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = pgpassFields(line.trimmed());
        if (f.size() == 5) {
            if (fieldMatches(f[0], host) && fieldMatches(f[1], QString::number(port)) && fieldMatches(f[2], database)
                && fieldMatches(f[3], user)) {
                password = f[4];
                return success();
            }
        } else if (lines.size() == 1) {
            password = line.trimmed();  // the password alone
            return success();
        }
    }
    return Error::badInput(Text::tr("The password file %1 has no password for %2").arg(path, displayName()));
}

QString PostgresSettings::displayName() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

}  // namespace ingot
