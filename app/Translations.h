#pragma once

#include <QString>
#include <QStringList>

// The UI language (DESIGN §7): the saved choice (QSettings "ui/language"), else the system
// language when it is Catalan, Spanish or English, else Catalan. The app's strings come from
// the embedded :/i18n/figestio_<lang>.qm, Qt's own from qtbase_<lang>.qm when installed
// (qtCatalogDirs says where).
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

// Where Qt's own catalogue is looked for, in order: what an installer ships beside the app
// (Windows: bin\figestio-sync.exe and translations\, as windeployqt and packaging/windows lay
// it out; macOS: Contents/MacOS and Contents/Resources/translations), then the Qt installation's
// (Linux: qt6-translations-l10n, qt6-qttranslations). A bundle's own Qt wins over another Qt's.
QStringList qtCatalogDirs(const QString &appDir, const QString &qtTranslationsDir);
// The first of qtbase_<code>.qm, or windeployqt's merged qt_<code>.qm, in `dirs`; "" if none.
QString findQtCatalog(const QString &code, const QStringList &dirs);

} // namespace figestio::Translations
