#include "SettingsDialog.h"

#include "i18n/Translations.h"
#include "settings/Preferences.h"
#include "project/Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace trapline::ui {

SettingsDialog::SettingsDialog(Project* project, QWidget* parent) : QDialog(parent), m_project(project)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* general = new QGroupBox(tr("General"));
    auto* form = new QFormLayout(general);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    const int current = m_language->findData(prefs::language.get());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    form->addRow(tr("&Language:"), m_language);
    m_reviewer = new QLineEdit(reviewerName());
    m_reviewer->setObjectName(QStringLiteral("reviewer"));
    m_reviewer->setToolTip(tr("Written with every label you make (\"classified by\") and in the audit log"));
    form->addRow(tr("&Your name:"), m_reviewer);
    m_advance = new QCheckBox(tr("Go to the next sequence after labelling one"));
    m_advance->setObjectName(QStringLiteral("autoAdvance"));
    m_advance->setChecked(autoAdvance());
    form->addRow(QString(), m_advance);
    m_threads = new QSpinBox;
    m_threads->setObjectName(QStringLiteral("computeThreads"));
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("One per core (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(computeThreads());
    m_threads->setToolTip(tr("Threads that run the models' computations. Fewer leave cores free for other work; "
                             "more than the cores slows the models down."));
    form->addRow(tr("Model &threads:"), m_threads);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    if (m_project) {
        auto* keys = new QGroupBox(tr("Quick keys of this project"));
        auto* keyForm = new QFormLayout(keys);
        QStringList names;
        if (auto taxa = review::listTaxa(*m_project))
            for (const auto& t : taxa.value())
                names << t.displayName();
        auto chosen = review::quickKeys(*m_project);
        for (int k = 0; k < review::kQuickKeyCount; ++k) {
            auto* edit = new QLineEdit;
            edit->setObjectName(QStringLiteral("quickKey%1").arg(k + 1));
            edit->setPlaceholderText(tr("species for key %1").arg(k + 1));
            auto* completer = new QCompleter(names, edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            edit->setCompleter(completer);
            if (chosen && chosen.value()[static_cast<size_t>(k)])
                edit->setText(chosen.value()[static_cast<size_t>(k)]->displayName());
            keyForm->addRow(QStringLiteral("%1").arg(k + 1), edit);
            m_keys.push_back(edit);
        }
        layout->addWidget(keys);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool SettingsDialog::save()
{
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != prefs::language.get();
    setPreferredLanguage(language);
    prefs::reviewer.set(m_reviewer->text().trimmed());
    prefs::autoAdvance.set(m_advance->isChecked());
    prefs::computeThreads.set(m_threads->value());
    if (!m_project)
        return true;
    std::vector<std::optional<std::int64_t>> ids;
    db::Transaction tx(m_project->db());
    for (QLineEdit* edit : m_keys) {
        if (edit->text().trimmed().isEmpty()) {
            ids.emplace_back();
            continue;
        }
        auto id = review::ensureTaxon(*m_project, edit->text());
        if (!id) {
            QMessageBox::warning(this, tr("Quick keys"), id.error().message);
            return false;
        }
        ids.emplace_back(id.value());
    }
    tx.commit();
    if (Status s = review::setQuickKeys(*m_project, ids); !s) {
        QMessageBox::warning(this, tr("Quick keys"), s.error().message);
        return false;
    }
    return true;
}

bool SettingsDialog::autoAdvance() { return prefs::autoAdvance.get(); }

int SettingsDialog::computeThreads()
{
    return std::max(0, prefs::computeThreads.get());
}

QString SettingsDialog::reviewerName()
{
    const QString name = prefs::reviewer.get();
    return name.isEmpty() ? Project::currentUser() : name;
}

} // namespace trapline::ui
