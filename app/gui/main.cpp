// trapline: the desktop application. Wiring only; the window lives in ui/, the work in core/.
#include "i18n/Translations.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Trapline"));
    QApplication::setApplicationName(QStringLiteral("Trapline"));
    QApplication::setApplicationVersion(QStringLiteral(TRAPLINE_VERSION));
    trapline::ui::installTranslations(trapline::ui::preferredLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Trapline: review, label and re-identify camera-trap images."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("A project file (*.trapline) to open."),
                                 QStringLiteral("[PROJECT]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the window after it has settled, then quit (for "
                                                       "documentation and visual checks)."),
                                        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    trapline::ui::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        const QString path = parser.positionalArguments().first();
        if (auto opened = window.openProject(path); !opened)
            QMessageBox::warning(&window, QObject::tr("Cannot open the project"), opened.error().message);
    }
    if (parser.isSet(screenshot)) {
        // Give thumbnails, loaded off the GUI thread, time to arrive before grabbing.
        QTimer::singleShot(2000, &window, [&window, file = parser.value(screenshot)] {
            if (!window.grab().save(file))
                std::fprintf(stderr, "trapline: cannot write %s\n", qPrintable(file));
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
