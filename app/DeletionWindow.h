#pragma once

#include "syncthing/DeletionPolicy.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace figestio {

// The mass-delete question (issue 9 §4): many files disappeared from the folder at once and
// nothing has been deleted on the server yet (DeletionGuard holds it). Two answers: bring them
// back from the server, or delete them there too. Focus starts on the safe one.
class DeletionWindow : public QWidget {
    Q_OBJECT
public:
    explicit DeletionWindow(QWidget *parent = nullptr);

    void showHold(const figestio::DeletionHold &hold);
    void showWorking(bool restoring); // after a choice, until the guard is done
    void showError(const QString &message);

signals:
    void restoreRequested();
    void deleteRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_question;
    QLabel *m_examplesCaption;
    QListWidget *m_examples;
    QLabel *m_status;
    QPushButton *m_restore;
    QPushButton *m_delete;
    DeletionHold m_hold;
    enum class Phase { Asking, Restoring, Deleting } m_phase = Phase::Asking;
};

} // namespace figestio
