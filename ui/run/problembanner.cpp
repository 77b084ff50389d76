// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/problembanner.h"

#include "run/liveeditbridge.h"
#include "settings/theme.h"
#include "settings/themecontroller.h"

namespace scalelab {

ProblemBanner::ProblemBanner(LiveEditBridge *bridge, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("problemBanner"));
    setWordWrap(true);
    hide();
    connect(bridge, &LiveEditBridge::runnableChanged, this, &ProblemBanner::showProblems);
    connect(ThemeController::instance(), &ThemeController::themeChanged, this, &ProblemBanner::applyTheme);
    applyTheme();
}

void ProblemBanner::showProblems(bool runnable, const QString &problems)
{
    setVisible(!runnable);
    setText(tr("<b>Not running yet.</b> %1").arg(problems.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
}

void ProblemBanner::applyTheme()
{
    const Theme &theme = Theme::current();
    setStyleSheet(QStringLiteral("background: %1; color: %2; border-bottom: 1px solid %3; padding: 6px 18px;")
                      .arg(theme.bannerBackground.name(), theme.bannerText.name(), theme.bannerBorder.name()));
}

} // namespace scalelab
