#include "RecoverWindow.h"

#include "Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace figestio {

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;

QString folderOf(const QString &path) {
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}
QString nameOf(const QString &path) {
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}
} // namespace

RecoverWindow::RecoverWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_intro(new QLabel(this))
    , m_searchCaption(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_shown(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_restore(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_close(new QPushButton(this)) {
    setObjectName(QStringLiteral("recoverWindow"));
    setWindowIcon(Icons::app());
    // Wide enough for the five columns of a usual list in the three languages (sizeColumns).
    resize(860, 480);
    m_intro->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("recoverSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchCaption->setBuddy(m_search);
    m_list->setObjectName(QStringLiteral("recoverList"));
    m_list->setColumnCount(5);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(false);
    // The name takes the room left; the other columns fit their contents at each fill
    // (sizeColumns), and can still be dragged.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_shown->setObjectName(QStringLiteral("recoverShown"));
    m_shown->setTextFormat(Qt::PlainText);
    m_shown->hide();
    m_status->setObjectName(QStringLiteral("recoverStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    // Focusable: a restore moves the focus here, where its outcome is read (issue 13).
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_restore->setObjectName(QStringLiteral("recoverRestoreButton"));
    m_refresh->setObjectName(QStringLiteral("recoverRefreshButton"));
    m_close->setObjectName(QStringLiteral("recoverCloseButton"));
    m_restore->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchCaption);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_shown);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &RecoverWindow::applySearch);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RecoverWindow::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &RecoverWindow::requestRestore);
    connect(m_restore, &QPushButton::clicked, this, &RecoverWindow::requestRestore);
    connect(m_refresh, &QPushButton::clicked, this, &RecoverWindow::refreshRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    updateButtons();
}

void RecoverWindow::retranslate() {
    setWindowTitle(tr("Recover files"));
    m_intro->setText(tr("Files that were deleted or replaced from another computer or the "
                        "agency in the last 30 days. Choose one or several and press Restore: "
                        "they come back to your folder and to the agency."));
    m_searchCaption->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Part of a file name"));
    m_search->setAccessibleName(tr("Search files"));
    m_shown->setAccessibleName(tr("Files shown"));
    m_list->setHeaderLabels(
        {tr("File"), tr("Folder"), tr("What happened"), tr("When"), tr("Size")});
    m_list->setAccessibleName(tr("Deleted and replaced files"));
    m_list->setAccessibleDescription(
        tr("Previous versions of files, newest first; select one or several to restore"));
    m_status->setAccessibleName(tr("Recovery status"));
    m_restore->setText(tr("&Restore"));
    m_restore->setAccessibleDescription(
        tr("Puts the selected files back in your folder and sends them to the agency"));
    m_refresh->setText(tr("Re&fresh"));
    m_refresh->setAccessibleDescription(tr("Reads the list of previous versions again"));
    m_close->setText(tr("&Close"));
    if (!m_versions.isEmpty())
        showVersions(m_versions);
    else
        showCount(0);
}

void RecoverWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecoverWindow::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    emit refreshRequested();
}

void RecoverWindow::showLoading() {
    setStatus(tr("Looking for previous versions…"));
}

void RecoverWindow::setStatus(const QString &text) {
    // The outcome of the last restore stays above what the list says, and is the focused
    // status's description: a screen reader hears it when it changes.
    QStringList parts{m_outcome, text};
    parts.removeAll(QString());
    const QString shown = parts.join(QLatin1Char('\n'));
    m_status->setText(shown);
    m_status->setAccessibleDescription(shown);
}

void RecoverWindow::showVersions(const QList<FileVersion> &versions) {
    m_versions = versions;
    m_list->clear();
    const QLocale locale;
    for (int i = 0; i < versions.size(); ++i) {
        const FileVersion &v = versions.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        const QString folder = folderOf(v.path);
        item->setText(0, nameOf(v.path));
        item->setText(1, folder.isEmpty() ? tr("(main folder)") : folder);
        item->setText(2, v.currentExists ? tr("Replaced") : tr("Deleted"));
        item->setText(3, locale.toString(v.versionTime.toLocalTime(), QLocale::ShortFormat));
        item->setText(4, locale.formattedDataSize(v.size, 1, QLocale::DataSizeSIFormat));
        item->setData(0, kIndexRole, i);
        item->setToolTip(0, v.path);
        item->setToolTip(1, item->text(1));
    }
    sizeColumns();
    setStatus(versions.isEmpty() ? tr("Nothing to recover: no file was deleted or replaced in "
                                      "the last 30 days.")
                                 : tr("%n previous version(s).", nullptr, int(versions.size())));
    applySearch();
}

void RecoverWindow::sizeColumns() {
    // Every column but the name fits its longest text (or its header); a very deep folder is
    // capped so the name keeps room (the whole folder is its tooltip).
    const int folderCap = fontMetrics().averageCharWidth() * 48;
    for (int column = 1; column < m_list->columnCount(); ++column) {
        m_list->resizeColumnToContents(column);
        if (column == 1 && m_list->header()->sectionSize(column) > folderCap)
            m_list->header()->resizeSection(column, folderCap);
    }
}

void RecoverWindow::showError(const QString &message) {
    setStatus(tr("The list could not be read: %1").arg(message));
}

void RecoverWindow::showRestored(const QHash<QString, QString> &failed) {
    const int restored = m_restoring - int(failed.size());
    QStringList lines;
    if (restored > 0)
        lines << tr("%n file(s) restored. They are back in your folder and travel to the agency.",
                    nullptr, restored);
    for (auto it = failed.cbegin(); it != failed.cend(); ++it)
        lines << tr("“%1” could not be restored: %2").arg(it.key(), it.value());
    m_outcome = lines.join(QLatin1Char('\n'));
    setStatus(QString());
    emit refreshRequested();
}

void RecoverWindow::applySearch() {
    const QString needle = m_search->text().trimmed();
    int shown = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const FileVersion &v = m_versions.at(item->data(0, kIndexRole).toInt());
        const bool hidden = !needle.isEmpty() && !v.path.contains(needle, Qt::CaseInsensitive);
        item->setHidden(hidden);
        shown += hidden ? 0 : 1;
    }
    showCount(shown);
    updateButtons();
}

void RecoverWindow::showCount(int shown) {
    const QString needle = m_search->text().trimmed();
    QString text;
    if (!needle.isEmpty() && !m_versions.isEmpty())
        text = shown == 0 ? tr("No file name contains “%1”.").arg(needle)
                          : tr("%Ln of %1 shown", nullptr, shown)
                                .arg(QLocale().toString(int(m_versions.size())));
    m_shown->setText(text);
    m_shown->setVisible(!text.isEmpty());
    // The search field keeps the focus while typing: its description carries the count, so a
    // screen reader hears it change (Qt sends a description change event).
    const QString what = tr("Shows only the files whose name contains this text");
    const QString description = text.isEmpty() ? what : text + QLatin1Char(' ') + what;
    if (m_search->accessibleDescription() != description)
        m_search->setAccessibleDescription(description);
}

void RecoverWindow::updateButtons() {
    bool any = false;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        any = any || !item->isHidden();
    m_restore->setEnabled(any);
}

void RecoverWindow::requestRestore() {
    VersionsClient::Restore chosen;
    // Rows are newest first: the first chosen row of a path is its newest chosen version.
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (!item->isSelected() || item->isHidden())
            continue;
        const FileVersion &v = m_versions.at(item->data(0, kIndexRole).toInt());
        if (!chosen.contains(v.path))
            chosen.insert(v.path, v.versionTimeRaw);
    }
    if (chosen.isEmpty())
        return;
    m_restoring = int(chosen.size());
    m_outcome.clear();
    setStatus(tr("Restoring…"));
    m_status->setFocus(); // not lost when Restore is disabled; the outcome is read here
    m_restore->setEnabled(false);
    emit restoreRequested(chosen);
}

QStringList RecoverWindow::visiblePaths() const {
    QStringList paths;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (!item->isHidden())
            paths << m_versions.at(item->data(0, kIndexRole).toInt()).path;
    }
    return paths;
}

QString RecoverWindow::shownText() const {
    return m_shown->isVisibleTo(this) ? m_shown->text() : QString();
}

QString RecoverWindow::statusText() const {
    return m_status->text();
}

bool RecoverWindow::restoreEnabled() const {
    return m_restore->isEnabled();
}

void RecoverWindow::setSearch(const QString &text) {
    m_search->setText(text);
}

void RecoverWindow::selectPaths(const QStringList &paths) {
    m_list->clearSelection();
    QStringList seen;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const QString path = m_versions.at(item->data(0, kIndexRole).toInt()).path;
        if (paths.contains(path) && !seen.contains(path)) {
            item->setSelected(true);
            seen << path;
        }
    }
}

} // namespace figestio
