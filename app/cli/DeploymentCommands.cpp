// trapline-cli deployments list|set|import: the properties a data package needs that images cannot tell.
#include "CliCommands.h"

#include "CliSupport.h"
#include "formats/DeploymentsCsv.h"
#include "project/Deployments.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>
#include <type_traits>

namespace trapline::cli {

namespace {

const char* const kUsage =
    "deployments list PROJECT [--json]\n"
    "       trapline-cli deployments set PROJECT --deployment NAME [--lat DEG --lon DEG] [--uncertainty M]\n"
    "                    [--utc-offset +HH:MM | --timezone ZONE] [--camera-model TEXT] [--height M] [--location-name "
    "TEXT]\n"
    "                    [--country ISO3 [--region CODE]]\n"
    "       trapline-cli deployments import PROJECT FILE.csv";

std::unique_ptr<Project> openProject(const QString& path)
{
    auto project = Project::open(path);
    if (!project) {
        printError(project.error().message);
        return nullptr;
    }
    return std::move(project).value();
}

QString orDash(const QString& s) { return s.isEmpty() ? QStringLiteral("-") : s; }

template <class T>
QString orDash(const std::optional<T>& v)
{
    return v ? QString::number(*v, 'g', 10) : QStringLiteral("-");
}

QString clockOf(const DeploymentProperties& p)
{
    if (!p.timeZone.isEmpty())
        return p.timeZone;
    return p.utcOffsetSeconds ? QStringLiteral("UTC") + formatUtcOffset(*p.utcOffsetSeconds) : QStringLiteral("unknown");
}

int list(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the deployments and their properties."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (for scripts).")});
    if (!parse(parser, args, 1, QString::fromLatin1(kUsage)))
        return 2;
    // Not read-only: a project from before the deployment columns existed is upgraded (with a backup) first.
    auto project = openProject(parser.positionalArguments().at(0));
    if (!project)
        return 1;
    auto all = allDeploymentProperties(*project);
    if (!all) {
        printError(all.error().message);
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& p : all.value())
            array.append(p.toJson());
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return 0;
    }
    int withoutPosition = 0;
    for (const auto& p : all.value()) {
        printOut(QStringLiteral("%1\n  position: %2, %3 (uncertainty %4 m)  clock: %5  camera: %6, height %7 m  location: %8\n")
                     .arg(p.name, orDash(p.latitude), orDash(p.longitude), orDash(p.coordinateUncertaintyM), clockOf(p),
                          orDash(p.cameraModel), orDash(p.cameraHeightM), orDash(p.locationName)));
        withoutPosition += p.hasPosition() ? 0 : 1;
    }
    if (withoutPosition > 0)
        std::fprintf(stderr, "%d deployment(s) have no position; a Camtrap DP export needs one. Set it with: "
                             "trapline-cli deployments set PROJECT --deployment NAME --lat DEG --lon DEG\n", withoutPosition);
    return 0;
}

// Reads a number option into `target` when it is given; false (with a message) when it is not a number.
template <class T>
bool numberOption(const QCommandLineParser& parser, const QString& name, std::optional<T>& target)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || (std::is_integral_v<T> && v != std::floor(v))) {
        printError(QStringLiteral("--%1 takes a %2, not \"%3\"")
                       .arg(name, std::is_integral_v<T> ? QStringLiteral("whole number") : QStringLiteral("number"),
                            parser.value(name)));
        return false;
    }
    target = static_cast<T>(v);
    return true;
}

