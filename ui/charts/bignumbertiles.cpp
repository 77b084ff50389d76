// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/bignumbertiles.h"

#include "charts/bignumbercatalog.h"
#include "report/report.h"
#include "run/simulationcontroller.h"
#include "settings/theme.h"
#include "settings/themecontroller.h"
#include "sim/simulation.h"

#include <QContextMenuEvent>
#include <QResizeEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace scalelab {

namespace {
const QString kValueRole = QStringLiteral("value");
const QString kCaptionRole = QStringLiteral("caption");
const char *const kRoleProperty = "bigNumberRole";
const QString kKeysSetting = QStringLiteral("bigNumbers/keys");        // absent: automatic
const QString kHiddenSetting = QStringLiteral("bigNumbers/hidden");
} // namespace

BigNumberTiles::BigNumberTiles(SimulationController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_layout(new QHBoxLayout(this)), m_menu(new QMenu(tr("&Big Numbers"), this)),
      m_pending(new QTimer(this))
{
    setObjectName(QStringLiteral("bigNumberTiles"));
    setAttribute(Qt::WA_StyledBackground);
    applyStyle();
    connect(ThemeController::instance(), &ThemeController::themeChanged, this, &BigNumberTiles::applyStyle);
    m_menu->setObjectName(QStringLiteral("bigNumbersMenu"));
    setToolTip(tr("Right-click to choose the figures"));
    buildMenu();
    m_pending->setSingleShot(true);
    connect(m_pending, &QTimer::timeout, this, &BigNumberTiles::refreshNow);

    QSettings settings;
    if (settings.value(kHiddenSetting, false).toBool()) {
        m_automatic = false;
    } else if (settings.contains(kKeysSetting)) {
        m_automatic = false;
        m_keys = settings.value(kKeysSetting).toStringList();
    }
    connect(controller, &SimulationController::advanced, this, &BigNumberTiles::maybeRefresh);
    connect(controller, &SimulationController::simulationReplaced, this, [this] {
        if (m_automatic && m_controller->simulation())
            m_keys = BigNumberCatalog::automaticKeys(*m_controller->simulation());
        rebuildTiles();
    });
    if (m_automatic && controller->simulation())
        m_keys = BigNumberCatalog::automaticKeys(*controller->simulation());
    rebuildTiles();
}

void BigNumberTiles::setTiles(const QStringList &metricKeys)
{
    m_automatic = false;
    m_keys = metricKeys;
    rebuildTiles();
}

void BigNumberTiles::setAutomatic()
{
    m_automatic = true;
    m_keys = m_controller->simulation() ? BigNumberCatalog::automaticKeys(*m_controller->simulation()) : QStringList();
    rebuildTiles();
}

void BigNumberTiles::choose(const QStringList &keys, bool automatic)
{
    QSettings settings;
    settings.setValue(kHiddenSetting, !automatic && keys.isEmpty());
    if (automatic) {
        settings.remove(kKeysSetting);
        setAutomatic();
    } else {
        settings.setValue(kKeysSetting, keys);
        setTiles(keys);
    }
}

QString BigNumberTiles::valueText(const QString &key) const
{
    for (const Tile &tile : m_tiles)
        if (tile.key == key)
            return tile.value->text();
    return {};
}

void BigNumberTiles::rebuildTiles()
{
    for (const Tile &tile : std::as_const(m_tiles))
        delete tile.frame;
    m_tiles.clear();
    while (QLayoutItem *item = m_layout->takeAt(0))
        delete item;
    for (const QString &key : std::as_const(m_keys)) {
        auto *frame = new QWidget(this);
        frame->setObjectName(QStringLiteral("bigNumberTile"));
        frame->setAttribute(Qt::WA_StyledBackground);
        auto *column = new QVBoxLayout(frame);
        column->setSpacing(0);
        // Type sizes and colours come from the strip's style sheet (applyStyle()).
        auto *value = new QLabel(frame);
        value->setObjectName(QStringLiteral("value_") + key);
        value->setProperty(kRoleProperty, kValueRole);
        auto *caption = new QLabel(BigNumberCatalog::caption(key), frame);
        caption->setProperty(kRoleProperty, kCaptionRole);
        column->addWidget(value);
        column->addWidget(caption);
        m_layout->addWidget(frame);
        m_tiles.append(Tile{key, frame, value});
    }
    m_layout->addStretch(1);
    applyStyle();
    setVisible(!m_keys.isEmpty());
    updateMenu();
    refreshNow();
}

void BigNumberTiles::setPresenterScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    applyStyle();
}

