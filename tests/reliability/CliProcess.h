#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <unistd.h>

namespace ingot::test {

// The real ingotdesk-cli in a process of its own, optionally as an unprivileged user: file
// permissions do not stop root, so read-only cases run as "nobody" when the tests run as root.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& arguments, bool unprivileged = false)
{
    QProcess p;
    p.setProgram(QStringLiteral(INGOTDESK_CLI));
    p.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INGOTDESK_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
    p.setProcessEnvironment(env);
    if (unprivileged && ::geteuid() == 0)
        p.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    p.start();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace ingot::test
