#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace trapline {

// Writes through a temporary file and renames it: a crash or full disk leaves the old file in place.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace trapline
