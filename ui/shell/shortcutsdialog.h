// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QMenuBar;
class QWidget;

namespace scalelab {

/// Help > Keyboard Shortcuts: every menu entry that has a key, read from the menus
/// themselves so that the list cannot go out of date.
class ShortcutsDialog
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutsDialog)

public:
    static void show(const QMenuBar *menus, QWidget *parent);
};

} // namespace scalelab
