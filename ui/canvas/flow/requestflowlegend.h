// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGraphicsView;

namespace scalelab {

/// A small key in a corner of the canvas: the shape and colour of each kind of request and
/// of each mark, and what a link's width means. Sits over the view (so it keeps its size
/// when zooming), in the first corner that covers no node, and lets every click through.
class RequestFlowLegend : public QWidget
{
    Q_OBJECT

public:
    explicit RequestFlowLegend(QGraphicsView *view);

    QSize sizeHint() const override;
    /// Whether the key lists job dots: only for a topology with a message queue, so that the
    /// others keep their shorter key.
    void setShowsJobs(bool shows);
    bool showsJobs() const { return m_showsJobs; }
    /// The words of the key, in order (tests).
    QStringList texts() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Entry
    {
        enum class Symbol { Read, Write, Static, Job, CacheHit, Stale, Error, Flow } symbol;
        QString text;
    };
    QList<Entry> entries() const;
    /// Moves to the first corner (bottom-left, bottom-right, top-left, top-right) that hides
    /// no node card; bottom-left when none is free.
    void place();
    int cardsCoveredAt(const QRect &rect) const;

    QGraphicsView *m_view = nullptr;
    bool m_showsJobs = false;
};

} // namespace scalelab
