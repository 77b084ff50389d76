// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/inspectordock.h"

#include "canvas/linkitem.h"
#include "canvas/nodeicons.h"
#include "canvas/nodeitem.h"
#include "inspector/inspectoralerts.h"
#include "inspector/inspectorfacts.h"
#include "inspector/inspectorfield.h"
#include "inspector/inspectorform.h"
#include "inspector/inspectorledger.h"
#include "inspector/inspectorshard.h"
#include "inspector/inspectorschema.h"
#include "io/topologywriter.h"
#include "run/simulationcontroller.h"
#include "settings/themecontroller.h"
#include "sim/simulation.h"

#include <QDoubleSpinBox>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QScrollArea>
#include <QSvgRenderer>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace scalelab {

namespace {

constexpr int kIconSize = 36;
constexpr int kMinimumWidth = 330;

// A refused value is framed in red; the message itself is under the field.
const char *const kStyle =
    "QAbstractSpinBox[invalid=\"true\"], QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"] {"
    " border: 2px solid #D32F2F; border-radius: 3px; background: #FFEBEE; }"
    "QGroupBox { font-weight: bold; }"
    "QGroupBox QLabel, QGroupBox QAbstractSpinBox, QGroupBox QComboBox, QGroupBox QLineEdit, QGroupBox QCheckBox,"
    " QGroupBox QTableWidget { font-weight: normal; }";

QPixmap iconOf(NodeType type, qreal dpr)
{
    QPixmap pixmap(QSize(kIconSize, kIconSize) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    if (QSvgRenderer *renderer = NodeIcons::renderer(type))
        renderer->render(&painter, QRectF(0, 0, kIconSize, kIconSize));
    return pixmap;
}

int linkIndexOf(const Topology &topology, const LinkEnds &ends)
{
    for (int i = 0; i < topology.links.size(); ++i) {
        if (topology.links[i].from == ends.first && topology.links[i].to == ends.second)
            return i;
    }
    return -1;
}

} // namespace

InspectorField *InspectorDock::idField() const
{
    return m_subject == Subject::Node && m_form ? m_form->field(QStringLiteral("id")) : nullptr;
}

InspectorDock::InspectorDock(TopologyDocument *document, SimulationController *controller, QGraphicsScene *scene,
                             QWidget *parent)
    : QDockWidget(tr("Inspector"), parent), m_document(document), m_controller(controller), m_scene(scene)
{
    setObjectName(QStringLiteral("inspectorDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setMinimumWidth(kMinimumWidth);
    m_scroll->setStyleSheet(QString::fromLatin1(kStyle));
    setWidget(m_scroll);

    // The selection is read once the event loop is back: a document edit rebuilds the scene
    // (its selection empties for a moment) and reselect() restores it before then.
    m_selectionTimer = new QTimer(this);
    m_selectionTimer->setSingleShot(true);
    m_selectionTimer->setInterval(0);
    connect(m_selectionTimer, &QTimer::timeout, this, &InspectorDock::readSelection);
    connect(m_scene, &QGraphicsScene::selectionChanged, m_selectionTimer, qOverload<>(&QTimer::start));

    m_factsTimer = new QTimer(this);
    m_factsTimer->setSingleShot(true);
    m_factsTimer->setInterval(kFactsIntervalMs);
    connect(m_factsTimer, &QTimer::timeout, this, &InspectorDock::refreshFacts);
    auto soon = [this] {
        if (!m_factsTimer->isActive())
            m_factsTimer->start();
    };
    connect(m_controller, &SimulationController::advanced, this, soon);
    connect(m_controller, &SimulationController::simulationReplaced, this, soon);

    connect(m_document, &TopologyDocument::changed, this, &InspectorDock::documentChanged);
    connect(m_document, &TopologyDocument::documentReset, this, [this] { showSubject(Subject::Topology); });
    showSubject(Subject::Topology);
}

QString InspectorDock::heading() const
{
    return m_heading ? m_heading->text() : QString();
}

void InspectorDock::refreshNow()
{
    if (m_selectionTimer->isActive()) {
        m_selectionTimer->stop();
        readSelection();
    }
    m_factsTimer->stop();
    refreshFacts();
}

void InspectorDock::editAlert(const QString &name)
{
    // The rules sit under the topology's settings: shown when nothing is selected.
    m_scene->clearSelection();
    m_selectionTimer->stop();
    showSubject(Subject::Topology);
    show();
    raise();
    if (!m_alerts)
        return;
    m_alerts->selectRule(name);
    // Once the page is laid out (it may be new): the rule's list and fields in view.
    QTimer::singleShot(0, m_alerts, [this] {
        if (!m_alerts)
            return;
        m_scroll->ensureWidgetVisible(m_alerts->thresholdBox());
        m_scroll->ensureWidgetVisible(m_alerts->list());
    });
}

void InspectorDock::readSelection()
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    QStringList nodes;
    QList<LinkEnds> links;
    for (QGraphicsItem *item : selected) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            nodes << node->id();
        else if (auto *link = qgraphicsitem_cast<LinkItem *>(item))
            links << LinkEnds(link->fromNode()->id(), link->toNode()->id());
    }
    const int count = static_cast<int>(nodes.size() + links.size());
    if (count == 0)
        showSubject(Subject::Topology);
    else if (count > 1)
        showSubject(Subject::Several, {}, {}, count);
    else if (!nodes.isEmpty())
        showSubject(Subject::Node, nodes.first());
    else
        showSubject(Subject::Link, {}, links.first());
}

void InspectorDock::showSubject(Subject subject, const QString &nodeId, const LinkEnds &link, int count)
{
    const Topology &topology = m_document->topology();
    if (subject == Subject::Node && topology.indexOf(nodeId) < 0)
        subject = Subject::Topology;
    if (subject == Subject::Link && linkIndexOf(topology, link) < 0)
        subject = Subject::Topology;
    const bool same = m_form && subject == m_subject
                      && (subject != Subject::Node || nodeId == m_nodeId)
                      && (subject != Subject::Link || link == m_link);
    if (same || (subject == Subject::Several && m_subject == Subject::Several && count == m_count)) {
        updateValues();
        return;
    }
    m_subject = subject;
    m_nodeId = subject == Subject::Node ? nodeId : QString();
    m_nodeIndex = subject == Subject::Node ? topology.indexOf(nodeId) : -1;
    if (m_nodeIndex >= 0)
        m_nodeType = topology.nodes[m_nodeIndex].type;
    m_link = subject == Subject::Link ? link : LinkEnds();
    m_count = count;

    // The old page may be the sender of what brought us here: let it go once we return.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_form = nullptr;
    m_facts = nullptr;
    m_ledger = nullptr;
    m_shard = nullptr;
    m_alerts = nullptr;

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(10);

    addHeader(page, layout);
    addSubjectParts(page, layout, subject, count);
    layout->addStretch(1);
    m_scroll->setWidget(page);
    updateValues();
    refreshFacts();
}

void InspectorDock::addHeader(QWidget *page, QVBoxLayout *layout)
{
    // The subject's icon beside its heading and a line saying what it is.
    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    m_icon = new QLabel(page);
    m_icon->setFixedSize(kIconSize, kIconSize);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 17px; font-weight: bold;"));   // colour: the palette's, light or dark
    m_heading->setWordWrap(true);  // a long topology name must not widen the dock
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading = new QLabel(page);
    ThemeController::useMutedText(m_subheading);
    m_subheading->setWordWrap(true);
    titles->addWidget(m_heading);
    titles->addWidget(m_subheading);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);
    layout->addLayout(header);
}

