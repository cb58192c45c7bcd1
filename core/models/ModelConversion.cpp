#include "ModelConversion.h"

#include "ModelFolders.h"
#include "Tr.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace trapline::models {

namespace {

const QString kScript = QStringLiteral(":/trapline/tools/export_model.py");

QString pythonFor(const ConversionOptions& options)
{
    if (!options.python.isEmpty())
        return options.python;
    if (const QString fromEnv = qEnvironmentVariable("TRAPLINE_PYTHON"); !fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

// What a recipe family needs from Python: export_model.py's source option, the module that must import, and the
// pinned package that provides it (scripts/install-reference-python.sh installs the same pins).
struct Recipe {
    QString option;
    QString module;
    QString package;
    QString packageName;
};

std::optional<Recipe> recipeFor(const QString& family)
{
    if (family == QLatin1String("yolov5"))
        return Recipe{QStringLiteral("--yolov5"), QStringLiteral("yolov5.models.experimental"),
                      QStringLiteral("yolov5==7.0.9"), QStringLiteral("YOLOv5")};
    // MegaDetector v6 and v1000 cedar/larch/sorrel: one recipe reads the head and picks the decoder.
    if (family == QLatin1String("ultralytics") || family == QLatin1String("yolov10") ||
        family == QLatin1String("rt-detr"))
        return Recipe{QStringLiteral("--ultralytics"), QStringLiteral("ultralytics.nn.tasks"),
                      QStringLiteral("ultralytics==8.3.40"), QStringLiteral("Ultralytics")};
    return std::nullopt;
}

QStringList recipeArguments(const CatalogueEntry& entry, const QString& checkpoint, const QString& folder)
{
    QStringList args{recipeFor(entry.recipe)->option, checkpoint,    QStringLiteral("--name"), entry.name,
                     QStringLiteral("--version"),     entry.version, QStringLiteral("--out"),  folder};
    const int width = entry.input.value(QStringLiteral("width")).toInt();
    const int height = entry.input.value(QStringLiteral("height")).toInt();
    if (width > 0 && height > 0)
        args << QStringLiteral("--size") << QString::number(width) << QString::number(height);
    const int stride = entry.input.value(QStringLiteral("pad_to_stride")).toInt();
    if (stride > 0)
        args << QStringLiteral("--pad-to-stride") << QString::number(stride);
    const double confidence = entry.thresholds.value(QStringLiteral("confidence")).toDouble(-1);
    if (confidence >= 0)
        args << QStringLiteral("--confidence") << QString::number(confidence);
    return args;
}

QString quoted(const QStringList& args)
{
    QStringList out;
    for (const QString& a : args)
        out << (a.contains(QLatin1Char(' ')) ? QLatin1Char('"') + a + QLatin1Char('"') : a);
    return out.join(QLatin1Char(' '));
}

// The commands that do the same by hand, as one sentence for an Error.
QString byHand(const CatalogueEntry& entry, const QString& checkpoint, const QString& folder)
{
    return InferenceText::tr("To convert by hand: %1 (then run \"trapline-cli models convert %2 %3 --python "
                             "~/.venv-trapline/bin/python\" to do it for you).")
        .arg(manualConversionCommands(entry, checkpoint, folder).join(QStringLiteral("; ")), entry.id, checkpoint);
}

// Runs a process to its end, polling for cancellation; returns (exit code, merged output), -1 when it could not run.
std::pair<int, QString> run(const QString& program, const QStringList& args, JobControl& control)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    QString output;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::readyRead, &loop, [&] { output += QString::fromUtf8(process.readAll()); });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (control.cancelled())
            process.kill();
    });
    poll.start(200);
    process.start(program, args);
    if (process.state() != QProcess::NotRunning || process.error() != QProcess::FailedToStart)
        loop.exec();
    if (process.error() == QProcess::FailedToStart)
        return {-1, process.errorString()};
    process.waitForFinished(-1);
    output += QString::fromUtf8(process.readAll());
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, output};
}

} // namespace

