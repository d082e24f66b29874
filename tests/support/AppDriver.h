#pragma once

// What the whole-app tests (tests/e2e) share to drive the real widgets: the wizard's page, a
// click that waits until the button can be pressed, and a screenshot into <build>/screenshots/.
// Header-only: each e2e test defines FIGESTIO_BINARY_DIR.

#include <QAbstractButton>
#include <QDir>
#include <QString>
#include <QTest>
#include <QWidget>
#include <QWizard>

namespace figestio::test {

inline QString pageName(QWizard *wizard) {
    return wizard && wizard->currentPage() ? wizard->currentPage()->objectName() : QString();
}

// False when the button never becomes visible and enabled.
[[nodiscard]] inline bool clickWhenReady(QAbstractButton *button, int timeoutMs = 10000) {
    if (!button || !QTest::qWaitFor([button] { return button->isVisible() && button->isEnabled(); },
                                    timeoutMs))
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

inline void screenshot(QWidget *widget, const QString &fileName) {
    const QString dir = QStringLiteral(FIGESTIO_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    QTest::qWait(50); // let it paint once (a picture, not a synchronisation)
    if (!widget->grab().save(dir + QLatin1Char('/') + fileName))
        qWarning("could not save screenshot %s", qPrintable(fileName));
}

} // namespace figestio::test
