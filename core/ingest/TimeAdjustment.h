#pragma once

#include "Result.h"
#include "project/Project.h"

#include <QRegularExpression>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace trapline::ingest {

// The times of a deployment's frames before an adjustment: enough to undo it exactly.
struct FrameTimes {
    struct Frame {
        std::int64_t mediaId = 0;
        std::optional<std::int64_t> takenAtMs;
        TimeSource source = TimeSource::None;
    };
    std::int64_t deploymentId = 0;
    std::vector<Frame> frames;
};

struct TimeAdjustment {
    FrameTimes before;           // restore these to undo
    FrameTimes after;            // the times written: restore these to redo
    std::int64_t changed = 0;    // frames whose time changed
    std::int64_t unmatched = 0;  // frames the name pattern did not match (their times are kept)
    std::int64_t sequences = 0;  // the deployment's sequences after regrouping
};

// A file-name time pattern: YYYY, MM, DD, hh, mm, ss (and optionally .fff milliseconds) stand for the parts of the
// time, * for any text, and everything else for itself, matched against the whole file name. camtrapR's renamed
// files ("StationA__2009-04-21__00-40-00(1).JPG") match "*__YYYY-MM-DD__hh-mm-ss*".
class NameTimePattern {
public:
    static Result<NameTimePattern> parse(const QString& pattern);
    // Milliseconds since 1970 in the camera's clock (as EXIF times are stored), if the name matches.
    std::optional<std::int64_t> timeOf(const QString& fileName) const;

private:
    QRegularExpression m_regex;
};

// Corrections of a deployment's frame times, as Timelapse users make them: a camera clock set wrong (shift), or
// times that only the file names hold. Each runs in one transaction that also regroups the deployment's sequences
// (keeping their labels, see SequenceRebuilder) and writes the audit log; `before` undoes it.
Result<TimeAdjustment> shiftTimes(Project& project, std::int64_t deploymentId, std::int64_t byMs, std::int64_t gapMs,
                                  const QString& actor = {});
Result<TimeAdjustment> setTimesFromNames(Project& project, std::int64_t deploymentId, const NameTimePattern& pattern,
                                         const QString& patternText, std::int64_t gapMs, const QString& actor = {});
// A few of the deployment's file names (for a pattern's preview).
Result<QStringList> sampleFileNames(Project& project, std::int64_t deploymentId, int limit);
// Puts back the times of `before` (an undo) and regroups.
Result<TimeAdjustment> restoreTimes(Project& project, const FrameTimes& before, std::int64_t gapMs,
                                    const QString& actor = {});

// "+01:30:00", "-0:05:10", "3600" (seconds) → milliseconds.
std::optional<std::int64_t> parseClockShift(const QString& text);

} // namespace trapline::ingest
