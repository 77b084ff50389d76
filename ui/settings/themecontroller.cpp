// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/themecontroller.h"

#include "settings/theme.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QTimer>
#include <QWidget>

namespace scalelab {

ThemeController *ThemeController::instance()
{
    static ThemeController *controller = nullptr;
    if (!controller) {
        controller = new ThemeController;
        // Dies with the application; a later QApplication (tests) gets a new one.
        QObject::connect(qApp, &QObject::destroyed, [] { controller = nullptr; });
    }
    return controller;
}

void ThemeController::useMutedText(QWidget *widget, const QString &extraStyle)
{
    const auto apply = [widget, extraStyle] {
        widget->setStyleSheet(QStringLiteral("color: %1; %2").arg(Theme::current().mutedText.name(), extraStyle));
    };
    apply();
    connect(instance(), &ThemeController::themeChanged, widget, apply);
}

ThemeController::ThemeController()
    : QObject(qApp), m_mode(AppSettings::themeMode()), m_textScale(AppSettings::canvasTextScale())
{
    qApp->installEventFilter(this);
    apply(false);
}

bool ThemeController::isDark() const
{
    return Theme::current().dark;
}

void ThemeController::setMode(AppSettings::ThemeMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    apply(mode == AppSettings::ThemeMode::System);
}

void ThemeController::setCanvasTextScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_textScale))
        return;
    m_textScale = scale;
    apply(false);
}

void ThemeController::apply(bool resetPalette)
{
    m_applying = true;
    bool dark = false;
    if (m_mode == AppSettings::ThemeMode::System) {
        // A default QPalette sets no role: the application falls back to the platform's.
        if (resetPalette)
            QApplication::setPalette(QPalette());
        dark = Theme::isDark(QGuiApplication::palette());
    } else {
        dark = m_mode == AppSettings::ThemeMode::Dark;
        QApplication::setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
    }
    m_applying = false;

    Theme theme = dark ? Theme::darkTheme() : Theme::light();
    theme.canvasTextScale = m_textScale;
    Theme::setCurrent(theme);
    emit themeChanged();
}

void ThemeController::followSystem()
{
    m_followPending = false;
    if (m_mode == AppSettings::ThemeMode::System)
        apply(false);
}

bool ThemeController::eventFilter(QObject *watched, QEvent *event)
{
    // Every window gets ThemeChange when the platform's look changes: answer once.
    const bool paletteChanged = event->type() == QEvent::ApplicationPaletteChange && watched == qApp;
    if ((paletteChanged || event->type() == QEvent::ThemeChange) && !m_applying && !m_followPending
        && m_mode == AppSettings::ThemeMode::System) {
        m_followPending = true;
        QTimer::singleShot(0, this, &ThemeController::followSystem);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace scalelab
