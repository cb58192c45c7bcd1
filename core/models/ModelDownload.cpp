#include "ModelDownload.h"

#include "Logging.h"
#include "ModelFolders.h"
#include "Tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStorageInfo>
#include <QTimer>

#include <cerrno>

namespace trapline::models {

namespace {

QString megabytes(qint64 bytes)
{
    return sizeText(bytes);
}

// The checksum upstream publishes, as (algorithm, digest); sha256 wins when both are given.
std::pair<QString, QString> publishedChecksum(const DownloadSpec& d)
{
    if (!d.sha256.isEmpty())
        return {QStringLiteral("sha256"), d.sha256};
    if (!d.md5.isEmpty())
        return {QStringLiteral("md5"), d.md5};
    return {};
}

// A write that failed: a full disk (or a file size limit) gets a sentence that says so and what to do.
Error writeError(const QFile& file, int error, qint64 stillToWrite)
{
    const QString folder = QFileInfo(file.fileName()).absolutePath();
    if (error == ENOSPC || error == EDQUOT || error == EFBIG)
        return Error{InferenceText::tr("The disk is full: %1 could not be written (%2; %3 free in %4, %5 still to "
                                       "write). Free some space and run the download again; it resumes where it "
                                       "stopped.")
                         .arg(file.fileName(), file.errorString(), megabytes(QStorageInfo(folder).bytesAvailable()),
                              folder,
                              stillToWrite > 0 ? megabytes(stillToWrite) : InferenceText::tr("an unknown amount"))};
    return Error{InferenceText::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())};
}

// Appends to FILE.part, unbuffered so that a full disk shows at the write that hit it, with its errno.
struct PartFile {
    QFile file;
    std::optional<Error> failure;
    qint64 expectedTotal = 0; // 0: unknown

