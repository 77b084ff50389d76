// SPDX-License-Identifier: GPL-3.0-or-later
// Building a topology by hand on the canvas: each gesture (palette drop, drag, link drawing,
// keys, clipboard, arrange) makes the right document change as one undo step whose undo
// gives back the exact topology (the writer's bytes), and the canvas follows the document.

#include "canvas/canvasclipboard.h"
#include "canvas/canvaseditor.h"
#include "canvas/canvasexport.h"
#include "canvas/canvasinteraction.h"
#include "canvas/linkhandleitem.h"
#include "canvas/linkitem.h"
#include "canvas/linkpreviewitem.h"
#include "canvas/nodeitem.h"
#include "canvas/nodepalette.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "document/builtinexamples.h"
#include "document/topologydocument.h"
#include "io/topologywriter.h"
#include "run/simulationcontroller.h"
#include "settings/exportfiledialog.h"
#include "settings/settings.h"
#include "settings/theme.h"
#include "settings/themecontroller.h"
#include "shell/mainwindow.h"
#include "sim/simulation.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace scalelab;

namespace {

QByteArray bytes(const TopologyDocument *document)
{
    return TopologyWriter::toBytes(document->topology());
}

QPointF layoutOf(const TopologyDocument *document, const QString &id)
{
    const LayoutPoint p = document->position(id);
    return QPointF(p.x, p.y);
}

bool onGrid(qreal v)
{
    return std::fmod(std::abs(v), TopologyScene::kGridStep) == 0.0;
}

// A shown window with an example open, its canvas sized as on a laptop.
class Window
{
public:
    explicit Window(const QString &example = QString())
    {
        window.resize(1400, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("window not exposed");
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        if (!example.isEmpty()) {
            QString error;
            if (!window.loadFile(BuiltInExamples::path(example), &error))
                qFatal("%s", qPrintable(error));
        }
        view()->setFocus();
    }

    TopologyDocument *document() const { return window.document(); }
    TopologyScene *scene() const { return window.scene(); }
    TopologyView *view() const { return window.view(); }
    QWidget *viewport() const { return window.view()->viewport(); }
    CanvasEditor *editor() const { return window.editor(); }
    QUndoStack *undo() const { return window.document()->undoStack(); }
    QPoint at(const QPointF &scenePos) const { return view()->mapFromScene(scenePos); }
    /// Where the layout point (x, y) is on the canvas (the file's layout may be spread).
    QPointF onCanvas(qreal x, qreal y) const { return scene()->toScene(LayoutPoint{x, y}); }
    QPoint atNode(const QString &id) const { return at(scene()->nodeItem(id)->pos()); }

    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from);
        const int steps = 6;
        for (int i = 1; i <= steps; ++i)
            QTest::mouseMove(viewport(), from + (to - from) * i / steps);
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to);
    }

    MainWindow window;
};

// Closes the next context menu that opens (QMenu::exec blocks) and keeps its entries;
// triggers the entry `choose` first, if given.
class MenuCloser : public QObject
{
public:
    explicit MenuCloser(const QString &choose = QString())
    {
        connect(&m_timer, &QTimer::timeout, this, [this, choose] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                QAction *chosen = nullptr;
                for (QAction *action : menu->actions()) {
                    entries << QString(action->text()).remove(QLatin1Char('&'));
                    if (entries.last() == choose)
                        chosen = action;
                }
                menu->close();
                if (chosen)
                    chosen->trigger();
            }
        });
        m_timer.start(20);
    }
    QStringList entries;

private:
    QTimer m_timer;
};

// Answers the next file dialog that opens (QDialog::exec blocks): keeps whether it had the
// "Light colours for print" box and how it was ticked, ticks it as told, and saves to `file`.
class FileDialogAnswer : public QObject
{
public:
    FileDialogAnswer(const QString &file, bool light)
    {
        connect(&m_timer, &QTimer::timeout, this, [this, file, light] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            m_timer.stop();
            if (auto *box = dialog->findChild<QCheckBox *>(QLatin1String(ExportFileDialog::kLightColoursBox))) {
                hadBox = true;
                wasTicked = box->isChecked();
                box->setChecked(light);
            }
            // Directory, then name: Qt's own dialog may keep its directory when handed a whole
            // path and save the default name there (seen on a second export in a row).
            dialog->setDirectory(QFileInfo(file).absolutePath());
            dialog->selectFile(QFileInfo(file).fileName());
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(file);
            static_cast<QDialog *>(dialog)->accept();   // QFileDialog::accept, public in QDialog
        });
        m_timer.start(20);
    }
    bool hadBox = false;
    bool wasTicked = false;

private:
    QTimer m_timer;
};

} // namespace

class TestCanvasEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void paletteOffersEveryNodeTypeWithIconAndExplanation();
    void droppingAPaletteTypeAddsItThere();
    void activatingAPaletteTypeAddsItInTheMiddle();
    void paletteMakesAQueueAndAWorkerWithTheReadersDefaultsAndLinksFollowTheRules();
    void draggingNodesIsOneMoveOnTheGrid();
    void draggingWithoutSnapKeepsFreePositions();
    void escapeCancelsADrag();
    void arrowKeysNudgeAsOneUndoStep();
    void dragFromTheHandleDrawsALink();
    void refusedLinkSaysWhyAndChangesNothing();
    void aCacheIsLinkedToItsDatabaseBeforeItLoadsItself();
    void linkNoRequestCanUseIsRefusedAndDrawnFaintInOlderFiles();
    void rubberBandSelectsTheNodesItCovers();
    void deleteRemovesSelectedNodesAndLinks();
    void darkThemeExportOffersLightColoursForPrint();
    void copyPasteRenamesAndOffsets();
    void cutAndDuplicate();
    void cutReadsAsCutInTheUndoHistory();
    void selectAllSelectsEveryNodeAndLink();
    void arrangeIsOneUndoStepOnTheGrid();
    void canvasFollowsTheDocumentThroughEditsAndUndo();
    void selectionAndViewSurviveARebuild();
    void zoomWithKeysWheelAndFit();
    void rightClickMenusOfLinksAndCanvas();
    void aDatabaseInNoShardIsAddedAsANewShardFromItsMenu();
    void fileDroppedOnTheCanvasOpens();
    void exportWritesPngAtTwiceTheSizeAndAValidSvg();
};

void TestCanvasEditing::init()
{
    // A test that failed in the dark theme must not leave it to the next.
    ThemeController::instance()->setMode(AppSettings::ThemeMode::Light);
    QSettings().remove(QStringLiteral("canvas/snapToGrid"));
    QGuiApplication::clipboard()->clear();
}