QStringList InspectorDock::templateChoices(const Topology &topology, const QString &balancer)
{
    // The balancer's own web servers first: the natural template is one it already sends to.
    QStringList linked;
    QStringList others;
    for (const NodeSpec &node : topology.nodes) {
        if (node.type != NodeType::WebServer)
            continue;
        const bool fromBalancer = std::any_of(topology.links.cbegin(), topology.links.cend(), [&](const LinkSpec &link) {
            return link.from == balancer && link.to == node.id;
        });
        (fromBalancer ? linked : others) << node.id;
    }
    return linked + others;
}

QStringList InspectorDock::datacenterChoices(const Topology &topology)
{
    // In the order the file first names them, as the engine numbers them (and the frames' colours).
    QStringList names;
    for (const NodeSpec &node : topology.nodes)
        if (!node.datacenter.isEmpty() && !names.contains(node.datacenter))
            names << node.datacenter;
    return names;
}

void InspectorDock::addSubjectParts(QWidget *page, QVBoxLayout *layout, Subject subject, int count)
{
    // The form of the subject's settings, and for a node what the run shows of it.
    const Topology &topology = m_document->topology();
    switch (subject) {
    case Subject::Node: {
        const NodeSpec &node = topology.nodes[m_nodeIndex];
        m_icon->setPixmap(iconOf(node.type, devicePixelRatioF()));
        m_subheading->setText(InspectorSchemas::typeName(node.type));
        InspectorSchema schema = InspectorSchemas::node(node.type);
        if (node.type == NodeType::LoadBalancer)
            InspectorSchemas::offerTemplates(schema, templateChoices(topology, node.id));
        InspectorSchemas::offerDatacenters(schema, datacenterChoices(topology));
        m_form = new InspectorForm(schema,
                                   [this](const QString &key, const QJsonValue &value, QString *error) {
                                       return m_document->setNodeSetting(m_nodeId, key, value, error);
                                   },
                                   page);
        layout->addWidget(m_form);
        if (node.type == NodeType::Database) {
            m_shard = new InspectorShard(m_document, node.id, page);
            layout->addWidget(m_shard);
        }
        m_facts = new InspectorFacts(page);
        layout->addWidget(m_facts);
        if (node.type == NodeType::Database) {
            m_ledger = new InspectorLedger(page);
            layout->addWidget(m_ledger);
        }
        break;
    }
    case Subject::Link:
        m_icon->hide();
        m_subheading->setText(tr("Link: requests travel this way, each hop taking the latency"));
        m_form = new InspectorForm(InspectorSchemas::link(),
                                   [this](const QString &key, const QJsonValue &value, QString *error) {
                                       return m_document->setLinkSetting(m_link, key, value, error);
                                   },
                                   page);
        layout->addWidget(m_form);
        break;
    case Subject::Topology:
        m_icon->hide();
        m_subheading->setText(tr("Nothing selected: the settings of the whole topology. "
                                 "Click a node or a link on the canvas to edit it."));
        m_form = new InspectorForm(InspectorSchemas::topology(),
                                   [this](const QString &key, const QJsonValue &value, QString *error) {
                                       return m_document->setTopologySetting(key, value, error);
                                   },
                                   page);
        layout->addWidget(m_form);
        m_alerts = new InspectorAlerts(m_document, page);
        layout->addWidget(m_alerts);
        break;
    case Subject::Several:
        m_icon->hide();
        m_heading->setText(tr("%n items selected", nullptr, count));
        m_subheading->setText(tr("Select a single node or link to edit it. Delete, copy and drag act on all of them."));
        break;
    }
}

