#pragma once

#include "project/Database.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <functional>

namespace trapline::review {

// A sequence's labels as a person left them, in a form that travels between projects (a part checked out for
// review and the project it came from): whether it is reviewed, the boxes people drew, the observations people
// made (sequence, frames, boxes) and the verdicts on the machine's boxes. Rows are JSON objects keyed by column,
// so a version read from a part can be written into the project even where the two number their rows apart.
//
// {"review_state": 2, "boxes": [{column: value}], "observations": [{column: value}],
//  "machine_reviews": [{"id": 7, "review": "accepted"}]}
QJsonObject readVersion(db::Database& db, std::int64_t sequenceId);

// Makes the sequence's stored labels equal to `version`, inside the caller's transaction: people's boxes and
// observations of the sequence are replaced (new ids; an observation follows its box), the machine boxes'
// verdicts and the review state are set. Taxa and individuals must already be in this project's numbering.
void applyVersion(db::Database& db, std::int64_t sequenceId, const QJsonObject& version);

// Renumbers what a version names (taxon_id, individual_id of its observations) with the maps given.
QJsonObject renumbered(QJsonObject version, const std::function<std::int64_t(std::int64_t)>& taxon,
                       const std::function<std::int64_t(std::int64_t)>& individual);

// A digest of what a person decided about the sequence (people's rows, verdicts on machine boxes, whether it is
// reviewed), not of what a model wrote, so that a later inference run is not taken for an edit. Equal digests on
// one side mean nobody changed the sequence there.
QString labelHash(db::Database& db, std::int64_t sequenceId);

} // namespace trapline::review