void TestCanvasEditing::paletteOffersEveryNodeTypeWithIconAndExplanation()
{
    Window w;
    QListWidget *list = w.window.palette()->list();
    QCOMPARE(list->count(), 11);
    QStringList names;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        names << item->text();
        QVERIFY(!item->icon().isNull());
        QVERIFY2(item->toolTip().size() > 60, qPrintable(item->toolTip()));
        QVERIFY(item->flags() & Qt::ItemIsDragEnabled);
    }
    QCOMPARE(names, (QStringList{"Clients", "Load balancer", "Web server", "Session store", "Cache", "Database",
                                 "CDN edge", "Object storage", "Message queue", "Worker", "DNS (geoDNS)"}));
    std::unique_ptr<QMimeData> mime(NodePalette::mimeData(NodeType::CdnEdge));
    QCOMPARE(mime->data(NodePalette::mimeType()), QByteArray("cdn_edge"));
}

void TestCanvasEditing::droppingAPaletteTypeAddsItThere()
{
    Window w(QStringLiteral("single-server.scalelab.json"));
    const QByteArray before = bytes(w.document());
    const QPointF target(333, 207);   // snaps to (340, 200)
    const QPoint at = w.at(target);
    std::unique_ptr<QMimeData> mime(NodePalette::mimeData(NodeType::Cache));

    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.viewport(), &drop);

    QCOMPARE(w.undo()->count(), 1);
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Add cache"));
    const NodeSpec *cache = w.document()->topology().node(QStringLiteral("cache1"));
    QVERIFY(cache);
    QCOMPARE(cache->type, NodeType::Cache);
    const QPointF placed = layoutOf(w.document(), QStringLiteral("cache1"));
    const LayoutPoint dropped = w.scene()->toLayout(w.view()->mapToScene(at));
    QVERIFY(QLineF(placed, QPointF(dropped.x, dropped.y)).length() <= TopologyScene::kGridStep);
    QVERIFY(onGrid(placed.x()) && onGrid(placed.y()));
    QCOMPARE(w.scene()->nodeItem(QStringLiteral("cache1"))->pos(), w.onCanvas(placed.x(), placed.y()));
    QCOMPARE(w.scene()->selectedNodeIds(), QStringList{QStringLiteral("cache1")});

    w.undo()->undo();
    QCOMPARE(bytes(w.document()), before);
    QCOMPARE(w.scene()->nodeItemCount(), 2);
    QVERIFY(!w.scene()->nodeItem(QStringLiteral("cache1")));
}

void TestCanvasEditing::activatingAPaletteTypeAddsItInTheMiddle()
{
    Window w(QStringLiteral("single-server.scalelab.json"));
    QListWidget *list = w.window.palette()->list();
    emit list->itemActivated(list->item(5));   // Database
    emit list->itemActivated(list->item(5));
    QCOMPARE(w.undo()->count(), 2);
    const QPointF first = w.scene()->nodeItem(QStringLiteral("db1"))->pos();
    const QPointF second = w.scene()->nodeItem(QStringLiteral("db2"))->pos();
    const QPointF centre = w.view()->visibleCenter();
    QVERIFY(std::abs(first.x() - centre.x()) <= TopologyScene::kGridStep * w.scene()->layoutScale());
    // The second lands below the first, not on it.
    QCOMPARE(second.x(), first.x());
    QVERIFY(second.y() - first.y() >= NodeItem::kHeight);
    QCOMPARE(w.scene()->selectedNodeIds(), QStringList{QStringLiteral("db2")});
}