void BigNumberTiles::applyStyle()
{
    const Theme &theme = Theme::current();
    auto px = [this](qreal base) { return qRound(base * m_scale); };
    setStyleSheet(QStringLiteral("#bigNumberTiles { background: %1; }"
                                 "#bigNumberTile { background: %2; border: 1px solid %3; border-radius: %4px; }"
                                 "QLabel[bigNumberRole=\"value\"] { color: %5; font-size: %6px; font-weight: bold; }"
                                 "QLabel[bigNumberRole=\"caption\"] { color: %7; font-size: %8px; font-weight: normal; }")
                      .arg(theme.headerBackground.name(), theme.tileFill.name(), theme.tileBorder.name())
                      .arg(px(6))
                      .arg(theme.tileValue.name())
                      .arg(px(kValuePixels))
                      .arg(theme.tileCaption.name())
                      .arg(px(kCaptionPixels)));
    // Left and right as the heading above: the strip lines up with it at any scale.
    m_layout->setContentsMargins(18, px(4), 18, px(8));
    m_layout->setSpacing(px(10));
    for (const Tile &tile : std::as_const(m_tiles)) {
        tile.frame->layout()->setContentsMargins(px(14), px(4), px(14), px(6));
        // Now, so that the size hints measure the new fonts before the next layout pass.
        tile.frame->ensurePolished();
    }
    fitTiles();
}

QSize BigNumberTiles::minimumSizeHint() const
{
    const QMargins margins = m_layout->contentsMargins();
    const QSize first = m_tiles.isEmpty() ? QSize() : m_tiles.first().frame->sizeHint();
    return {margins.left() + first.width() + margins.right(), margins.top() + first.height() + margins.bottom()};
}

void BigNumberTiles::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTiles();
}

void BigNumberTiles::fitTiles()
{
    const QMargins margins = m_layout->contentsMargins();
    const int available = width() - margins.left() - margins.right();
    int used = 0;
    bool fits = true;
    bool changed = false;
    for (const Tile &tile : std::as_const(m_tiles)) {
        const int needed = used + (used > 0 ? m_layout->spacing() : 0) + tile.frame->sizeHint().width();
        // Once one is left out so are the ones after it: the order is the lesson's.
        fits = fits && needed <= available;
        if (fits)
            used = needed;
        // setHidden(), not setVisible(): a tile is only shown with the strip.
        changed = changed || tile.frame->isHidden() == fits;
        tile.frame->setHidden(!fits);
    }
    if (changed)
        updateGeometry();
    m_layout->activate();
}

QStringList BigNumberTiles::shownTiles() const
{
    QStringList keys;
    for (const Tile &tile : m_tiles)
        if (!tile.frame->isHidden())
            keys << tile.key;
    return keys;
}

void BigNumberTiles::buildMenu()
{
    QAction *automatic = m_menu->addAction(tr("&Automatic (fits the topology)"), this, [this] { choose({}, true); });
    automatic->setObjectName(QStringLiteral("bigNumbersAutomatic"));
    automatic->setCheckable(true);
    m_menu->addSeparator();
    for (const QString &key : BigNumberCatalog::keys()) {
        QAction *action = m_menu->addAction(BigNumberCatalog::caption(key));
        action->setObjectName(QStringLiteral("bigNumber_") + key);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this, key](bool on) {
            QStringList keys = m_keys;
            if (on && !keys.contains(key))
                keys.append(key);
            else if (!on)
                keys.removeAll(key);
            choose(keys, false);
        });
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("&Hide Big Numbers"), this, [this] { choose({}, false); })->setObjectName(QStringLiteral("bigNumbersHide"));
}

void BigNumberTiles::updateMenu()
{
    // Only states change: the menu's actions may be the ones whose signal got us here.
    for (QAction *action : m_menu->actions()) {
        const QSignalBlocker blocker(action);
        const QString name = action->objectName();
        if (name == QLatin1String("bigNumbersAutomatic"))
            action->setChecked(m_automatic);
        else if (name == QLatin1String("bigNumbersHide"))
            action->setEnabled(!m_keys.isEmpty());
        else if (name.startsWith(QLatin1String("bigNumber_")))
            action->setChecked(m_keys.contains(name.mid(10)));
    }
}

void BigNumberTiles::maybeRefresh()
{
    if (m_keys.isEmpty())
        return;
    if (!m_sinceRefresh.isValid() || m_sinceRefresh.elapsed() >= kRefreshMs)
        refreshNow();
    else if (!m_pending->isActive())   // the last frame before a pause must show too
        m_pending->start(static_cast<int>(kRefreshMs - m_sinceRefresh.elapsed()));
}

void BigNumberTiles::refreshNow()
{
    m_pending->stop();
    m_sinceRefresh.start();
    const Simulation *sim = m_controller->simulation();
    if (m_tiles.isEmpty())
        return;
    const QJsonObject report = sim ? Report::toJson(*sim, 0.0) : QJsonObject();
    for (const Tile &tile : std::as_const(m_tiles)) {
        tile.value->setText(BigNumberCatalog::format(tile.key, report));
        // Now, not at the next event loop pass: a screenshot may be taken before that.
        tile.frame->layout()->activate();
    }
    // A longer number widens its tile, which may push the last one out.
    fitTiles();
}

void BigNumberTiles::contextMenuEvent(QContextMenuEvent *event)
{
    m_menu->exec(event->globalPos());
}

} // namespace scalelab
