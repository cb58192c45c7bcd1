#pragma once

#include <QHash>
#include <QMultiHash>
#include <QString>

#include <cstdint>
#include <optional>

namespace trapline {
class Project;
}

namespace trapline::formats {

struct MediaRef {
    std::int64_t id = 0;
    QString relPath;
    std::optional<std::int64_t> sequenceId;
};

struct MediaMatch {
    std::optional<MediaRef> media;
    int candidates = 0; // media that fit equally well: more than 1 means the name is ambiguous and none is chosen
};

// Finds the media that a labels file names, the way other tools write paths: the relative path exactly, then a
// unique path suffix (either side may carry more leading folders), then a unique file name. Backslashes count as
// slashes. Reads every media's path once and keeps them in memory.
class MediaMatcher {
public:
    explicit MediaMatcher(Project& project);
    MediaMatch find(const QString& file) const;

private:
    QMultiHash<QString, MediaRef> m_byPath;
    QMultiHash<QString, MediaRef> m_byName;
};

} // namespace trapline::formats
