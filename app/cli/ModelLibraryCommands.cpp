// trapline-cli models catalogue|download|installed|remove: the model library.
#include "CliCommands.h"

#include "CliSupport.h"
#include "ProgressPrinter.h"
#include "inference/ModelManifest.h"
#include "inference/ModelRunner.h"
#include "models/InstalledModels.h"
#include "models/ModelCatalogue.h"
#include "models/ModelConversion.h"
#include "models/ModelDownload.h"
#include "models/ModelFolders.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trapline::cli {

namespace {

using models::CatalogueEntry;
using models::ModelCatalogue;

ModelCatalogue catalogue()
{
    QString warning;
    ModelCatalogue c = ModelCatalogue::current(&warning);
    if (!warning.isEmpty())
        printError(warning);
    return c;
}

// The entry `id` of the catalogue, or nullptr after saying that there is none.
const CatalogueEntry* findEntry(const ModelCatalogue& c, const QString& id)
{
    const CatalogueEntry* entry = c.find(id);
    if (!entry)
        printError(
            QStringLiteral("The catalogue has no model \"%1\"; \"trapline-cli models catalogue\" lists them.").arg(id));
    return entry;
}

QString licenceColumn(const CatalogueEntry& e)
{
    return models::licenceTermsName(e.licence.terms) +
           (e.licence.mustAccept ? QStringLiteral(", must accept") : QString());
}

int runCatalogue(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the models Trapline can fetch, with licence and size."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the entries as JSON.")});
    if (!parse(parser, args, 0, QStringLiteral("models catalogue [--json]")))
        return 2;
    const ModelCatalogue c = catalogue();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const CatalogueEntry& e : c.entries)
            out.append(QJsonObject{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("name"), e.name},
                {QStringLiteral("kind"), e.kind},
                {QStringLiteral("licence"), e.licence.name},
                {QStringLiteral("licence_terms"), models::licenceTermsName(e.licence.terms)},
                {QStringLiteral("must_accept"), e.licence.mustAccept},
                {QStringLiteral("size_bytes"),
                 e.download.sizeBytes ? QJsonValue(double(*e.download.sizeBytes)) : QJsonValue()},
                {QStringLiteral("size_text"),
                 e.download.sizeText.isEmpty() ? QJsonValue() : QJsonValue(e.download.sizeText)},
                {QStringLiteral("url"), e.download.url.isEmpty() ? QJsonValue() : QJsonValue(e.download.url)},
                {QStringLiteral("installed"), !models::findInstalledFile(e.download.file).isEmpty()}});
        printOut(QString::fromUtf8(QJsonDocument(out).toJson()));
        return 0;
    }
    printOut(QStringLiteral("Model catalogue version %1 (%2), %3 models. Sizes and checksums are given only where "
                            "the publisher states them.\n\n")
                 .arg(c.version)
                 .arg(c.origin.startsWith(QLatin1Char(':')) ? QStringLiteral("built in") : c.origin)
                 .arg(c.entries.size()));
    for (const CatalogueEntry& e : c.entries) {
        const bool installed = !models::findInstalledFile(e.download.file).isEmpty();
        printOut(QStringLiteral("%1 %2 %3 %4%5\n    %6 %7; licence: %8\n")
                     .arg(e.id.leftJustified(28), e.kind.leftJustified(11),
                          models::sizeText(e.download).leftJustified(14), licenceColumn(e).leftJustified(30),
                          installed ? QStringLiteral("installed")
                                    : (e.download.downloadable() ? QString() : QStringLiteral("no direct download")),
                          e.name, e.version, e.licence.name));
    }
    return 0;
}

