#pragma once

#include "TestSupport.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace trapline::test {

// A small camera-trap card of generated images whose class is known: each event (a burst of frames a second apart,
// events ten minutes apart) shows one class, drawn so a small network can tell them apart (a disc, a square,
// stripes, or nothing). Imported into a project and labelled by sequence, as a reviewer would.
struct LabelledProject {
    ScratchProject scratch;
    QStringList classes;                        // scientific names; "empty" for blank events
    std::map<std::int64_t, QString> sequenceClass; // sequence id -> class
};

void makeLabelledProject(LabelledProject& out, int eventsPerClass, int framesPerEvent = 3,
                         const QStringList& classes = {QStringLiteral("Discus rubra"), QStringLiteral("Quadratus caeruleus"),
                                                       QStringLiteral("Striata viridis")});

// Imports `folder` (real data, read in place) and labels each frame, as a reviewer would, by the name of the folder
// that holds it: a species code (a taxon of that name; "UNID" is left unlabelled), or with `individuals` an
// individual's number (a named individual of Tragelaphus angasii, for nyala-reid).
void importAndLabelByFolder(const ScratchProject& scratch, const QString& folder, bool individuals);

} // namespace trapline::test
