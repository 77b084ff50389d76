#pragma once

#include <QObject>

class QAction;

namespace scalelab {

class MainWindow;

/// Binds one main window to the application settings: restores its geometry and dock layout
/// when it is built and saves them when it closes, offers Edit > Settings, and follows the
/// theme (the window's own coloured areas and the canvas repaint when it changes). A change
/// of language in Settings rebuilds the window through LanguageSwitcher.
class SettingsWindowState : public QObject
{
    Q_OBJECT

public:
    explicit SettingsWindowState(MainWindow *window);

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTheme();

    MainWindow *m_window;
    QAction *m_settingsAction = nullptr;
};

} // namespace scalelab
