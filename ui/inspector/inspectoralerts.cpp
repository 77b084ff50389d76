// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/inspectoralerts.h"

#include "document/topologydocument.h"
#include "settings/themecontroller.h"
#include "sim/simulation.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace scalelab {

namespace {
constexpr int kVisibleRules = 5;  ///< rows the list shows before it scrolls
const QColor kFiring(0xC6, 0x28, 0x28);

/// The document's message without its path ("alerts[2].name: "): the field is framed already.
QString withoutPath(const QString &message)
{
    static const QRegularExpression path(QStringLiteral("^alerts\\[\\d+\\]\\.[a-z_]+: "), QRegularExpression::MultilineOption);
    return QString(message).remove(path);
}

void markInvalid(QWidget *widget, bool invalid)
{
    // The frame comes from the inspector's style sheet, keyed on this property (as InspectorField's).
    widget->setProperty("invalid", invalid);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}
} // namespace

InspectorAlerts::InspectorAlerts(TopologyDocument *document, QWidget *parent)
    : QGroupBox(tr("Alert rules"), parent), m_document(document)
{
    setObjectName(QStringLiteral("inspectorAlerts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Checked once a second while the run goes. A rule whose condition holds for its duration "
                                "fires: a marker on the charts, a line in the event log, red here and in the status bar."),
                             this);
    intro->setWordWrap(true);
    ThemeController::useMutedText(intro);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("alertList"));
    m_list->setToolTip(tr("The topology's alert rules: choose one to edit it below"));
    // One line a rule, cut short at the dock's edge; its tooltip has the whole of it.
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list);
    m_empty = new QLabel(tr("No rules yet. Add Rule starts one on the p95 latency; a server's right-click menu adds one on its queue."),
                         this);
    m_empty->setWordWrap(true);
    ThemeController::useMutedText(m_empty);
    layout->addWidget(m_empty);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add Rule"), this);
    m_add->setObjectName(QStringLiteral("addAlert"));
    m_add->setToolTip(tr("Add a rule (p95 latency above 200 ms for 3 s) and edit it below"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeAlert"));
    m_remove->setToolTip(tr("Remove the chosen rule (Edit > Undo brings it back)"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // Why a change was refused, above the fields: in sight of the one framed red whichever it is.
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #C62828; font-size: 11px;"));  // as the form's problems
    m_problem->hide();
    layout->addWidget(m_problem);
    buildFields();
    layout->addWidget(m_fields);

    connect(m_add, &QPushButton::clicked, this, &InspectorAlerts::addRule);
    connect(m_remove, &QPushButton::clicked, this, &InspectorAlerts::removeRule);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        setProblem({}, nullptr);
        showRule();
    });
    connect(document, &TopologyDocument::changed, this, &InspectorAlerts::refresh);
    connect(document, &TopologyDocument::documentReset, this, &InspectorAlerts::refresh);
    refresh();
}

int InspectorAlerts::currentRule() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_document->topology().alerts.size() ? row : -1;
}

QString InspectorAlerts::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void InspectorAlerts::refresh()
{
    fillList();
    showRule();
}

void InspectorAlerts::fillList()
{
    const QList<AlertRuleSpec> &rules = m_document->topology().alerts;
    const int row = m_list->currentRow();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const AlertRuleSpec &rule : rules) {
        const bool firing = m_firing.contains(rule.name);
        auto *item = new QListWidgetItem(QStringLiteral("%1 \u2014 %2").arg(rule.name, ruleText(rule)), m_list);
        item->setToolTip(firing ? tr("%1 is firing now: %2").arg(rule.name, ruleText(rule)) : ruleText(rule));
        if (firing) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setForeground(kFiring);
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_list->setCurrentRow(rules.isEmpty() ? -1 : std::clamp(row, 0, static_cast<int>(rules.size()) - 1));
    m_list->setVisible(!rules.isEmpty());
    m_empty->setVisible(rules.isEmpty());
    // As tall as its rules, up to a few: the inspector scrolls, the list need not.
    const int rows = std::min(static_cast<int>(rules.size()), kVisibleRules);
    m_list->setFixedHeight(2 * m_list->frameWidth() + std::max(1, rows * m_list->sizeHintForRow(0)));
}

void InspectorAlerts::showRule()
{
    const int index = currentRule();
    m_fields->setVisible(index >= 0);
    m_remove->setEnabled(index >= 0);
    if (index < 0)
        return;
    const AlertRuleSpec &rule = m_document->topology().alerts[index];
    // A field the user is still fixing keeps what they typed.
    const auto fixing = [this](QWidget *field) { return m_invalid == field && field->hasFocus(); };
    if (!fixing(m_name) && m_name->text() != rule.name) {
        const QSignalBlocker blocker(m_name);
        m_name->setText(rule.name);
        m_name->setCursorPosition(0);
    }
    {
        const QSignalBlocker blocker(m_metric);
        int at = m_metric->findData(rule.metric);
        if (at < 0) {  // a word this build does not know: shown, not hidden
            m_metric->addItem(rule.metric, rule.metric);
            at = m_metric->count() - 1;
        }
        m_metric->setCurrentIndex(at);
    }
    fillNodes(rule);
    {
        const QSignalBlocker blocker(m_condition);
        m_condition->setCurrentIndex(rule.above ? 0 : 1);
    }
    if (!fixing(m_threshold))
        showThreshold(rule);
    if (!fixing(m_for) && m_for->value() != rule.forS) {
        const QSignalBlocker blocker(m_for);
        m_for->setValue(rule.forS);
    }
}

