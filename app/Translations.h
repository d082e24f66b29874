#pragma once

#include <QString>
#include <QStringList>

// The UI language (DESIGN §7): the saved choice (QSettings "ui/language"), else the system
// language when it is Catalan, Spanish or English, else Catalan. The app's strings come from
// the embedded :/i18n/figestio_<lang>.qm, Qt's own from qtbase_<lang>.qm when installed.
// Switching at run time makes Qt send QEvent::LanguageChange to every widget.
namespace figestio::Translations {

void install();
QString current();
// "ca", "es" or "en"; saved and applied at once. Anything else is ignored.
void setLanguage(const QString &code);
QStringList available();
// The language's own name ("Català", "Español", "English").
QString nativeName(const QString &code);
// The QSettings key of the saved choice.
QString settingsKey();
// What install() would pick without a saved choice.
QString systemDefault();

} // namespace figestio::Translations
