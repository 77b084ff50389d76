// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspector/inspectorschema.h"

#include <QJsonValue>
#include <QWidget>

class QLabel;

namespace scalelab {

/// The editor of one setting: a spin box with its unit, a combo box of the file's words (or an
/// editable one of names), a check box or a line edit, with room under it for the reader's
/// message when the value typed is refused. Emits edited() as the user types (every keystroke
/// that makes a number), never when the value is set from the document.
class InspectorField : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorField(const InspectorFieldSpec &spec, QWidget *parent = nullptr);

    const InspectorFieldSpec &spec() const { return m_spec; }
    /// The editing widget (QSpinBox, QDoubleSpinBox, QComboBox, QCheckBox or QLineEdit).
    QWidget *editor() const { return m_editor; }
    QJsonValue value() const;
    /// Shows `value` (the reader's default when undefined) without emitting edited(). An
    /// editor the user is typing a refused value into keeps what they typed.
    void setValue(const QJsonValue &value);

    bool isInvalid() const { return m_invalid; }
    /// The message shown under the editor, empty when valid.
    QString message() const;
    /// Red frame and the reader's message under the editor (empty: back to normal).
    void setProblem(const QString &message);
    /// What the running engine says about this setting now, when it differs from the file's
    /// value (a replica promoted by a failover), under the editor; empty hides it.
    void setNote(const QString &note);
    QString note() const;

signals:
    void edited(const QJsonValue &value);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeEditor(const InspectorFieldSpec &spec);
    /// The wheel and half-typed numbers: what the editor must not do, or must still report.
    void guardEditor();
    void typedText(const QString &text);

    InspectorFieldSpec m_spec;
    QWidget *m_editor = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_note = nullptr;
    bool m_invalid = false;
    QString m_shownText;   ///< EditableChoice: the document's value, to tell an edit from a look
};

} // namespace scalelab
