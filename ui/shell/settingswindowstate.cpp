// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/settingswindowstate.h"

#include "settings/settingsdialog.h"
#include "shell/presentermode.h"

#include <QAction>
#include <QCloseEvent>
#include <QMainWindow>
#include <QSettings>
#include <QTimer>

namespace scalelab {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
// Bump when docks are renamed or added in a way that makes an old layout misleading.
constexpr int kStateVersion = 1;
bool restoreOnStart = true;
} // namespace

SettingsWindowState::SettingsWindowState(QMainWindow *window, PresenterMode *presenter)
    : QObject(window), m_window(window), m_presenter(presenter)
{
    m_settingsAction = new QAction(tr("&Settings..."), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(tr("Language, light or dark theme and canvas text size"));
    connect(m_settingsAction, &QAction::triggered, this, &SettingsWindowState::showSettings);
    if (restoreOnStart)
        restore();
    window->installEventFilter(this);
}

void SettingsWindowState::save() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, m_window->saveGeometry());
    settings.setValue(kStateKey, m_window->saveState(kStateVersion));
}

bool SettingsWindowState::restore()
{
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    const QByteArray state = settings.value(kStateKey).toByteArray();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    // A layout saved by another version of the docks is ignored: the defaults are better.
    const bool restored = !state.isEmpty() && m_window->restoreState(state, kStateVersion);
    return restored || !geometry.isEmpty();
}

void SettingsWindowState::setRestoreOnStart(bool restore)
{
    restoreOnStart = restore;
}

bool SettingsWindowState::eventFilter(QObject *watched, QEvent *event)
{
    // Presenter mode's full screen without docks is not the layout to come back to.
    if (watched == m_window && event->type() == QEvent::Close && !m_presenter->isActive())
        save();
    return QObject::eventFilter(watched, event);
}

void SettingsWindowState::showSettings()
{
    SettingsDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString language = dialog.language();
    const bool languageChanged = language != AppSettings::language();
    dialog.apply();
    if (languageChanged) {
        // After the dialog has gone: the window that owns this object is replaced.
        QTimer::singleShot(0, this, [this, language] { emit languageChosen(language); });
    }
}

} // namespace scalelab