void TestCanvasEditing::paletteMakesAQueueAndAWorkerWithTheReadersDefaultsAndLinksFollowTheRules()
{
    Window w(QStringLiteral("single-server.scalelab.json"));
    QListWidget *list = w.window.palette()->list();
    QCOMPARE(list->item(8)->text(), QStringLiteral("Message queue"));
    QCOMPARE(list->item(9)->text(), QStringLiteral("Worker"));
    emit list->itemActivated(list->item(8));
    emit list->itemActivated(list->item(9));
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Add worker"));
    const NodeSpec *queue = w.document()->topology().node(QStringLiteral("queue1"));
    const NodeSpec *worker = w.document()->topology().node(QStringLiteral("worker1"));
    QVERIFY(queue && worker);
    QCOMPARE(queue->type, NodeType::MessageQueue);
    QCOMPARE(worker->type, NodeType::Worker);
    // What the file reader gives a node of the type that sets nothing.
    QCOMPARE(queue->capacity, qint64(100'000));
    QCOMPARE(queue->visibilityTimeoutMs, 30000.0);
    QCOMPARE(queue->concurrency, 1000);
    QCOMPARE(worker->concurrency, 4);
    QCOMPARE(worker->serviceMs, 200.0);
    QCOMPARE(w.scene()->nodeItem(QStringLiteral("queue1"))->card().loadText(), QStringLiteral("0 / 100k jobs"));
    QVERIFY(w.scene()->nodeItem(QStringLiteral("worker1")));
    // The palette's drag carries the file's spelling of the type.
    std::unique_ptr<QMimeData> mime(NodePalette::mimeData(NodeType::MessageQueue));
    QCOMPARE(mime->data(NodePalette::mimeType()), QByteArray("message_queue"));

    // web -> queue and queue -> worker are how jobs travel; nothing else may be drawn.
    const TopologyDocument &document = *w.document();
    QCOMPARE(CanvasInteraction::linkRefusal(document, QStringLiteral("web1"), QStringLiteral("queue1")), QString());
    QCOMPARE(CanvasInteraction::linkRefusal(document, QStringLiteral("queue1"), QStringLiteral("worker1")), QString());
    QVERIFY2(CanvasInteraction::linkRefusal(document, QStringLiteral("worker1"), QStringLiteral("queue1")).contains(QStringLiteral("sends nothing")),
             qPrintable(CanvasInteraction::linkRefusal(document, QStringLiteral("worker1"), QStringLiteral("queue1"))));
    QVERIFY2(CanvasInteraction::linkRefusal(document, QStringLiteral("queue1"), QStringLiteral("web1")).contains(QStringLiteral("only to workers")),
             qPrintable(CanvasInteraction::linkRefusal(document, QStringLiteral("queue1"), QStringLiteral("web1"))));
    QVERIFY(!CanvasInteraction::linkRefusal(document, QStringLiteral("users"), QStringLiteral("queue1")).isEmpty());
}

void TestCanvasEditing::draggingNodesIsOneMoveOnTheGrid()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    const QByteArray before = bytes(w.document());
    const QPointF start = layoutOf(w.document(), QStringLiteral("web1"));
    const qreal zoom = w.view()->zoom() * w.scene()->layoutScale();   // screen pixels per layout unit

    // 93 and 47 screen pixels: not grid multiples, the result is.
    w.drag(w.atNode(QStringLiteral("web1")), w.atNode(QStringLiteral("web1")) + QPoint(93, 47));
    QCOMPARE(w.undo()->count(), 1);
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Move web1"));
    const QPointF moved = layoutOf(w.document(), QStringLiteral("web1"));
    QVERIFY(onGrid(moved.x()) && onGrid(moved.y()));
    QVERIFY(std::abs(moved.x() - start.x() - 93 / zoom) <= TopologyScene::kGridStep / 2 + 1);
    QVERIFY(std::abs(moved.y() - start.y() - 47 / zoom) <= TopologyScene::kGridStep / 2 + 1);
    QCOMPARE(w.scene()->nodeItem(QStringLiteral("web1"))->pos(), w.onCanvas(moved.x(), moved.y()));
    QCOMPARE(layoutOf(w.document(), QStringLiteral("web2")), QPointF(400, 200));

    // Ctrl+click adds to the selection; dragging one drags both, as one step.
    QTest::mouseClick(w.viewport(), Qt::LeftButton, Qt::ControlModifier, w.atNode(QStringLiteral("web2")));
    QCOMPARE(w.scene()->selectedNodeIds().size(), 2);
    w.drag(w.atNode(QStringLiteral("web2")), w.atNode(QStringLiteral("web2")) + QPoint(0, 120));
    QCOMPARE(w.undo()->count(), 2);
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Move 2 nodes"));
    QCOMPARE(w.scene()->selectedNodeIds().size(), 2);   // kept across the rebuild

    w.undo()->undo();
    w.undo()->undo();
    QCOMPARE(bytes(w.document()), before);
    QCOMPARE(w.scene()->nodeItem(QStringLiteral("web1"))->pos(), w.onCanvas(start.x(), start.y()));
}

void TestCanvasEditing::draggingWithoutSnapKeepsFreePositions()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    w.editor()->snapAction()->trigger();
    QVERIFY(!w.scene()->snapsToGrid());
    // Screen pixels are layout units.
    w.view()->setTransform(QTransform::fromScale(1.0 / w.scene()->layoutScale(), 1.0 / w.scene()->layoutScale()));
    const QPointF start = layoutOf(w.document(), QStringLiteral("db1"));
    w.drag(w.atNode(QStringLiteral("db1")), w.atNode(QStringLiteral("db1")) + QPoint(33, 7));
    QCOMPARE(layoutOf(w.document(), QStringLiteral("db1")), start + QPointF(33, 7));
}

void TestCanvasEditing::escapeCancelsADrag()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    const QPoint from = w.atNode(QStringLiteral("lb"));
    QTest::mousePress(w.viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(w.viewport(), from + QPoint(30 * i, 0));
    QVERIFY(w.scene()->nodeItem(QStringLiteral("lb"))->pos() != w.onCanvas(200, 100));
    QTest::keyClick(w.viewport(), Qt::Key_Escape);
    QCOMPARE(w.scene()->nodeItem(QStringLiteral("lb"))->pos(), w.onCanvas(200, 100));
    QTest::mouseRelease(w.viewport(), Qt::LeftButton, {}, from + QPoint(120, 0));
    QCOMPARE(w.undo()->count(), 0);
}

void TestCanvasEditing::arrowKeysNudgeAsOneUndoStep()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    const QByteArray before = bytes(w.document());
    w.scene()->selectNodes({QStringLiteral("web1"), QStringLiteral("web2")});
    QTest::keyClick(w.view(), Qt::Key_Right);
    QTest::keyClick(w.view(), Qt::Key_Right);
    QTest::keyClick(w.view(), Qt::Key_Down);
    QTest::keyClick(w.view(), Qt::Key_Left, Qt::ShiftModifier);   // five steps
    QCOMPARE(layoutOf(w.document(), QStringLiteral("web1")), QPointF(400 - 3 * 20, 20));
    QCOMPARE(layoutOf(w.document(), QStringLiteral("web2")), QPointF(400 - 3 * 20, 220));
    QCOMPARE(w.undo()->count(), 1);
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Move 2 nodes"));
    QCOMPARE(w.scene()->selectedNodeIds().size(), 2);
    w.undo()->undo();
    QCOMPARE(bytes(w.document()), before);
}

