// trapline: the desktop application. Wiring only; the window lives in ui/, the work in core/.
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace {

// The language follows the system unless the user picked one (settings key "language", e.g. "es").
void installTranslations(QApplication& app)
{
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("trapline"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Trapline"));
    QApplication::setApplicationName(QStringLiteral("Trapline"));
    QApplication::setApplicationVersion(QStringLiteral(TRAPLINE_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Trapline: review, label and re-identify camera-trap images."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A project file (*.trapline) to open."),
                                 QStringLiteral("[PROJECT]"));
    parser.process(app);

    trapline::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        const QString path = parser.positionalArguments().first();
        if (auto opened = window.openProject(path); !opened)
            QMessageBox::warning(&window, QObject::tr("Cannot open the project"), opened.error().message);
    }
    return QApplication::exec();
}
