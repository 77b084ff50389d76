// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace scalelab {

class PresenterMode;

/// Binds one main window to the application settings: restores its geometry and dock layout
/// when it is built and saves them when it closes (not in presenter mode), and offers
/// Edit > Settings. A change of language in Settings is handed on (languageChosen): the shell
/// rebuilds the window in it.
class SettingsWindowState : public QObject
{
    Q_OBJECT

public:
    SettingsWindowState(QMainWindow *window, PresenterMode *presenter);

    /// Edit > Settings (Ctrl+,).
    QAction *settingsAction() const { return m_settingsAction; }
    /// Writes the window's geometry and dock layout to QSettings now.
    void save() const;
    /// Restores what save() wrote; false when nothing was saved yet.
    bool restore();
    /// Whether windows built from now on take the saved layout (off for --screenshot, which
    /// must look the same on every machine).
    static void setRestoreOnStart(bool restore);

public slots:
    /// Opens the Settings dialog and applies what the user chose.
    void showSettings();

signals:
    /// The user chose another language in Settings; emitted once the dialog has gone.
    void languageChosen(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window;
    PresenterMode *m_presenter;
    QAction *m_settingsAction = nullptr;
};

} // namespace scalelab
