// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settings.h"

#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace scalelab {

namespace {
const QString kLanguageKey = QStringLiteral("appearance/language");
const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kTextScaleKey = QStringLiteral("appearance/canvasTextScale");
constexpr qreal kMinTextScale = 0.85;
constexpr qreal kMaxTextScale = 1.3;
} // namespace

QString AppSettings::language()
{
    return QSettings().value(kLanguageKey).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kLanguageKey);
    else
        QSettings().setValue(kLanguageKey, code);
}

QStringList AppSettings::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("zh_CN")};
}

QString AppSettings::nativeLanguageName(const QString &code)
{
    // QLocale's native names vary by CLDR version ("Deutsch", "español", "中文（中国）"):
    // these are the ones a teacher expects in a language list.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QLocale(code).nativeLanguageName();
}

AppSettings::ThemeMode AppSettings::themeMode()
{
    const QString value = QSettings().value(kThemeKey).toString();
    if (value == QLatin1String("light"))
        return ThemeMode::Light;
    if (value == QLatin1String("dark"))
        return ThemeMode::Dark;
    return ThemeMode::System;
}

void AppSettings::setThemeMode(ThemeMode mode)
{
    switch (mode) {
    case ThemeMode::System: QSettings().remove(kThemeKey); return;
    case ThemeMode::Light: QSettings().setValue(kThemeKey, QStringLiteral("light")); return;
    case ThemeMode::Dark: QSettings().setValue(kThemeKey, QStringLiteral("dark")); return;
    }
}

qreal AppSettings::canvasTextScale()
{
    bool ok = false;
    const qreal scale = QSettings().value(kTextScaleKey, 1.0).toDouble(&ok);
    return ok ? std::clamp(scale, kMinTextScale, kMaxTextScale) : 1.0;
}

void AppSettings::setCanvasTextScale(qreal scale)
{
    QSettings().setValue(kTextScaleKey, std::clamp(scale, kMinTextScale, kMaxTextScale));
}

QList<qreal> AppSettings::canvasTextScales()
{
    return {kMinTextScale, 1.0, 1.15, kMaxTextScale};
}

} // namespace scalelab
