#include "SlurmRunDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace trapline::ui {

namespace {

// The trapline-cli installed beside this program runs the array tasks.
QString cliBesideApp()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("trapline-cli"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("trapline-cli"));
    return onPath.isEmpty() ? QStringLiteral("trapline-cli") : onPath;
}

} // namespace

SlurmRunDialog::SlurmRunDialog(QString projectPath, inference::InferenceOptions models, JobStarter startJob,
                               QWidget* parent)
    : QDialog(parent), m_projectPath(std::move(projectPath)), m_models(std::move(models)),
      m_startJob(std::move(startJob))
{
    setWindowTitle(tr("Run Models on a Slurm Cluster"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("The media are split into shards, one per task of a Slurm job array; each task runs "
                                "the models over its shard. Collect imports the finished shards into the project."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_shards = new QSpinBox;
    m_shards->setObjectName(QStringLiteral("shards"));
    m_shards->setRange(1, 10000);
    m_shards->setValue(4);
    form->addRow(tr("&Shards (array tasks):"), m_shards);
    m_partition = new QLineEdit;
    m_partition->setObjectName(QStringLiteral("partition"));
    m_partition->setPlaceholderText(tr("the cluster's default"));
    form->addRow(tr("&Partition:"), m_partition);
    m_gres = new QLineEdit;
    m_gres->setObjectName(QStringLiteral("gres"));
    m_gres->setPlaceholderText(tr("e.g. gpu:1"));
    form->addRow(tr("&GPUs (gres):"), m_gres);
    m_time = new QLineEdit;
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setPlaceholderText(tr("HH:MM:SS"));
    form->addRow(tr("&Time limit per task:"), m_time);
    auto* write = new QPushButton(tr("&Write Plan"));
    write->setObjectName(QStringLiteral("writePlan"));
    connect(write, &QPushButton::clicked, this, &SlurmRunDialog::writePlan);
    form->addRow(write);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_summary);
    m_script = new QPlainTextEdit;
    m_script->setObjectName(QStringLiteral("script"));
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    form->addRow(m_script);
    auto* row = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy Script"));
    m_save = new QPushButton(tr("Sa&ve Script..."));
    m_submit = new QPushButton(tr("Su&bmit with sbatch"));
    m_collect = new QPushButton(tr("C&ollect Finished Shards"));
    m_copy->setObjectName(QStringLiteral("copyScript"));
    m_save->setObjectName(QStringLiteral("saveScript"));
    m_submit->setObjectName(QStringLiteral("submit"));
    m_collect->setObjectName(QStringLiteral("collect"));
    for (QPushButton* b : {m_copy, m_save, m_submit, m_collect}) {
        b->setEnabled(false);
        row->addWidget(b);
    }
    form->addRow(row);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(script()); });
    connect(m_save, &QPushButton::clicked, this, &SlurmRunDialog::saveScript);
    connect(m_submit, &QPushButton::clicked, this, &SlurmRunDialog::submit);
    connect(m_collect, &QPushButton::clicked, this, &SlurmRunDialog::collect);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &SlurmRunDialog::reject);
    form->addRow(buttons);
    // A plan written earlier is shown, so that its shards can be collected.
    if (auto existing = inference::readShardPlan(m_projectPath))
        showPlan(existing.value());
}

bool SlurmRunDialog::writePlan()
{
    inference::SlurmOptions slurm;
    slurm.shards = m_shards->value();
    slurm.partition = m_partition->text().trimmed();
    slurm.gres = m_gres->text().trimmed();
    slurm.time = m_time->text().trimmed();
    slurm.cli = cliBesideApp();
    auto plan = inference::writeShardPlan(m_projectPath, m_models, slurm);
    if (!plan) {
        m_summary->setText(plan.error().message);
        return false;
    }
    showPlan(plan.value());
    return true;
}

void SlurmRunDialog::showPlan(const inference::ShardPlanInfo& plan)
{
    m_plan = plan;
    m_summary->setText(tr("Plan %1: %n media in %2 shards, in %3. Submit the script on the cluster (sbatch %4), "
                          "then collect.",
                          nullptr, static_cast<int>(plan.media))
                           .arg(plan.planId)
                           .arg(plan.shards)
                           .arg(QDir::toNativeSeparators(plan.folder), QDir::toNativeSeparators(plan.scriptPath)));
    m_script->setPlainText(plan.script);
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
    m_submit->setEnabled(!QStandardPaths::findExecutable(QStringLiteral("sbatch")).isEmpty());
    m_submit->setToolTip(m_submit->isEnabled() ? QString() : tr("sbatch is not on this computer's PATH"));
    m_collect->setEnabled(true);
}

QString SlurmRunDialog::script() const
{
    return m_script->toPlainText();
}

void SlurmRunDialog::saveScript()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Script"), m_plan.scriptPath, tr("Shell scripts (*.sh)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(script().toUtf8());
}

void SlurmRunDialog::submit()
{
    auto job = inference::submitShards(m_plan);
    m_summary->setText(job ? tr("Submitted as job %1.").arg(job.value()) : job.error().message);
}

Job* SlurmRunDialog::collect()
{
    const QString path = m_projectPath;
    return m_startJob(
        tr("Collect Slurm shards"),
        [path](JobControl& control) -> Result<JobOutcome> {
            auto report = inference::collectShards(path, control);
            if (!report)
                return report.error();
            const auto& r = report.value();
            auto list = [](std::vector<int> v) {
                QStringList out;
                for (int i : v)
                    out << QString::number(i);
                return out.isEmpty() ? tr("none") : out.join(QStringLiteral(", "));
            };
            std::vector<int> failed;
            for (const auto& f : r.failed)
                failed.push_back(f.first);
            return JobOutcome{
                tr("Shards imported: %1 (before: %2); running: %3; missing: %4; failed: %5")
                    .arg(list(r.imported), list(r.importedBefore), list(r.running), list(r.missing), list(failed)),
                control.cancelled()};
        },
        QStringLiteral("slurm-collect"));
}

} // namespace trapline::ui
