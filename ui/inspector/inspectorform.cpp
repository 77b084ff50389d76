// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/inspectorform.h"

#include "inspector/inspectorfield.h"
#include "settings/themecontroller.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace scalelab {

InspectorForm::InspectorForm(const InspectorSchema &schema, Applier applier, QWidget *parent)
    : QWidget(parent), m_schema(schema), m_apply(std::move(applier))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    for (const InspectorGroupSpec &group : std::as_const(m_schema)) {
        auto *box = new QGroupBox(group.title, this);
        box->setObjectName(group.key.isEmpty() ? QStringLiteral("settings") : group.key);
        box->setToolTip(group.help);
        box->setCheckable(group.optional);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setHorizontalSpacing(10);
        form->setVerticalSpacing(6);
        for (const InspectorFieldSpec &spec : group.fields) {
            auto *field = new InspectorField(spec, box);
            m_fields.insert(dotted(group, spec.key), field);
            // A check box carries its own label.
            if (spec.kind == InspectorFieldSpec::Kind::Boolean)
                form->addRow(QString(), field);
            else
                form->addRow(spec.label, field);
            m_labels.insert(field, form->labelForField(field));
            connect(field, &InspectorField::edited, this, [this, group, field](const QJsonValue &value) {
                fieldEdited(group, field, value);
                updateDependencies();
            });
        }
        if (group.optional) {
            auto *help = new QLabel(group.help, box);
            help->setWordWrap(true);
            ThemeController::useMutedText(help);
            form->addRow(help);
            m_groupHelp.insert(group.key, help);
        }
        if (!group.key.isEmpty()) {
            auto *problem = new QLabel(box);
            problem->setWordWrap(true);
            problem->setStyleSheet(QStringLiteral("color: #C62828; font-size: 11px;"));
            problem->hide();
            form->addRow(problem);
            m_groupProblems.insert(group.key, problem);
            m_groups.insert(group.key, box);
        }
        if (group.optional)
            connect(box, &QGroupBox::toggled, this, [this, group](bool on) {
                groupToggled(group, on);
                updateDependencies();
            });
        layout->addWidget(box);
    }
}

QString InspectorForm::dotted(const InspectorGroupSpec &group, const QString &key)
{
    return group.key.isEmpty() ? key : group.key + QLatin1Char('.') + key;
}

QJsonObject InspectorForm::groupObject(const InspectorGroupSpec &group) const
{
    QJsonObject object;
    for (const InspectorFieldSpec &spec : group.fields)
        object.insert(spec.key, m_fields.value(dotted(group, spec.key))->value());
    return object;
}

void InspectorForm::fieldEdited(const InspectorGroupSpec &group, InspectorField *field, const QJsonValue &value)
{
    QString error;
    if (group.whole) {
        // The parts are checked together: send the whole object, with this part as typed.
        QJsonObject object = groupObject(group);
        object.insert(field->spec().key, value);
        const bool ok = m_apply(group.key, object, &error);
        for (const InspectorFieldSpec &spec : group.fields)
            m_fields.value(dotted(group, spec.key))->setProblem({});
        if (!ok)
            field->setProblem(error);
        return;
    }
    if (m_apply(dotted(group, field->spec().key), value, &error))
        field->setProblem({});
    else
        field->setProblem(error);
}

void InspectorForm::groupToggled(const InspectorGroupSpec &group, bool on)
{
    QString error;
    QLabel *problem = m_groupProblems.value(group.key);
    // Turning a group on writes it with the values shown (the reader's defaults at first).
    const bool ok = m_apply(group.key, on ? QJsonValue(groupObject(group)) : QJsonValue(QJsonValue::Undefined), &error);
    problem->setText(ok ? QString() : error);
    problem->setVisible(!ok);
    if (!ok) {
        const QSignalBlocker blocker(m_groups.value(group.key));
        m_groups.value(group.key)->setChecked(!on);
    }
}

QString InspectorForm::groupProblem(const QString &key) const
{
    const QLabel *problem = m_groupProblems.value(key);
    return problem ? problem->text() : QString();
}

void InspectorForm::setValues(const QJsonObject &json)
{
    for (const InspectorGroupSpec &group : std::as_const(m_schema)) {
        const bool present = group.key.isEmpty() || json.contains(group.key);
        const QJsonObject object = group.key.isEmpty() ? json : json.value(group.key).toObject();
        if (group.optional) {
            QGroupBox *box = m_groups.value(group.key);
            const QSignalBlocker blocker(box);
            box->setChecked(present);
        }
        for (const InspectorFieldSpec &spec : group.fields) {
            const bool followsOther = !spec.fallbackKey.isEmpty() && !object.contains(spec.key);
            m_fields.value(dotted(group, spec.key))->setValue(object.value(followsOther ? spec.fallbackKey : spec.key));
        }
    }
    updateDependencies();
}

void InspectorForm::updateDependencies()
{
    for (const InspectorGroupSpec &group : std::as_const(m_schema)) {
        const QGroupBox *box = m_groups.value(group.key);
        const bool groupOn = !box || !box->isCheckable() || box->isChecked();
        if (QLabel *help = m_groupHelp.value(group.key)) {
            help->setVisible(!groupOn);
            for (const InspectorFieldSpec &spec : group.fields)
                static_cast<QFormLayout *>(box->layout())->setRowVisible(m_fields.value(dotted(group, spec.key)), groupOn);
        }
        for (const InspectorFieldSpec &spec : group.fields) {
            if (spec.dependsOn.isEmpty())
                continue;
            const QJsonValue other = m_fields.value(dotted(group, spec.dependsOn))->value();
            const QString word = other.isBool() ? (other.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                : other.toString();
            const bool on = groupOn && spec.dependsValues.contains(word);
            InspectorField *field = m_fields.value(dotted(group, spec.key));
            field->setEnabled(on);
            if (QWidget *label = m_labels.value(field))
                label->setEnabled(on);
        }
    }
}

} // namespace scalelab
