#include "SyntheticCameraTrap.h"
#include "Tr.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QThread>
#include <QThreadPool>
#include <QTimeZone>

#include <exiv2/exiv2.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <vector>

namespace trapline::demo {
namespace {

using Progress = std::function<void(int done, int total)>;

constexpr int kMakerNoteSize = 837; // size of a real HyperFire 2 maker note
constexpr int kNoiseMargin = 32;    // the noise tile is this much larger, so each frame can take its own window
constexpr int kAnimalStream = -1;   // stream ids in the frame slot, for draws that are not one frame's
constexpr int kPlanStream = -2;
constexpr int kCameraStream = -3;

struct CameraModel { const char* make; const char* model; bool reconyx; };
// Indexed by camera % 3: camera 1 and every third one after it are Reconyx, the brand whose files need the
// maker note to be ordered.
constexpr CameraModel kModels[] = {
    {"RECONYX", "HYPERFIRE 2 COVERT", true}, {"BolyMedia", "SG565F-8MHD", false}, {"Bushnell", "119836", false}};

struct Camera {
    const CameraModel* model = nullptr;
    QString folder;
    int horizon = 0;           // sky above, ground below
    cv::Mat day, night, noise; // read-only once workers start
};

struct Shot {
    int camera = 0, event = 0, frame = 0;
    qint64 secs = 0;  // naive camera clock, counted as if it were UTC
    int subSec = -1;  // -1: the camera writes no SubSecTimeOriginal
    bool animal = false;
    QString path;
};

struct Plan {
    std::vector<Camera> cameras;
    std::vector<Shot> shots;
};

quint64 mix(quint64 x) { // splitmix64 finaliser
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Every image draws from its own stream, so the files do not depend on which thread renders them. cv::RNG is
// used because, unlike std distributions, its results are the same with every standard library.
cv::RNG streamFor(unsigned seed, int camera, int event, int frame) {
    quint64 h = mix(seed);
    for (const int part : {camera, event, frame})
        h = mix(h ^ static_cast<quint64>(static_cast<qint64>(part)));
    return cv::RNG(h);
}

// Camera clocks carry no time zone; UTC arithmetic keeps daylight-saving jumps out of the synthetic timeline.
QDateTime clockTime(qint64 secs) { return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()); }
qint64 startSecs() { return QDateTime(QDate(2024, 3, 1), QTime(6, 0), QTimeZone::utc()).toSecsSinceEpoch(); }
int hourOf(qint64 secs) { return static_cast<int>(secs % 86400 / 3600); }
bool isNight(int hour) { return hour < 6 || hour >= 19; }

std::optional<Error> validate(const SyntheticOptions& o) {
    const auto bad = [](const char* what) {
        return Error{ProjectText::tr("Synthetic camera-trap options are invalid: %1.").arg(QLatin1String(what))};
    };
    if (o.cameras < 1 || o.eventsPerCamera < 1 || o.framesPerEvent < 1)
        return bad("cameras, events per camera and frames per event must each be at least 1");
    if (std::min(o.width, o.height) < 64 || std::max(o.width, o.height) > 16384)
        return bad("width and height must be between 64 and 16384 pixels");
    if (o.jpegQuality < 1 || o.jpegQuality > 100) return bad("JPEG quality must be between 1 and 100");
    if (std::min({o.secondsBetweenFrames, o.secondsBetweenEvents, o.threads}) < 0)
        return bad("time gaps and thread count must not be negative");
    return std::nullopt;
}

cv::Scalar blend(const cv::Scalar& a, const cv::Scalar& b, double t) { return a * (1.0 - t) + b * t; }

cv::Mat drawBackground(const SyntheticOptions& o, cv::RNG& rng, int horizon) {
    cv::Mat img(o.height, o.width, CV_8UC3);
    const cv::Scalar skyTop(rng.uniform(170, 215), rng.uniform(130, 170), rng.uniform(80, 120));
    const cv::Scalar skyLow(215, 210, 200), near(45, 75, 95);
    const cv::Scalar far(rng.uniform(50, 80), rng.uniform(90, 125), rng.uniform(70, 100));
    for (int y = 0; y < o.height; ++y)
        img.row(y).setTo(y < horizon ? blend(skyTop, skyLow, double(y) / horizon)
                                     : blend(far, near, double(y - horizon) / (o.height - horizon)));
    const double unit = o.height / 480.0;
    for (int i = rng.uniform(2, 6); i > 0; --i) { // tree trunks
        const int x = rng.uniform(0, o.width);
        cv::line(img, {x, horizon + cvRound(rng.uniform(0, 40) * unit)}, {x + cvRound(rng.uniform(-20, 20) * unit), 0},
                 cv::Scalar(40, 55, 70), std::max(2, cvRound(rng.uniform(6, 22) * unit)));
    }
    for (int i = rng.uniform(30, 60); i > 0; --i) { // bushes
        const cv::Point centre(rng.uniform(0, o.width), horizon + cvRound(o.height * rng.uniform(-0.12, 0.45)));
        const cv::Size axes(cvRound(rng.uniform(10, 60) * unit), cvRound(rng.uniform(6, 30) * unit));
        const cv::Scalar leaf(rng.uniform(20, 70), rng.uniform(70, 140), rng.uniform(30, 80));
        cv::ellipse(img, centre, axes, rng.uniform(0, 180), 0, 360, leaf, cv::FILLED);
    }
    for (int i = rng.uniform(80, 160); i > 0; --i) { // grass blades in the foreground
        const cv::Point root(rng.uniform(0, o.width), o.height - cvRound(rng.uniform(0, 60) * unit));
        const cv::Point tip = root + cv::Point(rng.uniform(-8, 8), -cvRound(rng.uniform(10, 40) * unit));
        cv::line(img, root, tip, cv::Scalar(rng.uniform(30, 60), rng.uniform(90, 150), rng.uniform(60, 110)), 1);
    }
    cv::GaussianBlur(img, img, cv::Size(0, 0), 1.5 * unit);
    return img;
}

// Night frames are grey infrared shots: the flash lights the near ground, and nothing beyond the horizon
// reflects it.
cv::Mat infraredVersion(const cv::Mat& day, int horizon) {
    cv::Mat gray, lit;
    cv::cvtColor(day, gray, cv::COLOR_BGR2GRAY);
    cv::Mat falloff(day.size(), CV_32F);
    const cv::Point2f flash(day.cols * 0.5f, day.rows * 0.8f);
    const float reach = std::hypot(float(day.cols), float(day.rows)) * 0.6f;
    for (int y = 0; y < day.rows; ++y) {
        const float beyond = y < horizon ? 0.25f : 1.0f;
        for (int x = 0; x < day.cols; ++x)
            falloff.at<float>(y, x) =
                beyond * std::clamp(1.3f - std::hypot(x - flash.x, y - flash.y) / reach, 0.08f, 1.1f);
    }
    gray.convertTo(gray, CV_32F);
    cv::multiply(gray, falloff, gray);
    gray.convertTo(gray, CV_8U);
    cv::cvtColor(gray, lit, cv::COLOR_GRAY2BGR);
    return lit;
}

Result<Camera> makeCamera(const QString& outDir, const SyntheticOptions& o, int index) {
    Camera cam;
    cam.model = &kModels[index % 3];
    // Concatenated, not arg()-ed, so a '%1' in the user's folder name stays as it is.
    cam.folder = outDir + (index % 2 ? QStringLiteral("/SiteB/CAM") : QStringLiteral("/SiteA/CAM"))
                 + QStringLiteral("%1").arg(index + 1, 2, 10, QLatin1Char('0'));
    if (cam.model->reconyx) cam.folder += QStringLiteral("/DCIM/100RECNX");
    if (!QDir().mkpath(cam.folder))
        return Error{ProjectText::tr("Could not create the folder %1. Check that you may write to %2.")
                         .arg(QDir::toNativeSeparators(cam.folder), QDir::toNativeSeparators(outDir))};
    cv::RNG rng = streamFor(o.seed, index, -1, kCameraStream);
    cam.horizon = cvRound(o.height * rng.uniform(0.3, 0.5));
    cam.day = drawBackground(o, rng, cam.horizon);
    cam.night = infraredVersion(cam.day, cam.horizon);
    cam.noise.create(o.height + kNoiseMargin, o.width + kNoiseMargin, CV_8UC3);
    rng.fill(cam.noise, cv::RNG::UNIFORM, 0, 16);
    return cam;
}

// Bursts are planned in order because each event's time builds on the one before.
void planCamera(const SyntheticOptions& o, int camera, const Camera& cam, std::vector<Shot>& shots) {
    const bool reconyx = cam.model->reconyx;
    const QString prefix = cam.folder + (reconyx ? QStringLiteral("/IMG_") : QStringLiteral("/PICT"));
    qint64 t = startSecs() + camera * 1237; // cameras were not all switched on in the same minute
    int fileNumber = 0;
    for (int e = 0; e < o.eventsPerCamera; ++e) {
        cv::RNG rng = streamFor(o.seed, camera, e, kPlanStream);
        const bool animal = !o.emptyEvents || rng.uniform(0.0, 1.0) >= 0.25;
        for (int f = 0; f < o.framesPerEvent; ++f) {
            Shot s{camera, e, f, 0, -1, animal, {}};
            // Reconyx stamps whole seconds and shoots faster than 1 fps, so frames come in pairs with one
            // timestamp and only the maker note orders them.
            s.secs = t + qint64(reconyx ? f / 2 : f) * o.secondsBetweenFrames;
            s.subSec = reconyx ? -1 : rng.uniform(0, 100);
            s.path = prefix + QStringLiteral("%1.JPG").arg(++fileNumber, 4, 10, QLatin1Char('0'));
            shots.push_back(std::move(s));
        }
        t += qint64(o.framesPerEvent) * o.secondsBetweenFrames + o.secondsBetweenEvents + rng.uniform(0, 6 * 3600);
    }
}

void drawAnimal(cv::Mat& img, const Shot& s, const SyntheticOptions& o, int horizon, bool night) {
    // Per-event draws keep the same animal through the burst; only its position and legs change per frame.
    cv::RNG rng = streamFor(o.seed, s.camera, s.event, kAnimalStream);
    static const cv::Scalar kCoats[] = {{50, 80, 130}, {40, 40, 45}, {40, 100, 190}, {105, 105, 110}, {80, 115, 150}};
    cv::Scalar coat = kCoats[rng.uniform(0, 5)];
    if (night) // fur shows pale under infrared
        coat = cv::Scalar::all(90 + (coat[0] + coat[1] + coat[2]) * 0.12);
    const double depth = rng.uniform(0.3, 1.0); // 0 = horizon, 1 = right in front of the camera
    const double size = o.height * 0.2 * depth;  // half body length; farther animals look smaller
    const int dir = rng.uniform(0, 2) ? 1 : -1;
    const double x0 = o.width * rng.uniform(0.1, 0.9), step = o.width * rng.uniform(0.05, 0.15) * dir;
    const double feet = horizon + (o.height * 0.95 - horizon) * depth;
    const cv::Point2d c(x0 + step * s.frame, feet - 0.95 * size);
    const auto at = [&](double dx, double dy) { return cv::Point(cvRound(c.x + dx * dir), cvRound(c.y + dy)); };
    const int legWidth = std::max(1, cvRound(size * 0.12)), swing = s.frame % 2 ? 1 : -1;
    for (const double legX : {-0.6, -0.4, 0.4, 0.6})
        cv::line(img, at(legX * size, 0.2 * size), at((legX + 0.15 * swing) * size, 0.95 * size), coat, legWidth);
    cv::line(img, at(-0.9 * size, -0.1 * size), at(-1.3 * size, 0.3 * size), coat, legWidth); // tail
    cv::ellipse(img, at(0, 0), cv::Size(cvRound(size), cvRound(size * 0.42)), 0, 0, 360, coat, cv::FILLED, cv::LINE_AA);
    cv::circle(img, at(1.05 * size, -0.35 * size), cvRound(size * 0.32), coat, cv::FILLED, cv::LINE_AA);
    if (night) // eyeshine: the tapetum reflects the IR flash
        cv::circle(img, at(1.2 * size, -0.42 * size), std::max(1, cvRound(size * 0.05)), cv::Scalar::all(255), -1);
}

// The black strip with make, sequence and time that most trail cameras burn into the picture.
void drawInfoBar(cv::Mat& img, const Shot& s, const Camera& cam, const SyntheticOptions& o) {
    const int bar = std::max(12, o.height / 24);
    cv::rectangle(img, cv::Rect(0, o.height - bar, o.width, bar), cv::Scalar::all(0), cv::FILLED);
    const std::string text = QStringLiteral("%1  %2/%3  %4  CAM%5").arg(QLatin1String(cam.model->make))
        .arg(s.frame + 1).arg(o.framesPerEvent).arg(clockTime(s.secs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
        .arg(s.camera + 1, 2, 10, QLatin1Char('0')).toStdString();
    cv::putText(img, text, {bar / 3, o.height - bar / 4}, cv::FONT_HERSHEY_SIMPLEX, bar * 0.03,
                cv::Scalar::all(230), 1, cv::LINE_AA);
}

cv::Mat renderScene(const Shot& s, const Camera& cam, const SyntheticOptions& o) {
    cv::RNG rng = streamFor(o.seed, s.camera, s.event, s.frame);
    const int hour = hourOf(s.secs);
    const bool night = isNight(hour);
    const bool twilight = hour < 8 || hour >= 17;
    const double gain = (night ? 0.9 : twilight ? 0.75 : 1.0) * rng.uniform(0.93, 1.07);
    cv::Mat img;
    (night ? cam.night : cam.day).convertTo(img, -1, gain, -8); // -8 balances the mean of the added noise
    if (s.animal) drawAnimal(img, s, o, cam.horizon, night);
    const cv::Rect window(rng.uniform(0, kNoiseMargin), rng.uniform(0, kNoiseMargin), o.width, o.height);
    cv::add(img, cam.noise(window), img);
    drawInfoBar(img, s, cam, o);
    return img;
}

// Byte layout of the Reconyx HyperFire 2 maker note as ExifTool decodes it (Reconyx.pm, table Type3).
Exiv2::DataValue reconyxMakerNote(const Shot& s, const SyntheticOptions& o) {
    std::vector<Exiv2::byte> note(kMakerNoteSize, 0);
    std::memcpy(note.data(), "RECONYXH2", 10); // with its terminating NUL
    const auto put16 = [&](int offset, int v) {
        note[offset] = static_cast<Exiv2::byte>(v & 0xff);
        note[offset + 1] = static_cast<Exiv2::byte>((v >> 8) & 0xff);
    };
    note[0x34] = 'M'; // trigger mode: motion
    put16(0x36, s.frame + 1);
    put16(0x38, o.framesPerEvent);
    put16(0x3a, (s.event + 1) >> 16); // event number as (hi << 16) + lo
    put16(0x3c, (s.event + 1) & 0xffff);
    const QDateTime t = clockTime(s.secs); // the note's own copy of the time, stored seconds first
    const int parts[] = {t.time().second(), t.time().minute(), t.time().hour(), t.date().day(), t.date().month(),
                         t.date().year()};
    for (int i = 0; i < 6; ++i) put16(0x3e + 2 * i, parts[i]);
    return Exiv2::DataValue(note.data(), static_cast<long>(note.size()), Exiv2::invalidByteOrder, Exiv2::undefined);
}

Exiv2::ExifData exifFor(const Shot& s, const Camera& cam, const SyntheticOptions& o) {
    Exiv2::ExifData exif;
    exif["Exif.Image.Make"] = std::string(cam.model->make);
    exif["Exif.Image.Model"] = std::string(cam.model->model);
    exif["Exif.Image.Orientation"] = uint16_t(1);
    const QString taken = clockTime(s.secs).toString(QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    exif["Exif.Photo.DateTimeOriginal"] = taken.toStdString();
    if (s.subSec >= 0)
        exif["Exif.Photo.SubSecTimeOriginal"] = QString::number(s.subSec + 100).right(2).toStdString();
    // Tags the Exif standard requires in every JPEG, so validators and strict readers accept the files.
    static const std::pair<const char*, const char*> kRequired[] = {{"Exif.Image.XResolution", "72/1"},
        {"Exif.Image.YResolution", "72/1"}, {"Exif.Image.ResolutionUnit", "2"}, {"Exif.Image.YCbCrPositioning", "1"},
        {"Exif.Photo.ExifVersion", "48 50 51 48"}, {"Exif.Photo.FlashpixVersion", "48 49 48 48"},
        {"Exif.Photo.ComponentsConfiguration", "1 2 3 0"}, {"Exif.Photo.ColorSpace", "1"}};
    for (const auto& [key, value] : kRequired) exif[key] = std::string(value);
    exif["Exif.Photo.PixelXDimension"] = uint32_t(o.width);
    exif["Exif.Photo.PixelYDimension"] = uint32_t(o.height);
    if (cam.model->reconyx) {
        const Exiv2::DataValue note = reconyxMakerNote(s, o);
        exif.add(Exiv2::ExifKey("Exif.Photo.MakerNote"), &note);
    }
    return exif;
}

// Splices the EXIF block in as an APP1 segment right after SOI, so each image costs one write. `exif` is a copy
// because Exiv2 0.28's ExifParser::encode takes it non-const (0.27's took it const).
QByteArray withExif(const std::vector<uchar>& jpeg, Exiv2::ExifData exif) {
    Exiv2::Blob tiff;
    Exiv2::ExifParser::encode(tiff, Exiv2::littleEndian, exif);
    const qsizetype length = qsizetype(tiff.size()) + 2 + 6;
    if (length > 0xffff || jpeg.size() < 4 || jpeg[0] != 0xff || jpeg[1] != 0xd8)
        throw std::runtime_error("the encoder produced an unexpected JPEG or EXIF block");
    QByteArray out;
    out.reserve(qsizetype(jpeg.size()) + length + 2);
    out.append("\xff\xd8\xff\xe1", 4);
    out.append(static_cast<char>(length >> 8)).append(static_cast<char>(length & 0xff));
    out.append("Exif\0\0", 6);
    out.append(reinterpret_cast<const char*>(tiff.data()), qsizetype(tiff.size()));
    out.append(reinterpret_cast<const char*>(jpeg.data()) + 2, qsizetype(jpeg.size()) - 2);
    return out;
}

Result<QByteArray> encodeShot(const Shot& s, const Camera& cam, const SyntheticOptions& o) {
    try {
        std::vector<uchar> jpeg;
        if (!cv::imencode(".jpg", renderScene(s, cam, o), jpeg, {cv::IMWRITE_JPEG_QUALITY, o.jpegQuality}))
            throw std::runtime_error("OpenCV could not encode a JPEG");
        return withExif(jpeg, exifFor(s, cam, o));
    } catch (const std::exception& e) { // cv::Exception and Exiv2's errors included
        return Error{ProjectText::tr("Could not create the synthetic image %1: %2. Check free memory, or try a "
                                     "smaller width and height.")
                         .arg(QDir::toNativeSeparators(s.path), QString::fromLocal8Bit(e.what()))};
    }
}

std::optional<Error> writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush()) return std::nullopt;
    return Error{ProjectText::tr("Could not write %1: %2. Check that the disk has free space and the folder is "
                                 "writable.")
                     .arg(QDir::toNativeSeparators(path), file.errorString())};
}

Result<Plan> makePlan(const QString& outDir, const SyntheticOptions& o) {
    Plan plan;
    for (int c = 0; c < o.cameras; ++c) {
        Result<Camera> cam = makeCamera(outDir, o, c);
        if (!cam) return cam.error();
        planCamera(o, c, cam.value(), plan.shots);
        plan.cameras.push_back(std::move(cam).value());
    }
    return plan;
}

// Workers pull shot indices from a shared counter; each file is a pure function of its shot, so neither the
// thread count nor the scheduling changes the output.
std::optional<Error> renderAll(const Plan& plan, const SyntheticOptions& o, qint64& bytes, const Progress& progress) {
    const int total = int(plan.shots.size());
    std::atomic<int> next{0}, done{0};
    std::atomic<qint64> written{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    std::optional<Error> firstError;
    const auto work = [&] {
        for (int i = next++; i < total && !failed; i = next++, ++done) {
            const Shot& s = plan.shots[size_t(i)];
            const Result<QByteArray> jpeg = encodeShot(s, plan.cameras[size_t(s.camera)], o);
            std::optional<Error> error = jpeg ? writeFile(s.path, jpeg.value()) : jpeg.error();
            if (!error) {
                written += jpeg.value().size();
                continue;
            }
            const std::lock_guard lock(errorMutex);
            if (!firstError) firstError = std::move(error);
            failed = true;
        }
    };
    QThreadPool pool;
    const int threads = o.threads > 0 ? o.threads : std::max(1, QThread::idealThreadCount());
    pool.setMaxThreadCount(threads);
    for (int t = 0; t < threads; ++t) pool.start(work);
    while (!pool.waitForDone(100))
        if (progress) progress(done, total);
    bytes += written;
    return firstError;
}

// Files an importer must skip without failing: empty, cut off, not a JPEG at all, not an image.
std::optional<Error> writeOddFiles(const Plan& plan, const SyntheticOptions& o, SyntheticSummary& summary) {
    const Camera& cam = plan.cameras.front();
    Result<QByteArray> full = encodeShot(plan.shots.front(), cam, o);
    if (!full) return full.error();
    const std::pair<const char*, QByteArray> files[] = {{"ZERO0001.JPG", QByteArray()},
        {"TRUNC0001.JPG", full.value().left(full.value().size() * 6 / 10)},
        {"NOTJPEG1.JPG", QByteArrayLiteral("This is a text file with a .JPG name, not a picture.\n")},
        {"README.txt", QByteArrayLiteral("Synthetic camera-trap images made by Trapline for demos and tests.\n")}};
    for (const auto& [name, bytes] : files) {
        if (auto error = writeFile(cam.folder + u'/' + QLatin1String(name), bytes)) return error;
        summary.bytes += bytes.size();
        ++summary.oddFiles;
    }
    return std::nullopt;
}

} // namespace

Result<SyntheticSummary> generateCameraTrapTree(const QString& outDir, const SyntheticOptions& options,
                                               const Progress& progress) {
    if (auto error = validate(options)) return *error;
    try {
        Result<Plan> plan = makePlan(outDir, options);
        if (!plan) return plan.error();
        SyntheticSummary summary;
        if (auto error = renderAll(plan.value(), options, summary.bytes, progress)) return *error;
        if (options.oddFiles)
            if (auto error = writeOddFiles(plan.value(), options, summary)) return *error;
        summary.images = int(plan.value().shots.size());
        summary.cameras = options.cameras;
        summary.events = options.cameras * options.eventsPerCamera;
        if (progress) progress(summary.images, summary.images);
        return summary;
    } catch (const std::exception& e) { // out of memory while planning, or an OpenCV failure drawing backgrounds
        return Error{ProjectText::tr("Could not generate synthetic images in %1: %2")
                         .arg(QDir::toNativeSeparators(outDir), QString::fromLocal8Bit(e.what()))};
    }
}

} // namespace trapline::demo
