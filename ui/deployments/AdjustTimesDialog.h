#pragma once

#include "project/ProjectTypes.h"

#include <QDialog>

#include <cstdint>
#include <optional>
#include <vector>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace trapline {
class Project;
}

namespace trapline::ui {

// What Deployments > Adjust Times asks for: shift one deployment's clock, or read its times from the file names.
struct TimeAdjustRequest {
    std::int64_t deploymentId = 0;
    std::optional<std::int64_t> shiftMs; // set: shift; unset: read from the names with `pattern`
    QString pattern;
};

// Asks which correction to make and shows what it would do to the first file names before anything is changed.
class AdjustTimesDialog : public QDialog {
    Q_OBJECT
public:
    AdjustTimesDialog(Project* project, const std::vector<DeploymentSummary>& deployments,
                      std::optional<std::int64_t> current, QWidget* parent = nullptr);
    TimeAdjustRequest request() const;

private:
    void updatePreview();

    Project* m_project;
    QComboBox* m_deployment;
    QButtonGroup* m_mode;
    QLineEdit* m_shift;
    QLineEdit* m_pattern;
    QLabel* m_preview;
    QDialogButtonBox* m_buttons;
};

} // namespace trapline::ui
