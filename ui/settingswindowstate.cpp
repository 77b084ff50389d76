#include "settingswindowstate.h"

#include "languageswitcher.h"
#include "mainwindow.h"
#include "presentermode.h"
#include "settingsdialog.h"
#include "theme.h"
#include "themecontroller.h"
#include "topologyscene.h"
#include "topologyview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTimer>

namespace scalelab {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
// Bump when docks are renamed or added in a way that makes an old layout misleading.
constexpr int kStateVersion = 1;
bool restoreOnStart = true;

void setColor(QWidget *widget, QPalette::ColorRole role, const QColor &color)
{
    if (!widget)
        return;
    QPalette palette = widget->palette();
    palette.setColor(role, color);
    widget->setPalette(palette);
}
} // namespace

SettingsWindowState::SettingsWindowState(MainWindow *window)
    : QObject(window), m_window(window)
{
    m_settingsAction = new QAction(tr("&Settings..."), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(tr("Language, light or dark theme and canvas text size"));
    connect(m_settingsAction, &QAction::triggered, this, &SettingsWindowState::showSettings);
    if (auto *edit = window->menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"))) {
        edit->addSeparator();
        edit->addAction(m_settingsAction);
    } else {
        window->addAction(m_settingsAction);
    }

    connect(ThemeController::instance(), &ThemeController::themeChanged, this, &SettingsWindowState::applyTheme);
    applyTheme();
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
    if (watched == m_window && event->type() == QEvent::Close && !m_window->presenter()->isActive())
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
        MainWindow *window = m_window;
        QTimer::singleShot(0, window, [window, language] { LanguageSwitcher::instance()->switchLanguage(window, language); });
    }
}

void SettingsWindowState::applyTheme()
{
    const Theme &theme = Theme::current();
    if (auto *header = m_window->findChild<QWidget *>(QStringLiteral("windowHeader"))) {
        setColor(header, QPalette::Window, theme.headerBackground);
        // Sizes relative to the system font, so that a larger desktop font enlarges them too.
        const QFont base = QApplication::font();
        if (auto *title = header->findChild<QLabel *>(QStringLiteral("titleLabel"))) {
            QFont font = base;
            font.setPointSizeF(base.pointSizeF() * 1.55);
            font.setBold(true);
            title->setFont(font);
            setColor(title, QPalette::WindowText, theme.headerTitle);
        }
        if (auto *subtitle = header->findChild<QLabel *>(QStringLiteral("subtitleLabel"))) {
            subtitle->setFont(base);
            setColor(subtitle, QPalette::WindowText, theme.headerSubtitle);
        }
    }
    if (auto *banner = m_window->findChild<QLabel *>(QStringLiteral("problemBanner"))) {
        banner->setStyleSheet(QStringLiteral("background: %1; color: %2; border-bottom: 1px solid %3; padding: 6px 18px;")
                                  .arg(theme.bannerBackground.name(), theme.bannerText.name(), theme.bannerBorder.name()));
    }
    // The scene's background is drawn from the theme, and the view may cache it.
    m_window->view()->resetCachedContent();
    m_window->scene()->invalidate(QRectF(), QGraphicsScene::AllLayers);
    m_window->scene()->update();
}

} // namespace scalelab
