#pragma once

#include "syncthing/ConflictList.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace figestio {

class ConflictMonitor;

// "Needs your attention" in the status window (issue 9 §3): each file edited here and at the
// agency at the same time, with the two dates, and Keep mine / Keep the agency's / Keep both
// for the selected one. Hidden while there is nothing to decide.
class ConflictPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConflictPanel(QWidget *parent = nullptr);
    void bind(ConflictMonitor *monitor);

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class ConflictPanelTestAccess; // the test seam (tests/support/UiTestAccess.h)
    // What it shows, read back by tests.
    QStringList itemTexts() const;

    void retranslate();
    void choose(ConflictList::Choice choice); // for the selected file
    void updateButtons();

    QPointer<ConflictMonitor> m_monitor;
    QList<Conflict> m_shown;
    QLabel *m_caption;
    QListWidget *m_list;
    QLabel *m_message;
    QPushButton *m_keepMine;
    QPushButton *m_keepAgencys;
    QPushButton *m_keepBoth;
};

} // namespace figestio
