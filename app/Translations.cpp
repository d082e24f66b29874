#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace figestio::Translations {

namespace {
struct State {
    QTranslator app;
    QTranslator qt;
    QString current;
    bool installed = false;
};
State &state() {
    static State s;
    return s;
}

void apply(const QString &code) {
    State &s = state();
    if (s.installed) {
        QCoreApplication::removeTranslator(&s.app);
        QCoreApplication::removeTranslator(&s.qt);
    }
    s.current = code;
    QLocale::setDefault(QLocale(code));
    // English is the source language, but its .qm is loaded too so the three behave alike.
    if (s.app.load(QStringLiteral(":/i18n/figestio_") + code + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(&s.app);
    const QString qtCatalog =
        findQtCatalog(code, qtCatalogDirs(QCoreApplication::applicationDirPath(),
                                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    if (!qtCatalog.isEmpty() && s.qt.load(qtCatalog))
        QCoreApplication::installTranslator(&s.qt);
    s.installed = true;
}
} // namespace

QStringList qtCatalogDirs(const QString &appDir, const QString &qtTranslationsDir) {
    const QDir app(appDir);
    return {app.filePath(QStringLiteral("../translations")),
            app.filePath(QStringLiteral("../Resources/translations")), qtTranslationsDir};
}

QString findQtCatalog(const QString &code, const QStringList &dirs) {
    for (const QString &dir : dirs) {
        for (const QString &name : {QStringLiteral("qtbase_"), QStringLiteral("qt_")}) {
            const QString file = QDir(dir).filePath(name + code + QStringLiteral(".qm"));
            if (QFileInfo(file).isFile())
                return QDir::cleanPath(file);
        }
    }
    return {};
}

QStringList available() {
    return {QStringLiteral("ca"), QStringLiteral("es"), QStringLiteral("en")};
}

QString nativeName(const QString &code) {
    if (code == QLatin1String("ca"))
        return QStringLiteral("Català");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString settingsKey() {
    return QStringLiteral("ui/language");
}

QString systemDefault() {
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return available().contains(system) ? system : QStringLiteral("ca");
}

void install() {
    const QString saved = QSettings().value(settingsKey()).toString();
    apply(available().contains(saved) ? saved : systemDefault());
}

QString current() {
    return state().current;
}

void setLanguage(const QString &code) {
    if (!available().contains(code))
        return;
    QSettings().setValue(settingsKey(), code);
    if (code != state().current || !state().installed)
        apply(code);
}

} // namespace figestio::Translations
