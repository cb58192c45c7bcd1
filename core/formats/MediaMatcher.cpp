#include "MediaMatcher.h"

#include "project/Project.h"

namespace trapline::formats {

namespace {

QString fileNameOf(const QString& path) { return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1); }

MediaMatch only(const QList<MediaRef>& fits)
{
    return {fits.size() == 1 ? std::optional<MediaRef>(fits.front()) : std::nullopt, static_cast<int>(fits.size())};
}

} // namespace

MediaMatcher::MediaMatcher(Project& project)
{
    auto& st = project.db().cached("SELECT id, rel_path, sequence_id FROM media");
    while (st.step()) {
        MediaRef ref{st.integer(0), st.text(1), st.optInteger(2)};
        m_byName.insert(fileNameOf(ref.relPath), ref);
        m_byPath.insert(ref.relPath, std::move(ref));
    }
}

MediaMatch MediaMatcher::find(const QString& name) const
{
    QString file = name.trimmed();
    file.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (file.startsWith(QLatin1String("./")))
        file.remove(0, 2);
    if (file.isEmpty())
        return {};
    if (const QList<MediaRef> exact = m_byPath.values(file); !exact.isEmpty())
        return only(exact);
    const QList<MediaRef> named = m_byName.values(fileNameOf(file));
    QList<MediaRef> suffix;
    for (const MediaRef& ref : named)
        if (file.endsWith(QLatin1Char('/') + ref.relPath) || ref.relPath.endsWith(QLatin1Char('/') + file))
            suffix << ref;
    return only(suffix.isEmpty() ? named : suffix);
}

} // namespace trapline::formats
