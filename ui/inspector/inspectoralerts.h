// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/alertrule.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace scalelab {

class Simulation;
class TopologyDocument;
struct NodeSpec;

/// The topology's alert rules (the file's `alerts`), under its settings when nothing is
/// selected: the list of rules (a firing one marked while the run goes), Add and Remove, and
/// the chosen rule's name, metric, node, condition, threshold and duration. Each change is
/// one undoable step through the document (typing a threshold is one); a refused value is
/// framed in red with the reason under the rule, and nothing changes.
class InspectorAlerts : public QGroupBox
{
    Q_OBJECT

public:
    explicit InspectorAlerts(TopologyDocument *document, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLineEdit *nameEdit() const { return m_name; }
    /// Items carry the file's metric name as data; the text is in plain words.
    QComboBox *metricBox() const { return m_metric; }
    /// The nodes a host rule may watch; enabled only for busy and queued.
    QComboBox *nodeBox() const { return m_node; }
    /// "above" or "below" as data.
    QComboBox *conditionBox() const { return m_condition; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QSpinBox *forBox() const { return m_for; }
    /// The rule shown in the fields (its index in the document), or -1.
    int currentRule() const;
    /// Why the last change was refused (the document's message), or empty.
    QString problem() const;

    /// The rule's metric in plain words ("p95 latency", "requests waiting at one node").
    static QString metricText(const QString &metric);
    /// Its unit for a threshold ("ms", "req/s"); empty for a share from 0 to 1.
    static QString metricUnit(const QString &metric);
    /// The rule in one line: "p95 latency above 200 ms for 3 s", "requests waiting at web1 above 50 for 3 s".
    static QString ruleText(const AlertRuleSpec &rule);
    /// What a rule on `metric` starts with: for queued half of `node`'s queue, for busy 0.8...
    static double defaultThreshold(const QString &metric, const NodeSpec *node);

public slots:
    /// Shows the document's rules again (after any edit, undo, redo or a new document).
    void refresh();
    /// Chooses the rule called `name` and puts the cursor in its threshold (a rule just added).
    void selectRule(const QString &name);
    /// Marks the rules the running engine has firing (null: nothing runs).
    void showStates(const Simulation *simulation);

protected:
    /// The wheel over a box not clicked into scrolls the inspector instead of changing it.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFields();     // inspectoralertfields.cpp
    void connectFields();
    void fillList();
    /// The fields from the document's rule currentRule(), leaving alone a field the user is fixing.
    void showRule();
    void fillNodes(const AlertRuleSpec &rule);
    void showThreshold(const AlertRuleSpec &rule);
    /// Sends `rule` (the current one with one field changed) to the document; a refusal frames `field`.
    void apply(const AlertRuleSpec &rule, QWidget *field);
    void setProblem(const QString &message, QWidget *field);
    void addRule();
    void removeRule();
    void metricChosen();
    void nodeChosen();

    TopologyDocument *m_document;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_fields = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_node = nullptr;
    QComboBox *m_condition = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QSpinBox *m_for = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_invalid = nullptr;   ///< the field framed red, until the document takes a value again
    QStringList m_firing;           ///< names of the rules the engine has firing now
};

} // namespace scalelab
