#include "MediaMetadata.h"
#include "DateTimes.h"

#include "BurstMarkers.h"
#include "Exiv2Compat.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTime>

#include <xxhash.h>

#include <mutex>

namespace trapline::ingest {

namespace {

enum class ImageFormat { Unknown, Jpeg, Png, Tiff };

ImageFormat sniff(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return ImageFormat::Jpeg;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return ImageFormat::Png;
    if (bytes.startsWith(QByteArray("II*\0", 4)) || bytes.startsWith(QByteArray("MM\0*", 4)))
        return ImageFormat::Tiff;
    return ImageFormat::Unknown;
}

// A JPEG ends with the EOI marker; cards pulled out mid-write leave files without it. Some cameras pad the
// end with zeros, so look at the last bytes rather than only the final two.
bool jpegLooksComplete(const QByteArray& bytes)
{
    const qsizetype tail = std::min<qsizetype>(bytes.size(), 4096);
    const qsizetype pos = bytes.lastIndexOf("\xFF\xD9");
    if (pos < 0 || pos < bytes.size() - tail)
        return false;
    for (qsizetype i = pos + 2; i < bytes.size(); ++i)
        if (bytes[i] != '\0' && bytes[i] != '\xFF' && bytes[i] != ' ' && bytes[i] != '\n')
            return false;
    return true;
}

QString printable(const QByteArray& head)
{
    QString out;
    for (char c : head.left(8))
        out += (c >= 32 && c < 127) ? QChar::fromLatin1(c) : QChar(u'.');
    return out;
}

QString exifString(const Exiv2::ExifData& exif, const char* key)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end())
        return {};
    return QString::fromStdString(it->toString()).trimmed();
}

void readTimestamp(const Exiv2::ExifData& exif, MediaMetadata& out)
{
    struct Candidate {
        const char* time;
        const char* subSec;
        TimeSource source;
    };
    static const Candidate candidates[] = {
        {"Exif.Photo.DateTimeOriginal", "Exif.Photo.SubSecTimeOriginal", TimeSource::ExifOriginal},
        {"Exif.Photo.DateTimeDigitized", "Exif.Photo.SubSecTimeDigitized", TimeSource::ExifOther},
        {"Exif.Image.DateTime", "Exif.Photo.SubSecTime", TimeSource::ExifOther},
    };
    for (const auto& c : candidates) {
        if (auto ms = parseExifDateTime(exifString(exif, c.time), exifString(exif, c.subSec))) {
            out.takenAtMs = ms;
            out.timeSource = c.source;
            return;
        }
    }
}

void readBurstMarkers(const Exiv2::ExifData& exif, MediaMetadata& out)
{
    const auto it = exif.findKey(Exiv2::ExifKey("Exif.Photo.MakerNote"));
    if (it == exif.end() || it->size() == 0)
        return;
    std::vector<Exiv2::byte> note(it->size());
    it->copy(note.data(), Exiv2::littleEndian);
    if (auto markers = parseReconyxMakerNote(note.data(), note.size())) {
        out.burstIndex = markers->index;
        out.burstCount = markers->count;
        out.eventNumber = markers->eventNumber;
    }
}

void readExif(const QByteArray& bytes, MediaMetadata& out)
{
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(bytes.constData()),
                                           static_cast<long>(bytes.size()));
    image->readMetadata();
    const int w = image->pixelWidth();
    const int h = image->pixelHeight();
    const Exiv2::ExifData& exif = image->exifData();
    if (const auto it = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation")); it != exif.end()) {
        const std::int64_t value = exiv2compat::toInteger(*it);
        out.orientation = (value >= 1 && value <= 8) ? static_cast<int>(value) : 1;
    }
    if (w > 0 && h > 0) {
        const bool quarterTurn = out.orientation >= 5;
        out.width = quarterTurn ? h : w;
        out.height = quarterTurn ? w : h;
    }
    out.cameraMake = exifString(exif, "Exif.Image.Make");
    out.cameraModel = exifString(exif, "Exif.Image.Model");
    readTimestamp(exif, out);
    readBurstMarkers(exif, out);
}

