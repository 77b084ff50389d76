// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonmenu.h"

#include "document/documentfiles.h"
#include "lessons/lessoneditor.h"
#include "lessons/lessonhandout.h"
#include "lessons/lessonreader.h"
#include "lessons/lessonsession.h"
#include "lessons/lessontranslation.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace scalelab {

LessonMenu::LessonMenu(LessonSession *lessons, DocumentFiles *files, TopologyDocument *document, QWidget *parent)
    : QMenu(tr("&Lessons"), parent), m_lessons(lessons), m_files(files), m_document(document)
{
    setObjectName(QStringLiteral("lessonsMenu"));
    addBuiltInLessons();
    addSeparator();
    addAction(tr("Open Lesson &File..."), this, [this] {
        const QString file = QFileDialog::getOpenFileName(parentWidget(), tr("Open lesson"), QDir::homePath(),
                                                          tr("ScaleLab lessons (*.lesson.json);;All files (*)"));
        QString error;
        if (!file.isEmpty() && !openLesson(file, &error))
            QMessageBox::warning(parentWidget(), tr("Cannot open lesson"), error);
    });
    QAction *handout = addAction(tr("Export &Handout (PDF)..."), this, &LessonMenu::exportHandout);
    addAction(tr("Lesson &Editor..."), this, &LessonMenu::openEditor);
    QAction *close = addAction(tr("&Close Lesson"), m_lessons, &LessonSession::close);
    auto update = [this, handout, close] {
        handout->setEnabled(m_lessons->isOpen());
        close->setEnabled(m_lessons->isOpen());
    };
    connect(m_lessons, &LessonSession::opened, this, update);
    connect(m_lessons, &LessonSession::closed, this, update);
    update();
}

void LessonMenu::addBuiltInLessons()
{
    for (const QString &id : LessonSession::builtInLessons()) {
        LessonReader reader;
        reader.setExamplesDirectory(QStringLiteral(":/examples"));
        std::optional<Lesson> lesson = reader.readFile(LessonSession::builtInLesson(id));
        if (lesson)
            translateLesson(*lesson);
        const QString title = lesson ? lesson->title : id;
        QAction *action = addAction(title, this, [this, id] {
            QString error;
            if (!openLesson(LessonSession::builtInLesson(id), &error))
                QMessageBox::warning(parentWidget(), tr("Cannot open lesson"), error);
        });
        if (lesson)
            action->setStatusTip(lesson->summary);
    }
}

bool LessonMenu::openLesson(const QString &fileName, QString *error)
{
    if (!m_files->maybeSave())
        return false;
    return m_lessons->open(fileName, error);
}

void LessonMenu::exportHandout()
{
    const QString suggestion = QDir::home().filePath(m_lessons->lesson().id + QStringLiteral("-handout.pdf"));
    const QString file = QFileDialog::getSaveFileName(parentWidget(), tr("Export handout"), suggestion, tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = LessonHandout::write(m_lessons->lesson(), file, &error);
    QApplication::restoreOverrideCursor();
    if (ok)
        emit message(tr("Handout written to %1").arg(QDir::toNativeSeparators(file)));
    else
        QMessageBox::warning(parentWidget(), tr("Cannot export handout"), error);
}

void LessonMenu::openEditor()
{
    Lesson lesson;
    if (m_lessons->isOpen()) {
        lesson = m_lessons->lesson();
    } else {
        lesson.id = QStringLiteral("my-lesson");
        lesson.title = tr("My lesson");
    }
    LessonEditor editor(lesson, m_document, parentWidget());
    editor.exec();
}

} // namespace scalelab