int runDownload(const QStringList& args)
{
    const QString usage = QStringLiteral("models download ID [--accept-licence] [--file PATH] [--url URL]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Download a catalogue model into the models folder (%1). An interrupted download resumes "
                       "where it stopped; the file is checked against the checksum its publisher gives.")
            .arg(models::userModelsFolder()));
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The model's id in \"models catalogue\"."));
    parser.addOption(
        {QStringLiteral("accept-licence"),
         QStringLiteral("Accept the model's licence (needed for non-commercial, AGPL and unknown terms).")});
    parser.addOption({QStringLiteral("file"), QStringLiteral("Use a file you already have instead of downloading."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("url"), QStringLiteral("Download from this mirror instead of the publisher."),
                      QStringLiteral("URL")});
    if (!parse(parser, args, 1, usage))
        return 2;
    const ModelCatalogue c = catalogue();
    const QString id = parser.positionalArguments().at(0);
    const CatalogueEntry* entry = findEntry(c, id);
    if (!entry)
        return 1;
    models::DownloadOptions options;
    options.licenceAccepted = parser.isSet(QStringLiteral("accept-licence"));
    options.localFile = parser.value(QStringLiteral("file"));
    if (parser.isSet(QStringLiteral("url")))
        options.mirror = QUrl(parser.value(QStringLiteral("url")));
    ProgressPrinter printer;
    JobControl control([&](const JobProgress& p) { printer(p); });
    InterruptGuard interrupt(control);
    auto result = models::downloadModel(*entry, options, control);
    printer.finish();
    if (!result) {
        printError(result.error().message);
        return 1;
    }
    const auto& r = result.value();
    printOut(QStringLiteral("Installed %1: %2 (%3%4).\n")
                 .arg(entry->name, r.path, models::sizeText(r.bytes),
                      r.checksum.isEmpty() ? QStringLiteral(", no published checksum to check")
                                           : QStringLiteral(", %1 verified").arg(r.checksum)));
    if (!entry->conversionCommand.isEmpty() || !entry->recipe.isEmpty())
        printOut(QStringLiteral("Trapline runs TorchScript: convert it with tools/export_model.py (recipe \"%1\")%2\n")
                     .arg(entry->recipe, entry->conversionCommand.isEmpty()
                                             ? QStringLiteral(".")
                                             : QStringLiteral(":\n  ") + entry->conversionCommand));
    return 0;
}

int runInstalled(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the installed models and the folders searched."));
    if (!parse(parser, args, 0, QStringLiteral("models installed")))
        return 2;
    const ModelCatalogue c = catalogue();
    printOut(QStringLiteral("Models folders (TRAPLINE_MODEL_PATH adds more):\n"));
    for (const QString& folder : models::modelSearchFolders())
        printOut(QStringLiteral("  %1%2\n")
                     .arg(folder, QFileInfo(folder).isDir() ? QString() : QStringLiteral(" (absent)")));
    printOut(QStringLiteral("\nDownloaded catalogue models:\n"));
    int downloads = 0;
    for (const CatalogueEntry& e : c.entries) {
        const QString path = models::findInstalledFile(e.download.file);
        if (path.isEmpty())
            continue;
        ++downloads;
        printOut(QStringLiteral("  %1 %2 (%3)\n")
                     .arg(e.id.leftJustified(28), path, models::sizeText(QFileInfo(path).size())));
    }
    if (downloads == 0)
        printOut(QStringLiteral("  none (\"trapline-cli models download ID\")\n"));
    printOut(QStringLiteral("\nModel manifests (use their name with --model):\n"));
    QStringList manifests;
    for (const QString& folder : models::modelSearchFolders())
        for (const QFileInfo& f : QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            if (f.fileName() != QLatin1String("model-catalogue.json"))
                manifests << f.absoluteFilePath();
    manifests << models::shippedManifests();
    for (const QString& path : manifests) {
        auto m = inference::ModelManifest::load(path);
        const QString base = QFileInfo(path).completeBaseName();
        if (m)
            printOut(QStringLiteral("  %1 %2, %3, ready\n")
                         .arg(base.leftJustified(28), m.value().name, inference::kindName(m.value().kind)));
        else
            printOut(QStringLiteral("  %1 not ready: %2\n")
                         .arg(base.leftJustified(28), m.error().message.section(QLatin1Char('\n'), 0, 0)));
    }
    return 0;
}

int runRemove(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Remove a downloaded model (and any unfinished download of it) from the models folder %1.")
            .arg(models::userModelsFolder()));
    parser.addPositionalArgument(QStringLiteral("id"),
                                 QStringLiteral("The model's catalogue id, or a file name in the folder."));
    if (!parse(parser, args, 1, QStringLiteral("models remove ID|FILE")))
        return 2;
    const QString what = parser.positionalArguments().at(0);
    const ModelCatalogue c = catalogue();
    const CatalogueEntry* entry = c.find(what);
    const QString fileName = entry ? entry->download.file : what;
    const auto removed = models::removeDownloadedFile(fileName);
    if (!removed) {
        printError(removed.error().message);
        return 1;
    }
    for (const QString& path : removed.value())
        printOut(QStringLiteral("Removed %1\n").arg(path));
    return 0;
}

