#include "ConflictPanel.h"

#include "LabelStyle.h"
#include "syncthing/ConflictMonitor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <initializer_list>

namespace figestio {

ConflictPanel::ConflictPanel(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_keepMine(new QPushButton(this))
    , m_keepAgencys(new QPushButton(this))
    , m_keepBoth(new QPushButton(this)) {
    setObjectName(QStringLiteral("conflictPanel"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_keepAgencys->setObjectName(QStringLiteral("keepAgencysButton"));
    m_keepBoth->setObjectName(QStringLiteral("keepBothButton"));
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    m_caption->setBuddy(m_list);
    m_list->setMaximumHeight(110);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    // Focusable (as the status window's values are): after a choice the focus goes to the
    // result, so a screen reader reads it (issue 13); the row chosen, and with the last one the
    // buttons, are gone.
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_keepAgencys);
    buttons->addWidget(m_keepBoth);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictPanel::updateButtons);
    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { choose(ConflictList::Choice::KeepMine); });
    connect(m_keepAgencys, &QPushButton::clicked, this,
            [this] { choose(ConflictList::Choice::KeepAgencys); });
    connect(m_keepBoth, &QPushButton::clicked, this,
            [this] { choose(ConflictList::Choice::KeepBoth); });
    retranslate();
    setVisible(false);
}

void ConflictPanel::bind(ConflictMonitor *monitor) {
    m_monitor = monitor;
    connect(monitor, &ConflictMonitor::changed, this, &ConflictPanel::refresh);
    refresh();
}

void ConflictPanel::retranslate() {
    m_caption->setText(tr("&Needs your attention"));
    m_list->setAccessibleName(tr("Files changed on both sides"));
    m_list->setAccessibleDescription(
        tr("Each file was changed here and at the agency at the same time; choose which version "
           "to keep"));
    m_keepMine->setText(tr("Keep &mine"));
    m_keepMine->setAccessibleDescription(tr("Keeps this computer's version of the selected file"));
    m_keepAgencys->setText(tr("Keep the agency's"));
    m_keepAgencys->setAccessibleDescription(tr("Keeps the agency's version of the selected file"));
    m_keepBoth->setText(tr("Keep &both"));
    m_keepBoth->setAccessibleDescription(
        tr("Keeps both versions: the other one gets a name of its own"));
    m_message->setAccessibleName(tr("Result of the choice"));
    refresh();
}

void ConflictPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConflictPanel::refresh() {
    m_shown = m_monitor ? m_monitor->conflicts() : QList<Conflict>{};
    const int row = qMax(0, m_list->currentRow());
    m_list->clear();
    const QLocale locale;
    auto when = [&](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : tr("unknown");
    };
    for (const Conflict &c : m_shown)
        m_list->addItem(tr("%1\nYours: %2 · The agency's: %3")
                            .arg(c.originalPath, when(c.mineModified), when(c.agencyModified)));
    if (!m_shown.isEmpty())
        m_list->setCurrentRow(qMin(row, int(m_shown.size()) - 1));
    // With nothing left to decide only the result of the last choice stays (where the focus is).
    const bool any = !m_shown.isEmpty();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_caption, m_list, m_keepMine, m_keepAgencys, m_keepBoth})
        w->setVisible(any);
    setVisible(any || m_message->isVisibleTo(this));
    updateButtons();
}

void ConflictPanel::updateButtons() {
    const bool any = m_list->currentRow() >= 0 && m_list->currentRow() < m_shown.size();
    for (QPushButton *b : {m_keepMine, m_keepAgencys, m_keepBoth})
        b->setEnabled(any);
}

void ConflictPanel::choose(ConflictList::Choice choice) {
    const int row = m_list->currentRow();
    if (!m_monitor || row < 0 || row >= m_shown.size())
        return;
    const Conflict conflict = m_shown.at(row);
    const Result<QString> r = m_monitor->resolve(conflict, choice);
    QString text;
    if (!r.ok())
        text = r.error().message;
    else if (choice == ConflictList::Choice::KeepMine)
        text = tr("Your version of “%1” was kept.").arg(conflict.originalPath);
    else if (choice == ConflictList::Choice::KeepAgencys)
        text = tr("The agency's version of “%1” was kept.").arg(conflict.originalPath);
    else
        text = tr("Both versions of “%1” were kept: the second one is now “%2”.")
                   .arg(conflict.originalPath, r.value());
    m_message->setText(text);
    m_message->setAccessibleDescription(text);
    if (r.ok())
        LabelStyle::fine(m_message);
    else
        LabelStyle::problem(m_message);
    m_message->show();
    m_message->setFocus();
}

QStringList ConflictPanel::itemTexts() const {
    QStringList texts;
    for (int i = 0; i < m_list->count(); ++i)
        texts << m_list->item(i)->text();
    return texts;
}

} // namespace figestio