void TestCanvasEditing::dragFromTheHandleDrawsALink()
{
    Window w(QStringLiteral("single-server.scalelab.json"));
    const QString cache = w.editor()->addNode(NodeType::Cache, QPointF(500, 200));
    const QByteArray before = bytes(w.document());
    const int steps = w.undo()->count();

    // Hovering a card shows its handle on the right edge (first elsewhere: a move to where
    // the pointer already is makes no event).
    QTest::mouseMove(w.viewport(), w.at(w.onCanvas(-300, -300)));
    QVERIFY(!w.editor()->interaction()->linkHandle()->isVisible());
    QTest::mouseMove(w.viewport(), w.atNode(QStringLiteral("web1")));
    LinkHandleItem *handle = w.editor()->interaction()->linkHandle();
    QVERIFY(handle->isVisible());
    QCOMPARE(handle->node(), QStringLiteral("web1"));

    const QPoint from = w.at(handle->pos());
    const QPoint to = w.atNode(cache);
    QTest::mousePress(w.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(w.viewport(), (from + to) / 2);
    LinkPreviewItem *preview = w.editor()->interaction()->linkPreview();
    QVERIFY(preview->isVisible());
    QCOMPARE(preview->verdict(), LinkPreviewItem::Verdict::Open);
    QTest::mouseMove(w.viewport(), to);
    QCOMPARE(preview->verdict(), LinkPreviewItem::Verdict::Allowed);
    QTest::mouseRelease(w.viewport(), Qt::LeftButton, {}, to);

    QVERIFY(!preview->isVisible());
    QCOMPARE(w.undo()->count(), steps + 1);
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Link web1 to %1").arg(cache));
    QVERIFY(w.scene()->linkItem(QStringLiteral("web1"), cache));
    QVERIFY(w.scene()->linkItem(QStringLiteral("web1"), cache)->isSelected());
    w.undo()->undo();
    QCOMPARE(bytes(w.document()), before);
    QVERIFY(!w.scene()->linkItem(QStringLiteral("web1"), cache));

    // Shift+drag from anywhere on the card does the same.
    w.drag(w.atNode(QStringLiteral("web1")), w.atNode(cache), Qt::ShiftModifier);
    QVERIFY(w.scene()->linkItem(QStringLiteral("web1"), cache));
}

void TestCanvasEditing::refusedLinkSaysWhyAndChangesNothing()
{
    Window w(QStringLiteral("single-server.scalelab.json"));
    const QByteArray before = bytes(w.document());
    CanvasInteraction *interaction = w.editor()->interaction();
    interaction->beginLink(QStringLiteral("web1"), w.scene()->nodeItem(QStringLiteral("web1"))->pos());
    interaction->dragLinkTo(w.scene()->nodeItem(QStringLiteral("users"))->pos());
    QCOMPARE(interaction->linkPreview()->verdict(), LinkPreviewItem::Verdict::Refused);
    QVERIFY2(interaction->linkPreview()->reason().contains(QStringLiteral("clients")),
             qPrintable(interaction->linkPreview()->reason()));
    QVERIFY(!interaction->finishLink(w.scene()->nodeItem(QStringLiteral("users"))->pos()));
    QVERIFY2(w.window.statusBar()->currentMessage().contains(QStringLiteral("Cannot link web1 to users")),
             qPrintable(w.window.statusBar()->currentMessage()));
    QVERIFY(!w.window.statusBar()->currentMessage().contains(QStringLiteral("links[")));

    // A link that exists already is refused by the preview as by the document.
    interaction->beginLink(QStringLiteral("users"), QPointF());
    interaction->dragLinkTo(w.scene()->nodeItem(QStringLiteral("web1"))->pos());
    QCOMPARE(interaction->linkPreview()->verdict(), LinkPreviewItem::Verdict::Refused);
    QVERIFY(!interaction->finishLink(w.scene()->nodeItem(QStringLiteral("web1"))->pos()));
    QCOMPARE(w.undo()->count(), 0);
    QCOMPARE(bytes(w.document()), before);
}

void TestCanvasEditing::aCacheIsLinkedToItsDatabaseBeforeItLoadsItself()
{
    Window w(QStringLiteral("cache-read-through.scalelab.json"));
    TopologyDocument *document = w.document();
    // Read-through without the cache's own link to a database: the edit is kept, and the
    // run's problems name the path and what is missing.
    QString error;
    QVERIFY2(document->setNodeSetting(QStringLiteral("cache1"), QStringLiteral("fill"), QStringLiteral("read_through"), &error),
             qPrintable(error));
    QVERIFY2(document->runProblems().format().contains(QStringLiteral("nodes[5].fill: a read_through cache loads its misses itself; "
                                                                      "expected a link from \"cache1\" to a database")),
             qPrintable(document->runProblems().format()));
    w.undo()->undo();
    QCOMPARE(document->topology().node(QStringLiteral("cache1"))->fill, QStringLiteral("cache_aside"));
    // The link may be drawn first, though no request uses it yet...
    CanvasInteraction *interaction = w.editor()->interaction();
    interaction->beginLink(QStringLiteral("cache1"), w.scene()->nodeItem(QStringLiteral("cache1"))->pos());
    interaction->dragLinkTo(w.scene()->nodeItem(QStringLiteral("db1"))->pos());
    QCOMPARE(interaction->linkPreview()->verdict(), LinkPreviewItem::Verdict::Allowed);
    QVERIFY(interaction->finishLink(w.scene()->nodeItem(QStringLiteral("db1"))->pos()));
    QVERIFY(w.scene()->linkItem(QStringLiteral("cache1"), QStringLiteral("db1")));
    // ... and then the cache made read-through, with nothing left to complain about.
    QVERIFY2(document->setNodeSetting(QStringLiteral("cache1"), QStringLiteral("fill"), QStringLiteral("read_through"), &error),
             qPrintable(error));
    QVERIFY2(!document->runProblems().hasErrors(), qPrintable(document->runProblems().format()));
    // A cache still sends nothing to a web server.
    interaction->beginLink(QStringLiteral("cache1"), w.scene()->nodeItem(QStringLiteral("cache1"))->pos());
    interaction->dragLinkTo(w.scene()->nodeItem(QStringLiteral("web1"))->pos());
    QCOMPARE(interaction->linkPreview()->verdict(), LinkPreviewItem::Verdict::Refused);
    interaction->cancel();
}

void TestCanvasEditing::linkNoRequestCanUseIsRefusedAndDrawnFaintInOlderFiles()
{
    Window w(QStringLiteral("server-and-database.scalelab.json"));
    const QByteArray before = bytes(w.document());
    CanvasInteraction *interaction = w.editor()->interaction();
    interaction->beginLink(QStringLiteral("users"), w.scene()->nodeItem(QStringLiteral("users"))->pos());
    interaction->dragLinkTo(w.scene()->nodeItem(QStringLiteral("db1"))->pos());
    QCOMPARE(interaction->linkPreview()->verdict(), LinkPreviewItem::Verdict::Refused);
    QVERIFY2(interaction->linkPreview()->reason().contains(
                 QStringLiteral("clients send requests only to a load balancer, a web server, a CDN edge or object storage")),
             qPrintable(interaction->linkPreview()->reason()));
    QVERIFY(!interaction->finishLink(w.scene()->nodeItem(QStringLiteral("db1"))->pos()));
    QVERIFY2(w.window.statusBar()->currentMessage().startsWith(QStringLiteral("Cannot link users to db1: no request can travel")),
             qPrintable(w.window.statusBar()->currentMessage()));
    QCOMPARE(bytes(w.document()), before);

    // A file that has one still opens; the canvas draws it faint and says why.
    Topology topology = w.document()->topology();
    LinkSpec link;
    link.from = QStringLiteral("users");
    link.to = QStringLiteral("db1");
    topology.links.append(link);
    w.document()->reset(topology, QString());
    LinkItem *item = w.scene()->linkItem(QStringLiteral("users"), QStringLiteral("db1"));
    QVERIFY(item);
    QVERIFY2(item->toolTip().startsWith(QStringLiteral("Unused link: no request can travel from \"users\" (clients) to \"db1\"")),
             qPrintable(item->toolTip()));
    QCOMPARE(w.scene()->linkItem(QStringLiteral("users"), QStringLiteral("web1"))->unusedReason(), QString());
    // users, web1 and db1 stand in a row: the link bends around web1 instead of hiding behind it.
    QVERIFY(item->bend() != 0.0);
}

void TestCanvasEditing::rubberBandSelectsTheNodesItCovers()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    // From above-left of web1 to below-right of web2 (web1 at (400, 0), web2 at (400, 200)).
    w.drag(w.at(w.onCanvas(300, -60)), w.at(w.onCanvas(500, 260)));
    QStringList selected = w.scene()->selectedNodeIds();
    selected.sort();
    QCOMPARE(selected, (QStringList{QStringLiteral("web1"), QStringLiteral("web2")}));
    QCOMPARE(w.undo()->count(), 0);
    // A click on the empty canvas clears it.
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.at(w.onCanvas(300, 300)));
    QVERIFY(w.scene()->selectedItems().isEmpty());
}

