// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QMenu;
class QTimer;

namespace scalelab {

class SimulationController;

/// A strip of big numbers above the canvas, readable from the back of a classroom: the
/// figures a lesson is about (hit ratio, stale reads, lost writes, p95...), from the live
/// run's report a few times a second. By default the figures that fit the topology; the user
/// picks others from the strip's context menu or View > Big Numbers, a lesson with setTiles().
/// Each tile is as wide as its text; tiles that do not fit the strip's width are left out
/// from the end rather than cut off or widening the window. Colours follow the theme.
class BigNumberTiles : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 250;
    static constexpr int kValuePixels = 30;
    static constexpr int kCaptionPixels = 13;

    explicit BigNumberTiles(SimulationController *controller, QWidget *parent = nullptr);

    /// Shows these report figures, by their dotted report keys ("cache.hit_ratio",
    /// "nodes[web2].served"), in this order; an empty list hides the strip. For lessons: not
    /// remembered as the user's choice.
    void setTiles(const QStringList &metricKeys);
    /// Back to the figures that fit the topology.
    void setAutomatic();
    bool isAutomatic() const { return m_automatic; }
    /// The figures shown now.
    QStringList tiles() const { return m_keys; }
    /// The value text a tile shows now, empty for a figure not shown.
    QString valueText(const QString &key) const;
    /// Checkable figures plus Automatic and Hide, for the View menu and the context menu.
    QMenu *menu() const { return m_menu; }
    /// Multiplies the type sizes and paddings: presenter mode's projector needs larger tiles.
    void setPresenterScale(qreal scale);
    qreal presenterScale() const { return m_scale; }
    /// The tiles that fit and are shown, by key (tiles() lists every one chosen).
    QStringList shownTiles() const;

    /// Room for one tile: the window is never made wider for the others.
    QSize minimumSizeHint() const override;

public slots:
    /// Reads the report and updates the numbers now.
    void refreshNow();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Colours from Theme::current() and sizes from the presenter scale, as one style sheet
    /// on the strip: closer than the presenter's window-wide font size, so it wins over it.
    void applyStyle();
    /// Shows the leading tiles that fit the width, hides the rest.
    void fitTiles();
    void rebuildTiles();
    void buildMenu();
    void updateMenu();
    void choose(const QStringList &keys, bool automatic);
    void maybeRefresh();

    SimulationController *m_controller = nullptr;
    QHBoxLayout *m_layout = nullptr;
    QMenu *m_menu = nullptr;
    QTimer *m_pending = nullptr;
    QStringList m_keys;
    bool m_automatic = true;
    qreal m_scale = 1.0;
    struct Tile
    {
        QString key;
        QWidget *frame = nullptr;
        QLabel *value = nullptr;
    };
    QList<Tile> m_tiles;
    QElapsedTimer m_sinceRefresh;
};

} // namespace scalelab
