#pragma once

#include <QLoggingCategory>

// One logging category per subsystem. Debug output is off by default; QT_LOGGING_RULES="trapline.db.debug=true"
// (or "trapline.*.debug=true", which `trapline-cli --verbose` sets) turns it on. Messages a user sees are Errors;
// these carry what a developer needs besides: the raw library text (SQLite, LibTorch, OpenCV) and timings.
namespace trapline::log {

Q_DECLARE_LOGGING_CATEGORY(db)
Q_DECLARE_LOGGING_CATEGORY(ingest)
Q_DECLARE_LOGGING_CATEGORY(inference)
Q_DECLARE_LOGGING_CATEGORY(reid)
Q_DECLARE_LOGGING_CATEGORY(training)
Q_DECLARE_LOGGING_CATEGORY(jobs)

} // namespace trapline::log
