// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace scalelab {

/// File > Join Class: the class's address as the teacher's screen shows it, the join code and
/// the student's name. Join is enabled once all three are valid; what is wrong is said below
/// them. The address and the name are remembered for next time.
class JoinClassDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JoinClassDialog(QWidget *parent = nullptr, const QString &address = QString(), const QString &code = QString());

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString code() const;
    QString name() const;

    void accept() override;

private:
    void validate();

    QLineEdit *m_address;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QString m_host;
    quint16 m_port = 0;
};

} // namespace scalelab
