// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemModel;
class QModelIndex;
class QTableView;
class QToolButton;

namespace scalelab {

/// Keeps the event log's newest row in sight as the run goes, unless the reader is busy with
/// the table: while the pointer is over it (rows would slide under it), after they scrolled
/// up or picked a row. Scrolling back to the bottom, or the button, follows again; while held
/// the button counts the rows that arrived ("12 new events ↓"). Rows the log drops from its
/// top while held do not move the ones in sight either.
class EventLogFollower : public QObject
{
    Q_OBJECT

public:
    /// Follows `table`'s model; the button is made as a child of `buttonParent`.
    EventLogFollower(QTableView *table, QWidget *buttonParent);

    QToolButton *button() const { return m_button; }
    /// Whether new rows scroll into sight now.
    bool isFollowing() const { return !m_paused && !m_hovered; }
    /// Whether the reader scrolled up or picked a row (the pointer leaving does not end it).
    bool isPaused() const { return m_paused; }
    /// Rows that arrived since the log was last held still.
    int newRows() const { return m_newRows; }

public slots:
    /// Back to the newest row, and stay with it.
    void follow();
    /// Hold the rows still until the reader scrolls to the bottom or asks to follow.
    void pause();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rowsInserted(const QModelIndex &parent, int first, int last);
    void rowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void rowsRemoved();
    void scrolled(int value);
    void scrollToBottom();
    void updateButton();

    QTableView *m_table = nullptr;
    QAbstractItemModel *m_model = nullptr;
    QToolButton *m_button = nullptr;
    bool m_paused = false;
    bool m_hovered = false;
    bool m_scrolling = false;   ///< our own scrolling: not the reader's
    int m_newRows = 0;
    int m_removedAbove = 0;     ///< rows about to go from above the first one in sight
    int m_lastValue = 0;        ///< of the scroll bar, to tell which way the reader scrolled
};

} // namespace scalelab
