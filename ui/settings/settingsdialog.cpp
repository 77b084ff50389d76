// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsdialog.h"

#include "settings/themecontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace scalelab {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : AppSettings::availableLanguages())
        m_language->addItem(AppSettings::nativeLanguageName(code), code);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("Follow the system"), static_cast<int>(AppSettings::ThemeMode::System));
    m_theme->addItem(tr("Light"), static_cast<int>(AppSettings::ThemeMode::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(AppSettings::ThemeMode::Dark));

    m_textSize = new QComboBox(this);
    m_textSize->setObjectName(QStringLiteral("canvasTextSizeBox"));
    for (qreal scale : AppSettings::canvasTextScales()) {
        const QString percent = tr("%1 %").arg(QLocale().toString(std::lround(scale * 100)));
        m_textSize->addItem(qFuzzyCompare(scale, 1.0) ? tr("%1 (normal)").arg(percent) : percent, scale);
    }
    m_textSize->setToolTip(tr("Text on the node cards; zoom the canvas (Ctrl+wheel) for everything larger"));

    m_languageNote = new QLabel(tr("The window is rebuilt in the new language; your topology and run stay as they are."), this);
    m_languageNote->setWordWrap(true);
    // Secondary text: two thirds of the way from the window colour to the text colour, so
    // that it stays readable (4.5:1) in the light and the dark palette.
    const QColor text = palette().color(QPalette::WindowText);
    const QColor window = palette().color(QPalette::Window);
    auto mix = [](int a, int b) { return (2 * a + b) / 3; };
    QPalette muted = m_languageNote->palette();
    muted.setColor(QPalette::WindowText,
                   QColor(mix(text.red(), window.red()), mix(text.green(), window.green()), mix(text.blue(), window.blue())));
    m_languageNote->setPalette(muted);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Canvas &text size:"), m_textSize);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setLanguage(AppSettings::language());
    setThemeMode(AppSettings::themeMode());
    setCanvasTextScale(AppSettings::canvasTextScale());
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

AppSettings::ThemeMode SettingsDialog::themeMode() const
{
    return static_cast<AppSettings::ThemeMode>(m_theme->currentData().toInt());
}

qreal SettingsDialog::canvasTextScale() const
{
    return m_textSize->currentData().toReal();
}

void SettingsDialog::setLanguage(const QString &code)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
}

void SettingsDialog::setThemeMode(AppSettings::ThemeMode mode)
{
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(static_cast<int>(mode))));
}

void SettingsDialog::setCanvasTextScale(qreal scale)
{
    int best = 0;
    for (int i = 1; i < m_textSize->count(); ++i) {
        if (std::abs(m_textSize->itemData(i).toReal() - scale) < std::abs(m_textSize->itemData(best).toReal() - scale))
            best = i;
    }
    m_textSize->setCurrentIndex(best);
}

void SettingsDialog::apply() const
{
    AppSettings::setLanguage(language());
    AppSettings::setThemeMode(themeMode());
    AppSettings::setCanvasTextScale(canvasTextScale());
    ThemeController::instance()->setMode(themeMode());
    ThemeController::instance()->setCanvasTextScale(canvasTextScale());
}

} // namespace scalelab
