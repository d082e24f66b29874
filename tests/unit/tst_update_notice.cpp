// The update notice on screen (offscreen widgets): hidden until an update is announced, then a
// tray menu entry and a Settings line naming the version, both leading to its download page.
#include "BuildConfig.h"
#include "SettingsDialog.h"
#include "TrayIcon.h"
#include "UiTestAccess.h"
#include "UpdateNoticeLabel.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QSignalSpy>
#include <QTest>

using namespace figestio;

// Catches the URLs the widgets ask the desktop to open (STACK.md: setUrlHandler is the seam).
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

class TestUpdateNotice : public QObject {
    Q_OBJECT
private slots:
    void trayEntryAppearsWithTheVersionAndOpensTheDownload() {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        TrayIcon tray;
        QAction *update = TrayIconTestAccess::action(tray, QStringLiteral("updateAction"));
        QVERIFY(update);
        QVERIFY(!update->isVisible());
        const QUrl download(QStringLiteral("https://figestio.example/download"));
        tray.setUpdateAvailable({QStringLiteral("3.1.4"), download});
        QVERIFY(update->isVisible());
        QVERIFY2(update->text().contains(QStringLiteral("3.1.4")), qPrintable(update->text()));
        update->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.opened, QList<QUrl>{download});
    }

    void settingsShowVersionSupportAndTheUpdate() {
        SettingsDialog dialog;
        UpdateNoticeLabel *notice = dialog.updateNotice();
        QVERIFY(notice);
        QVERIFY(notice->text().contains(QString::fromUtf8(build::kVersion)));
        QVERIFY(notice->text().contains(QString::fromUtf8(build::kSupportUrl)));
        QVERIFY(!notice->accessibleName().isEmpty());
        QVERIFY(!notice->text().contains(QStringLiteral("9.9.9")));
        notice->setUpdate(
            {QStringLiteral("9.9.9"), QUrl(QStringLiteral("https://x.example/d?a=1&b=2"))});
        QVERIFY(notice->text().contains(QStringLiteral("9.9.9")));
        QVERIFY(
            notice->text().contains(QStringLiteral("href=\"https://x.example/d?a=1&amp;b=2\"")));
        QVERIFY(notice->openExternalLinks());
    }
};

QTEST_MAIN(TestUpdateNotice)
#include "tst_update_notice.moc"
