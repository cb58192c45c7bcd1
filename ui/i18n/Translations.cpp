#include "Translations.h"

#include "settings/Preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace trapline::ui {

namespace {

QPointer<QTranslator> g_own;
QPointer<QTranslator> g_qt;

void replace(QPointer<QTranslator>& slot, QTranslator* translator)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}

} // namespace

bool installTranslations(const QLocale& locale)
{
    auto* own = new QTranslator(QCoreApplication::instance());
    const bool found = own->load(locale, QStringLiteral("trapline"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // Without a translation for this language, English still supplies the plural forms ("1 frame", "2 frames").
    if (!found && !own->load(QStringLiteral(":/i18n/trapline_en.qm"))) {
        delete own;
        own = nullptr;
    }
    replace(g_own, own);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(g_qt, qt);
    return found;
}

QLocale preferredLocale()
{
    const QString chosen = prefs::language.get();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

void setPreferredLanguage(const QString& language)
{
    if (language.isEmpty())
        prefs::language.reset();
    else
        prefs::language.set(language);
}

} // namespace trapline::ui
