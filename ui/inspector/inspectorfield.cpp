// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/inspectorfield.h"

#include "inspector/lenientspinbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace scalelab {

namespace {

// One arrow click changes a value by about a tenth of its usual size: 1 for 20 ms, 100 for
// 3000 ms, 0.01 for a share of 0.8.
double stepFor(const InspectorFieldSpec &spec)
{
    const double typical = std::abs(spec.defaultValue.toDouble());
    const double smallest = std::pow(10.0, -spec.decimals);
    if (typical <= 0)
        return smallest;
    return std::max(smallest, std::pow(10.0, std::floor(std::log10(typical)) - 1));
}

QString suffixFor(const InspectorFieldSpec &spec)
{
    return spec.unit.isEmpty() ? QString() : QLatin1Char(' ') + spec.unit;
}

} // namespace

InspectorField::InspectorField(const InspectorFieldSpec &spec, QWidget *parent)
    : QWidget(parent), m_spec(spec)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_editor = makeEditor(spec);
    m_editor->setToolTip(spec.help);
    m_editor->setObjectName(spec.key);
    layout->addWidget(m_editor);
    guardEditor();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("problem"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("color: #C62828; font-size: 11px;"));
    m_message->hide();
    layout->addWidget(m_message);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setStyleSheet(QStringLiteral("color: #1565C0; font-weight: bold;"));
    m_note->hide();
    layout->addWidget(m_note);
}

QWidget *InspectorField::makeEditor(const InspectorFieldSpec &spec)
{
    // The editor a field's kind takes; each reports an edit as the JSON value of the file.
    switch (spec.kind) {
    case InspectorFieldSpec::Kind::Integer: {
        auto *box = new LenientSpinBox<QSpinBox>(this);
        box->setRange(static_cast<int>(spec.minimum), static_cast<int>(spec.maximum));
        box->setSingleStep(static_cast<int>(std::max(1.0, stepFor(spec))));
        box->setSuffix(suffixFor(spec));
        box->setGroupSeparatorShown(true);
        connect(box, &QSpinBox::valueChanged, this, [this](int v) { emit edited(QJsonValue(v)); });
        return box;
    }
    case InspectorFieldSpec::Kind::BigInteger:
    case InspectorFieldSpec::Kind::Number: {
        auto *box = new LenientSpinBox<QDoubleSpinBox>(this);
        const bool whole = spec.kind == InspectorFieldSpec::Kind::BigInteger;
        box->setDecimals(whole ? 0 : spec.decimals);
        box->setRange(spec.minimum, spec.maximum);
        box->setSingleStep(whole ? std::max(1.0, stepFor(spec)) : stepFor(spec));
        box->setSuffix(suffixFor(spec));
        box->setGroupSeparatorShown(true);
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, whole](double v) {
            emit edited(whole ? QJsonValue(static_cast<qint64>(std::llround(v))) : QJsonValue(v));
        });
        return box;
    }
    case InspectorFieldSpec::Kind::Choice: {
        auto *box = new QComboBox(this);
        for (int i = 0; i < spec.choices.size(); ++i) {
            box->addItem(spec.choicesAreIds ? spec.choices[i] : InspectorSchemas::choiceText(spec.choices[i]), spec.choices[i]);
            if (i < spec.choiceHelp.size())
                box->setItemData(i, spec.choiceHelp[i], Qt::ToolTipRole);
        }
        connect(box, &QComboBox::currentIndexChanged, this,
                [this, box](int index) { emit edited(QJsonValue(box->itemData(index).toString())); });
        return box;
    }
    case InspectorFieldSpec::Kind::Boolean: {
        auto *box = new QCheckBox(spec.label, this);
        connect(box, &QCheckBox::toggled, this, [this](bool on) { emit edited(QJsonValue(on)); });
        return box;
    }
    case InspectorFieldSpec::Kind::EditableChoice: {
        // A name picked from the list or typed anew; applied when picked or when typing is
        // done, not per keystroke (a half-typed name would be a data centre of its own).
        auto *box = new QComboBox(this);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->lineEdit()->setPlaceholderText(tr("none"));
        box->addItem(QString());
        box->addItems(spec.choices);
        const auto commit = [this, box] {
            const QString typed = box->currentText().trimmed();
            if (typed != m_shownText || m_invalid)
                emit edited(QJsonValue(typed));
        };
        connect(box, &QComboBox::activated, this, commit);
        connect(box->lineEdit(), &QLineEdit::editingFinished, this, commit);
        return box;
    }
    case InspectorFieldSpec::Kind::Text: {
        auto *line = new QLineEdit(this);
        // Applied when the user is done (Enter, or leaving the field): a rename per keystroke
        // would fill the undo history with half-typed ids.
        connect(line, &QLineEdit::editingFinished, this, [this, line] {
            if (line->isModified() || m_invalid) {
                line->setModified(false);
                emit edited(QJsonValue(line->text()));
            }
        });
        return line;
    }
    }
    return nullptr;
}

