#pragma once

#include "Result.h"
#include "project/DeploymentProperties.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QUndoStack;

namespace trapline {
class Project;
}

namespace trapline::ui {

// Deployments > Properties: where the camera stood (latitude, longitude, how sure), how it was set up (model,
// height), and the time zone or UTC offset its clock kept, which a Camtrap DP export needs. Values are checked as
// they are typed (OK stays disabled, and the problem is shown, until they can be saved); a saved edit goes on the
// window's undo stack and into the audit log.
class DeploymentPropertiesDialog : public QDialog {
    Q_OBJECT
public:
    DeploymentPropertiesDialog(Project* project, QUndoStack* undo, QString actor, std::optional<std::int64_t> deploymentId,
                               QWidget* parent = nullptr);

    void selectDeployment(std::int64_t deploymentId);
    // The values as typed; an error says which field cannot be read.
    Result<DeploymentProperties> typedValues() const;
    // Saves the typed values and pushes the edit on the undo stack.
    Status save();
    void accept() override;

private:
    void showDeployment();
    void validate();

    Project* m_project;
    QUndoStack* m_undo;
    QString m_actor;
    std::vector<DeploymentProperties> m_deployments;
    QComboBox* m_deployment;
    QLineEdit* m_locationName;
    QLineEdit* m_latitude;
    QLineEdit* m_longitude;
    QLineEdit* m_uncertainty;
    QLineEdit* m_clock;
    QLineEdit* m_cameraModel;
    QLineEdit* m_height;
    QLineEdit* m_country;
    QLineEdit* m_region;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace trapline::ui
