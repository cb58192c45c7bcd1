#pragma once

#include <QLocale>
#include <QString>

namespace trapline::ui {

// Installs Trapline's and Qt's own translations for `locale`, replacing any installed before. Returns false when
// Trapline has no translation for that language (English is then shown).
bool installTranslations(const QLocale& locale);

// The language chosen in the settings ("es", "fr", "pt_BR", ...), or the system's when none was chosen.
QLocale preferredLocale();
void setPreferredLanguage(const QString& language); // empty: follow the system

} // namespace trapline::ui
