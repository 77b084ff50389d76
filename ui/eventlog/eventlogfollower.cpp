// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlog/eventlogfollower.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>

#include <algorithm>
#include <utility>

namespace scalelab {

EventLogFollower::EventLogFollower(QTableView *table, QWidget *buttonParent)
    : QObject(table), m_table(table), m_model(table->model()), m_button(new QToolButton(buttonParent))
{
    m_button->setObjectName(QStringLiteral("eventFollowButton"));
    m_button->setCheckable(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_button, &QToolButton::clicked, this, [this](bool checked) {
        if (checked)
            follow();
        else
            pause();
    });
    m_table->viewport()->installEventFilter(this);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EventLogFollower::rowsInserted);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &EventLogFollower::rowsAboutToBeRemoved);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EventLogFollower::rowsRemoved);
    // A new filter shows other rows: the newest of them when following.
    auto refilled = [this] {
        if (isFollowing())
            scrollToBottom();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, refilled);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, refilled);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &EventLogFollower::scrolled);
    updateButton();
}

void EventLogFollower::follow()
{
    m_paused = false;
    m_newRows = 0;
    scrollToBottom();
    updateButton();
}

void EventLogFollower::pause()
{
    m_paused = true;
    updateButton();
}

bool EventLogFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport()) {
        if (event->type() == QEvent::Enter) {
            m_hovered = true;
            updateButton();
        } else if (event->type() == QEvent::Leave) {
            m_hovered = false;
            if (m_paused)
                updateButton();
            else
                follow();   // catch up with what arrived while the pointer was there
        }
    }
    return QObject::eventFilter(watched, event);
}

void EventLogFollower::rowsInserted(const QModelIndex &, int first, int last)
{
    if (isFollowing()) {
        scrollToBottom();
        return;
    }
    m_newRows += last - first + 1;
    updateButton();
}

void EventLogFollower::rowsAboutToBeRemoved(const QModelIndex &, int first, int last)
{
    m_removedAbove = 0;
    if (isFollowing())
        return;
    const int top = m_table->rowAt(0);
    if (top > first)
        m_removedAbove = std::min(last + 1, top) - first;
}

void EventLogFollower::rowsRemoved()
{
    if (m_removedAbove == 0)
        return;
    // The view keeps its scroll value, so the rows in sight would slide up by what went.
    QScrollBar *bar = m_table->verticalScrollBar();
    const int step = m_table->verticalScrollMode() == QAbstractItemView::ScrollPerItem ? 1 : m_table->verticalHeader()->defaultSectionSize();
    m_scrolling = true;
    bar->setValue(std::max(0, bar->value() - m_removedAbove * step));
    m_scrolling = false;
    m_removedAbove = 0;
}

void EventLogFollower::scrolled(int value)
{
    const int previous = std::exchange(m_lastValue, value);
    if (m_scrolling)
        return;
    // The reader scrolled: up holds the rows still, down to the bottom follows again. (The
    // view also moves the value itself, down to a shorter table's end: that is no reader.)
    const bool atBottom = value >= m_table->verticalScrollBar()->maximum();
    if (!m_paused && !atBottom && value < previous) {
        m_paused = true;
    } else if (m_paused && atBottom && value > previous) {
        m_paused = false;
        m_newRows = 0;
    } else {
        return;
    }
    updateButton();
}

void EventLogFollower::scrollToBottom()
{
    m_scrolling = true;
    m_table->scrollToBottom();
    m_scrolling = false;
}

void EventLogFollower::updateButton()
{
    const bool following = isFollowing();
    m_button->setChecked(following);
    m_button->setText(!following && m_newRows > 0 ? tr("%n new event(s) \u2193", nullptr, m_newRows) : tr("Follow"));
    // Grows to its widest text and stays: the search box beside it does not jump with each count.
    m_button->setMinimumWidth(std::max(m_button->minimumWidth(), m_button->sizeHint().width()));
    m_button->setToolTip(following ? tr("The newest event stays in sight. Scroll up, pick a row or point at the table to hold the rows still.")
                                   : tr("Held still while you read. Click here, or scroll to the bottom, to follow the newest events again."));
}

} // namespace scalelab