QStringList manualConversionCommands(const CatalogueEntry& entry, const QString& checkpoint, const QString& folder)
{
    const std::optional<Recipe> recipe = recipeFor(entry.recipe);
    if (!recipe)
        return {};
    return {QStringLiteral("sudo apt install python3-torch python3-venv"),
            QStringLiteral("python3 -m venv --system-site-packages ~/.venv-trapline"),
            QStringLiteral("~/.venv-trapline/bin/pip install --no-deps ") + recipe->package,
            QStringLiteral("~/.venv-trapline/bin/python tools/export_model.py ") +
                quoted(recipeArguments(entry, checkpoint, folder.isEmpty() ? userModelsFolder() : folder))};
}

Result<ConversionOutcome> convertModel(const CatalogueEntry& entry, const QString& checkpoint,
                                       const ConversionOptions& options, JobControl& control)
{
    const std::optional<Recipe> recipe = recipeFor(entry.recipe);
    if (!recipe)
        return Error{InferenceText::tr("Trapline has no conversion recipe for %1 yet (family \"%2\"); see "
                                       "tools/README.md for exporting models by hand.")
                         .arg(entry.name, entry.recipe.isEmpty() ? InferenceText::tr("unknown") : entry.recipe)};
    if (!QFileInfo(checkpoint).isFile())
        return Error{InferenceText::tr("%1 does not exist or is not a file.").arg(checkpoint)};
    const QString folder = options.folder.isEmpty() ? userModelsFolder() : options.folder;
    const QString absoluteCheckpoint = QFileInfo(checkpoint).absoluteFilePath();
    const QString python = pythonFor(options);
    if (python.isEmpty())
        return Error{InferenceText::tr("No Python was found to convert %1. %2")
                         .arg(entry.name, byHand(entry, absoluteCheckpoint, folder))};
    control.beginPhase(InferenceText::tr("Checking %1").arg(python), 0);
    const auto [torchCode, torchOutput] =
        run(python, {QStringLiteral("-c"), QStringLiteral("import torch, ") + recipe->module}, control);
    if (torchCode != 0) {
        const QString why = torchOutput.trimmed().section(QLatin1Char('\n'), -1);
        return Error{InferenceText::tr("%1 cannot run the conversion: it lacks PyTorch or %4's code%2. %3")
                         .arg(python, why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why),
                              byHand(entry, absoluteCheckpoint, folder), recipe->packageName)};
    }
    QTemporaryDir scratch;
    const QString script = scratch.filePath(QStringLiteral("export_model.py"));
    if (!scratch.isValid() || !QFile::copy(kScript, script))
        return Error{InferenceText::tr("Cannot write the conversion script to %1.").arg(scratch.path())};
    if (!QDir().mkpath(folder))
        return Error{InferenceText::tr("Cannot create the models folder %1.").arg(folder)};
    control.beginPhase(InferenceText::tr("Converting %1").arg(entry.name), 0);
    const auto [code, output] =
        run(python, QStringList{script} + recipeArguments(entry, absoluteCheckpoint, folder), control);
    if (control.cancelled())
        return Error{InferenceText::tr("The conversion of %1 was cancelled.").arg(entry.name)};
    if (code != 0) {
        const QStringList lines = output.trimmed().split(QLatin1Char('\n'));
        return Error{
            InferenceText::tr("The conversion of %1 failed:\n%2")
                .arg(entry.name, lines.mid(std::max<qsizetype>(0, lines.size() - 12)).join(QLatin1Char('\n')))};
    }
    QString manifest;
    for (const QString& line : output.split(QLatin1Char('\n')))
        if (line.trimmed().startsWith(QLatin1String("manifest:")))
            manifest = line.trimmed().mid(9).trimmed();
    if (manifest.isEmpty() || !QFileInfo(manifest).isFile())
        return Error{InferenceText::tr("The conversion of %1 ended without a manifest:\n%2").arg(entry.name, output)};
    return ConversionOutcome{manifest, output};
}

} // namespace trapline::models
