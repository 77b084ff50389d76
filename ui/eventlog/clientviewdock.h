// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventlog/clientviewrecorder.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QTimer;

namespace scalelab {

class ClientViewModel;
class SimulationController;

/// The per-client view: pick a user (clients node and user number) and see their requests
/// over time, what they wrote and what they read back, with read-your-writes and
/// monotonic-read violations marked. "Find one" picks a user whose requests break one.
class ClientViewDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ClientViewDock(SimulationController *controller, QWidget *parent = nullptr);

    ClientViewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    const ClientViewRecorder &recorder() const { return m_recorder; }
    QString summary() const;

public slots:
    /// Shows user `user` of the clients node `clientsId`.
    void showUser(const QString &clientsId, int user);
    /// Shows the first user whose requests break a guarantee; false when none does (yet).
    bool showUserWithViolation();
    /// Reads the recorder again for the user shown.
    void refresh();

private:
    void refillClients();
    int clientsNode() const;

    SimulationController *m_controller = nullptr;
    ClientViewRecorder m_recorder;
    ClientViewModel *m_model = nullptr;
    QComboBox *m_clients = nullptr;
    QSpinBox *m_user = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_refresh = nullptr;
};

} // namespace scalelab
