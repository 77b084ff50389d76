// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/shortcutsdialog.h"

#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace scalelab {

namespace {
// One row per entry with a key, in menu order, submenus where they sit.
void addRows(const QList<QAction *> &actions, QString &rows)
{
    for (const QAction *action : actions) {
        if (const QMenu *menu = action->menu()) {
            addRows(menu->actions(), rows);
            continue;
        }
        if (action->shortcut().isEmpty())
            continue;
        rows += QStringLiteral("<tr><td style='padding-right:24px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped(),
                         QString(action->text()).remove(QLatin1Char('&')).toHtmlEscaped());
    }
}
} // namespace

void ShortcutsDialog::show(const QMenuBar *menus, QWidget *parent)
{
    QString rows;
    addRows(menus->actions(), rows);
    rows += tr("<tr><td style='padding-right:24px'><b>Right click</b></td><td>Kill, revive, drain a node; partition or heal its links</td></tr>");
    QMessageBox box(QMessageBox::Information, tr("Keyboard shortcuts"), QString(), QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("shortcutsBox"));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<table>%1</table>").arg(rows));
    box.exec();
}

} // namespace scalelab