void InspectorField::guardEditor()
{
    // Scrolling the inspector must not change the spin box or choice that passes under the
    // mouse: the wheel edits a field only once it has been clicked or tabbed into.
    if (qobject_cast<QAbstractSpinBox *>(m_editor) || qobject_cast<QComboBox *>(m_editor)) {
        m_editor->setFocusPolicy(Qt::StrongFocus);
        m_editor->installEventFilter(this);
    }

    // A number the spin box cannot take (below its minimum, half typed) still goes to the
    // document, so that the user reads the reader's own words about it.
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(m_editor)) {
        if (auto *line = spin->findChild<QLineEdit *>())
            connect(line, &QLineEdit::textEdited, this, &InspectorField::typedText);
        connect(spin, &QAbstractSpinBox::editingFinished, this, [this] {
            if (m_invalid && static_cast<QAbstractSpinBox *>(m_editor)->hasAcceptableInput())
                setProblem({});
        });
    }
}

void InspectorField::setNote(const QString &note)
{
    if (m_note->text() != note)
        m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString InspectorField::note() const
{
    return m_note->text();
}

void InspectorField::typedText(const QString &)
{
    auto *spin = static_cast<QAbstractSpinBox *>(m_editor);
    if (spin->hasAcceptableInput())
        return;  // valueChanged() carries it
    QString clean = spin->text();
    if (!m_spec.unit.isEmpty() && clean.endsWith(suffixFor(m_spec)))
        clean.chop(suffixFor(m_spec).size());
    bool ok = false;
    const double typed = spin->locale().toDouble(clean.trimmed(), &ok);
    if (!ok) {
        setProblem(tr("expected a number from %L1 to %L2").arg(m_spec.minimum).arg(m_spec.maximum));
        return;
    }
    const bool whole = m_spec.kind != InspectorFieldSpec::Kind::Number;
    emit edited(whole ? QJsonValue(static_cast<qint64>(std::llround(typed))) : QJsonValue(typed));
}

QJsonValue InspectorField::value() const
{
    switch (m_spec.kind) {
    case InspectorFieldSpec::Kind::Integer: return static_cast<QSpinBox *>(m_editor)->value();
    case InspectorFieldSpec::Kind::BigInteger:
        return static_cast<qint64>(std::llround(static_cast<QDoubleSpinBox *>(m_editor)->value()));
    case InspectorFieldSpec::Kind::Number: return static_cast<QDoubleSpinBox *>(m_editor)->value();
    case InspectorFieldSpec::Kind::Choice: return static_cast<QComboBox *>(m_editor)->currentData().toString();
    case InspectorFieldSpec::Kind::Boolean: return static_cast<QCheckBox *>(m_editor)->isChecked();
    case InspectorFieldSpec::Kind::Text: return static_cast<QLineEdit *>(m_editor)->text();
    case InspectorFieldSpec::Kind::EditableChoice: return static_cast<QComboBox *>(m_editor)->currentText().trimmed();
    }
    return {};
}

void InspectorField::setValue(const QJsonValue &given)
{
    if (m_invalid && m_editor->hasFocus())
        return;  // the user is still fixing what they typed
    const QJsonValue v = given.isUndefined() || given.isNull() ? m_spec.defaultValue : given;
    // Re-setting an equal number would reformat the text under the cursor of someone typing.
    const bool numeric = m_spec.kind == InspectorFieldSpec::Kind::Integer || m_spec.kind == InspectorFieldSpec::Kind::BigInteger
                         || m_spec.kind == InspectorFieldSpec::Kind::Number;
    if (numeric && !m_invalid && std::abs(value().toDouble() - v.toDouble()) < 0.5 * std::pow(10.0, -m_spec.decimals))
        return;
    const QSignalBlocker blocker(m_editor);
    switch (m_spec.kind) {
    case InspectorFieldSpec::Kind::Integer: static_cast<QSpinBox *>(m_editor)->setValue(v.toInt()); break;
    case InspectorFieldSpec::Kind::BigInteger:
    case InspectorFieldSpec::Kind::Number: static_cast<QDoubleSpinBox *>(m_editor)->setValue(v.toDouble()); break;
    case InspectorFieldSpec::Kind::Choice: {
        auto *box = static_cast<QComboBox *>(m_editor);
        int index = box->findData(v.toString());
        if (index < 0) {  // a word this build does not offer: show it rather than hide it
            box->addItem(v.toString(), v.toString());
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
        break;
    }
    case InspectorFieldSpec::Kind::Boolean: static_cast<QCheckBox *>(m_editor)->setChecked(v.toBool()); break;
    case InspectorFieldSpec::Kind::EditableChoice: {
        auto *box = static_cast<QComboBox *>(m_editor);
        m_shownText = v.toString();
        if (box->currentText() != m_shownText)
            box->setEditText(m_shownText);
        break;
    }
    case InspectorFieldSpec::Kind::Text: {
        auto *line = static_cast<QLineEdit *>(m_editor);
        if (line->text() != v.toString()) {
            line->setText(v.toString());
            line->setCursorPosition(0);  // a long name shows its beginning
        }
        break;
    }
    }
    if (m_invalid)
        setProblem({});
}

QString InspectorField::message() const
{
    return m_message->text();
}

void InspectorField::setProblem(const QString &message)
{
    m_invalid = !message.isEmpty();
    m_message->setText(message);
    m_message->setVisible(m_invalid);
    // The frame comes from the dock's style sheet, keyed on this property.
    m_editor->setProperty("invalid", m_invalid);
    m_editor->style()->unpolish(m_editor);
    m_editor->style()->polish(m_editor);
}

bool InspectorField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::Wheel && !m_editor->hasFocus()) {
        // Ignored and filtered: QApplication hands the wheel on to the scroll area.
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace scalelab
