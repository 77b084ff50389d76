#include "bignumbertiles.h"

#include "bignumbercatalog.h"
#include "metrics/report.h"
#include "sim/simulation.h"
#include "simulationcontroller.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace scalelab {

namespace {
const QString kKeysSetting = QStringLiteral("bigNumbers/keys");        // absent: automatic
const QString kHiddenSetting = QStringLiteral("bigNumbers/hidden");
} // namespace

BigNumberTiles::BigNumberTiles(SimulationController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_layout(new QHBoxLayout(this)), m_menu(new QMenu(tr("&Big Numbers"), this)),
      m_pending(new QTimer(this))
{
    setObjectName(QStringLiteral("bigNumberTiles"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#bigNumberTiles { background: #F7F9FA; }"));
    m_layout->setContentsMargins(18, 4, 18, 8);
    m_layout->setSpacing(10);
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
        frame->setStyleSheet(QStringLiteral("#bigNumberTile { background: white; border: 1px solid #CFD8DC; border-radius: 6px; }"));
        auto *column = new QVBoxLayout(frame);
        column->setContentsMargins(14, 4, 14, 6);
        column->setSpacing(0);
        auto *value = new QLabel(frame);
        value->setObjectName(QStringLiteral("value_") + key);
        // Fonts set directly, not by style sheet, so the size hint is right before the first show.
        QFont big = value->font();
        big.setPixelSize(kValuePixels);
        big.setBold(true);
        value->setFont(big);
        value->setStyleSheet(QStringLiteral("color: #263238;"));
        auto *caption = new QLabel(BigNumberCatalog::caption(key), frame);
        QFont small = caption->font();
        small.setPixelSize(kCaptionPixels);
        caption->setFont(small);
        caption->setStyleSheet(QStringLiteral("color: #546E7A;"));
        column->addWidget(value);
        column->addWidget(caption);
        m_layout->addWidget(frame);
        m_tiles.append(Tile{key, frame, value});
    }
    m_layout->addStretch(1);
    setVisible(!m_keys.isEmpty());
    updateMenu();
    refreshNow();
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
    m_layout->activate();
}

void BigNumberTiles::contextMenuEvent(QContextMenuEvent *event)
{
    m_menu->exec(event->globalPos());
}

} // namespace scalelab
