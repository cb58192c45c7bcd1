#pragma once

#include "formats/Exchange.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace trapline::ui {

// Chooses an export format, where to write it and, for training sets, how to split and balance them. The export
// itself runs as a job with its progress in the jobs panel.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(QWidget* parent = nullptr);
    formats::ExportRequest request() const;
    void accept() override;

private:
    void onFormatChanged();
    void browse();

    QComboBox* m_format = nullptr;
    QLineEdit* m_out = nullptr;
    QCheckBox* m_includeMachine = nullptr;
    QGroupBox* m_training = nullptr;
    QCheckBox* m_wholeFrames = nullptr;
    QCheckBox* m_firstFrame = nullptr;
    QDoubleSpinBox* m_keepEmpty = nullptr;
    QComboBox* m_splitBy = nullptr;
    QDoubleSpinBox* m_validation = nullptr;
    QDoubleSpinBox* m_test = nullptr;
    QSpinBox* m_maxSide = nullptr;
};

} // namespace trapline::ui
