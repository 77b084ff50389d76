// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/flow/requestflowlegend.h"

#include "canvas/flow/requestflowstyle.h"
#include "canvas/nodeitem.h"
#include "settings/theme.h"
#include "settings/themecontroller.h"

#include <QEvent>
#include <QGraphicsView>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace scalelab {

namespace {
constexpr int kMargin = 10;       // from the view's corner
constexpr int kPadding = 8;       // inside the panel
constexpr int kSymbol = 16;
constexpr int kSymbolGap = 5;
constexpr int kEntryGap = 14;

QFont legendFont()
{
    QFont font;
    font.setPixelSize(12);
    return font;
}
} // namespace

RequestFlowLegend::RequestFlowLegend(QGraphicsView *view)
    : QWidget(view), m_view(view)
{
    setObjectName(QStringLiteral("requestFlowLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFont(legendFont());
    view->installEventFilter(this);
    connect(ThemeController::instance(), &ThemeController::themeChanged, this, qOverload<>(&QWidget::update));
    // Queued: the view fits the new scene on the same signal, and the corners depend on that.
    if (view->scene())
        connect(view->scene(), &QGraphicsScene::sceneRectChanged, this, &RequestFlowLegend::place, Qt::QueuedConnection);
    place();
}

QList<RequestFlowLegend::Entry> RequestFlowLegend::entries() const
{
    using S = Entry::Symbol;
    QList<Entry> list{{S::Read, tr("read")}, {S::Write, tr("write")}, {S::Static, tr("static file")}};
    if (m_showsJobs)
        list.append({S::Job, tr("job")});
    list += {{S::CacheHit, tr("cache hit")},
             {S::Stale, tr("stale read")},
             {S::Error, tr("error")},
             {S::Flow, tr("wider link = more requests/s")}};
    return list;
}

QStringList RequestFlowLegend::texts() const
{
    QStringList list;
    for (const Entry &entry : entries())
        list << entry.text;
    return list;
}

void RequestFlowLegend::setShowsJobs(bool shows)
{
    if (shows == m_showsJobs)
        return;
    m_showsJobs = shows;
    place();   // wider or narrower: another corner may fit it better
    update();
}

QSize RequestFlowLegend::sizeHint() const
{
    const QFontMetrics metrics(font());
    int width = 2 * kPadding - kEntryGap;
    for (const Entry &entry : entries())
        width += kSymbol + kSymbolGap + metrics.horizontalAdvance(entry.text) + kEntryGap;
    return {width, std::max(kSymbol, metrics.height()) + 2 * kPadding};
}

bool RequestFlowLegend::eventFilter(QObject *watched, QEvent *event)
{
    // Queued: the view refits the scene in its own resize handler, after this filter.
    if (watched == parent() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &RequestFlowLegend::place, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

int RequestFlowLegend::cardsCoveredAt(const QRect &rect) const
{
    if (!m_view->scene())
        return 0;
    const QRect inViewport = rect.translated(-m_view->viewport()->pos());
    int covered = 0;
    for (const QGraphicsItem *item : m_view->items(inViewport, Qt::IntersectsItemBoundingRect))
        covered += item->type() == NodeItem::Type;
    return covered;
}

void RequestFlowLegend::place()
{
    const QSize size = sizeHint();
    const int right = m_view->width() - size.width() - kMargin;
    const int bottom = m_view->height() - size.height() - kMargin;
    const QList<QPoint> corners = {{kMargin, bottom}, {right, bottom}, {kMargin, kMargin}, {right, kMargin}};
    QRect chosen(corners.front(), size);
    for (const QPoint &corner : corners) {
        if (cardsCoveredAt(QRect(corner, size)) == 0) {
            chosen = QRect(corner, size);
            break;
        }
    }
    setGeometry(chosen);
    // Hidden rather than clipped when the canvas is too narrow for the key.
    setVisible(m_view->width() >= size.width() + 2 * kMargin);
    raise();
}

void RequestFlowLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Theme &theme = Theme::current();
    painter.setPen(theme.overlayBorder);
    painter.setBrush(theme.overlayFill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);

    const QFontMetrics metrics(font());
    int x = kPadding;
    const qreal mid = height() / 2.0;
    for (const Entry &entry : entries()) {
        const QPointF centre(x + kSymbol / 2.0, mid);
        painter.save();
        using S = Entry::Symbol;
        switch (entry.symbol) {
        case S::Read:
        case S::Write:
        case S::Static:
        case S::Job: {
            const Op op = entry.symbol == S::Read    ? Op::Read
                          : entry.symbol == S::Write ? Op::Write
                          : entry.symbol == S::Job   ? Op::Job
                                                     : Op::Static;
            painter.translate(centre);
            painter.setPen(QPen(Qt::white, 1.5));
            painter.setBrush(RequestFlowStyle::colorOf(op));
            painter.drawPath(RequestFlowStyle::shapeOf(op, 12));
            break;
        }
        case S::CacheHit:
            painter.setPen(QPen(RequestFlowStyle::cacheHitColor(), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(centre - QPointF(7, 5), QSizeF(14, 10)), 3, 3);
            break;
        case S::Stale:
            RequestFlowStyle::paintStaleBadge(&painter, centre, 14);
            break;
        case S::Error:
            RequestFlowStyle::paintErrorCross(&painter, centre, 11);
            break;
        case S::Flow:
            // The links' own colour: the key shows what the canvas draws.
            painter.setPen(QPen(theme.link, 2, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(x, mid - 4), QPointF(x + kSymbol, mid - 4));
            painter.setPen(QPen(theme.link, 6, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(x, mid + 3), QPointF(x + kSymbol, mid + 3));
            break;
        }
        painter.restore();
        x += kSymbol + kSymbolGap;
        painter.setPen(theme.overlayText);
        const int textWidth = metrics.horizontalAdvance(entry.text);
        painter.drawText(QRect(x, 0, textWidth, height()), Qt::AlignVCenter | Qt::AlignLeft, entry.text);
        x += textWidth + kEntryGap;
    }
}

} // namespace scalelab
