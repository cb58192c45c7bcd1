#include "ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace trapline::ui {

namespace {

QDoubleSpinBox* share(double value, const QString& tip)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(0, 100);
    box->setSuffix(QStringLiteral(" %"));
    box->setDecimals(0);
    box->setValue(value * 100);
    box->setToolTip(tip);
    return box;
}

bool writesFolder(formats::ExchangeFormat f)
{
    return f == formats::ExchangeFormat::CamtrapDp || f == formats::ExchangeFormat::TrainingCrops;
}

} // namespace

ExportDialog::ExportDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("Camtrap DP data package (GBIF, Agouti, camtrapR)"), QStringLiteral("camtrap-dp"));
    m_format->addItem(tr("COCO Camera Traps JSON (LILA)"), QStringLiteral("coco"));
    m_format->addItem(tr("MegaDetector results JSON"), QStringLiteral("megadetector"));
    m_format->addItem(tr("CSV, one row per observation (Timelapse-style)"), QStringLiteral("csv"));
    m_format->addItem(tr("Training set: crops in class folders"), QStringLiteral("crops"));
    form->addRow(tr("&Format:"), m_format);
    m_out = new QLineEdit;
    m_out->setObjectName(QStringLiteral("out"));
    auto* browseButton = new QToolButton;
    browseButton->setText(tr("Browse..."));
    connect(browseButton, &QToolButton::clicked, this, &ExportDialog::browse);
    auto* outRow = new QHBoxLayout;
    outRow->addWidget(m_out, 1);
    outRow->addWidget(browseButton);
    form->addRow(tr("&Save to:"), outRow);
    m_includeMachine = new QCheckBox(tr("Include machine labels not yet reviewed"));
    m_includeMachine->setToolTip(tr("Off: only labels a person made or confirmed"));
    form->addRow(m_includeMachine);
    layout->addLayout(form);

    m_training = new QGroupBox(tr("Training set"));
    auto* t = new QFormLayout(m_training);
    m_wholeFrames = new QCheckBox(tr("Whole frames instead of box crops"));
    m_firstFrame = new QCheckBox(tr("Only the first frame of each sequence"));
    m_firstFrame->setToolTip(tr("Frames of a burst are near copies; one per sequence avoids over-counting"));
    m_keepEmpty = share(0.1, tr("Share of empty frames kept: empties outnumber animals in most projects"));
    m_splitBy = new QComboBox;
    m_splitBy->addItem(tr("Sequence"), QStringLiteral("sequence"));
    m_splitBy->addItem(tr("Deployment (camera)"), QStringLiteral("deployment"));
    m_splitBy->setToolTip(tr("Frames of one group never sit on both sides of the split"));
    m_validation = share(0.2, tr("Share of groups held out for validation"));
    m_test = share(0.0, tr("Share of groups held out for a final test"));
    m_maxSide = new QSpinBox;
    m_maxSide->setRange(0, 8192);
    m_maxSide->setSpecialValueText(tr("original size"));
    m_maxSide->setSuffix(tr(" px"));
    t->addRow(m_wholeFrames);
    t->addRow(m_firstFrame);
    t->addRow(tr("Keep &empty:"), m_keepEmpty);
    t->addRow(tr("Split &by:"), m_splitBy);
    t->addRow(tr("&Validation:"), m_validation);
    t->addRow(tr("&Test:"), m_test);
    t->addRow(tr("Longest &side:"), m_maxSide);
    layout->addWidget(m_training);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    layout->addWidget(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    onFormatChanged();
}

void ExportDialog::onFormatChanged()
{
    const auto format = formats::parseExchangeFormat(m_format->currentData().toString()).value();
    m_training->setVisible(format == formats::ExchangeFormat::TrainingCrops);
    m_includeMachine->setChecked(format == formats::ExchangeFormat::MegaDetector);
    m_includeMachine->setEnabled(format != formats::ExchangeFormat::MegaDetector);
    adjustSize();
}

void ExportDialog::browse()
{
    const auto format = formats::parseExchangeFormat(m_format->currentData().toString()).value();
    const QString path = writesFolder(format)
                             ? QFileDialog::getExistingDirectory(this, tr("Export to folder"))
                             : QFileDialog::getSaveFileName(this, tr("Export to file"), {},
                                                            format == formats::ExchangeFormat::Csv ? tr("CSV files (*.csv)")
                                                                                                   : tr("JSON files (*.json)"));
    if (!path.isEmpty())
        m_out->setText(path);
}

formats::ExportRequest ExportDialog::request() const
{
    formats::ExportRequest r;
    r.format = formats::parseExchangeFormat(m_format->currentData().toString()).value();
    r.out = m_out->text().trimmed();
    r.includeMachine = m_includeMachine->isChecked();
    r.training.reviewedOnly = !r.includeMachine;
    r.training.content = m_wholeFrames->isChecked() ? formats::TrainingExportOptions::Content::WholeFrames
                                                    : formats::TrainingExportOptions::Content::Crops;
    r.training.firstFramePerSequence = m_firstFrame->isChecked();
    r.training.keepEmptyShare = m_keepEmpty->value() / 100.0;
    r.training.splitBy = m_splitBy->currentData().toString() == u"deployment" ? formats::TrainingExportOptions::SplitBy::Deployment
                                                                   : formats::TrainingExportOptions::SplitBy::Sequence;
    r.training.validationShare = m_validation->value() / 100.0;
    r.training.testShare = m_test->value() / 100.0;
    r.training.maxSide = m_maxSide->value();
    return r;
}

void ExportDialog::accept()
{
    const auto r = request();
    if (r.out.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Choose where to save the export."));
        return;
    }
    if (r.training.validationShare + r.training.testShare >= 1) {
        QMessageBox::information(this, windowTitle(), tr("Validation and test together must leave data for training."));
        return;
    }
    QDialog::accept();
}

} // namespace trapline::ui
