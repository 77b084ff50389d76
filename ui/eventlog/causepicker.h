// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QGraphicsView;

namespace scalelab {

class RequestFlowLayer;

/// Clicks on the canvas's marks: the stale badge on a card's top-left corner and the error
/// cross on its top-right. Watches the view without taking the click (selection still
/// happens) and says which node and which kinds of marked request were clicked.
class CausePicker : public QObject
{
    Q_OBJECT

public:
    /// Device pixels around a mark's centre that count as a click on it.
    static constexpr qreal kReach = 14.0;

    CausePicker(QGraphicsView *view, const RequestFlowLayer *layer, QObject *parent = nullptr);

    /// The node and kinds of the mark at `viewportPos`; node -1 when there is none.
    int markAt(const QPoint &viewportPos, QStringList *kinds) const;

signals:
    /// A mark was clicked: explain the latest request of `kinds` at engine node `node`.
    void markClicked(int node, const QStringList &kinds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QGraphicsView *m_view = nullptr;
    const RequestFlowLayer *m_layer = nullptr;
};

} // namespace scalelab
