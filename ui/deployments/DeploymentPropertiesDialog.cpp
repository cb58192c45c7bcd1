#include "DeploymentPropertiesDialog.h"

#include "project/Deployments.h"
#include "project/Project.h"
#include "undo/SnapshotCommand.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>
#include <type_traits>

namespace trapline::ui {

namespace {

QLineEdit* field(const char* objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setPlaceholderText(placeholder);
    return edit;
}

template <class T>
QString shown(const std::optional<T>& v)
{
    return v ? QString::number(*v, 'g', 10) : QString();
}

// An empty field is "unknown"; anything else must read as a number (a decimal comma is taken as a point).
template <class T>
bool readNumber(const QLineEdit* edit, std::optional<T>& out)
{
    const QString text = edit->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    if (text.isEmpty()) {
        out.reset();
        return true;
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || (std::is_integral_v<T> && v != std::floor(v)))
        return false;
    out = static_cast<T>(v);
    return true;
}

} // namespace

DeploymentPropertiesDialog::DeploymentPropertiesDialog(Project* project, QUndoStack* undo, QString actor,
                                                       std::optional<std::int64_t> deploymentId, QWidget* parent)
    : QDialog(parent), m_project(project), m_undo(undo), m_actor(std::move(actor)), m_deployment(new QComboBox),
      m_locationName(field("locationName", tr("e.g. Waterhole north"))),
      m_latitude(field("latitude", tr("decimal degrees, -90 to 90 (south is negative)"))),
      m_longitude(field("longitude", tr("decimal degrees, -180 to 180 (west is negative)"))),
      m_uncertainty(field("coordinateUncertainty", tr("metres, e.g. 30"))),
      m_clock(field("clock", tr("e.g. Europe/Paris, or +02:00"))),
      m_cameraModel(field("cameraModel", tr("e.g. Reconyx HyperFire 2"))),
      m_height(field("cameraHeight", tr("metres above the ground"))),
      m_country(field("countryCode", tr("ISO 3166-1 alpha-3, e.g. KEN"))),
      m_region(field("admin1Region", tr("e.g. CA for a US state; optional"))), m_problems(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("deploymentPropertiesDialog"));
    setWindowTitle(tr("Deployment Properties"));
    m_deployment->setObjectName(QStringLiteral("deployment"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));
    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    auto* completer = new QCompleter(zones, m_clock);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_clock->setCompleter(completer);
    m_clock->setToolTip(tr("The time zone the camera's clock was set to (follows daylight saving time), or its fixed "
                           "offset from UTC. Exports stamp the camera's times with it."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Deployment:"), m_deployment);
    form->addRow(tr("&Location name:"), m_locationName);
    form->addRow(tr("L&atitude:"), m_latitude);
    form->addRow(tr("L&ongitude:"), m_longitude);
    form->addRow(tr("Coordinate &uncertainty (m):"), m_uncertainty);
    form->addRow(tr("&Time zone or UTC offset:"), m_clock);
    form->addRow(tr("Camera &model:"), m_cameraModel);
    form->addRow(tr("Camera &height (m):"), m_height);
    m_country->setToolTip(tr("SpeciesNet names only species known to live in this country (and region)"));
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Region:"), m_region);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeploymentPropertiesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeploymentPropertiesDialog::reject);

    if (auto all = allDeploymentProperties(*m_project))
        m_deployments = std::move(all).value();
    for (const DeploymentProperties& d : m_deployments)
        m_deployment->addItem(d.name, QVariant::fromValue<qint64>(d.id));
    connect(m_deployment, &QComboBox::currentIndexChanged, this, &DeploymentPropertiesDialog::showDeployment);
    for (QLineEdit* edit : {m_locationName, m_latitude, m_longitude, m_uncertainty, m_clock, m_cameraModel, m_height,
                            m_country, m_region})
        connect(edit, &QLineEdit::textChanged, this, &DeploymentPropertiesDialog::validate);
    if (deploymentId)
        selectDeployment(*deploymentId);
    showDeployment();
}

void DeploymentPropertiesDialog::selectDeployment(std::int64_t deploymentId)
{
    const int row = m_deployment->findData(QVariant::fromValue<qint64>(deploymentId));
    if (row >= 0)
        m_deployment->setCurrentIndex(row);
}

void DeploymentPropertiesDialog::showDeployment()
{
    const int row = m_deployment->currentIndex();
    const bool any = row >= 0 && row < static_cast<int>(m_deployments.size());
    const DeploymentProperties p = any ? m_deployments[static_cast<size_t>(row)] : DeploymentProperties{};
    m_locationName->setText(p.locationName);
    m_latitude->setText(shown(p.latitude));
    m_longitude->setText(shown(p.longitude));
    m_uncertainty->setText(shown(p.coordinateUncertaintyM));
    m_clock->setText(!p.timeZone.isEmpty() ? p.timeZone : p.utcOffsetSeconds ? formatUtcOffset(*p.utcOffsetSeconds) : QString());
    m_cameraModel->setText(p.cameraModel);
    m_country->setText(p.countryCode);
    m_region->setText(p.admin1Region);
    m_height->setText(shown(p.cameraHeightM));
    validate();
}

Result<DeploymentProperties> DeploymentPropertiesDialog::typedValues() const
{
    const int row = m_deployment->currentIndex();
    if (row < 0 || row >= static_cast<int>(m_deployments.size()))
        return Error{tr("The project has no deployments yet: import a folder first.")};
    DeploymentProperties p = m_deployments[static_cast<size_t>(row)];
    p.locationName = m_locationName->text().trimmed();
    p.cameraModel = m_cameraModel->text().trimmed();
    p.countryCode = m_country->text().trimmed().toUpper();
    p.admin1Region = m_region->text().trimmed().toUpper();
    if (!readNumber(m_latitude, p.latitude))
        return Error{tr("Latitude must be a number of decimal degrees, such as -2.33.")};
    if (!readNumber(m_longitude, p.longitude))
        return Error{tr("Longitude must be a number of decimal degrees, such as 34.83.")};
    if (!readNumber(m_uncertainty, p.coordinateUncertaintyM))
        return Error{tr("The coordinate uncertainty must be a whole number of metres.")};
    if (!readNumber(m_height, p.cameraHeightM))
        return Error{tr("The camera height must be a number of metres, such as 0.5.")};
    const QString clock = m_clock->text().trimmed();
    p.timeZone.clear();
    p.utcOffsetSeconds.reset();
    if (const auto offset = parseUtcOffset(clock))
        p.utcOffsetSeconds = offset;
    else
        p.timeZone = clock;
    if (const QStringList problems = p.problems(); !problems.isEmpty())
        return Error{problems.join(QLatin1Char('\n'))};
    return p;
}

void DeploymentPropertiesDialog::validate()
{
    const auto values = typedValues();
    m_problems->setText(values ? QString() : values.error().message);
    m_problems->setVisible(!values);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(values.ok());
}

Status DeploymentPropertiesDialog::save()
{
    auto after = typedValues();
    if (!after)
        return after.error();
    const size_t row = static_cast<size_t>(m_deployment->currentIndex());
    const DeploymentProperties before = m_deployments[row];
    if (before == after.value())
        return okStatus();
    if (Status s = setDeploymentProperties(*m_project, {after.value()}, QStringLiteral("gui"), m_actor); !s)
        return s;
    m_deployments[row] = after.value();
    m_undo->push(SnapshotCommand::deploymentEdit(m_project, m_actor, before, after.value()));
    return okStatus();
}

void DeploymentPropertiesDialog::accept()
{
    if (Status s = save(); !s) {
        m_problems->setText(s.error().message);
        m_problems->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace trapline::ui
