#include "DeploymentResolver.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace trapline::ingest {

DeploymentResolver::DeploymentResolver(const QString& rootPath, DeploymentRule rule)
    : m_rootPath(QDir::cleanPath(rootPath)), m_rootName(QFileInfo(m_rootPath).fileName()), m_rule(std::move(rule))
{
    if (m_rootName.isEmpty())
        m_rootName = QStringLiteral("images");
}

bool DeploymentResolver::isDcfFolderName(const QString& name)
{
    static const QRegularExpression dcf(QStringLiteral("^(DCIM|[1-9][0-9]{2}[A-Z0-9_]{5})$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return dcf.match(name).hasMatch();
}

DeploymentResolver::Resolved DeploymentResolver::resolve(const QString& relPath) const
{
    QStringList folders = relPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!folders.isEmpty())
        folders.removeLast(); // the file name
    if (!m_rule.fixedName.isEmpty())
        return {m_rule.fixedName, m_rootPath};
    while (!folders.isEmpty() && isDcfFolderName(folders.last()))
        folders.removeLast();
    for (int i = 0; i < m_rule.levelsUp && !folders.isEmpty(); ++i)
        folders.removeLast();
    const QString inside = folders.join(QLatin1Char('/'));
    const QString name = inside.isEmpty() ? m_rootName : m_rootName + QLatin1Char('/') + inside;
    const QString folder = inside.isEmpty() ? m_rootPath : m_rootPath + QLatin1Char('/') + inside;
    return {name, folder};
}

} // namespace trapline::ingest
