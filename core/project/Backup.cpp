#include "Backup.h"

#include "Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace trapline {

namespace {

constexpr const char* kAutomaticTag = "-auto-";

QString timestamp() { return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss-zzz")); }

Status ensureFolder(const QString& folder)
{
    if (QDir().mkpath(folder))
        return okStatus();
    return Error{QStringLiteral("Cannot create the backup folder %1. Check that the disk is writable.").arg(folder)};
}

// Keeps the newest `keep` automatic backups in the folder.
void pruneAutomatic(const QString& folder, const QString& projectName, int keep)
{
    QDir dir(folder);
    const QStringList automatic = dir.entryList({projectName + QLatin1String(kAutomaticTag) + QStringLiteral("*.trapline")},
                                                QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = keep; i < automatic.size(); ++i)
        dir.remove(automatic[i]);
}

} // namespace

Status backupDatabase(db::Database& source, const QString& destination)
{
    const QString partial = destination + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3* target = nullptr;
    if (sqlite3_open_v2(partial.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        return Error{QStringLiteral("Cannot write the backup %1: %2").arg(destination, why)};
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source.handle(), "main");
    int rc = SQLITE_OK;
    if (backup) {
        // In steps, so writers on other connections are not locked out for the whole copy.
        do {
            rc = sqlite3_backup_step(backup, 4096);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(5);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        sqlite3_backup_finish(backup);
    } else {
        rc = sqlite3_errcode(target);
    }
    const QString why = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(target);
    if (rc != SQLITE_DONE) {
        QFile::remove(partial);
        if (rc == SQLITE_FULL)
            return Error{QStringLiteral("The backup %1 was not made: the disk is full. Free some space and try again; "
                                        "the project itself was not changed.").arg(destination)};
        return Error{QStringLiteral("The backup %1 was not made: %2").arg(destination, why)};
    }
    QFile::remove(destination);
    if (!QFile::rename(partial, destination)) {
        QFile::remove(partial);
        return Error{QStringLiteral("The backup could not be moved into place at %1.").arg(destination)};
    }
    return okStatus();
}

QString backupFolder(const QString& projectPath)
{
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral("-backups"));
}

Result<QString> backupBeforeChange(db::Database& project, const QString& reason, int keep)
{
    const QString folder = backupFolder(project.path());
    if (Status s = ensureFolder(folder); !s)
        return s.error();
    const QString name = QFileInfo(project.path()).completeBaseName();
    const QString path = QDir(folder).filePath(name + QLatin1String(kAutomaticTag) + timestamp() + QLatin1Char('-') +
                                               reason + QStringLiteral(".trapline"));
    if (Status s = backupDatabase(project, path); !s)
        return s.error();
    pruneAutomatic(folder, name, keep);
    return path;
}

Result<QString> backupNow(db::Database& project, const QString& destination)
{
    QString path = destination;
    if (path.isEmpty()) {
        const QString folder = backupFolder(project.path());
        if (Status s = ensureFolder(folder); !s)
            return s.error();
        path = QDir(folder).filePath(QFileInfo(project.path()).completeBaseName() + QStringLiteral("-") + timestamp() +
                                     QStringLiteral(".trapline"));
    }
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(project.path()).absoluteFilePath())
        return Error{QStringLiteral("A backup cannot overwrite the project itself; choose another file.")};
    if (Status s = backupDatabase(project, path); !s)
        return s.error();
    return path;
}

} // namespace trapline
