#include "AtomicFile.h"
#include "Tr.h"

#include <QSaveFile>

namespace trapline {

Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ProjectText::tr("Cannot write %1 (%2); the disk may be full. Nothing was changed.")
                         .arg(path, file.errorString())};
    return okStatus();
}

} // namespace trapline
