#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace trapline::test {

QString sharedData(const QString& relative)
{
    const QString path = QDir::cleanPath(QStringLiteral(TRAPLINE_SHARED_DATA) + QLatin1Char('/') + relative);
    return QFileInfo::exists(path) ? path : QString();
}

ScratchProject::ScratchProject() : path(dir.filePath(QStringLiteral("test.trapline")))
{
    auto created = Project::create(path);
    if (!created)
        qFatal("cannot create a scratch project: %s", qPrintable(created.error().message));
}

std::unique_ptr<Project> ScratchProject::open() const
{
    auto opened = Project::open(path);
    if (!opened)
        qFatal("cannot open the scratch project: %s", qPrintable(opened.error().message));
    return std::move(opened).value();
}

int runCli(const QStringList& args, QByteArray* out, QByteArray* err, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(TRAPLINE_CLI_PATH), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace trapline::test
