// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QValidator>

namespace scalelab {

/// A QSpinBox or QDoubleSpinBox that lets the user type any number, in range or not. Qt's
/// own spin boxes swallow a keystroke that leaves the range ("-" in a rate, the last digit of
/// a number too large) without a word; the inspector wants the number typed so that the
/// document's check refuses it with the reader's message, as for every other bad value.
template<typename SpinBox>
class LenientSpinBox : public SpinBox
{
public:
    using SpinBox::SpinBox;

    QValidator::State validate(QString &text, int &pos) const override
    {
        const QValidator::State state = SpinBox::validate(text, pos);
        if (state != QValidator::Invalid)
            return state;
        QString number = text;
        if (!this->prefix().isEmpty() && number.startsWith(this->prefix()))
            number.remove(0, this->prefix().size());
        if (!this->suffix().isEmpty() && number.endsWith(this->suffix()))
            number.chop(this->suffix().size());
        number = number.trimmed();
        const QLocale locale = this->locale();
        // A sign alone is the start of a number.
        if (number == locale.negativeSign() || number == locale.positiveSign())
            return QValidator::Intermediate;
        bool ok = false;
        locale.toDouble(number, &ok);
        return ok ? QValidator::Intermediate : QValidator::Invalid;
    }
};

} // namespace scalelab