void TestCanvasEditing::deleteRemovesSelectedNodesAndLinks()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    const QByteArray before = bytes(w.document());
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.atNode(QStringLiteral("web2")));
    QCOMPARE(w.scene()->selectedNodeIds(), QStringList{QStringLiteral("web2")});
    QTest::keyClick(w.view(), Qt::Key_Delete);
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Delete web2"));
    QCOMPARE(w.document()->topology().nodes.size(), 4);
    QCOMPARE(w.document()->topology().links.size(), 3);
    QCOMPARE(w.scene()->nodeItemCount(), 4);
    QCOMPARE(w.scene()->linkItemCount(), 3);

    // A link alone, selected by a click on it, goes with Backspace.
    LinkItem *link = w.scene()->linkItem(QStringLiteral("web1"), QStringLiteral("db1"));
    const QPointF middle = link->mapToScene(link->centerLine().pointAtPercent(0.5));
    QTest::mouseClick(w.viewport(), Qt::LeftButton, {}, w.at(middle));
    QCOMPARE(w.scene()->selectedLinks().size(), 1);
    QTest::keyClick(w.view(), Qt::Key_Backspace);
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Delete link web1 → db1"));
    QCOMPARE(w.scene()->linkItemCount(), 2);

    w.undo()->undo();
    w.undo()->undo();
    QCOMPARE(bytes(w.document()), before);
    QCOMPARE(w.scene()->linkItemCount(), 5);
}

