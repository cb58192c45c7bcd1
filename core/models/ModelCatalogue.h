#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace trapline::models {

// What a licence lets a user do, as far as Trapline knows it. Anything but Open needs the user's acceptance before
// a download (CatalogueEntry::licence.mustAccept says so explicitly, and the parser insists on it for these).
enum class LicenceTerms { Open, NonCommercial, Agpl, Unknown };

struct Licence {
    QString name;
    LicenceTerms terms = LicenceTerms::Unknown;
    bool mustAccept = true;
};

// Where the published file is. Each field the upstream source did not state is empty (unknown): never guessed.
struct DownloadSpec {
    QString url;
    QString file;                    // the file name in the models folder
    std::optional<qint64> sizeBytes; // unknown when absent; exact bytes only (the download checks it)
    QString sizeText;                // a rounded size as published ("268 MB"), empty when none is known
    QString md5;                     // lowercase hex, empty when upstream publishes none
    QString sha256;                  // lowercase hex, empty when upstream publishes none
    QString note;
    bool downloadable() const { return !url.isEmpty() && !file.isEmpty(); }
};

// One model of the catalogue: where to get it, under which licence, and what it takes to run it in Trapline. The
// input, decoder, classes and thresholds are kept as written (null: unknown) for the conversion recipe to use.
struct CatalogueEntry {
    QString id;
    QString name;
    QString version;
    QString kind; // detector, classifier, embedder
    QString architecture;
    DownloadSpec download;
    Licence licence;
    QJsonObject input; // empty: unknown
    QString decoder;   // empty: unknown
    QStringList classes;
    QString labelsFile;
    QJsonObject thresholds; // empty: unknown
    QString recipe;         // the tools/export_model.py family
    QString conversionCommand;
    QStringList sources;
};

struct ModelCatalogue {
    int version = 0;
    QString updated;
    QString origin; // the file it was read from (":/..." for the built-in one)
    std::vector<CatalogueEntry> entries;

    const CatalogueEntry* find(const QString& id) const;

    // Reads a catalogue; a malformed one is an Error naming the file and every problem found (entry and field).
    static Result<ModelCatalogue> parse(const QByteArray& json, const QString& origin);
    static Result<ModelCatalogue> loadFile(const QString& path);
    // The catalogue built into Trapline.
    static ModelCatalogue builtIn();
    // The built-in catalogue, or the one in the per-user models folder when that one has a higher version. A
    // broken user file is reported in `warning` and the built-in catalogue is used.
    static ModelCatalogue current(QString* warning = nullptr);
};

QString licenceTermsName(LicenceTerms terms);
// "1.2 GB", "850 MB", or "size unknown".
QString sizeText(const std::optional<qint64>& bytes);
// The size of a download for a listing: the exact size when known ("268 MB"), else the rounded size the publisher
// states ("about 268 MB"), else "size unknown".
QString sizeText(const DownloadSpec& download);

} // namespace trapline::models
