#pragma once

#include "project/Project.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace trapline::test {

// Path inside ../shared/data, or empty when that folder is absent (callers QSKIP).
QString sharedData(const QString& relative);

// A temporary folder with a fresh project file in it.
struct ScratchProject {
    QTemporaryDir dir;
    QString path;
    ScratchProject();
    std::unique_ptr<Project> open() const;
};

// Runs trapline-cli with arguments; returns its exit code, stdout in `out` and stderr in `err`.
int runCli(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr, int timeoutMs = 300000);

} // namespace trapline::test

// QSKIP unless ../shared/data/<relative> exists; declares `dataPath`.
#define TRAPLINE_REQUIRE_SHARED_DATA(relative)                                                                   \
    const QString dataPath = trapline::test::sharedData(relative);                                                \
    if (dataPath.isEmpty())                                                                                       \
        QSKIP(qPrintable(QStringLiteral("shared test data %1 is absent (expected beside the repository in "       \
                                        "../shared/data)").arg(relative)))