int runConvert(const QStringList& args)
{
    const QString usage = QStringLiteral("models convert ID CHECKPOINT [--python PYTHON]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Convert a published checkpoint to a TorchScript model and its manifest in the models folder "
                       "(%1), with the catalogue's recipe and a Python that has PyTorch, then check it like "
                       "model-check does.")
            .arg(models::userModelsFolder()));
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The model's id in \"models catalogue\"."));
    parser.addPositionalArgument(QStringLiteral("checkpoint"), QStringLiteral("The file as published (.pt)."));
    parser.addOption({QStringLiteral("python"),
                      QStringLiteral("The Python to run the recipe with (default: $TRAPLINE_PYTHON, else python3)."),
                      QStringLiteral("PYTHON")});
    if (!parse(parser, args, 2, usage))
        return 2;
    const ModelCatalogue c = catalogue();
    const QString id = parser.positionalArguments().at(0);
    const CatalogueEntry* entry = findEntry(c, id);
    if (!entry)
        return 1;
    models::ConversionOptions options;
    options.python = parser.value(QStringLiteral("python"));
    ProgressPrinter printer;
    JobControl control([&](const JobProgress& p) { printer(p); });
    InterruptGuard interrupt(control);
    auto converted = models::convertModel(*entry, parser.positionalArguments().at(1), options, control);
    printer.finish();
    if (!converted) {
        printError(converted.error().message);
        return 1;
    }
    printOut(converted.value().log);
    // The model-check step: load the result in LibTorch and run a blank image through it.
    auto model = inference::loadModel(converted.value().manifestPath, inference::DeviceChoice::Cpu);
    if (!model) {
        printError(model.error().message);
        return 1;
    }
    const inference::ModelManifest& m = model.value().manifest;
    printOut(QStringLiteral("Checked: %1 %2: a %3 (%4 decoder), %5 classes, input %6x%7, version hash %8\n"
                            "Use it by name: --model \"%1\"\n")
                 .arg(m.name, m.version, inference::kindName(m.kind), inference::decoderName(m.decoder))
                 .arg(m.classes.size())
                 .arg(m.input.width)
                 .arg(m.input.height)
                 .arg(m.contentHash));
    return 0;
}

} // namespace

int runModelLibrary(const QStringList& args)
{
    const QString verb = args.value(1);
    const QStringList rest = args.mid(1);
    if (verb == u"catalogue")
        return runCatalogue(rest);
    if (verb == u"download")
        return runDownload(rest);
    if (verb == u"installed")
        return runInstalled(rest);
    if (verb == u"remove")
        return runRemove(rest);
    if (verb == u"convert")
        return runConvert(rest);
    if (verb.isEmpty() || verb == u"--help" || verb == u"-h") {
        printOut(QStringLiteral(
            "Usage: trapline-cli models catalogue [--json]        the models Trapline can fetch, with licence and "
            "size\n"
            "       trapline-cli models download ID [--accept-licence] [--file PATH] [--url URL]\n"
            "       trapline-cli models convert ID CHECKPOINT [--python PYTHON]\n"
            "       trapline-cli models installed                 folders, downloads and ready manifests\n"
            "       trapline-cli models remove ID|FILE\n"
            "       trapline-cli models PROJECT [--activate ID]   the models trained in a project\n"
            "Run 'trapline-cli models VERB --help' for a verb's options.\n"));
        return verb.isEmpty() ? 2 : 0;
    }
    // "models PROJECT": the models trained in a project.
    return runModels(args);
}

} // namespace trapline::cli
