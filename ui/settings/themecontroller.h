// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settings.h"

#include <QObject>

class QWidget;

namespace scalelab {

/// Applies the theme chosen in Settings to the whole application: the widget palette and
/// Theme::current() for the canvas. In System mode it follows the platform: dark when the
/// platform palette's window colour is dark, re-read when the platform palette or theme
/// changes (Qt 6.4 has no QStyleHints::colorScheme). One per application.
class ThemeController : public QObject
{
    Q_OBJECT

public:
    /// The application's controller, created on first use with the stored settings applied.
    static ThemeController *instance();

    AppSettings::ThemeMode mode() const { return m_mode; }
    /// True when the dark palette and canvas colours are in use.
    bool isDark() const;
    qreal canvasTextScale() const { return m_textScale; }

    /// Gives `widget` the theme's muted text colour (hints, captions), now and after every
    /// theme change; `extraStyle` is appended to its style sheet ("font-weight: bold;").
    static void useMutedText(QWidget *widget, const QString &extraStyle = QString());

public slots:
    void setMode(scalelab::AppSettings::ThemeMode mode);
    void setCanvasTextScale(qreal scale);

signals:
    /// Colours or canvas text size changed: repaint what Theme::current() draws.
    void themeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ThemeController();
    /// `resetPalette`: give the application back the platform palette before reading it.
    void apply(bool resetPalette);
    void followSystem();

    AppSettings::ThemeMode m_mode = AppSettings::ThemeMode::System;
    qreal m_textScale = 1.0;
    bool m_applying = false;   ///< our own setPalette() is not a platform change
    bool m_followPending = false;
};

} // namespace scalelab
