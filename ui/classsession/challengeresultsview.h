// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classroom/classsession.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace scalelab {

/// A challenge step in the Class dock: how many students met the goal, and each student's
/// latest try, who met it first: the figure their run reached for each goal and how many
/// tries it took. Students who joined from ScaleLab report their tries (a page cannot run one).
class ChallengeResultsView : public QWidget
{
    Q_OBJECT
public:
    explicit ChallengeResultsView(QWidget *parent = nullptr);

    /// Shows the challenge open in `session` now (hidden when there is none).
    void refresh(const classroom::ClassSession &session);

private:
    QLabel *m_title;
    QTableWidget *m_table;
    QList<classroom::ClassSession::ChallengeEntry> m_shown;
    QString m_shownId;
};

} // namespace scalelab
