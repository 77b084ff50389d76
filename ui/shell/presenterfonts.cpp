// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/presenterfonts.h"

#include <QWidget>

namespace scalelab {

void PresenterFonts::scaleTree(QWidget *root, double factor)
{
    if (!root)
        return;
    // Listed before the root is scaled: which descendants set their own font does not change.
    // Those under a style sheet do not follow their parent's font either (Qt turns font
    // propagation off for them).
    QList<QWidget *> own;
    for (QWidget *child : root->findChildren<QWidget *>()) {
        if (child->testAttribute(Qt::WA_SetFont) || child->testAttribute(Qt::WA_StyleSheet))
            own << child;
    }
    scale(root, factor);
    for (QWidget *child : own)
        scale(child, factor);
}

void PresenterFonts::scale(QWidget *widget, double factor)
{
    for (const Saved &saved : std::as_const(m_saved)) {
        if (saved.widget == widget)
            return;
    }
    m_saved.append({widget, widget->font(), widget->testAttribute(Qt::WA_SetFont)});
    QFont font = widget->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    widget->setFont(font);
}

void PresenterFonts::restore()
{
    // Newest first: a root put back before its own children would hand them its old font.
    for (auto it = m_saved.crbegin(); it != m_saved.crend(); ++it) {
        if (it->widget)
            it->widget->setFont(it->own ? it->font : QFont());
    }
    m_saved.clear();
}

} // namespace scalelab
