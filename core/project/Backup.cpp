#include "Backup.h"
#include "Tr.h"

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
    return Error{ProjectText::tr("Cannot create the backup folder %1. Check that the disk is writable.").arg(folder)};
}

// Keeps the newest `keep` automatic backups in the folder. An old backup that cannot be deleted is only a waste of
// space: the new backup stands, and the reason is returned for a warning.
QStringList pruneAutomatic(const QString& folder, const QString& projectName, int keep)
{
    QDir dir(folder);
    const QStringList automatic = dir.entryList({projectName + QLatin1String(kAutomaticTag) + QStringLiteral("*.trapline")},
                                                QDir::Files, QDir::Name | QDir::Reversed);
    QStringList kept;
    for (qsizetype i = keep; i < automatic.size(); ++i)
        if (!dir.remove(automatic[i]))
            kept << dir.filePath(automatic[i]);
    return kept;
}

} // namespace

Status backupDatabase(db::Database& source, const QString& destination)
{
    const QFileInfo target(destination);
    if (target.isDir())
        return Error{ProjectText::tr("The backup was not made: %1 is a folder. Choose a file name for the backup.")
                         .arg(destination)};
    if (!target.absoluteDir().exists())
        return Error{ProjectText::tr("The backup was not made: the folder %1 does not exist. Choose an existing "
                                     "folder, or create it first.")
                         .arg(target.absolutePath())};
    const QString partial = destination + QStringLiteral(".partial");
    if (QFile::exists(partial) && !QFile::remove(partial))
        return Error{ProjectText::tr("The backup was not made: the unfinished copy %1 of an earlier backup cannot be "
                                     "removed. Delete it, or check that the folder is writable.")
                         .arg(partial)};
    sqlite3* copy = nullptr;
    if (sqlite3_open_v2(partial.toUtf8().constData(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(copy));
        sqlite3_close(copy);
        return Error{ProjectText::tr("Cannot write the backup %1: %2. Check that the folder is writable, or choose "
                                     "another one.")
                         .arg(destination, why)};
    }
    sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source.handle(), "main");
    int rc = SQLITE_OK;
    if (backup) {
        // In steps, so writers on other connections are not locked out for the whole copy.
        do {
            rc = sqlite3_backup_step(backup, 4096);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(5);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        // finish reports what went wrong during the steps (out of memory, an I/O error) even when the last step
        // said done.
        if (const int finished = sqlite3_backup_finish(backup); finished != SQLITE_OK && rc == SQLITE_DONE)
            rc = finished;
    } else {
        rc = sqlite3_errcode(copy);
    }
    const QString why = QString::fromUtf8(sqlite3_errmsg(copy));
    // Closing writes nothing more, but a failure here still means the file may not be complete on disk.
    if (const int closed = sqlite3_close(copy); closed != SQLITE_OK && rc == SQLITE_DONE)
        rc = closed;
    if (rc != SQLITE_DONE) {
        QFile::remove(partial);
        if ((rc & 0xff) == SQLITE_FULL)
            return Error{ProjectText::tr("The backup %1 was not made: the disk is full. Free some space and try again; "
                                         "the project itself was not changed.")
                             .arg(destination)};
        return Error{ProjectText::tr("The backup %1 was not made: %2. The project itself was not changed.")
                         .arg(destination, why)};
    }
    if (QFile::exists(destination) && !QFile::remove(destination)) {
        QFile::remove(partial);
        return Error{ProjectText::tr("The backup was not made: the file %1 is there already and cannot be replaced. "
                                     "Choose another file name.")
                         .arg(destination)};
    }
    if (!QFile::rename(partial, destination)) {
        QFile::remove(partial);
        return Error{ProjectText::tr("The backup could not be moved into place at %1. Check that the folder is "
                                     "writable, or choose another one.")
                         .arg(destination)};
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
    if (const QStringList kept = pruneAutomatic(folder, name, keep); !kept.isEmpty())
        qWarning("Old automatic backups could not be deleted: %s", qPrintable(kept.join(QStringLiteral(", "))));
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
        return Error{ProjectText::tr("A backup cannot overwrite the project itself; choose another file.")};
    if (Status s = backupDatabase(project, path); !s)
        return s.error();
    return path;
}

} // namespace trapline