    bool append(const QByteArray& data)
    {
        errno = 0;
        const qint64 written = file.write(data);
        if (written == data.size())
            return true;
        const int error = errno;
        failure = writeError(file, error, expectedTotal > 0 ? expectedTotal - file.size() : 0);
        return false;
    }
};

Status verify(const CatalogueEntry& entry, const QString& path, QString* verified)
{
    const auto [algorithm, expected] = publishedChecksum(entry.download);
    if (algorithm.isEmpty())
        return okStatus();
    const QString actual = fileDigest(path, algorithm);
    if (actual != expected)
        return Error{InferenceText::tr("%1 does not match the checksum its publisher gives: expected %2 %3, got %2 %4.")
                         .arg(QFileInfo(path).fileName(), algorithm, expected, actual)};
    *verified = algorithm + QLatin1Char(' ') + actual;
    return okStatus();
}

Status checkLicence(const CatalogueEntry& entry, const DownloadOptions& options)
{
    if (!entry.licence.mustAccept || options.licenceAccepted)
        return okStatus();
    return Error{InferenceText::tr("%1 is published under %2 (%3 terms), which you must accept before using it: read "
                                   "the licence, then run the download again with --accept-licence.")
                     .arg(entry.name, entry.licence.name, licenceTermsName(entry.licence.terms))};
}

// Copies a file the user already has through FILE.part, so that it meets the same checks as a download.
Result<DownloadOutcome> installLocalFile(const CatalogueEntry& entry, const QString& source, const QString& target,
                                         JobControl& control)
{
    QString verified;
    if (Status s = verify(entry, source, &verified); !s)
        return Error{InferenceText::tr("%1 Nothing was installed.").arg(s.error().message)};
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Error{InferenceText::tr("Cannot read %1: %2").arg(source, in.errorString())};
    PartFile part;
    part.file.setFileName(target + QStringLiteral(".part"));
    if (!part.file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return Error{InferenceText::tr("Cannot write %1: %2").arg(part.file.fileName(), part.file.errorString())};
    part.expectedTotal = in.size();
    control.beginPhase(InferenceText::tr("Copying %1").arg(entry.name), in.size());
    while (!in.atEnd()) {
        if (control.cancelled())
            return Error{InferenceText::tr("Cancelled; nothing was installed.")};
        if (!part.append(in.read(4 << 20))) {
            part.file.remove();
            return *part.failure;
        }
        control.report(part.file.size());
    }
    part.file.close();
    QFile::remove(target);
    if (!QFile::rename(part.file.fileName(), target))
        return Error{InferenceText::tr("Cannot move %1 to %2.").arg(part.file.fileName(), target)};
    return DownloadOutcome{target, QFileInfo(target).size(), 0, verified};
}

} // namespace

QString fileDigest(const QString& path, const QString& algorithm)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(algorithm == QLatin1String("md5") ? QCryptographicHash::Md5 : QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

Result<DownloadOutcome> downloadModel(const CatalogueEntry& entry, const DownloadOptions& options, JobControl& control)
{
    if (Status s = checkLicence(entry, options); !s)
        return s.error();
    if (entry.download.file.isEmpty())
        return Error{InferenceText::tr("The catalogue has no confirmed download for %1. %2")
                         .arg(entry.name, entry.download.note)
                         .trimmed()};
    const QString folder = options.folder.isEmpty() ? userModelsFolder() : options.folder;
    if (!QDir().mkpath(folder))
        return Error{InferenceText::tr("Cannot create the models folder %1.").arg(folder)};
    const QString target = QDir(folder).filePath(entry.download.file);
    if (!options.localFile.isEmpty())
        return installLocalFile(entry, options.localFile, target, control);

    const QUrl url = options.mirror.isValid() ? options.mirror : QUrl(entry.download.url);
    if (!url.isValid() || url.isEmpty())
        return Error{InferenceText::tr("The catalogue has no confirmed download address for %1. %2")
                         .arg(entry.name, entry.download.note)
                         .trimmed()};
    PartFile part;
    part.file.setFileName(target + QStringLiteral(".part"));
    if (!part.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return Error{InferenceText::tr("Cannot write %1: %2").arg(part.file.fileName(), part.file.errorString())};
    qint64 resumedFrom = part.file.size();

    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(options.stallTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Trapline"));
    if (resumedFrom > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(resumedFrom) + '-');
    qCDebug(log::jobs).noquote() << "Downloading" << url.toString() << "to" << part.file.fileName() << "from byte"
                                 << resumedFrom;

    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    bool started = false;
    int status = 0;
    auto start = [&] {
        if (started)
            return;
        started = true;
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (status == 200 && part.file.size() > 0) { // the server ignored Range: start again
            part.file.resize(0);
            resumedFrom = 0;
        }
        if (status == 200 || status == 206)
            part.expectedTotal = length > 0 ? part.file.size() + length : entry.download.sizeBytes.value_or(0);
        control.beginPhase(InferenceText::tr("Downloading %1").arg(entry.name), part.expectedTotal);
        control.report(part.file.size());
    };
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        start();
        if (status != 200 && status != 206)
            return;
        if (!part.append(reply->readAll())) {
            reply->abort();
            return;
        }
        control.report(part.file.size());
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (control.cancelled())
            reply->abort();
    });
    cancelPoll.start(100);
    loop.exec();
    start();
    if (!part.failure && (status == 200 || status == 206))
        part.append(reply->readAll());
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkText = reply->errorString();
    reply->deleteLater();
    part.file.close();
    const qint64 have = QFileInfo(part.file.fileName()).size();

    if (part.failure)
        return *part.failure;
    if (control.cancelled())
        return Error{InferenceText::tr("The download of %1 was cancelled after %2; run it again to resume.")
                         .arg(entry.name, megabytes(have))};
    // 416: the range starts at the end, so the part file already holds the whole file.
    if (status != 416) {
        if (status >= 400 || (status != 0 && status != 200 && status != 206))
            return Error{InferenceText::tr("The server answered HTTP %1 for %2.").arg(status).arg(url.toString())};
        if (networkError != QNetworkReply::NoError || (part.expectedTotal > 0 && have < part.expectedTotal))
            return Error{InferenceText::tr("The download of %1 stopped after %2 of %3 (%4). Run it again to resume "
                                           "where it stopped.")
                             .arg(entry.name, megabytes(have),
                                  part.expectedTotal > 0 ? megabytes(part.expectedTotal) : InferenceText::tr("?"),
                                  networkError != QNetworkReply::NoError ? networkText
                                                                         : InferenceText::tr("the connection closed"))};
    }
    if (entry.download.sizeBytes && have != *entry.download.sizeBytes) {
        QFile::remove(part.file.fileName());
        return Error{InferenceText::tr("%1 has %2 bytes where its publisher gives %3; the file was deleted.")
                         .arg(entry.download.file)
                         .arg(have)
                         .arg(*entry.download.sizeBytes)};
    }
    QString verified;
    if (Status s = verify(entry, part.file.fileName(), &verified); !s) {
        QFile::remove(part.file.fileName());
        return Error{InferenceText::tr("%1 The download was deleted.").arg(s.error().message)};
    }
    QFile::remove(target);
    if (!QFile::rename(part.file.fileName(), target))
        return Error{InferenceText::tr("Cannot move %1 to %2.").arg(part.file.fileName(), target)};
    return DownloadOutcome{target, have, resumedFrom, verified};
}

} // namespace trapline::models