void TestCanvasEditing::copyPasteRenamesAndOffsets()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    const QByteArray before = bytes(w.document());
    w.scene()->selectNodes({QStringLiteral("web1"), QStringLiteral("db1")});
    QTest::keyClick(w.view(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(CanvasClipboard::mimeType()));
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("scalelab-topology")));

    QTest::keyClick(w.view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(w.undo()->count(), 1);
    QStringList pasted = w.scene()->selectedNodeIds();
    pasted.sort();
    QCOMPARE(pasted, (QStringList{QStringLiteral("db2"), QStringLiteral("web3")}));
    QCOMPARE(layoutOf(w.document(), QStringLiteral("web3")), QPointF(440, 40));
    QCOMPARE(layoutOf(w.document(), QStringLiteral("db2")), QPointF(640, 140));
    QVERIFY(w.scene()->linkItem(QStringLiteral("web3"), QStringLiteral("db2")));   // the link between them came along
    QCOMPARE(w.document()->topology().nodes.size(), 7);
    QCOMPARE(w.scene()->nodeItemCount(), 7);

    // A second paste goes one step further, not on top of the first.
    QTest::keyClick(w.view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(layoutOf(w.document(), QStringLiteral("web4")), QPointF(480, 80));

    // "Paste here" centres the copied nodes on the click, on the grid.
    const QStringList here = w.editor()->pasteAt(w.onCanvas(1003, 597));
    QCOMPARE(here.size(), 2);
    QCOMPARE(layoutOf(w.document(), here[0]), QPointF(900, 560));
    QCOMPARE(layoutOf(w.document(), here[1]), QPointF(1100, 660));

    w.undo()->undo();
    w.undo()->undo();
    w.undo()->undo();
    QCOMPARE(bytes(w.document()), before);
    QCOMPARE(w.scene()->nodeItemCount(), 5);
}

void TestCanvasEditing::cutAndDuplicate()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    const QByteArray before = bytes(w.document());
    w.scene()->selectNodes({QStringLiteral("web2")});
    QTest::keyClick(w.view(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(w.scene()->selectedNodeIds(), QStringList{QStringLiteral("web3")});
    QCOMPARE(layoutOf(w.document(), QStringLiteral("web3")), QPointF(440, 240));

    QTest::keyClick(w.view(), Qt::Key_X, Qt::ControlModifier);
    QVERIFY(!w.document()->topology().node(QStringLiteral("web3")));
    const std::optional<Topology> clip = CanvasClipboard::take();
    QVERIFY(clip);
    QCOMPARE(clip->nodes.size(), 1);
    QCOMPARE(clip->nodes.first().id, QStringLiteral("web3"));

    w.undo()->undo();
    w.undo()->undo();
    QCOMPARE(bytes(w.document()), before);
}

void TestCanvasEditing::cutReadsAsCutInTheUndoHistory()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    QMenu *edit = w.window.menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
    QVERIFY(edit);
    auto undoEntry = [edit] {
        for (QAction *action : edit->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                return QString(action->text()).remove(QLatin1Char('&'));
        }
        return QString();
    };

    w.scene()->selectNodes({QStringLiteral("web2")});
    QTest::keyClick(w.view(), Qt::Key_X, Qt::ControlModifier);
    QVERIFY(!w.document()->topology().node(QStringLiteral("web2")));
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Cut web2"));
    QCOMPARE(undoEntry(), QStringLiteral("Undo Cut web2"));

    // Two nodes with the link between them: counted as a cut, not a delete.
    w.undo()->undo();
    w.scene()->selectNodes({QStringLiteral("lb"), QStringLiteral("web1")});
    w.editor()->cut();
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Cut 2 items"));

    // Delete still reads as a delete.
    w.undo()->undo();
    w.scene()->selectNodes({QStringLiteral("web2")});
    QTest::keyClick(w.view(), Qt::Key_Delete);
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Delete web2"));
    QCOMPARE(undoEntry(), QStringLiteral("Undo Delete web2"));
}

void TestCanvasEditing::selectAllSelectsEveryNodeAndLink()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    QTest::keyClick(w.view(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(w.scene()->selectedNodeIds().size(), 5);
    QCOMPARE(w.scene()->selectedLinks().size(), 5);
    QTest::keyClick(w.view(), Qt::Key_Delete);
    QCOMPARE(w.scene()->nodeItemCount(), 0);
    QCOMPARE(w.undo()->count(), 1);
}

void TestCanvasEditing::arrangeIsOneUndoStepOnTheGrid()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    const QByteArray before = bytes(w.document());
    w.scene()->selectNodes({QStringLiteral("users")});
    // Scramble two nodes, then let the layout put them back in columns.
    w.document()->moveNodes({{QStringLiteral("db1"), {-300, 500}}, {QStringLiteral("users"), {900, -300}}});
    w.editor()->arrange();
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Arrange automatically"));
    const Topology &t = w.document()->topology();
    for (const NodeSpec &node : t.nodes) {
        const QPointF p = layoutOf(w.document(), node.id);
        QVERIFY2(onGrid(p.x()) && onGrid(p.y()), qPrintable(node.id));
        QCOMPARE(w.scene()->nodeItem(node.id)->pos(), w.onCanvas(p.x(), p.y()));
    }
    QVERIFY(layoutOf(w.document(), QStringLiteral("users")).x() < layoutOf(w.document(), QStringLiteral("lb")).x());
    QVERIFY(layoutOf(w.document(), QStringLiteral("lb")).x() < layoutOf(w.document(), QStringLiteral("web1")).x());
    QVERIFY(layoutOf(w.document(), QStringLiteral("web1")).x() < layoutOf(w.document(), QStringLiteral("db1")).x());
    QVERIFY(w.view()->isFitting());
    w.undo()->undo();
    w.undo()->undo();
    QCOMPARE(bytes(w.document()), before);
}

void TestCanvasEditing::canvasFollowsTheDocumentThroughEditsAndUndo()
{
    Window w(QStringLiteral("cache-read-through.scalelab.json"));
    auto checkInSync = [&w] {
        const Topology &t = w.document()->topology();
        QCOMPARE(w.scene()->nodeItemCount(), t.nodes.size());
        QCOMPARE(w.scene()->linkItemCount(), t.links.size());
        for (int i = 0; i < t.nodes.size(); ++i) {
            NodeItem *item = w.scene()->nodeItem(t.nodes[i].id);
            QVERIFY2(item, qPrintable(t.nodes[i].id));
            QCOMPARE(item->index(), i);
            QCOMPARE(item->pos(), w.scene()->toScene(t.layout.value(t.nodes[i].id)));
        }
        for (const LinkSpec &link : t.links)
            QVERIFY(w.scene()->linkItem(link.from, link.to));
    };
    checkInSync();
    const QString web = w.editor()->addNode(NodeType::WebServer, QPointF(100, 400));
    checkInSync();
    QVERIFY(w.document()->addLink(web, QStringLiteral("cache1")));
    checkInSync();
    w.document()->renameNode(web, QStringLiteral("api"));
    checkInSync();
    w.scene()->selectNodes({QStringLiteral("api")});
    w.editor()->duplicate();
    checkInSync();
    while (w.undo()->canUndo()) {
        w.undo()->undo();
        checkInSync();
    }
    while (w.undo()->canRedo()) {
        w.undo()->redo();
        checkInSync();
    }
}

void TestCanvasEditing::selectionAndViewSurviveARebuild()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    w.view()->zoomBy(1.3, QPointF(200, 150));
    w.view()->panBy(QPointF(40, -25));
    const QTransform transform = w.view()->transform();
    const QPointF centre = w.view()->visibleCenter();
    w.scene()->selectNodes({QStringLiteral("web1")});
    w.scene()->linkItem(QStringLiteral("lb"), QStringLiteral("web2"))->setSelected(true);
    QSignalSpy selection(w.scene(), &QGraphicsScene::selectionChanged);

    // Edits elsewhere rebuild every item.
    QVERIFY(w.document()->setNodeSetting(QStringLiteral("db1"), QStringLiteral("concurrency"), 7));
    w.document()->moveNodes({{QStringLiteral("users"), {0, 140}}});
    QCOMPARE(w.scene()->selectedNodeIds(), QStringList{QStringLiteral("web1")});
    QCOMPARE(w.scene()->selectedLinks().size(), 1);
    QCOMPARE(w.scene()->selectedLinks().first(), qMakePair(QStringLiteral("lb"), QStringLiteral("web2")));
    QVERIFY(w.scene()->nodeItem(QStringLiteral("web1"))->isSelected());
    QCOMPARE(selection.count(), 1);   // the setting rebuilt the cards, once; the move kept them
    QCOMPARE(w.view()->transform(), transform);
    QVERIFY(QLineF(w.view()->visibleCenter(), centre).length() < 1.0);

    // A move keeps the cards themselves (and what they show of the run); a new node does not
    // disturb the others' places.
    NodeItem *lb = w.scene()->nodeItem(QStringLiteral("lb"));
    w.document()->moveNodes({{QStringLiteral("users"), {0, 100}}});
    QCOMPARE(w.scene()->nodeItem(QStringLiteral("lb")), lb);
    w.editor()->addNode(NodeType::Cache, QPointF(800, 300));
    QCOMPARE(w.scene()->nodeItem(QStringLiteral("lb"))->pos(), w.onCanvas(200, 100));
    QCOMPARE(w.scene()->selectedNodeIds(), QStringList{QStringLiteral("cache1")});

    // Deleting the selected node leaves what is left selected.
    w.scene()->selectNodes({QStringLiteral("web1")});
    w.scene()->linkItem(QStringLiteral("lb"), QStringLiteral("web2"))->setSelected(true);
    w.document()->removeItems({QStringLiteral("web1")});
    QVERIFY(w.scene()->selectedNodeIds().isEmpty());
    QCOMPARE(w.scene()->selectedLinks().size(), 1);
}