QJsonObject InspectorDock::subjectJson() const
{
    const Topology &topology = m_document->topology();
    const QJsonObject root = TopologyWriter::toJson(topology);
    switch (m_subject) {
    case Subject::Node: {
        QJsonObject node = root.value(QStringLiteral("nodes")).toArray().at(topology.indexOf(m_nodeId)).toObject();
        // The file has no concurrency with a size: the form shows the size's (read-only).
        const NodeSpec &spec = topology.nodes[topology.indexOf(m_nodeId)];
        if (!spec.size.isEmpty())
            node.insert(QStringLiteral("concurrency"), spec.concurrency);
        return node;
    }
    case Subject::Link:
        return root.value(QStringLiteral("links")).toArray().at(linkIndexOf(topology, m_link)).toObject();
    case Subject::Topology: return root;
    case Subject::Several: break;
    }
    return {};
}

void InspectorDock::updateValues()
{
    const Topology &topology = m_document->topology();
    switch (m_subject) {
    case Subject::Node:
        m_heading->setText(m_nodeId);
        if (m_shard)
            m_shard->setDatabase(m_nodeId);   // follows a rename
        break;
    case Subject::Link: m_heading->setText(m_link.first + QStringLiteral(" → ") + m_link.second); break;
    case Subject::Topology:
        m_heading->setText(topology.name.isEmpty() ? tr("Untitled topology") : topology.name);
        break;
    case Subject::Several: break;
    }
    if (m_form)
        m_form->setValues(subjectJson());
}

