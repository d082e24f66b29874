// SyncNotifier: when the tray is to tell the user something, decided from a real SyncState with
// no widgets (the words are the tray's, tst_ui_tray).
#include "state_support.h"
#include "syncthing/SyncNotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace figestio;
using O = SyncState::Overall;

class TestSyncNotifier : public QObject {
    Q_OBJECT
private slots:
    void conflictsAndNewErrorsOnce() {
        SyncState state;
        SyncNotifier notifier(&state);
        uitest::makeUpToDate(state);
        QSignalSpy conflicts(&notifier, &SyncNotifier::conflictFound);
        QSignalSpy failed(&notifier, &SyncNotifier::filesFailed);
        QSignalSpy stopped(&notifier, &SyncNotifier::folderStopped);

        state.applyEvent(uitest::itemFinished(
            1, QStringLiteral("a/b.sync-conflict-20261123-101010-ABCDEFG.pdf")));
        QCOMPARE(conflicts.count(), 1);
        QCOMPARE(conflicts.at(0).at(0).toString(),
                 QStringLiteral("a/b.sync-conflict-20261123-101010-ABCDEFG.pdf"));

        const FolderError one{QStringLiteral("nòmines/març.xlsx"), QStringLiteral("denied")};
        state.applyFolderErrors(uitest::kFolder, {one});
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<QList<FolderError>>().size(), 1);
        // The same list again is nothing new; a longer one is.
        state.applyFolderErrors(uitest::kFolder, {one});
        QCOMPARE(failed.count(), 1);
        const FolderError two{QStringLiteral("altres.pdf"), QStringLiteral("denied")};
        state.applyFolderErrors(uitest::kFolder, {one, two});
        QCOMPARE(failed.count(), 2);
        QCOMPARE(stopped.count(), 0);
    }

    void aStoppedFolderIsOneNotice() {
        SyncState state;
        SyncNotifier notifier(&state);
        uitest::makeUpToDate(state);
        QSignalSpy stopped(&notifier, &SyncNotifier::folderStopped);
        FolderStatus st;
        st.state = QStringLiteral("error");
        st.error = QStringLiteral("folder path missing");
        state.applyFolderStatus(uitest::kFolder, st);
        QTRY_COMPARE(state.overall(), O::Error);
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!stopped.at(0).at(0).toString().isEmpty());
        state.applyFolderStatus(uitest::kFolder, st);
        QTest::qWait(20);
        QCOMPARE(stopped.count(), 1);
    }

    void longOutagesOnlyWhileSignedInAndSetUp() {
        SyncState state;
        SyncNotifier notifier(&state, 300);
        notifier.setSignedIn(true);
        notifier.setSetUp(true);
        uitest::makeUpToDate(state);
        QSignalSpy unreachable(&notifier, &SyncNotifier::serverUnreachable);

        uitest::setConnected(state, false); // a short outage: nothing
        QTRY_COMPARE(state.overall(), O::ServerOffline);
        uitest::setConnected(state, true);
        QTest::qWait(500);
        QCOMPARE(unreachable.count(), 0);

        uitest::setConnected(state, false); // a long one: once
        QTRY_COMPARE(unreachable.count(), 1);
        QCOMPARE(unreachable.at(0).at(0).toInt(), 1);
        QTest::qWait(500);
        QCOMPARE(unreachable.count(), 1);

        uitest::setConnected(state, true); // signed out: an outage is expected
        notifier.setSignedIn(false);
        uitest::setConnected(state, false);
        QTest::qWait(500);
        QCOMPARE(unreachable.count(), 1);
        notifier.setSignedIn(true); // not set up: neither
        notifier.setSetUp(false);
        QTest::qWait(500);
        QCOMPARE(unreachable.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncNotifier)
#include "tst_syncthing_notifier.moc"
