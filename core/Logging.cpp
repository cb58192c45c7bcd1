#include "Logging.h"

namespace trapline::log {

// QtInfoMsg: debug messages stay silent until a rule or --verbose enables them.
Q_LOGGING_CATEGORY(db, "trapline.db", QtInfoMsg)
Q_LOGGING_CATEGORY(ingest, "trapline.ingest", QtInfoMsg)
Q_LOGGING_CATEGORY(inference, "trapline.inference", QtInfoMsg)
Q_LOGGING_CATEGORY(reid, "trapline.reid", QtInfoMsg)
Q_LOGGING_CATEGORY(training, "trapline.training", QtInfoMsg)
Q_LOGGING_CATEGORY(jobs, "trapline.jobs", QtInfoMsg)

} // namespace trapline::log
