// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QPointer>

class QWidget;

namespace scalelab {

/// Larger type on the widgets presenter mode shows, and exactly the type they had before
/// afterwards. Only the widgets given are touched (never the window as a whole, whose
/// style-sheet font used to stay behind in widgets that kept their own style sheet or set
/// fonts of their own while it was on); a widget that inherited its font inherits again.
class PresenterFonts
{
public:
    /// Scales `root` and every widget under it that sets a font or a style sheet of its own
    /// (those do not inherit the root's).
    void scaleTree(QWidget *root, double factor);
    /// Puts back every font scaled since the last restore.
    void restore();
    bool isEmpty() const { return m_saved.isEmpty(); }

private:
    struct Saved
    {
        QPointer<QWidget> widget;
        QFont font;
        bool own = false;   ///< set on the widget, not inherited
    };
    void scale(QWidget *widget, double factor);

    QList<Saved> m_saved;
};

} // namespace scalelab
