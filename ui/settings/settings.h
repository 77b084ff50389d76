// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace scalelab {

/// ScaleLab's preferences as kept in QSettings, one accessor pair per key, so that the keys
/// are spelt in one place. Window layout is kept by MainWindowSettings, recent files by
/// DocumentFiles.
class AppSettings
{
public:
    enum class ThemeMode { System, Light, Dark };

    /// The interface language: "" follows the system, else a code such as "de" or "zh_CN".
    static QString language();
    static void setLanguage(const QString &code);
    /// The languages ScaleLab ships, as codes ("en" first: the language of the source).
    static QStringList availableLanguages();
    /// A language's own name for itself ("Deutsch", "简体中文"): what a user looks for.
    static QString nativeLanguageName(const QString &code);

    static ThemeMode themeMode();
    static void setThemeMode(ThemeMode mode);

    /// Canvas text size as a factor of the normal size (0.85 to 1.3).
    static qreal canvasTextScale();
    static void setCanvasTextScale(qreal scale);
    /// The sizes the Settings dialog offers.
    static QList<qreal> canvasTextScales();
};

} // namespace scalelab
