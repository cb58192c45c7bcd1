#pragma once

// What the COCO Camera Traps export, the file check and the import share: the category names and the file as read.

#include "Result.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace trapline::formats::coco {

using Box = std::array<double, 4>; // x, y, width, height

// The category an observation is written under: its taxon for an animal, otherwise its type, "empty" for a blank.
QString categoryOf(const QString& type, const QString& taxon);
// The observation type a category stands for; LILA datasets spell the non-animal ones in several ways.
QString typeOfCategory(const QString& category);
// Every category that does not stand for a type names a taxon; "animal" alone is an animal of no known taxon.
bool namesTaxon(const QString& category);
// An annotation without "count" is one individual, or none for an empty image.
std::int64_t defaultCount(const QString& type);

struct CocoImage {
    QString id;
    QString fileName;
    std::optional<std::int64_t> width, height;
};

struct CocoAnnotation {
    qsizetype index = 0;     // its place in "annotations", for messages
    QString id;              // empty when the file gives none
    qsizetype image = 0;     // index into CocoFile::images
    QString category;        // the category's name
    std::optional<Box> bbox; // in pixels
    std::optional<std::int64_t> count;
    bool sequenceLevel = false;
};

struct CocoFile {
    std::vector<CocoImage> images;
    std::vector<CocoAnnotation> annotations;
};

// Reads a whole file and checks every field Trapline uses, so that writing can no longer fail on the file.
Result<CocoFile> readCocoFile(const QString& path);

} // namespace trapline::formats::coco
