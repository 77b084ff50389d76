// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace scalelab {

class TopologyDocument;

/// The File menu's work for one window: new, open (a dialog, a recent file, a built-in
/// example, a file dropped on the window), save, save as, the unsaved-changes prompt and the
/// recent files list (kept in QSettings).
/// A file that fails to load leaves the open document untouched and says why.
class DocumentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = 10;

    DocumentFiles(TopologyDocument *document, QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QMenu *recentMenu() const { return m_recentMenu; }
    /// File > Open Example: the built-in examples in the chapter's order.
    QMenu *examplesMenu() const { return m_examplesMenu; }

    /// Reads `fileName` and, only if it reads cleanly, makes it the document.
    bool load(const QString &fileName, QString *error = nullptr);
    /// Built-in examples (":/…") are read-only: saving one asks for a new name.
    bool isReadOnly() const;

    static QStringList recentFiles();
    static void forgetRecentFiles();
    /// Where File > Open starts: the open file's folder, else the last file opened or saved,
    /// else the example topologies on disk (installed or beside the build), else home.
    QString openDirectory() const;
    /// The example topologies as files on disk, or empty when none are found.
    static QString examplesDirectory();

public slots:
    /// Loads `fileName` after the unsaved-changes prompt, or explains in a message box why not.
    bool openFile(const QString &fileName);
    void open();
    void newDocument();
    bool save();
    bool saveAs();
    /// Asks whether to save unsaved changes: true when it is fine to go on (saved or discarded).
    bool maybeSave();

protected:
    /// A file dropped on the window opens.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /// A file was opened (or a new document started): the window shows it.
    void opened(const QString &fileName);

private:
    void addRecentFile(const QString &fileName);
    void updateRecentMenu();
    bool saveTo(const QString &fileName);

    TopologyDocument *m_document;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QMenu *m_recentMenu;
    QMenu *m_examplesMenu;
};

} // namespace scalelab
