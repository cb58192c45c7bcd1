#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace trapline {
class Project;
}

namespace trapline::review {

// A team reviewing one project. A reviewer takes a part of the project away (checkOut): a project file of its own
// with the chosen sequences, their media (paths under the same image folders), the machine's results, the taxa,
// quick keys and individuals. The project records the check-out. Later checkIn brings the reviewer's edits back:
// a sequence nobody else changed takes the reviewer's labels as they are (who and when kept); one changed on both
// sides keeps this project's labels and waits in the Conflicts queue with the reviewer's version beside it
// (Conflicts.h). A part checked in again brings only what changed in it since.

struct CheckoutRequest {
    QStringList deployments;             // by name; or
    std::vector<std::int64_t> sequences; // by id (sequenceQuery() turns a review-queue query into these)
    QString reviewer;
    QString partPath;
    QString scope; // how the sequences were chosen, as the user wrote it (kept with the check-out)
};

struct CheckoutReport {
    std::int64_t checkoutId = 0;
    std::int64_t sequences = 0;
    std::int64_t media = 0;
};

Result<CheckoutReport> checkOut(Project& project, const CheckoutRequest& request);

// The sequences a review-queue query selects: terms separated by commas, each one of "not-reviewed",
// "machine-labelled", "below=CONFIDENCE", "disagreeing", "empty", "conflicts", "species=NAME",
// "deployment=NAME", e.g. "deployment=CAM01,below=0.6".
Result<std::vector<std::int64_t>> sequenceQuery(Project& project, const QString& query);

struct CheckinReport {
    std::int64_t checkoutId = 0;
    QString reviewer;
    std::int64_t applied = 0;          // sequences that took the reviewer's labels
    std::int64_t conflicts = 0;        // sequences changed on both sides, now in the Conflicts queue
    std::int64_t unchanged = 0;        // sequences of the part that the reviewer left as they were
    QStringList taxaAdded, taxaMerged; // merged: the part's new taxon was already here by name
    QStringList individualsAdded, individualsMerged;
    bool nothingNew() const
    {
        return applied == 0 && conflicts == 0 && taxaAdded.isEmpty() && individualsAdded.isEmpty();
    }
    QString summary() const;
};

// All or nothing: a check-in that fails changes nothing in the project. `actor` is the person running it (empty:
// the current user); the labels and the audit entries of the edits keep the reviewer's name and times.
Result<CheckinReport> checkIn(Project& project, const QString& partPath, const QString& actor = {});

} // namespace trapline::review
