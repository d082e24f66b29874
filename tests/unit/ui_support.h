#pragma once
// Shared helpers of the widget tests (tests/unit/tst_ui_*.cpp): the SyncState helpers of
// state_support.h, the app's settings and language, and screenshots into the build tree.

#include "Translations.h"
#include "state_support.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QWidget>

#include <functional>

namespace uitest {

// Every widget test starts so: its own settings (named after the test) and English texts.
inline void initApp(const QString &testName) {
    QCoreApplication::setOrganizationName(QStringLiteral("FigestioTest"));
    QCoreApplication::setApplicationName(testName);
    figestio::Translations::setLanguage(QStringLiteral("en"));
}

// Saves a PNG of the widget under <build>/screenshots/<name>.png (looked at by a person).
inline bool screenshot(QWidget *w, const QString &name) {
    const QString dir = QStringLiteral(FIGESTIO_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Keyboard-reachable controls (visible to root) that a screen reader could not name: their
// objectName or class, for a readable failure.
inline QStringList unnamedControls(QWidget *root) {
    QStringList unnamed;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            unnamed << (w->objectName().isEmpty()
                            ? QString::fromLatin1(w->metaObject()->className())
                            : w->objectName());
    }
    return unnamed;
}

// Keyboard mnemonics (&x) used twice among the visible buttons and buddy labels of root.
inline QStringList mnemonicClashes(QWidget *root) {
    QHash<QChar, QStringList> byKey;
    auto collect = [&](QWidget *w, const QString &text) {
        if (!w->isVisibleTo(root))
            return;
        for (int i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            byKey[text.at(i + 1).toLower()] << text;
            break;
        }
    };
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons)
        collect(b, b->text());
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *l : labels)
        if (l->buddy())
            collect(l, l->text());
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            clashes << it.value().join(QStringLiteral(" / "));
    return clashes;
}

// What keeps a window from being used without a mouse or without sight: unnamed controls and
// clashing mnemonics, in words ("" when none).
inline QString accessProblems(QWidget *root) {
    QStringList problems;
    for (const QString &u : unnamedControls(root))
        problems << QStringLiteral("unnamed: ") + u;
    for (const QString &c : mnemonicClashes(root))
        problems << QStringLiteral("same mnemonic: ") + c;
    return problems.join(QStringLiteral("; "));
}

// The visible leaves of the page's accessibility tree in the order a screen reader reads them
// (its children's order), and the first pair that is out of visual order (top to bottom, then
// left to right on a row): "" when in order.
inline QString readingOrderProblem(QWidget *page) {
    QList<QAccessibleInterface *> leaves;
    std::function<void(QAccessibleInterface *)> walk = [&](QAccessibleInterface *iface) {
        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface *child = iface->child(i);
            if (!child || child->state().invisible || child->rect().isEmpty())
                continue;
            if (child->childCount() == 0 || child->role() == QAccessible::List)
                leaves << child;
            else
                walk(child);
        }
    };
    walk(QAccessible::queryAccessibleInterface(page));
    QStringList read;
    for (int i = 0; i < leaves.size(); ++i) {
        const QRect r = leaves.at(i)->rect();
        read << leaves.at(i)->text(QAccessible::Name);
        if (i == 0)
            continue;
        const QRect prev = leaves.at(i - 1)->rect();
        const bool sameRow = r.top() < prev.bottom() && prev.top() < r.bottom();
        const bool inOrder = sameRow ? r.left() >= prev.left() : r.top() >= prev.bottom() - 2;
        if (!inOrder)
            return QStringLiteral("\"%1\" is read after \"%2\" but shown before it")
                .arg(leaves.at(i)->text(QAccessible::Name),
                     leaves.at(i - 1)->text(QAccessible::Name));
    }
    return read.isEmpty() ? QStringLiteral("nothing to read") : QString();
}

} // namespace uitest
