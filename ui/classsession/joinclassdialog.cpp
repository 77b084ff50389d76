// SPDX-License-Identifier: GPL-3.0-or-later
#include "classsession/joinclassdialog.h"

#include "classroom/classclient.h"
#include "classroom/classprotocol.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSettings>

namespace scalelab {

namespace {
const QString kAddressKey = QStringLiteral("classroom/address");
const QString kNameKey = QStringLiteral("classroom/name");
} // namespace

JoinClassDialog::JoinClassDialog(QWidget *parent, const QString &address, const QString &code)
    : QDialog(parent), m_address(new QLineEdit(this)), m_code(new QLineEdit(this)), m_name(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Join Class"));
    QSettings settings;
    m_address->setObjectName(QStringLiteral("classAddress"));
    m_address->setPlaceholderText(tr("192.168.1.20:8080"));
    m_address->setToolTip(tr("The address on the teacher's screen, under the QR code"));
    m_address->setText(address.isEmpty() ? settings.value(kAddressKey).toString() : address);
    m_code->setObjectName(QStringLiteral("classCode"));
    m_code->setToolTip(tr("The join code on the teacher's screen (letters and digits; any case)"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,12}")), m_code));
    m_code->setText(code);
    m_name->setObjectName(QStringLiteral("className"));
    m_name->setToolTip(tr("How the teacher sees you: 1 to 40 letters, digits, spaces or .'_-"));
    m_name->setMaxLength(classroom::kMaxNameLength);
    m_name->setText(settings.value(kNameKey).toString());
    m_problem->setObjectName(QStringLiteral("classJoinProblem"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Join"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &JoinClassDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Your ScaleLab follows the teacher's lesson and run; you can explore on your own "
                               "and come back with Follow the Teacher."), this));
    form->itemAt(0)->widget()->setProperty("wordWrap", true);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Join &code:"), m_code);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    for (QLineEdit *edit : {m_address, m_code, m_name})
        connect(edit, &QLineEdit::textChanged, this, &JoinClassDialog::validate);
    (m_address->text().isEmpty() ? m_address : m_code->text().isEmpty() ? m_code : m_name)->setFocus();
    validate();
}

QString JoinClassDialog::code() const
{
    return m_code->text().trimmed().toUpper();
}

QString JoinClassDialog::name() const
{
    return m_name->text().trimmed();
}

void JoinClassDialog::validate()
{
    QString problem;
    if (!m_address->text().trimmed().isEmpty() && !classroom::ClassClient::parseAddress(m_address->text(), &m_host, &m_port, &problem)) {
        // problem says what is wrong with the address
    } else if (!code().isEmpty() && code().size() < 4) {
        problem = tr("A join code has 4 to 12 letters or digits.");
    } else if (!name().isEmpty() && !classroom::isValidStudentName(name())) {
        problem = tr("A name has letters, digits, spaces and .'_- only.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool complete = !m_address->text().trimmed().isEmpty() && code().size() >= 4 && !name().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && problem.isEmpty());
}

void JoinClassDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QSettings settings;
    settings.setValue(kAddressKey, m_address->text().trimmed());
    settings.setValue(kNameKey, name());
    QDialog::accept();
}

} // namespace scalelab
