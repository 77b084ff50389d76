// SPDX-License-Identifier: GPL-3.0-or-later
// InspectorAlerts: the chosen rule's fields, each change sent to the document as the rule with
// that field changed.
#include "inspector/inspectoralerts.h"

#include "document/topologydocument.h"
#include "inspector/lenientspinbox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace scalelab {

void InspectorAlerts::buildFields()
{
    m_fields = new QWidget(this);
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit(m_fields);
    m_name->setObjectName(QStringLiteral("alertName"));
    m_name->setToolTip(tr("One word of letters, digits, _ . or -: the events and the report name the rule by it"));
    m_metric = new QComboBox(m_fields);
    m_metric->setObjectName(QStringLiteral("alertMetric"));
    m_metric->setToolTip(tr("The figure watched each second: one of the whole system, or (busy, waiting) of one node"));
    for (const QString &metric : alertMetricNames()) {
        m_metric->addItem(metricText(metric), metric);
        m_metric->setItemData(m_metric->count() - 1, tr("In the file: \"metric\": \"%1\"").arg(metric), Qt::ToolTipRole);
    }
    m_node = new QComboBox(m_fields);
    m_node->setObjectName(QStringLiteral("alertNode"));
    m_node->setToolTip(tr("The node a busy or waiting rule watches: a server, database, cache or queue; "
                          "clients, balancers and a dns have no workers"));
    m_condition = new QComboBox(m_fields);
    m_condition->setObjectName(QStringLiteral("alertCondition"));
    m_condition->addItem(tr("above"), QStringLiteral("above"));
    m_condition->addItem(tr("below"), QStringLiteral("below"));
    m_condition->setToolTip(tr("Fire when the figure is above the threshold (too slow, too many errors) or below it "
                               "(too little traffic, too few cache hits)"));
    auto *threshold = new LenientSpinBox<QDoubleSpinBox>(m_fields);
    threshold->setRange(-1e12, 1e12);
    threshold->setGroupSeparatorShown(true);
    m_threshold = threshold;
    m_threshold->setObjectName(QStringLiteral("alertThreshold"));
    m_threshold->setToolTip(tr("The line the figure must cross. A share (failing requests, cache hits, busy workers) "
                               "goes from 0 to 1"));
    auto *forS = new LenientSpinBox<QSpinBox>(m_fields);
    forS->setRange(1, 86400);
    forS->setSuffix(QStringLiteral(" s"));
    m_for = forS;
    m_for->setObjectName(QStringLiteral("alertFor"));
    m_for->setToolTip(tr("Seconds in a row the condition must hold before the rule fires: longer is quieter, but later"));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Watches"), m_metric);
    form->addRow(tr("Node"), m_node);
    form->addRow(tr("Fires when"), m_condition);
    form->addRow(tr("Threshold"), m_threshold);
    form->addRow(tr("For"), m_for);
    // Scrolling the inspector must not change a box that passes under the mouse (as InspectorField).
    for (QWidget *box : {static_cast<QWidget *>(m_metric), static_cast<QWidget *>(m_node), static_cast<QWidget *>(m_condition),
                         static_cast<QWidget *>(m_threshold), static_cast<QWidget *>(m_for)}) {
        box->setFocusPolicy(Qt::StrongFocus);
        box->installEventFilter(this);
    }
    connectFields();
}

void InspectorAlerts::connectFields()
{
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const int index = currentRule();
        if (index < 0 || (!m_name->isModified() && m_invalid != m_name))
            return;
        m_name->setModified(false);
        AlertRuleSpec rule = m_document->topology().alerts[index];
        rule.name = m_name->text().trimmed();
        apply(rule, m_name);
    });
    connect(m_metric, &QComboBox::activated, this, &InspectorAlerts::metricChosen);
    connect(m_node, &QComboBox::activated, this, &InspectorAlerts::nodeChosen);
    connect(m_condition, &QComboBox::activated, this, [this] {
        if (currentRule() < 0)
            return;
        AlertRuleSpec rule = m_document->topology().alerts[currentRule()];
        rule.above = m_condition->currentData().toString() == QLatin1String("above");
        apply(rule, m_condition);
    });
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (currentRule() < 0)
            return;
        AlertRuleSpec rule = m_document->topology().alerts[currentRule()];
        rule.threshold = value;
        apply(rule, m_threshold);
    });
    connect(m_for, &QSpinBox::valueChanged, this, [this](int value) {
        if (currentRule() < 0)
            return;
        AlertRuleSpec rule = m_document->topology().alerts[currentRule()];
        rule.forS = value;
        apply(rule, m_for);
    });
}

bool InspectorAlerts::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (widget && event->type() == QEvent::Wheel && !widget->hasFocus()) {
        event->ignore();  // QApplication hands the wheel on to the scroll area
        return true;
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace scalelab
