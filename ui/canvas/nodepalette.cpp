// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvas/nodepalette.h"

#include "canvas/nodeicons.h"
#include "settings/theme.h"
#include "settings/themecontroller.h"

#include <QDrag>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QVBoxLayout>

#include <algorithm>

namespace scalelab {

namespace {

constexpr int kIconSize = 32;
constexpr int kTypeRole = Qt::UserRole;
constexpr NodeType kTypes[] = {NodeType::Clients,      NodeType::LoadBalancer, NodeType::WebServer,
                               NodeType::SessionStore, NodeType::Cache,        NodeType::Database,
                               NodeType::CdnEdge,      NodeType::ObjectStorage, NodeType::MessageQueue,
                               NodeType::Worker,       NodeType::Dns};

// A list whose items drag out as node types, with the icon under the pointer.
class PaletteList : public QListWidget
{
public:
    explicit PaletteList(QWidget *parent) : QListWidget(parent)
    {
        setDragEnabled(true);
        setDragDropMode(QAbstractItemView::DragOnly);
        setDefaultDropAction(Qt::CopyAction);
    }

    // As wide as the longest name and as tall as every row: no scrolling, no empty band.
    QSize sizeHint() const override
    {
        int width = 0;
        for (int i = 0; i < count(); ++i)
            width = std::max(width, fontMetrics().horizontalAdvance(item(i)->text()));
        const int rows = count() * (sizeHintForRow(0) + 2 * spacing());
        return QSize(iconSize().width() + width + 48, rows + 4);
    }

protected:
    void startDrag(Qt::DropActions) override
    {
        const QListWidgetItem *item = currentItem();
        if (!item)
            return;
        const auto type = static_cast<NodeType>(item->data(kTypeRole).toInt());
        auto *drag = new QDrag(this);
        drag->setMimeData(NodePalette::mimeData(type));
        const QPixmap pixmap = NodePalette::icon(type).pixmap(QSize(40, 40), devicePixelRatioF());
        drag->setPixmap(pixmap);
        drag->setHotSpot(QPoint(20, 20));
        drag->exec(Qt::CopyAction, Qt::CopyAction);
    }
};

} // namespace

NodePalette::NodePalette(QWidget *parent)
    : QDockWidget(tr("Nodes"), parent)
{
    setObjectName(QStringLiteral("nodePalette"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    m_list = new PaletteList(content);
    m_list->setObjectName(QStringLiteral("nodePaletteList"));
    m_list->setIconSize(QSize(kIconSize, kIconSize));
    m_list->setSpacing(2);
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Node types"));
    for (NodeType type : kTypes) {
        auto *item = new QListWidgetItem(icon(type), displayName(type), m_list);
        item->setData(kTypeRole, static_cast<int>(type));
        item->setToolTip(QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
                             .arg(displayName(type).toHtmlEscaped(), description(type).toHtmlEscaped(),
                                  tr("Drag onto the canvas, or double-click to add it in the middle.")));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit nodeTypeActivated(static_cast<NodeType>(item->data(kTypeRole).toInt()));
    });
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list);

    auto *hint = new QLabel(tr("Drag a node onto the canvas. To link two nodes, drag from the "
                               "\u279C handle on a card's right edge to the other card."),
                            content);
    hint->setObjectName(QStringLiteral("nodePaletteHint"));
    hint->setWordWrap(true);
    // The names set the dock's width, the hint wraps to it: a wrapped label would ask for
    // the width of some 80 characters and take the canvas's room on a small screen.
    QSizePolicy hintPolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    hintPolicy.setHeightForWidth(true);
    hint->setSizePolicy(hintPolicy);
    layout->addWidget(hint);
    layout->addStretch(1);
    setWidget(content);
    m_hint = hint;
    applyStyle();
    connect(ThemeController::instance(), &ThemeController::themeChanged, this, &NodePalette::applyStyle);
}

void NodePalette::applyStyle()
{
    const Theme &theme = Theme::current();
    m_list->setStyleSheet(QStringLiteral("QListWidget { background: transparent; font-size: 13px; }"
                                         "QListWidget::item { padding: 4px 2px; border-radius: 4px; }"
                                         "QListWidget::item:hover { background: %1; }"
                                         "QListWidget::item:selected { background: %2; color: %3; }")
                              .arg(theme.listHover.name(), theme.listSelected.name(), theme.listSelectedText.name()));
    m_hint->setStyleSheet(QStringLiteral("color: %1; font-size: 11px;").arg(theme.mutedText.name()));
    // Every name whole: the list is never narrower than its longest one with its icon.
    m_list->ensurePolished();
    m_list->setMinimumWidth(m_list->sizeHint().width());
}

QString NodePalette::mimeType()
{
    return QStringLiteral("application/x-scalelab-node-type");
}

QMimeData *NodePalette::mimeData(NodeType type)
{
    auto *data = new QMimeData;
    data->setData(mimeType(), nodeTypeName(type).toUtf8());
    return data;
}

QString NodePalette::displayName(NodeType type)
{
    switch (type) {
    case NodeType::Clients: return tr("Clients");
    case NodeType::LoadBalancer: return tr("Load balancer");
    case NodeType::WebServer: return tr("Web server");
    case NodeType::SessionStore: return tr("Session store");
    case NodeType::Cache: return tr("Cache");
    case NodeType::Database: return tr("Database");
    case NodeType::CdnEdge: return tr("CDN edge");
    case NodeType::ObjectStorage: return tr("Object storage");
    case NodeType::MessageQueue: return tr("Message queue");
    case NodeType::Worker: return tr("Worker");
    case NodeType::Dns: return tr("DNS (geoDNS)");
    }
    return {};
}

QString NodePalette::description(NodeType type)
{
    switch (type) {
    case NodeType::Clients:
        return tr("The users: they send reads, writes, static requests and jobs at the rate you "
                  "set, and count what comes back.");
    case NodeType::LoadBalancer:
        return tr("Spreads requests over the web servers linked to it (round robin, least "
                  "connections, IP hash or weights) and stops sending to one that fails.");
    case NodeType::WebServer:
        return tr("Runs the application: serves a limited number of requests at once and queues "
                  "the rest.");
    case NodeType::SessionStore:
        return tr("Keeps users' sessions outside the web servers, so that any server can answer "
                  "any user.");
    case NodeType::Cache:
        return tr("Keeps recent reads in memory, so that most of them never reach the database.");
    case NodeType::Database:
        return tr("Stores the data: the primary takes the writes, replicas copy them and serve "
                  "reads.");
    case NodeType::CdnEdge:
        return tr("Serves static files from close to the users, fetching each from the origin "
                  "on a miss.");
    case NodeType::ObjectStorage:
        return tr("Holds the static files (images, scripts, videos): the origin a CDN fetches "
                  "from.");
    case NodeType::MessageQueue:
        return tr("Holds jobs the web servers hand over (resize a photo, send an email) until a "
                  "worker takes them, so that users get their answer without waiting for the work.");
    case NodeType::Worker:
        return tr("Takes jobs from the message queue linked to it and works on them, a few at a "
                  "time; add workers when the queue grows.");
    case NodeType::Dns:
        return tr("Tells each group of users which data centre to go to: the nearest one its health "
                  "checks see up. Users keep its answer for the TTL, so after a failure they move over "
                  "gradually. Link the clients to it and to each data centre's entry.");
    }
    return {};
}

QIcon NodePalette::icon(NodeType type)
{
    // The SVG icon engine renders at whatever size and pixel ratio is asked: sharp at 150 %
    // and on a 4K projector alike, where pixmaps drawn at 1x and 2x would be scaled.
    return QIcon(NodeIcons::resourcePath(type));
}

} // namespace scalelab
