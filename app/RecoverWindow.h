#pragma once

#include "syncthing/VersionsClient.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace figestio {

// "Recover files…" (issue 9 §1): the files others deleted or replaced in the last 30 days,
// with when and in which folder, a search box, and Restore for one or several. It only shows
// and asks; AppController fetches and restores through VersionsClient.
class RecoverWindow : public QWidget {
    Q_OBJECT
public:
    explicit RecoverWindow(QWidget *parent = nullptr);

public slots:
    void showLoading();
    void showVersions(const QList<figestio::FileVersion> &versions);
    void showError(const QString &message);
    // After a restore: the files that did not come back (path → reason); the others of the
    // last restoreRequested() did.
    void showRestored(const QHash<QString, QString> &failed);

signals:
    void refreshRequested();
    // The chosen versions: path → Syncthing's version time (one per path, the newest chosen).
    void restoreRequested(const figestio::VersionsClient::Restore &versions);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    friend class RecoverWindowTestAccess; // the test seam (tests/support/UiTestAccess.h)
    // What it shows, read back by tests.
    QStringList visiblePaths() const; // the rows the search leaves, top to bottom
    QString statusText() const;
    QString shownText() const; // empty while not searching
    bool restoreEnabled() const;
    // What a user does: types in the search box, selects rows (the newest row of each path).
    void setSearch(const QString &text);
    void selectPaths(const QStringList &paths);

    void retranslate();
    void applySearch();
    void updateButtons();
    void requestRestore();
    void setStatus(const QString &text);
    void sizeColumns();
    void showCount(int shown);

    QList<FileVersion> m_versions;
    int m_restoring = 0; // how many files the last restoreRequested() asked for
    QString m_outcome;   // what the last restore did
    QLabel *m_intro;
    QLabel *m_searchCaption;
    QLineEdit *m_search;
    QLabel *m_shown; // "3 of 12 shown" while searching, also the search field's description
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_restore;
    QPushButton *m_refresh;
    QPushButton *m_close;
};

} // namespace figestio
