// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/inspectorschema.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

#include <functional>

class QGroupBox;
class QLabel;

namespace scalelab {

class InspectorField;

/// The editors of a schema, one titled box per group, bound to one JSON object (a node, a
/// link or the topology as the file writes it). Each edit goes to the applier at once; a
/// refusal is shown on the field that made it and nothing else changes.
class InspectorForm : public QWidget
{
    Q_OBJECT

public:
    /// Applies `value` to the setting `key` (dotted for nested ones; undefined removes it).
    /// Returns false with the reader's message in `error` when the value is refused.
    using Applier = std::function<bool(const QString &key, const QJsonValue &value, QString *error)>;

    InspectorForm(const InspectorSchema &schema, Applier applier, QWidget *parent = nullptr);

    /// Shows the values of `json`; a missing key shows the reader's default, a missing
    /// optional group is unchecked.
    void setValues(const QJsonObject &json);
    /// The editor of `key` ("weight", "health_check.fall"), or null.
    InspectorField *field(const QString &key) const { return m_fields.value(key); }
    /// The box of the group `key` ("health_check"), or null.
    QGroupBox *group(const QString &key) const { return m_groups.value(key); }
    /// Message shown under the box of the group `key` when adding or removing it failed.
    QString groupProblem(const QString &key) const;

private:
    void fieldEdited(const InspectorGroupSpec &group, InspectorField *field, const QJsonValue &value);
    void groupToggled(const InspectorGroupSpec &group, bool on);
    QJsonObject groupObject(const InspectorGroupSpec &group) const;
    /// Greys out the fields whose `dependsOn` sibling does not hold one of their values, and
    /// folds an optional group that is off down to a line saying what it would add.
    void updateDependencies();
    static QString dotted(const InspectorGroupSpec &group, const QString &key);

    InspectorSchema m_schema;
    Applier m_apply;
    QMap<QString, InspectorField *> m_fields;
    QMap<QString, QGroupBox *> m_groups;
    QMap<QString, QLabel *> m_groupProblems;
    QMap<InspectorField *, QWidget *> m_labels;
    QMap<QString, QLabel *> m_groupHelp;  ///< optional groups: what turning them on gives
};

} // namespace scalelab
