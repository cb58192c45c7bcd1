#include "TimeAdjustment.h"
#include "Tr.h"

#include "SequenceRebuilder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <unordered_map>

namespace trapline::ingest {

namespace {

FrameTimes readTimes(Project& project, std::int64_t deploymentId, std::vector<QString>* names = nullptr)
{
    FrameTimes times{deploymentId, {}};
    auto& st = project.db().cached("SELECT id, taken_at_ms, time_source, rel_path FROM media WHERE deployment_id = ?1"
                                   " ORDER BY id");
    st.bind(1, deploymentId);
    while (st.step()) {
        times.frames.push_back({st.integer(0), st.optInteger(1), static_cast<TimeSource>(st.integer(2))});
        if (names) {
            const QString rel = st.text(3);
            names->push_back(rel.mid(rel.lastIndexOf(u'/') + 1));
        }
    }
    st.reset();
    return times;
}

std::int64_t writeTimes(Project& project, const FrameTimes& before, const FrameTimes& after)
{
    std::unordered_map<std::int64_t, const FrameTimes::Frame*> old;
    for (const auto& f : before.frames)
        old[f.mediaId] = &f;
    auto& update = project.db().cached("UPDATE media SET taken_at_ms = ?2, time_source = ?3 WHERE id = ?1");
    std::int64_t changed = 0;
    for (const auto& f : after.frames) {
        const auto it = old.find(f.mediaId);
        if (it != old.end() && it->second->takenAtMs == f.takenAtMs && it->second->source == f.source)
            continue;
        update.bind(1, f.mediaId).bind(2, f.takenAtMs).bind(3, static_cast<int>(f.source)).run();
        ++changed;
    }
    return changed;
}

Result<TimeAdjustment> apply(Project& project, const FrameTimes& before, const FrameTimes& after, std::int64_t gapMs,
                             const QJsonObject& details, const QString& actor)
{
    try {
        db::Transaction tx(project.db());
        TimeAdjustment out{before, after, writeTimes(project, before, after), 0, 0};
        out.sequences = SequenceRebuilder(project, gapMs).rebuild(before.deploymentId);
        QJsonObject d = details;
        d.insert(QStringLiteral("frames_changed"), static_cast<qint64>(out.changed));
        project.audit({QStringLiteral("times"), QStringLiteral("update"), QStringLiteral("deployments"),
                       before.deploymentId,
                       QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact)), actor});
        tx.commit();
        return out;
    } catch (const db::DbError& e) {
        return databaseFailure(IngestText::tr("Cannot change the frame times"), e);
    }
}

// The deployment's frame times (and file names), or why they cannot be read.
Result<FrameTimes> readDeploymentTimes(Project& project, std::int64_t deploymentId, std::vector<QString>* names = nullptr)
{
    if (!project.deployment(deploymentId))
        return Error{IngestText::tr("The project has no deployment %1; `trapline-cli info PROJECT` lists them.")
                         .arg(deploymentId)};
    try {
        return readTimes(project, deploymentId, names);
    } catch (const db::DbError& e) {
        return databaseFailure(IngestText::tr("Cannot read the frame times"), e);
    }
}

} // namespace

Result<NameTimePattern> NameTimePattern::parse(const QString& pattern)
{
    struct Token {
        const char* text;
        char key;
        int digits;
    };
    static const Token tokens[] = {{"YYYY", 'Y', 4}, {"MM", 'M', 2}, {"DD", 'D', 2}, {"hh", 'h', 2},
                                   {"mm", 'm', 2},   {"ss", 's', 2}, {"fff", 'f', 3}};
    QString regex = QStringLiteral("^");
    QString seen;
    for (qsizetype i = 0; i < pattern.size();) {
        bool matched = false;
        for (const Token& t : tokens) {
            const QLatin1String token(t.text);
            if (pattern.mid(i, token.size()) == token) {
                if (seen.contains(QLatin1Char(t.key)))
                    return Error{IngestText::tr("The pattern names %1 twice.").arg(token)};
                seen += QLatin1Char(t.key);
                regex += QStringLiteral("(?<%1>\\d{%2})").arg(QLatin1Char(t.key)).arg(t.digits);
                i += token.size();
                matched = true;
                break;
            }
        }
        if (matched)
            continue;
        regex += pattern[i] == u'*' ? QStringLiteral(".*") : QRegularExpression::escape(QString(pattern[i]));
        ++i;
    }
    for (const char* needed : {"Y", "M", "D", "h", "m"})
        if (!seen.contains(QLatin1String(needed)))
            return Error{IngestText::tr("The pattern \"%1\" must name the year, month, day, hour and minute (YYYY, MM, "
                                        "DD, hh, mm; ss and fff are optional), for example *__YYYY-MM-DD__hh-mm-ss*")
                             .arg(pattern)};
    NameTimePattern out;
    out.m_regex = QRegularExpression(regex + u'$');
    return out;
}

