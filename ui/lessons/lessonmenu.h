// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace scalelab {

class DocumentFiles;
class LessonSession;
class TopologyDocument;

/// The Lessons menu: the built-in lessons in teaching order, a lesson file, the handout as
/// PDF, the lesson editor and Close Lesson. Opening a lesson first offers to save the
/// topology being edited.
class LessonMenu : public QMenu
{
    Q_OBJECT

public:
    LessonMenu(LessonSession *lessons, DocumentFiles *files, TopologyDocument *document, QWidget *parent);

    /// Opens a lesson file (or ":/lessons/ID.lesson.json") at its first step, after offering
    /// to save; on failure nothing changes and `error` says why.
    bool openLesson(const QString &fileName, QString *error = nullptr);

signals:
    /// Where the handout went, for the status bar.
    void message(const QString &text);

private:
    void addBuiltInLessons();
    void exportHandout();
    void openEditor();

    LessonSession *m_lessons;
    DocumentFiles *m_files;
    TopologyDocument *m_document;
};

} // namespace scalelab