int set(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Set a deployment's properties. Only the options given change; the others keep their values."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addOption({QStringLiteral("deployment"), QStringLiteral("The deployment's name (see deployments list)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("lat"), QStringLiteral("Latitude, decimal degrees WGS84 (-90..90, south negative)."), QStringLiteral("DEG")});
    parser.addOption({QStringLiteral("lon"), QStringLiteral("Longitude, decimal degrees WGS84 (-180..180, west negative)."), QStringLiteral("DEG")});
    parser.addOption({QStringLiteral("uncertainty"), QStringLiteral("Coordinate uncertainty in whole metres (1 or more)."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("utc-offset"), QStringLiteral("The camera clock's fixed offset from UTC, e.g. +02:00."), QStringLiteral("OFFSET")});
    parser.addOption({QStringLiteral("timezone"), QStringLiteral("The camera clock's time zone, e.g. Europe/Paris (follows daylight saving time)."),
                      QStringLiteral("ZONE")});
    parser.addOption({QStringLiteral("camera-model"), QStringLiteral("Camera make and model."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("height"), QStringLiteral("Camera height above the ground in metres."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("location-name"), QStringLiteral("Name of the place."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("country"),
                      QStringLiteral("ISO 3166-1 alpha-3 country code, e.g. KEN (SpeciesNet's geofence)."),
                      QStringLiteral("ISO3")});
    parser.addOption({QStringLiteral("region"),
                      QStringLiteral("First-level region code, e.g. the US state CA (SpeciesNet's geofence)."),
                      QStringLiteral("CODE")});
    if (!parse(parser, args, 1, QString::fromLatin1(kUsage)))
        return 2;
    if (parser.value(QStringLiteral("deployment")).isEmpty()) {
        printError(QStringLiteral("give --deployment NAME; see the names with: trapline-cli deployments list %1")
                       .arg(parser.positionalArguments().at(0)));
        return 2;
    }
    if (parser.isSet(QStringLiteral("utc-offset")) && parser.isSet(QStringLiteral("timezone"))) {
        printError(QStringLiteral("give --utc-offset or --timezone, not both"));
        return 2;
    }
    auto project = openProject(parser.positionalArguments().at(0));
    if (!project)
        return 1;
    auto id = deploymentIdByName(*project, parser.value(QStringLiteral("deployment")));
    if (!id) {
        printError(id.error().message);
        return 1;
    }
    auto current = deploymentProperties(*project, id.value());
    if (!current) {
        printError(current.error().message);
        return 1;
    }
    DeploymentProperties p = current.value();
    if (!numberOption(parser, QStringLiteral("lat"), p.latitude) || !numberOption(parser, QStringLiteral("lon"), p.longitude) ||
        !numberOption(parser, QStringLiteral("uncertainty"), p.coordinateUncertaintyM) ||
        !numberOption(parser, QStringLiteral("height"), p.cameraHeightM))
        return 2;
    if (parser.isSet(QStringLiteral("utc-offset"))) {
        const auto offset = parseUtcOffset(parser.value(QStringLiteral("utc-offset")));
        if (!offset) {
            printError(QStringLiteral("--utc-offset takes an offset such as +02:00 or -05:30, not \"%1\"")
                           .arg(parser.value(QStringLiteral("utc-offset"))));
            return 2;
        }
        p.utcOffsetSeconds = offset;
        p.timeZone.clear();
    }
    if (parser.isSet(QStringLiteral("timezone"))) {
        p.timeZone = parser.value(QStringLiteral("timezone")).trimmed();
        p.utcOffsetSeconds.reset();
    }
    if (parser.isSet(QStringLiteral("camera-model")))
        p.cameraModel = parser.value(QStringLiteral("camera-model")).trimmed();
    if (parser.isSet(QStringLiteral("location-name")))
        p.locationName = parser.value(QStringLiteral("location-name")).trimmed();
    if (parser.isSet(QStringLiteral("country")))
        p.countryCode = parser.value(QStringLiteral("country")).trimmed().toUpper();
    if (parser.isSet(QStringLiteral("region")))
        p.admin1Region = parser.value(QStringLiteral("region")).trimmed().toUpper();
    if (Status s = setDeploymentProperties(*project, {p}, QStringLiteral("cli")); !s) {
        printError(s.error().message);
        return 1;
    }
    std::fprintf(stderr, "Saved the properties of %s.\n", qPrintable(p.name));
    return 0;
}

int importCsv(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Set deployment properties from a CSV file shaped like Camtrap DP's deployments.csv: deploymentID (the "
        "deployment's name) and any of locationName, latitude, longitude, coordinateUncertainty, cameraModel, "
        "cameraHeight, timezone (Europe/Paris or +02:00), utcOffset. Empty cells keep the project's values. All rows "
        "are checked first: one bad row changes nothing."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project file."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The CSV file."));
    if (!parse(parser, args, 2, QString::fromLatin1(kUsage)))
        return 2;
    auto project = openProject(parser.positionalArguments().at(0));
    if (!project)
        return 1;
    auto applied = formats::importDeploymentsCsv(*project, parser.positionalArguments().at(1), QStringLiteral("cli"));
    if (!applied) {
        printError(applied.error().message);
        return 1;
    }
    std::fprintf(stderr, "Set the properties of %d deployment(s).\n", applied.value());
    return 0;
}

} // namespace

int runDeployments(const QStringList& args)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = QStringLiteral("deployments ") + sub; // stands in for the program name in the parser's help
    if (sub == u"list")
        return list(rest);
    if (sub == u"set")
        return set(rest);
    if (sub == u"import")
        return importCsv(rest);
    if (sub == u"--help" || sub == u"-h") {
        printOut(QStringLiteral("Usage: trapline-cli %1\n").arg(QString::fromLatin1(kUsage)));
        return 0;
    }
    printError(QStringLiteral("deployments takes list, set or import.\nUsage: trapline-cli %1").arg(QString::fromLatin1(kUsage)));
    return 2;
}

} // namespace trapline::cli
