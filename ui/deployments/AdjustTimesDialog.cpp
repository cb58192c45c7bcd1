#include "AdjustTimesDialog.h"

#include "ingest/TimeAdjustment.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace trapline::ui {

namespace {
constexpr int kShift = 0;
constexpr int kFromNames = 1;
constexpr int kPreviewNames = 3;
} // namespace

AdjustTimesDialog::AdjustTimesDialog(Project* project, const std::vector<DeploymentSummary>& deployments,
                                     std::optional<std::int64_t> current, QWidget* parent)
    : QDialog(parent), m_project(project), m_deployment(new QComboBox), m_mode(new QButtonGroup(this)),
      m_shift(new QLineEdit(QStringLiteral("+01:00:00"))),
      m_pattern(new QLineEdit(QStringLiteral("*__YYYY-MM-DD__hh-mm-ss*"))), m_preview(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Adjust Times"));
    setObjectName(QStringLiteral("adjustTimesDialog"));
    for (const auto& d : deployments) {
        m_deployment->addItem(d.name, QVariant::fromValue<qint64>(d.id));
        if (current && d.id == *current)
            m_deployment->setCurrentIndex(m_deployment->count() - 1);
    }
    m_deployment->setObjectName(QStringLiteral("deployment"));
    auto* shift = new QRadioButton(tr("The camera's clock was wrong: &shift every frame by"));
    auto* names = new QRadioButton(tr("The times are in the file &names, in this pattern"));
    shift->setChecked(true);
    m_mode->addButton(shift, kShift);
    m_mode->addButton(names, kFromNames);
    m_shift->setObjectName(QStringLiteral("shift"));
    m_shift->setToolTip(tr("+HH:MM:SS moves the times later, -HH:MM:SS earlier"));
    m_pattern->setObjectName(QStringLiteral("pattern"));
    m_pattern->setToolTip(tr("YYYY MM DD hh mm ss stand for the parts of the time, * for any text; camtrapR's renamed "
                             "files (StationA__2009-04-21__00-40-00(1).JPG) match *__YYYY-MM-DD__hh-mm-ss*"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    form->addRow(tr("&Deployment:"), m_deployment);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(shift);
    layout->addWidget(m_shift);
    layout->addWidget(names);
    layout->addWidget(m_pattern);
    layout->addWidget(m_preview);
    layout->addWidget(new QLabel(tr("The deployment's sequences are regrouped afterwards; labels are kept. Edit > Undo "
                                    "puts the times back.")));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deployment, &QComboBox::currentIndexChanged, this, &AdjustTimesDialog::updatePreview);
    connect(m_mode, &QButtonGroup::idClicked, this, &AdjustTimesDialog::updatePreview);
    connect(m_shift, &QLineEdit::textChanged, this, &AdjustTimesDialog::updatePreview);
    connect(m_pattern, &QLineEdit::textChanged, this, &AdjustTimesDialog::updatePreview);
    updatePreview();
}

TimeAdjustRequest AdjustTimesDialog::request() const
{
    TimeAdjustRequest r;
    r.deploymentId = m_deployment->currentData().toLongLong();
    if (m_mode->checkedId() == kShift)
        r.shiftMs = ingest::parseClockShift(m_shift->text());
    else
        r.pattern = m_pattern->text();
    return r;
}

void AdjustTimesDialog::updatePreview()
{
    const bool shifting = m_mode->checkedId() == kShift;
    m_shift->setEnabled(shifting);
    m_pattern->setEnabled(!shifting);
    bool ok = m_deployment->count() > 0;
    QString text;
    if (shifting) {
        const auto by = ingest::parseClockShift(m_shift->text());
        ok = ok && by.has_value();
        text = by ? tr("Every frame of the deployment moves by %1 s.").arg(*by / 1000)
                  : tr("Write the shift as +HH:MM:SS or -HH:MM:SS.");
    } else {
        const auto pattern = ingest::NameTimePattern::parse(m_pattern->text());
        ok = ok && pattern.ok();
        if (!pattern) {
            text = pattern.error().message;
        } else if (auto names = ingest::sampleFileNames(*m_project, m_deployment->currentData().toLongLong(), kPreviewNames)) {
            QStringList lines;
            for (const QString& name : names.value()) {
                const auto t = pattern.value().timeOf(name);
                lines << (t ? tr("%1 \u2192 %2").arg(name, formatTimestamp(*t).left(19))
                            : tr("%1 \u2192 does not match (keeps its time)").arg(name));
            }
            text = lines.join(u'\n');
        }
    }
    m_preview->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace trapline::ui
