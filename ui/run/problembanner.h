// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace scalelab {

class LiveEditBridge;

/// A band above the canvas while the topology cannot run: why, in words ("Not running yet.
/// Add a clients node..."). Hidden while it runs. Colours follow the theme.
class ProblemBanner : public QLabel
{
    Q_OBJECT

public:
    ProblemBanner(LiveEditBridge *bridge, QWidget *parent);

private:
    void showProblems(bool runnable, const QString &problems);
    void applyTheme();
};

} // namespace scalelab
