// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

class QLockFile;
class QTimer;

namespace scalelab {

class TopologyDocument;

/// Keeps a copy of unsaved work where a crash cannot take it: a few seconds after an edit the
/// document is written (atomically) to the autosave directory, next to a note naming the
/// file it belongs to and a lock held while this window lives. A clean save or a normal
/// close removes the copy; a copy whose lock is stale was left by a crash, and
/// pendingRecoveries() offers it back on the next start.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    struct Recovery
    {
        QString autosaveFile;  ///< the autosaved topology
        QString originalFile;  ///< the file it was edited from; empty for a new document
        QDateTime savedAt;
    };

    static constexpr int kDelayMs = 5000;

    /// `directory` empty: the application's data location ("…/ScaleLab/autosave").
    explicit Autosaver(TopologyDocument *document, const QString &directory = QString(), QObject *parent = nullptr);
    ~Autosaver() override;

    static QString defaultDirectory();
    /// Work left by windows that did not close normally (their lock is stale), newest first.
    static QList<Recovery> pendingRecoveries(const QString &directory = QString());
    /// Deletes a recovery's files (after it was recovered or declined).
    static void discard(const Recovery &recovery);

    void setDelay(int ms);
    /// Writes the copy now if the document has unsaved changes, otherwise removes it.
    void saveNow();
    QString autosaveFile() const { return m_file; }
    /// Removes the copy (the window closes normally, the work was saved or thrown away).
    void clear();

private:
    void documentChanged();

    TopologyDocument *m_document;
    QString m_directory;
    QString m_file;
    std::unique_ptr<QLockFile> m_lock;
    QTimer *m_timer;
};

} // namespace scalelab