void appendError(MediaMetadata& out, const QString& message)
{
    out.error = out.error.isEmpty() ? message : out.error + QStringLiteral("; ") + message;
}

} // namespace

void initialiseMetadataReader()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        Exiv2::XmpParser::initialize();
    });
}

std::optional<std::int64_t> parseExifDateTime(const QString& dateTime, const QString& subSeconds)
{
    if (dateTime.size() < 19)
        return std::nullopt;
    // "2021:04:11 20:43:09"; some cameras write '-' or '/' as the date separator.
    bool ok[6] = {};
    const int year = dateTime.mid(0, 4).toInt(&ok[0]);
    const int month = dateTime.mid(5, 2).toInt(&ok[1]);
    const int day = dateTime.mid(8, 2).toInt(&ok[2]);
    const int hour = dateTime.mid(11, 2).toInt(&ok[3]);
    const int minute = dateTime.mid(14, 2).toInt(&ok[4]);
    const int second = dateTime.mid(17, 2).toInt(&ok[5]);
    for (bool b : ok)
        if (!b)
            return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid() || year < 1980)
        return std::nullopt; // "0000:00:00 00:00:00" and factory-reset clocks
    std::int64_t ms = utcDateTime(date, time).toMSecsSinceEpoch();
    QString digits;
    for (QChar c : subSeconds.trimmed()) {
        if (!c.isDigit())
            break;
        digits += c;
    }
    if (!digits.isEmpty())
        ms += (digits + QStringLiteral("000")).left(3).toInt();
    return ms;
}

MediaMetadata readMediaMetadata(const QString& absolutePath)
{
    initialiseMetadataReader();
    MediaMetadata out;
    const QFileInfo info(absolutePath);
    out.fileSize = info.size();
    if (const QDateTime mtime = info.lastModified().toUTC(); mtime.isValid())
        out.fileMtimeMs = mtime.toMSecsSinceEpoch();

    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QStringLiteral("cannot read the file (%1); check that the card or disk is connected and "
                                   "readable").arg(file.errorString());
        return out;
    }
    const QByteArray bytes = file.readAll();
    out.contentHash = XXH3_64bits(bytes.constData(), static_cast<size_t>(bytes.size()));
    auto useFileTime = [&] {
        // Same wall-clock convention as EXIF: the local clock of this computer, stored as if it were UTC.
        const QDateTime local = info.lastModified();
        out.takenAtMs = utcDateTime(local.date(), local.time()).toMSecsSinceEpoch();
        out.timeSource = TimeSource::FileTime;
    };
    if (bytes.isEmpty()) {
        out.error = QStringLiteral("the file is empty (0 bytes); the copy from the card probably failed, copy it "
                                   "again");
        useFileTime();
        return out;
    }
    const ImageFormat format = sniff(bytes);
    if (format == ImageFormat::Unknown) {
        out.error = QStringLiteral("not an image: the content is not JPEG, PNG or TIFF (it starts with \"%1\"); "
                                   "the file is damaged or misnamed")
                        .arg(printable(bytes));
        useFileTime();
        return out;
    }
    if (format == ImageFormat::Jpeg && !jpegLooksComplete(bytes))
        appendError(out, QStringLiteral("the JPEG is truncated (its end marker is missing); the lower part of "
                                        "the image may be grey. Copy it again from the card if you still have it"));
    try {
        readExif(bytes, out);
    } catch (const exiv2compat::Error& e) {
        appendError(out, QStringLiteral("unreadable metadata (%1)").arg(QString::fromStdString(e.what())));
    } catch (const std::exception& e) {
        appendError(out, QStringLiteral("unreadable metadata (%1)").arg(QString::fromLocal8Bit(e.what())));
    }
    if (!out.takenAtMs)
        useFileTime();
    return out;
}

} // namespace trapline::ingest
