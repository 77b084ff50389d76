// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settings.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace scalelab {

/// Edit > Settings: the interface language, light or dark theme (or the system's) and the
/// size of the text drawn on the canvas. Opens with the stored values; apply() stores the
/// chosen ones and applies theme and text size at once (the language is applied by whoever
/// opened the dialog, since it rebuilds the window).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// "" for the system's language, else a code from AppSettings::availableLanguages().
    QString language() const;
    AppSettings::ThemeMode themeMode() const;
    qreal canvasTextScale() const;

    void setLanguage(const QString &code);
    void setThemeMode(AppSettings::ThemeMode mode);
    void setCanvasTextScale(qreal scale);

    /// Stores the choices in QSettings and applies the theme and the canvas text size.
    void apply() const;

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_textSize = nullptr;
    QLabel *m_languageNote = nullptr;
};

} // namespace scalelab
