// trapline: the desktop application. Wiring only; the window lives in ui/, the work in core/.
#include "i18n/Translations.h"
#include "mainwindow/MainWindow.h"
#include "review/ReviewPane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Trapline"));
    QApplication::setApplicationName(QStringLiteral("Trapline"));
    QApplication::setApplicationVersion(QStringLiteral(TRAPLINE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/trapline.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("trapline"));
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
        window.resize(1440, 900);
        // Grab once the frame's image is shown (it is decoded off the GUI thread), with time for the thumbnails;
        // without any frame to show, after a few seconds.
        auto grab = [&window, file = parser.value(screenshot)] {
            if (!window.grab().save(file))
                std::fprintf(stderr, "trapline: cannot write %s\n", qPrintable(file));
            QApplication::quit();
        };
        QObject::connect(window.reviewPane(), &trapline::ui::ReviewPane::frameShown, &window,
                         [grab] { QTimer::singleShot(1500, grab); }, Qt::SingleShotConnection);
        QTimer::singleShot(10000, &window, grab);
    }
    return QApplication::exec();
}