std::optional<std::int64_t> NameTimePattern::timeOf(const QString& fileName) const
{
    const auto m = m_regex.match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    auto part = [&](const char* name) { return m.captured(QLatin1String(name)).toInt(); };
    const QDate date(part("Y"), part("M"), part("D"));
    const QTime time(part("h"), part("m"), m.captured(QStringLiteral("s")).isEmpty() ? 0 : part("s"),
                     m.captured(QStringLiteral("f")).isEmpty() ? 0 : part("f"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    // Camera clocks carry no zone: times are stored as if they were UTC, like the EXIF reader does.
    return QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
}

Result<TimeAdjustment> shiftTimes(Project& project, std::int64_t deploymentId, std::int64_t byMs, std::int64_t gapMs,
                                  const QString& actor)
{
    const auto read = readDeploymentTimes(project, deploymentId);
    if (!read)
        return read.error();
    const FrameTimes& before = read.value();
    FrameTimes after = before;
    for (auto& f : after.frames)
        if (f.takenAtMs)
            *f.takenAtMs += byMs;
    return apply(project, before, after, gapMs, {{QStringLiteral("shift_ms"), static_cast<qint64>(byMs)}}, actor);
}

Result<TimeAdjustment> setTimesFromNames(Project& project, std::int64_t deploymentId, const NameTimePattern& pattern,
                                         const QString& patternText, std::int64_t gapMs, const QString& actor)
{
    std::vector<QString> names;
    const auto read = readDeploymentTimes(project, deploymentId, &names);
    if (!read)
        return read.error();
    const FrameTimes& before = read.value();
    FrameTimes after = before;
    std::int64_t unmatched = 0;
    for (size_t i = 0; i < after.frames.size(); ++i) {
        if (const auto t = pattern.timeOf(names[i])) {
            after.frames[i].takenAtMs = *t;
            after.frames[i].source = TimeSource::FileName;
        } else {
            ++unmatched;
        }
    }
    if (unmatched == static_cast<std::int64_t>(names.size()) && !names.empty())
        return Error{IngestText::tr("No file name of this deployment matches \"%1\" (for example %2). Nothing was "
                                    "changed.")
                         .arg(patternText, names.front())};
    auto result = apply(project, before, after, gapMs, {{QStringLiteral("from_names"), patternText}}, actor);
    if (result)
        result.value().unmatched = unmatched;
    return result;
}

Result<QStringList> sampleFileNames(Project& project, std::int64_t deploymentId, int limit)
{
    try {
        QStringList names;
        auto& st = project.db().cached("SELECT rel_path FROM media WHERE deployment_id = ?1 ORDER BY id LIMIT ?2");
        st.bind(1, deploymentId).bind(2, limit);
        while (st.step())
            names << st.text(0).mid(st.text(0).lastIndexOf(u'/') + 1);
        st.reset();
        return names;
    } catch (const db::DbError& e) {
        return databaseFailure(IngestText::tr("Cannot read the file names"), e);
    }
}

Result<TimeAdjustment> restoreTimes(Project& project, const FrameTimes& before, std::int64_t gapMs, const QString& actor)
{
    const auto now = readDeploymentTimes(project, before.deploymentId);
    if (!now)
        return now.error();
    return apply(project, now.value(), before, gapMs, {{QStringLiteral("restore"), true}}, actor);
}

std::optional<std::int64_t> parseClockShift(const QString& text)
{
    static const QRegularExpression hms(QStringLiteral("^([+-]?)(\\d+):(\\d{1,2}):(\\d{1,2})$"));
    static const QRegularExpression seconds(QStringLiteral("^([+-]?)(\\d+)$"));
    const QString t = text.trimmed();
    if (const auto m = hms.match(t); m.hasMatch()) {
        if (m.captured(3).toInt() > 59 || m.captured(4).toInt() > 59)
            return std::nullopt;
        const std::int64_t ms = (m.captured(2).toLongLong() * 3600 + m.captured(3).toLongLong() * 60
                                 + m.captured(4).toLongLong()) * 1000;
        return m.captured(1) == u"-" ? -ms : ms;
    }
    if (const auto m = seconds.match(t); m.hasMatch()) {
        const std::int64_t ms = m.captured(2).toLongLong() * 1000;
        return m.captured(1) == u"-" ? -ms : ms;
    }
    return std::nullopt;
}

} // namespace trapline::ingest
