#include "FileScanner.h"

#include <QDir>
#include <QFileInfo>

namespace trapline::ingest {

namespace {

bool hasVideoExtension(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"mp4" || suffix == u"avi" || suffix == u"mov" || suffix == u"mts" || suffix == u"wmv";
}

QString skipReason(const QString& fileName)
{
    if (hasVideoExtension(fileName))
        return QStringLiteral("video files are not imported yet; they are listed so none is overlooked");
    return QStringLiteral("not an image (only JPEG, PNG and TIFF files are imported)");
}

struct Walker {
    QString root;
    const std::function<bool(std::int64_t)>& keepGoing;
    ScanResult result;
    bool stopped = false;

    void walk(const QString& relDir)
    {
        if (stopped)
            return;
        const QString absDir = relDir.isEmpty() ? root : root + QLatin1Char('/') + relDir;
        QDir dir(absDir);
        if (!dir.isReadable()) {
            result.unreadableFolders.push_back(absDir);
            return;
        }
        const QFileInfoList entries =
            dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks | QDir::Readable,
                              QDir::Name | QDir::DirsLast);
        // entryInfoList silently drops unreadable entries; compare with the unfiltered list to report them.
        const QStringList all = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        if (all.size() > entries.size())
            reportUnreadable(dir, absDir);
        for (const QFileInfo& entry : entries) {
            const QString rel = relDir.isEmpty() ? entry.fileName() : relDir + QLatin1Char('/') + entry.fileName();
            if (entry.isDir()) {
                walk(rel);
            } else if (hasImageExtension(entry.fileName())) {
                result.images.push_back({rel, entry.size()});
            } else {
                result.skipped.push_back({rel, entry.size()});
                result.skipReasons.push_back(skipReason(entry.fileName()));
            }
            if (stopped)
                return;
        }
        if (keepGoing && !keepGoing(static_cast<std::int64_t>(result.images.size())))
            stopped = true;
    }

    void reportUnreadable(const QDir& dir, const QString& absDir)
    {
        for (const QFileInfo& entry : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
            if (!entry.isReadable())
                result.unreadableFolders.push_back(absDir + QLatin1Char('/') + entry.fileName());
        }
    }
};

} // namespace

bool hasImageExtension(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"jpg" || suffix == u"jpeg" || suffix == u"png" || suffix == u"tif" || suffix == u"tiff";
}

ScanResult scanFolder(const QString& root, const std::function<bool(std::int64_t)>& keepGoing)
{
    Walker walker{QDir::cleanPath(root), keepGoing, {}};
    walker.walk({});
    return std::move(walker.result);
}

} // namespace trapline::ingest
