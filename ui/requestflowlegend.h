#pragma once

#include <QWidget>

namespace scalelab {

/// A small key in the canvas's bottom-left corner: the shape and colour of each kind of
/// request and of each mark, and what a link's width means. Sits over the view (so it keeps
/// its size when zooming) and lets every click through to the canvas.
class RequestFlowLegend : public QWidget
{
    Q_OBJECT

public:
    explicit RequestFlowLegend(QWidget *view);

    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Entry
    {
        enum class Symbol { Read, Write, Static, CacheHit, Stale, Error, Flow } symbol;
        QString text;
    };
    QList<Entry> entries() const;
    void place();
};

} // namespace scalelab
