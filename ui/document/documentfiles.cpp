// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentfiles.h"

#include "document/builtinexamples.h"
#include "document/topologydocument.h"
#include "io/topologyreader.h"

#include <QAction>
#include <QCoreApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QTimer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QWidget>

namespace scalelab {

namespace {
const QString kRecentKey = QStringLiteral("recentFiles");
const char *const kFilter = QT_TRANSLATE_NOOP("DocumentFiles", "ScaleLab topologies (*.scalelab.json);;JSON files (*.json);;All files (*)");

QString shownName(const QString &fileName)
{
    return fileName.isEmpty() ? DocumentFiles::tr("Untitled") : QFileInfo(fileName).fileName();
}
} // namespace

DocumentFiles::DocumentFiles(TopologyDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
    QStyle *style = window->style();
    m_new = new QAction(style->standardIcon(QStyle::SP_FileIcon), tr("&New"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Start an empty topology (Ctrl+N)"));
    connect(m_new, &QAction::triggered, this, &DocumentFiles::newDocument);

    m_open = new QAction(style->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open..."), this);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setToolTip(tr("Open a topology file (Ctrl+O)"));
    connect(m_open, &QAction::triggered, this, &DocumentFiles::open);

    m_save = new QAction(style->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the topology (Ctrl+S)"));
    connect(m_save, &QAction::triggered, this, &DocumentFiles::save);

    m_saveAs = new QAction(tr("Save &As..."), this);
    // The platform's Save As key; without a desktop's theme (a bare X session) Qt has none, so
    // the one GNOME and KDE both use.
    const QList<QKeySequence> saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    m_saveAs->setShortcut(saveAsKeys.isEmpty() ? QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) : saveAsKeys.first());
    connect(m_saveAs, &QAction::triggered, this, &DocumentFiles::saveAs);

    m_recentMenu = new QMenu(tr("Open &Recent"), window);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();

    m_examplesMenu = new QMenu(tr("Open &Example"), window);
    for (const QString &example : BuiltInExamples::files())
        m_examplesMenu->addAction(BuiltInExamples::title(example), this,
                                  [this, example] { openFile(BuiltInExamples::path(example)); });
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool DocumentFiles::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || (event->type() != QEvent::DragEnter && event->type() != QEvent::Drop))
        return QObject::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    const QList<QUrl> urls = drop->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return false;
    drop->acceptProposedAction();
    if (event->type() == QEvent::Drop) {
        // Opened after the drop returns: a modal prompt inside a drop handler blocks the source.
        const QString file = urls.first().toLocalFile();
        QTimer::singleShot(0, this, [this, file] { openFile(file); });
    }
    return true;
}

bool DocumentFiles::isReadOnly() const
{
    return m_document->fileName().startsWith(QLatin1Char(':'));
}

bool DocumentFiles::load(const QString &fileName, QString *error)
{
    TopologyReader reader;
    const std::optional<Topology> topology = reader.readFile(fileName);
    if (!topology) {
        if (error)
            *error = reader.errorText();
        return false;
    }
    m_document->setLocked(false);
    m_document->reset(*topology, fileName);
    if (!fileName.startsWith(QLatin1Char(':')))
        addRecentFile(QFileInfo(fileName).absoluteFilePath());
    emit opened(fileName);
    return true;
}

bool DocumentFiles::openFile(const QString &fileName)
{
    if (!maybeSave())
        return false;
    QString error;
    if (load(fileName, &error))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Cannot open topology"),
                    tr("ScaleLab could not open %1. The topology already open is unchanged.").arg(shownName(fileName)),
                    QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("openErrorBox"));
    // Every problem found, each with its JSON path and what was expected.
    box.setInformativeText(error);
    box.exec();
    return false;
}

void DocumentFiles::open()
{
    const QString fileName = QFileDialog::getOpenFileName(m_window, tr("Open topology"), openDirectory(), tr(kFilter));
    if (!fileName.isEmpty())
        openFile(fileName);
}

QString DocumentFiles::examplesDirectory()
{
    // Installed under share/scalelab/examples (cmake/Install.cmake); run from a build tree,
    // the sources' resources/examples a few levels up from the executable.
    QStringList candidates = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("scalelab/examples"),
                                                       QStandardPaths::LocateDirectory);
    const QDir app(QCoreApplication::applicationDirPath());
    for (const char *relative : {"../share/scalelab/examples", "../resources/examples", "../../resources/examples",
                                 "../../../resources/examples"})
        candidates << app.absoluteFilePath(QLatin1String(relative));
    for (const QString &dir : std::as_const(candidates)) {
        if (QFileInfo(dir).isDir() && !QDir(dir).entryList({QStringLiteral("*.scalelab.json")}, QDir::Files).isEmpty())
            return QDir(dir).canonicalPath();
    }
    return {};
}

QString DocumentFiles::openDirectory() const
{
    const QString current = m_document->fileName();
    if (!current.isEmpty() && !isReadOnly() && QFileInfo(current).absoluteDir().exists())
        return QFileInfo(current).absolutePath();
    for (const QString &recent : recentFiles()) {
        if (QFileInfo(recent).absoluteDir().exists())
            return QFileInfo(recent).absolutePath();
    }
    const QString examples = examplesDirectory();
    return examples.isEmpty() ? QDir::homePath() : examples;
}

void DocumentFiles::newDocument()
{
    if (!maybeSave())
        return;
    Topology empty;   // nameless: the window is titled after the file it gets saved to
    m_document->setLocked(false);
    m_document->reset(empty, QString());
    emit opened(QString());
}

bool DocumentFiles::save()
{
    if (m_document->fileName().isEmpty() || isReadOnly())
        return saveAs();
    return saveTo(m_document->fileName());
}

bool DocumentFiles::saveAs()
{
    QString suggestion = isReadOnly() || m_document->fileName().isEmpty()
                             ? QDir::home().filePath(shownName(m_document->fileName()))
                             : m_document->fileName();
    if (!suggestion.endsWith(QLatin1String(".json")))
        suggestion += QStringLiteral(".scalelab.json");
    QString fileName = QFileDialog::getSaveFileName(m_window, tr("Save topology"), suggestion, tr(kFilter));
    if (fileName.isEmpty())
        return false;
    if (!fileName.endsWith(QLatin1String(".json")))
        fileName += QStringLiteral(".scalelab.json");
    return saveTo(fileName);
}

bool DocumentFiles::saveTo(const QString &fileName)
{
    QString error;
    if (m_document->save(fileName, &error)) {
        addRecentFile(QFileInfo(fileName).absoluteFilePath());
        return true;
    }
    QMessageBox::warning(m_window, tr("Cannot save topology"),
                         tr("ScaleLab could not save %1: %2\nYour work is still open; try another place.")
                             .arg(QDir::toNativeSeparators(fileName), error));
    return false;
}

bool DocumentFiles::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("Save the changes to %1 first?").arg(shownName(m_document->fileName())),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("If you do not save them, your changes are lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

QStringList DocumentFiles::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void DocumentFiles::forgetRecentFiles()
{
    QSettings().remove(kRecentKey);
}

void DocumentFiles::addRecentFile(const QString &fileName)
{
    QStringList files = recentFiles();
    files.removeAll(fileName);
    files.prepend(fileName);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    updateRecentMenu();
}

void DocumentFiles::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files[i];
        // &1..&9 and 1&0 so a keyboard user can pick one.
        const QString accelerator = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QStringLiteral("1&0");
        QAction *action = m_recentMenu->addAction(QStringLiteral("%1  %2").arg(accelerator, QFileInfo(file).fileName()),
                                                  this, [this, file] { openFile(file); });
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this, [this] {
            forgetRecentFiles();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace scalelab
