// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/autosaver.h"

#include "document/topologydocument.h"
#include "io/topologywriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace scalelab {

namespace {
// <id>.scalelab.json is the copy, <id>.note.json says whose, <id>.lock is held while alive.
const QString kCopySuffix = QStringLiteral(".scalelab.json");
const QString kNoteSuffix = QStringLiteral(".note.json");
const QString kLockSuffix = QStringLiteral(".lock");

QString stem(const QString &copy)
{
    return copy.left(copy.size() - kCopySuffix.size());
}
} // namespace

Autosaver::Autosaver(TopologyDocument *document, const QString &directory, QObject *parent)
    : QObject(parent),
      m_document(document),
      m_directory(directory.isEmpty() ? defaultDirectory() : directory),
      m_timer(new QTimer(this))
{
    QDir().mkpath(m_directory);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_file = QDir(m_directory).filePath(id + kCopySuffix);
    m_lock = std::make_unique<QLockFile>(stem(m_file) + kLockSuffix);
    m_lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    m_lock->tryLock(0);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(document, &TopologyDocument::changed, this, &Autosaver::documentChanged);
    connect(document, &TopologyDocument::modificationChanged, this, [this](bool modified) {
        if (!modified)
            clear();
    });
}

Autosaver::~Autosaver()
{
    clear();
}

QString Autosaver::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("autosave"));
}

void Autosaver::setDelay(int ms)
{
    m_timer->setInterval(ms);
}

void Autosaver::documentChanged()
{
    m_timer->start();
}

void Autosaver::saveNow()
{
    m_timer->stop();
    if (!m_document->isModified()) {
        clear();
        return;
    }
    // The note first: a copy without a note could not say whose it is.
    QSaveFile note(stem(m_file) + kNoteSuffix);
    if (!note.open(QIODevice::WriteOnly))
        return;
    const QJsonObject object{{QStringLiteral("file"), m_document->fileName()},
                             {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    note.write(QJsonDocument(object).toJson());
    if (!note.commit())
        return;
    TopologyWriter::save(m_document->topology(), m_file);
}

void Autosaver::clear()
{
    m_timer->stop();
    QFile::remove(m_file);
    QFile::remove(stem(m_file) + kNoteSuffix);
}

QList<Autosaver::Recovery> Autosaver::pendingRecoveries(const QString &directory)
{
    const QDir dir(directory.isEmpty() ? defaultDirectory() : directory);
    QList<Recovery> recoveries;
    for (const QString &name : dir.entryList({QStringLiteral("*") + kNoteSuffix}, QDir::Files)) {
        const QString base = dir.filePath(name.left(name.size() - kNoteSuffix.size()));
        const QString copy = base + kCopySuffix;
        if (!QFile::exists(copy))
            continue;
        // A live window holds its lock; only a crashed one's lock can be taken.
        QLockFile lock(base + kLockSuffix);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile file(base + kNoteSuffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject note = QJsonDocument::fromJson(file.readAll()).object();
        recoveries.append({copy, note.value(QStringLiteral("file")).toString(),
                           QDateTime::fromString(note.value(QStringLiteral("saved_at")).toString(), Qt::ISODate)});
    }
    std::sort(recoveries.begin(), recoveries.end(),
              [](const Recovery &a, const Recovery &b) { return a.savedAt > b.savedAt; });
    return recoveries;
}

void Autosaver::discard(const Recovery &recovery)
{
    const QString base = stem(recovery.autosaveFile);
    QFile::remove(recovery.autosaveFile);
    QFile::remove(base + kNoteSuffix);
    QFile::remove(base + kLockSuffix);
}

} // namespace scalelab
