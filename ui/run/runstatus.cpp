// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/runstatus.h"

#include "run/liveeditbridge.h"
#include "run/simulationcontroller.h"
#include "sim/simulation.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

namespace scalelab {

namespace {
QString formatCount(std::uint64_t value)
{
    return QLocale().toString(static_cast<qulonglong>(value));
}

// "web2 went down" for the status bar; empty for events a class does not need to see.
QString describe(const EngineEvent &event, const QString &node)
{
    const QString detail = QString::fromStdString(event.detail);
    switch (event.kind) {
    case EngineEventKind::Kill:
        return RunStatus::tr("%1 went down").arg(node);
    case EngineEventKind::Revive:
        return RunStatus::tr("%1 is back up").arg(node);
    case EngineEventKind::ResizeStart:
        return RunStatus::tr("%1 stopped for a resize to %2").arg(node, QString::fromStdString(std::string(event.text("to"))));
    case EngineEventKind::ResizeDone:
        return RunStatus::tr("%1 is back up as %2").arg(node, QString::fromStdString(std::string(event.text("size"))));
    case EngineEventKind::Drain:
        return RunStatus::tr("%1 is draining: no new requests").arg(node);
    case EngineEventKind::Undrain:
        return RunStatus::tr("%1 takes new requests again").arg(node);
    case EngineEventKind::HealthDown:
        return RunStatus::tr("%1 failed its health checks").arg(node);
    case EngineEventKind::HealthUp:
        return RunStatus::tr("%1 passes its health checks again").arg(node);
    case EngineEventKind::Partition:
        return RunStatus::tr("network partition: %1").arg(detail);
    case EngineEventKind::Heal:
        return RunStatus::tr("partition healed: %1").arg(detail);
    case EngineEventKind::Promote:
        return RunStatus::tr("%1 promoted to primary").arg(node);
    case EngineEventKind::AlertFiring:
        if (!event.text("node").empty())  // a host rule: whose figure it is
            return RunStatus::tr("alert %1 is firing (%2 of %3 = %4)")
                .arg(QString::fromStdString(std::string(event.text("alert"))), QString::fromStdString(std::string(event.text("metric"))),
                     QString::fromStdString(std::string(event.text("node"))), QString::fromStdString(std::string(event.text("value"))));
        return RunStatus::tr("alert %1 is firing (%2 = %3)")
            .arg(QString::fromStdString(std::string(event.text("alert"))), QString::fromStdString(std::string(event.text("metric"))),
                 QString::fromStdString(std::string(event.text("value"))));
    case EngineEventKind::AlertResolved:
        return RunStatus::tr("alert %1 resolved").arg(QString::fromStdString(std::string(event.text("alert"))));
    case EngineEventKind::QueueFull:
        return RunStatus::tr("queue %1 is full: new jobs are refused").arg(node);
    case EngineEventKind::DatacenterDown:
        return RunStatus::tr("%1 sees data centre %2 down: it stops sending users there").arg(node, QString::fromStdString(std::string(event.text("datacenter"))));
    case EngineEventKind::DatacenterUp:
        return RunStatus::tr("%1 sees data centre %2 up again").arg(node, QString::fromStdString(std::string(event.text("datacenter"))));
    case EngineEventKind::DnsAnswer:
        return RunStatus::tr("the dns sends %1 to %2 now; its users follow as their cached answers expire")
            .arg(node, QString::fromStdString(std::string(event.text("to"))));
    default:
        return {};
    }
}
} // namespace

RunStatus::RunStatus(SimulationController *controller, QStatusBar *bar)
    : QObject(bar), m_controller(controller), m_bar(bar)
{
    setObjectName(QStringLiteral("runStatus"));
    auto makeLabel = [bar](const QString &name) {
        auto *label = new QLabel(bar);
        label->setObjectName(name);
        label->setContentsMargins(8, 0, 8, 0);
        bar->addPermanentWidget(label);
        return label;
    };
    // The alerts firing now, first: red while any is, hidden otherwise.
    m_alerts = makeLabel(QStringLiteral("alertsLabel"));
    m_alerts->setStyleSheet(QStringLiteral("color: white; background: #C62828; border-radius: 3px; font-weight: bold; padding: 0 2px;"));
    m_alerts->hide();
    m_time = makeLabel(QStringLiteral("timeLabel"));
    m_time->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_rate = makeLabel(QStringLiteral("rateLabel"));
    m_counts = makeLabel(QStringLiteral("countsLabel"));
    m_speed = makeLabel(QStringLiteral("speedLabel"));

    connect(m_controller, &SimulationController::advanced, this, [this] {
        if (!m_controller->simulation())
            return;
        update();
        showEngineEvents();
    });
    connect(m_controller, &SimulationController::runningChanged, this, &RunStatus::update);
    connect(m_controller, &SimulationController::simulationReplaced, this, &RunStatus::update);
    // News of a kill at 30 s is from the future once the timeline is back at 10 s.
    connect(m_controller, &SimulationController::timeJumped, bar, &QStatusBar::clearMessage);
    update();
}

void RunStatus::showMessage(const QString &text, int lengths)
{
    m_bar->showMessage(text, kMessageMs * lengths);
}

void RunStatus::followEdits(LiveEditBridge *bridge)
{
    connect(bridge, &LiveEditBridge::appliedLive, this, [this](const QString &how) {
        // A kill applied from the canvas has just said what happened ("12.0 s: web1 went
        // down"), in the same call: that says more than "kill applied at t = 12.0 s".
        if (!m_engineMessageShown)
            showMessage(how);
    });
    connect(bridge, &LiveEditBridge::replayedFromZero, this, [this](const QString &what, SimTime at) {
        showMessage(tr("Topology edited: %1 \u2014 run replayed from 0 s to %2 s with the change.")
                        .arg(what, QLocale().toString(at.s(), 'f', 1)),
                    2);
    });
    connect(bridge, &LiveEditBridge::replaying, this, [this](const QString &what, SimTime reached, SimTime target) {
        showMessage(tr("Topology edited: %1 \u2014 replaying the run from 0 s: %2 of %3 s\u2026")
                        .arg(what, QLocale().toString(reached.s(), 'f', 1), QLocale().toString(target.s(), 'f', 1)),
                    0);
    });
}

void RunStatus::showEngineEvents()
{
    const Simulation *simulation = m_controller->simulation();
    for (const EngineEvent &event : m_controller->takeEngineEvents()) {
        const QString node = event.node >= 0 ? QString::fromStdString(simulation->nodeName(event.node)) : QString();
        const QString text = describe(event, node);
        if (text.isEmpty())
            continue;
        showMessage(tr("%1 s: %2").arg(QLocale().toString(event.at.s(), 'f', 1), text));
        if (!m_engineMessageShown) {
            m_engineMessageShown = true;
            QTimer::singleShot(0, this, [this] { m_engineMessageShown = false; });
        }
    }
}

void RunStatus::update()
{
    const Simulation *simulation = m_controller->simulation();
    updateAlerts(simulation);
    if (!simulation) {
        m_time->setText(tr("no topology"));
        m_rate->clear();
        m_counts->clear();
        m_speed->clear();
        return;
    }
    const QLocale locale;
    m_time->setText(tr("t = %1 s").arg(locale.toString(simulation->now().s(), 'f', 1)));

    const std::vector<SecondSample> &series = simulation->metrics().series();
    const std::uint64_t lastSecond = series.empty() ? 0 : series.back().requests.total;
    m_rate->setText(tr("%1 req/s").arg(formatCount(lastSecond)));

    const RequestCounters &requests = simulation->metrics().requests();
    m_counts->setText(tr("ok %1  \u00B7  errors %2  \u00B7  dropped %3  \u00B7  in flight %4")
                          .arg(formatCount(requests.ok), formatCount(requests.error + requests.timeout),
                               formatCount(requests.dropped), formatCount(simulation->requestsInFlight())));

    const double speed = m_controller->speed();
    const double achieved = m_controller->achievedSpeed();
    QString speedText = tr("%1\u00D7").arg(locale.toString(speed));
    if (m_controller->isRunning() && achieved > 0.0 && achieved < 0.9 * speed)
        speedText = tr("%1\u00D7 (engine keeps up at %2\u00D7)").arg(locale.toString(speed), locale.toString(achieved, 'f', 1));
    m_speed->setText(m_controller->isRunning() ? tr("running at %1").arg(speedText) : tr("paused"));
}

void RunStatus::updateAlerts(const Simulation *simulation)
{
    QStringList names;
    QStringList rules;
    for (std::size_t i = 0; simulation && i < simulation->alerting().rules().size(); ++i) {
        const AlertState &rule = simulation->alerting().rules()[i];
        if (!rule.firing)
            continue;
        const QString name = QString::fromStdString(rule.name);
        const QString metric = alertMetricNames().value(static_cast<int>(rule.metric));
        const QString threshold = QLocale().toString(rule.threshold, 'g', 12);
        if (rule.node >= 0) {
            // A host rule names its node: "web1QueueLong" alone does not say which server to look at.
            const QString node = QString::fromStdString(simulation->nodeName(rule.node));
            names << tr("%1 (%2)").arg(name, node);
            rules << (rule.above ? tr("%1: %2 of %3 above %4 for %5 s") : tr("%1: %2 of %3 below %4 for %5 s"))
                         .arg(name, metric, node, threshold)
                         .arg(rule.forS);
        } else {
            names << name;
            rules << (rule.above ? tr("%1: %2 above %3 for %4 s") : tr("%1: %2 below %3 for %4 s")).arg(name, metric, threshold).arg(rule.forS);
        }
    }
    m_alerts->setVisible(!names.isEmpty());
    m_alerts->setText(tr("Alerts firing: %1").arg(names.join(QStringLiteral(", "))));
    m_alerts->setToolTip(tr("Alert rules firing now (edit them in the inspector with nothing selected):") + QLatin1Char('\n')
                         + rules.join(QLatin1Char('\n')));
}

QString RunStatus::firingText() const
{
    return m_alerts->isVisibleTo(m_bar) ? m_alerts->text() : QString();
}

QString RunStatus::text() const
{
    return QStringList{m_time->text(), m_rate->text(), m_counts->text(), m_speed->text()}.join(QStringLiteral("  |  "));
}

} // namespace scalelab