void InspectorAlerts::showThreshold(const AlertRuleSpec &rule)
{
    // A share to the thousandth, a count of waiting requests whole, the rest to one decimal.
    const QString unit = metricUnit(rule.metric);
    const bool share = unit.isEmpty();
    const bool count = rule.metric == QLatin1String("queued") && rule.threshold == std::floor(rule.threshold);
    const int decimals = share ? 3 : (count ? 0 : 1);
    const QString suffix = share ? QString() : QLatin1Char(' ') + unit;
    const QSignalBlocker blocker(m_threshold);
    // Only what differs: re-setting the same would reformat the text under the cursor of someone typing.
    if (m_threshold->decimals() != decimals)
        m_threshold->setDecimals(decimals);
    if (m_threshold->suffix() != suffix)
        m_threshold->setSuffix(suffix);
    m_threshold->setSingleStep(share ? 0.05 : (count ? 1.0 : 10.0));
    if (m_threshold->value() != rule.threshold)
        m_threshold->setValue(rule.threshold);
}

void InspectorAlerts::fillNodes(const AlertRuleSpec &rule)
{
    const QSignalBlocker blocker(m_node);
    m_node->clear();
    const std::optional<AlertMetric> metric = alertMetricNamed(rule.metric);
    const bool watchesNode = metric && alertMetricWatchesNode(*metric);
    m_node->setEnabled(watchesNode);
    if (!watchesNode) {
        m_node->addItem(tr("the whole system"), QString());
        return;
    }
    for (const NodeSpec &node : m_document->topology().nodes) {
        if (!TopologyDocument::canWatch(node.type))
            continue;
        m_node->addItem(node.id, node.id);
        m_node->setItemData(m_node->count() - 1, nodeTypeName(node.type), Qt::ToolTipRole);
    }
    int at = m_node->findData(rule.node);
    if (at < 0) {
        m_node->addItem(rule.node, rule.node);
        at = m_node->count() - 1;
    }
    m_node->setCurrentIndex(at);
}

void InspectorAlerts::apply(const AlertRuleSpec &rule, QWidget *field)
{
    const int index = currentRule();
    if (index < 0)
        return;
    QString error;
    const bool ok = m_document->setAlert(index, rule, &error);
    setProblem(ok ? QString() : error, field);
    if (!ok && field != m_name && field != m_threshold && field != m_for)
        showRule();  // a choice refused: the boxes show the rule as it is
}

void InspectorAlerts::setProblem(const QString &message, QWidget *field)
{
    if (m_invalid)
        markInvalid(m_invalid, false);
    m_invalid = message.isEmpty() ? nullptr : field;
    if (m_invalid)
        markInvalid(m_invalid, true);
    m_problem->setText(withoutPath(message));
    m_problem->setVisible(!message.isEmpty());
}

void InspectorAlerts::metricChosen()
{
    const int index = currentRule();
    if (index < 0)
        return;
    const Topology &topology = m_document->topology();
    AlertRuleSpec rule = topology.alerts[index];
    const QString metric = m_metric->currentData().toString();
    if (metric == rule.metric)
        return;
    rule.metric = metric;
    const std::optional<AlertMetric> known = alertMetricNamed(metric);
    // A node's figure needs its node: the one watched before, else the first that has workers.
    if (known && alertMetricWatchesNode(*known)) {
        const NodeSpec *watched = topology.node(rule.node);
        if (!watched || !TopologyDocument::canWatch(watched->type)) {
            rule.node.clear();
            for (const NodeSpec &node : topology.nodes)
                if (rule.node.isEmpty() && TopologyDocument::canWatch(node.type))
                    rule.node = node.id;
        }
    } else {
        rule.node.clear();
    }
    // Another figure has another scale: start from a threshold that fits it.
    rule.threshold = defaultThreshold(metric, topology.node(rule.node));
    rule.above = known != AlertMetric::CacheHitRatio;
    apply(rule, m_metric);
}

void InspectorAlerts::nodeChosen()
{
    const int index = currentRule();
    if (index < 0)
        return;
    AlertRuleSpec rule = m_document->topology().alerts[index];
    rule.node = m_node->currentData().toString();
    apply(rule, m_node);
}

void InspectorAlerts::addRule()
{
    AlertRuleSpec rule;
    rule.name = m_document->freeAlertName(QStringLiteral("SlowRequests"));
    rule.metric = QStringLiteral("p95_ms");
    rule.threshold = defaultThreshold(rule.metric, nullptr);
    rule.forS = 3;
    QString error;
    if (!m_document->addAlert(rule, &error)) {
        setProblem(error, nullptr);
        return;
    }
    selectRule(rule.name);
    // A new rule wants a name of its own first.
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void InspectorAlerts::removeRule()
{
    const int index = currentRule();
    if (index >= 0)
        m_document->removeAlert(index);
}

void InspectorAlerts::selectRule(const QString &name)
{
    const QList<AlertRuleSpec> &rules = m_document->topology().alerts;
    for (int i = 0; i < rules.size(); ++i) {
        if (rules[i].name != name)
            continue;
        m_list->setCurrentRow(i);
        showRule();
        m_threshold->setFocus(Qt::OtherFocusReason);
        m_threshold->selectAll();
        return;
    }
}

void InspectorAlerts::showStates(const Simulation *simulation)
{
    QStringList firing;
    if (simulation) {
        for (const AlertState &state : simulation->alerting().rules())
            if (state.firing)
                firing << QString::fromStdString(state.name);
    }
    if (firing == m_firing)
        return;
    m_firing = firing;
    fillList();
}

} // namespace scalelab
