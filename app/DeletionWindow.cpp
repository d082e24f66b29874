#include "DeletionWindow.h"

#include "Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace figestio {

DeletionWindow::DeletionWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_question(new QLabel(this))
    , m_examplesCaption(new QLabel(this))
    , m_examples(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_restore(new QPushButton(this))
    , m_delete(new QPushButton(this)) {
    setObjectName(QStringLiteral("deletionWindow"));
    setWindowIcon(Icons::app());
    resize(560, 380);
    m_question->setObjectName(QStringLiteral("deletionQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_examples->setObjectName(QStringLiteral("deletionExamples"));
    m_examplesCaption->setBuddy(m_examples);
    m_status->setObjectName(QStringLiteral("deletionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_restore->setObjectName(QStringLiteral("deletionRestoreButton"));
    m_delete->setObjectName(QStringLiteral("deletionDeleteButton"));
    m_restore->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_examplesCaption);
    layout->addWidget(m_examples, 1);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);

    connect(m_restore, &QPushButton::clicked, this, [this] {
        showWorking(true);
        emit restoreRequested();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        showWorking(false);
        emit deleteRequested();
    });
    retranslate();
}

void DeletionWindow::retranslate() {
    setWindowTitle(tr("Many files were deleted"));
    const QString percent = QLocale().toString(
        m_hold.total > 0 ? 100.0 * m_hold.deleted / m_hold.total : 100.0, 'f', 0);
    const QString question =
        (m_hold.atStart ? tr("%n file(s) were deleted from your Figestió folder while the app "
                             "was not running (%1 % of the folder).",
                             nullptr, int(m_hold.deleted))
                        : tr("%n file(s) were deleted from your Figestió folder at once (%1 % "
                             "of the folder).",
                             nullptr, int(m_hold.deleted)))
            .arg(percent) +
        QLatin1Char(' ') +
        tr("Nothing has been deleted at the agency yet. Do you want them back, or should they "
           "be deleted at the agency too?");
    m_question->setText(question);
    m_question->setAccessibleName(tr("What happened"));
    setAccessibleDescription(question);
    m_examplesCaption->setText(tr("Some of the deleted &files:"));
    m_examples->setAccessibleName(tr("Deleted files"));
    m_examples->setAccessibleDescription(tr("Some of the files that were deleted"));
    m_status->setAccessibleName(tr("Progress"));
    m_restore->setText(tr("&Restore them"));
    m_restore->setAccessibleName(tr("Restore them"));
    m_restore->setAccessibleDescription(
        tr("Brings the deleted files back into your folder from the agency's copy"));
    m_delete->setText(tr("&Delete them at the agency too"));
    m_delete->setAccessibleName(tr("Delete them at the agency too"));
    m_delete->setAccessibleDescription(
        tr("Deletes the same files from the agency's copy; other devices delete them too"));
    if (m_phase != Phase::Asking)
        showWorking(m_phase == Phase::Restoring);
}

void DeletionWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeletionWindow::showHold(const DeletionHold &hold) {
    m_hold = hold;
    m_phase = Phase::Asking;
    m_examples->clear();
    m_examples->addItems(hold.examples);
    if (hold.deleted > hold.examples.size())
        m_examples->addItem(tr("… and %n more", nullptr, int(hold.deleted - hold.examples.size())));
    m_status->clear();
    m_restore->setEnabled(true);
    m_delete->setEnabled(true);
    retranslate();
    // The question first: a screen reader reads the window's description, then the safe answer.
    m_restore->setFocus(Qt::OtherFocusReason);
}

void DeletionWindow::showWorking(bool restoring) {
    m_phase = restoring ? Phase::Restoring : Phase::Deleting;
    m_restore->setEnabled(false);
    m_delete->setEnabled(false);
    m_status->setText(restoring ? tr("Bringing the files back from the agency…")
                                : tr("Deleting the files at the agency…"));
}

void DeletionWindow::showError(const QString &message) {
    m_phase = Phase::Asking;
    m_restore->setEnabled(true);
    m_delete->setEnabled(true);
    m_status->setText(tr("That did not work: %1").arg(message));
    m_restore->setFocus(Qt::OtherFocusReason);
}

} // namespace figestio