void InspectorDock::documentChanged(const TopologyChange &change)
{
    const Topology &topology = m_document->topology();
    // A rename (or its undo) keeps the node where it was in the list: follow it there.
    if (m_subject == Subject::Node && topology.indexOf(m_nodeId) < 0 && change.kind == TopologyChange::Kind::Everything
        && m_nodeIndex >= 0 && m_nodeIndex < topology.nodes.size()
        && topology.nodes[m_nodeIndex].type == m_nodeType) {
        m_nodeId = topology.nodes[m_nodeIndex].id;
    }
    const bool gone = (m_subject == Subject::Node && topology.indexOf(m_nodeId) < 0)
                      || (m_subject == Subject::Link && linkIndexOf(topology, m_link) < 0);
    if (gone) {
        m_selectionTimer->start();  // rebuilt once the edit is over
        return;
    }
    reselect();
    updateValues();
}

void InspectorDock::reselect()
{
    if (!m_scene->selectedItems().isEmpty() || (m_subject != Subject::Node && m_subject != Subject::Link))
        return;
    for (QGraphicsItem *item : m_scene->items()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item); node && m_subject == Subject::Node && node->id() == m_nodeId) {
            node->setSelected(true);
            return;
        }
        if (auto *link = qgraphicsitem_cast<LinkItem *>(item); link && m_subject == Subject::Link
                                                               && link->fromNode()->id() == m_link.first
                                                               && link->toNode()->id() == m_link.second) {
            link->setSelected(true);
            return;
        }
    }
}

QString InspectorDock::roleNote(const Simulation *simulation) const
{
    // The form edits the role the file starts with; a failover changes the engine's.
    const int index = simulation ? simulation->nodeIndex(m_nodeId) : -1;
    // roleSince is 0 for the role the run started with (a file with no primary names one).
    if (index < 0 || simulation->nodeStatus(index).type != NodeType::Database || simulation->database(index).roleSince <= SimTime{})
        return {};
    const QString start = simulation->topology().nodes[index].role;
    switch (simulation->database(index).role) {
    case DatabaseRole::Primary:
        if (start == QLatin1String("replica"))
            return tr("Now the primary: the failover promoted it at %1 s. It starts the run as a replica.")
                .arg(simulation->database(index).roleSince.s(), 0, 'f', 1);
        break;
    case DatabaseRole::Replica:
        if (start != QLatin1String("replica"))
            return tr("Now a replica: the failover replaced it as the primary at %1 s. It starts the run as the primary.")
                .arg(simulation->database(index).roleSince.s(), 0, 'f', 1);
        break;
    default: break;
    }
    return {};
}

void InspectorDock::refreshFacts()
{
    if (m_alerts)
        m_alerts->showStates(m_controller->simulation());
    if (m_subject != Subject::Node || !m_facts)
        return;
    const Simulation *simulation = m_controller->simulation();
    m_facts->refresh(simulation, m_nodeId);
    if (InspectorField *role = m_form ? m_form->field(QStringLiteral("role")) : nullptr)
        role->setNote(roleNote(simulation));
    if (m_ledger)
        m_ledger->refresh(simulation, m_nodeId);
}

} // namespace scalelab
