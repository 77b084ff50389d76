// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace scalelab {

class LessonSession;
class TopologyDocument;

/// The band above the canvas: the topology's name, large, and under it where it comes from
/// (a file, a built-in example, a lesson's step), its size and its seed. Colours and type
/// follow the theme.
class WindowHeader : public QWidget
{
    Q_OBJECT

public:
    WindowHeader(TopologyDocument *document, LessonSession *lessons, QWidget *parent);

    /// The name shown: the topology's, else its file's, else "Untitled".
    QString name() const;

signals:
    /// The name changed (a file opened, the topology renamed): the window's title follows.
    void nameChanged(const QString &name);

private:
    void refresh();
    void applyTheme();

    TopologyDocument *m_document;
    LessonSession *m_lessons;
    QLabel *m_title;
    QLabel *m_subtitle;
};

} // namespace scalelab