void TestCanvasEditing::zoomWithKeysWheelAndFit()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    QVERIFY(w.view()->isFitting());
    const qreal fitted = w.view()->zoom();
    QTest::keyClick(w.view(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(w.view()->zoom() > fitted * 1.2);
    QVERIFY(!w.view()->isFitting());
    QTest::keyClick(w.view(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(w.view(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(w.view()->zoom() < fitted);
    QTest::keyClick(w.view(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(w.view()->zoom(), fitted);
    QVERIFY(w.view()->isFitting());

    // Ctrl+wheel zooms about the pointer: the point under it stays under it.
    const QPoint pointer = w.atNode(QStringLiteral("web1")) + QPoint(10, 5);
    const QPointF under = w.view()->mapToScene(pointer);
    QWheelEvent wheel(pointer, w.viewport()->mapToGlobal(pointer), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w.viewport(), &wheel);
    QVERIFY(std::abs(w.view()->zoom() - fitted * 1.44) < 1e-6);
    QVERIFY(QLineF(w.view()->mapToScene(pointer), under).length() * w.view()->zoom() < 1.5);

    // A plain wheel pans.
    const QPointF centre = w.view()->visibleCenter();
    QWheelEvent scroll(pointer, w.viewport()->mapToGlobal(pointer), QPoint(), QPoint(0, -120), Qt::NoButton,
                       Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w.viewport(), &scroll);
    QVERIFY(w.view()->visibleCenter().y() > centre.y());
    QCOMPARE(w.view()->zoom(), fitted * 1.44);

    // A touchpad pinch zooms, about the fingers.
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, pointer, pointer,
                              w.viewport()->mapToGlobal(pointer), 0.5, QPointF());
    QApplication::sendEvent(w.viewport(), &pinch);
    QVERIFY(std::abs(w.view()->zoom() - fitted * 1.44 * 1.5) < 1e-6);

    // A drag with the middle button moves the sheet with the hand.
    const QPointF before = w.view()->visibleCenter();
    QTest::mousePress(w.viewport(), Qt::MiddleButton, {}, QPoint(400, 300));
    QTest::mouseMove(w.viewport(), QPoint(460, 330));
    QTest::mouseRelease(w.viewport(), Qt::MiddleButton, {}, QPoint(460, 330));
    const QPointF moved = (before - w.view()->visibleCenter()) * w.view()->zoom();
    QVERIFY2(QLineF(moved, QPointF(60, 30)).length() < 2.0, qPrintable(QString::number(moved.x())));
    QCOMPARE(w.undo()->count(), 0);
}

void TestCanvasEditing::fileDroppedOnTheCanvasOpens()
{
    Window w(QStringLiteral("single-server.scalelab.json"));
    const QString file = QStringLiteral(SCALELAB_EXAMPLES "/two-servers-balanced.scalelab.json");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint at = w.at(w.onCanvas(0, 0));
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.viewport(), &drop);
    QTRY_COMPARE(w.window.fileName(), file);
    QCOMPARE(w.scene()->nodeItemCount(), 5);
}

void TestCanvasEditing::aDatabaseInNoShardIsAddedAsANewShardFromItsMenu()
{
    // sharding-hot-key's four shards, and a fifth database in none.
    Window w(QStringLiteral("sharding-hot-key.scalelab.json"));
    const QString db = w.editor()->addNode(NodeType::Database, w.onCanvas(580, 400));
    SimulationController *controller = w.window.controller();
    controller->runTo(SimTime::fromS(5));
    QVERIFY(controller->simulation());
    QCOMPARE(controller->simulation()->sharding().shardCount(), 4);
    {
        MenuCloser closer;
        const QPoint on = w.atNode(QStringLiteral("db1"));
        QContextMenuEvent event(QContextMenuEvent::Mouse, on, w.viewport()->mapToGlobal(on));
        QApplication::sendEvent(w.viewport(), &event);
        QVERIFY2(closer.entries.contains(QStringLiteral("Kill")), qPrintable(closer.entries.join('|')));
        QVERIFY(!closer.entries.contains(QStringLiteral("Add as a new shard now")));   // db1 has a shard
    }
    const qsizetype events = w.document()->topology().events.size();
    {
        MenuCloser closer(QStringLiteral("Add as a new shard now"));
        const QPoint on = w.atNode(db);
        QContextMenuEvent event(QContextMenuEvent::Mouse, on, w.viewport()->mapToGlobal(on));
        QApplication::sendEvent(w.viewport(), &event);
        QVERIFY2(closer.entries.contains(QStringLiteral("Add as a new shard now")), qPrintable(closer.entries.join('|')));
    }
    QCOMPARE(w.document()->topology().events.size(), events + 1);
    const ScenarioEvent &added = w.document()->topology().events.last();
    QCOMPARE(added.action, QStringLiteral("add_shard"));
    QCOMPARE(added.shard, QStringList{db});
    QCOMPARE(added.atS, controller->now().s());
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Add shard %1 at %2 s").arg(db, QString::number(added.atS, 'f', 1)));
    // Applied at once, as a kill is: the engine has a fifth shard, copying its keys.
    QCOMPARE(controller->simulation()->sharding().shardCount(), 5);
    QCOMPARE(controller->simulation()->sharding().shardOfNode(controller->simulation()->nodeIndex(db)), 4);
    QVERIFY(controller->simulation()->sharding().copying());

    w.undo()->undo();
    QCOMPARE(w.document()->topology().events.size(), events);
    QTRY_COMPARE(controller->simulation()->sharding().shardCount(), 4);   // replayed without it
}

void TestCanvasEditing::rightClickMenusOfLinksAndCanvas()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    QSignalSpy links(w.scene(), &TopologyScene::linkContextMenuRequested);
    QSignalSpy canvas(w.scene(), &TopologyScene::canvasContextMenuRequested);
    LinkItem *link = w.scene()->linkItem(QStringLiteral("web1"), QStringLiteral("db1"));
    const QPoint onLink = w.at(link->mapToScene(link->centerLine().pointAtPercent(0.5)));
    {
        MenuCloser closer;
        QContextMenuEvent event(QContextMenuEvent::Mouse, onLink, w.viewport()->mapToGlobal(onLink));
        QApplication::sendEvent(w.viewport(), &event);
        QCOMPARE(links.count(), 1);
        QCOMPARE(links.first().at(0).toString(), QStringLiteral("web1"));
        QCOMPARE(links.first().at(1).toString(), QStringLiteral("db1"));
        QVERIFY2(closer.entries.contains(QStringLiteral("Delete Link")), qPrintable(closer.entries.join('|')));
        QVERIFY(link->isSelected());
    }
    {
        MenuCloser closer;
        const QPoint empty = w.at(w.onCanvas(250, 350));
        QContextMenuEvent event(QContextMenuEvent::Mouse, empty, w.viewport()->mapToGlobal(empty));
        QApplication::sendEvent(w.viewport(), &event);
        QCOMPARE(canvas.count(), 1);
        QVERIFY(QLineF(canvas.first().at(0).toPointF(), w.onCanvas(250, 350)).length() < 2.0);
        QVERIFY2(closer.entries.contains(QStringLiteral("Add Node Here")), qPrintable(closer.entries.join('|')));
        QVERIFY(closer.entries.contains(QStringLiteral("Arrange Automatically")));
    }
    // The link's menu partitions it (recorded in the scenario) and deletes it.
    const qsizetype events = w.document()->topology().events.size();
    {
        MenuCloser closer(QStringLiteral("Partition"));
        QContextMenuEvent event(QContextMenuEvent::Mouse, onLink, w.viewport()->mapToGlobal(onLink));
        QApplication::sendEvent(w.viewport(), &event);
        QVERIFY2(closer.entries.contains(QStringLiteral("Partition")), qPrintable(closer.entries.join('|')));
    }
    QCOMPARE(w.document()->topology().events.size(), events + 1);
    QCOMPARE(w.document()->topology().events.last().action, QStringLiteral("partition"));
    QCOMPARE(w.document()->topology().events.last().from, QStringLiteral("web1"));
    {
        MenuCloser closer(QStringLiteral("Delete Link"));
        QContextMenuEvent event(QContextMenuEvent::Mouse, onLink, w.viewport()->mapToGlobal(onLink));
        QApplication::sendEvent(w.viewport(), &event);
    }
    QCOMPARE(w.undo()->undoText(), QStringLiteral("Delete link web1 → db1"));
    QVERIFY(!w.scene()->linkItem(QStringLiteral("web1"), QStringLiteral("db1")));

    // "Add node here" puts it at the click.
    const QString id = w.editor()->addNode(NodeType::SessionStore, w.onCanvas(253, 352));
    QCOMPARE(layoutOf(w.document(), id), QPointF(260, 360));
}

void TestCanvasEditing::darkThemeExportOffersLightColoursForPrint()
{
    ThemeController::instance()->setMode(AppSettings::ThemeMode::Dark);
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    const Theme light = Theme::light();
    const Theme dark = Theme::darkTheme();
    QVERIFY(light.canvasBackground != dark.canvasBackground);
    QTemporaryDir dir;
    const QPoint web1 = ((w.scene()->nodeItem(QStringLiteral("web1"))->pos() - w.scene()->contentRect().topLeft()) * 2).toPoint();
    auto corner = [](const QString &file) { return QImage(file).pixelColor(2, 2); };
    auto card = [web1](const QString &file) { return QImage(file).pixelColor(web1); };

    // Asked for directly: the screen's colours, or the light ones; the screen keeps its theme.
    QString error;
    const QString screenPng = dir.filePath(QStringLiteral("screen.png"));
    const QString lightPng = dir.filePath(QStringLiteral("light.png"));
    QVERIFY2(w.editor()->exportPng(screenPng, &error), qPrintable(error));
    QVERIFY2(w.editor()->exportPng(lightPng, &error, ExportColours::Light), qPrintable(error));
    QCOMPARE(corner(screenPng), dark.canvasBackground);
    QCOMPARE(corner(lightPng), light.canvasBackground);
    // web1's card is drawn light as well, not a dark card on a light sheet.
    QVERIFY2(card(screenPng).lightnessF() < 0.4, qPrintable(card(screenPng).name()));
    QVERIFY2(card(lightPng).lightnessF() > 0.8, qPrintable(card(lightPng).name()));
    QVERIFY(Theme::current().dark);
    const QString lightSvg = dir.filePath(QStringLiteral("light.svg"));
    QVERIFY2(w.editor()->exportSvg(lightSvg, &error, ExportColours::Light), qPrintable(error));
    QFile svg(lightSvg);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray drawing = svg.readAll();
    QVERIFY(drawing.contains(light.canvasBackground.name().toLatin1()));
    QVERIFY(!drawing.contains(dark.canvasBackground.name().toLatin1()));

    // File > Export: the dialog's box is there and ticked in the dark theme.
    QAction *exportPng = w.editor()->exportActions().first();
    const QString chosen = dir.filePath(QStringLiteral("chosen.png"));
    {
        FileDialogAnswer answer(chosen, true);
        exportPng->trigger();
        QVERIFY(answer.hadBox);
        QVERIFY(answer.wasTicked);
    }
    QCOMPARE(corner(chosen), light.canvasBackground);
    const QString unticked = dir.filePath(QStringLiteral("unticked.png"));
    {
        FileDialogAnswer answer(unticked, false);
        exportPng->trigger();
        QVERIFY(answer.hadBox);
    }
    QCOMPARE(corner(unticked), dark.canvasBackground);

    // In the light theme both are the same: no box.
    ThemeController::instance()->setMode(AppSettings::ThemeMode::Light);
    const QString plain = dir.filePath(QStringLiteral("plain.png"));
    {
        FileDialogAnswer answer(plain, true);
        exportPng->trigger();
        QVERIFY(!answer.hadBox);
    }
    QCOMPARE(corner(plain), light.canvasBackground);
}

void TestCanvasEditing::exportWritesPngAtTwiceTheSizeAndAValidSvg()
{
    Window w(QStringLiteral("two-servers-balanced.scalelab.json"));
    w.scene()->selectNodes({QStringLiteral("web1")});
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("canvas.png"));
    const QString svg = dir.filePath(QStringLiteral("canvas.svg"));
    QString error;
    QVERIFY2(w.editor()->exportPng(png, &error), qPrintable(error));
    QVERIFY2(w.editor()->exportSvg(svg, &error), qPrintable(error));

    const QRectF content = w.scene()->contentRect();
    const QImage image(png);
    QCOMPARE(image.size(), QSize(std::ceil(content.width() * 2), std::ceil(content.height() * 2)));
    // Something is drawn: the cards' white on the canvas colour, and no grid dots in a corner.
    QVERIFY(image.pixelColor(2, 2) == QColor(0xF7F9FA));
    const QPoint web1 = ((w.scene()->nodeItem(QStringLiteral("web1"))->pos() - content.topLeft()) * 2).toPoint();
    QVERIFY(image.pixelColor(web1 + QPoint(-120, 30)) != QColor(0xF7F9FA));

    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox().size(), QSize(std::ceil(content.width()), std::ceil(content.height())));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("web1"));

    // The selection and the overlays are back after the export.
    QCOMPARE(w.scene()->selectedNodeIds(), QStringList{QStringLiteral("web1")});
    QVERIFY(!w.editor()->exportPng(dir.filePath(QStringLiteral("missing/dir/x.png")), &error));
    QVERIFY(error.contains(QStringLiteral("x.png")));
}

QTEST_MAIN(TestCanvasEditing)
#include "tst_canvasediting.moc"
