#pragma once

#include <QCoreApplication>

// Translation contexts for core, one per subsystem, so core's messages reach the user in their language without
// core depending on widgets. Write the sentence where it is built: `IngestText::tr("Cannot read %1.").arg(path)`.
// lupdate reads these calls (translations/CMakeLists.txt) into the context "trapline::IngestText" and so on.
// Never compare a translated text: branch on codes or indexes, and translate only what is shown.
namespace trapline {

class ProjectText {
    Q_DECLARE_TR_FUNCTIONS(trapline::ProjectText)
};

class IngestText {
    Q_DECLARE_TR_FUNCTIONS(trapline::IngestText)
};

class InferenceText {
    Q_DECLARE_TR_FUNCTIONS(trapline::InferenceText)
};

class FormatsText {
    Q_DECLARE_TR_FUNCTIONS(trapline::FormatsText)
};

class ReviewText {
    Q_DECLARE_TR_FUNCTIONS(trapline::ReviewText)
};

class ReidText {
    Q_DECLARE_TR_FUNCTIONS(trapline::ReidText)
};

class TrainingText {
    Q_DECLARE_TR_FUNCTIONS(trapline::TrainingText)
};

class JobsText {
    Q_DECLARE_TR_FUNCTIONS(trapline::JobsText)
};

} // namespace trapline
