// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/windowheader.h"

#include "document/topologydocument.h"
#include "lessons/lessonsession.h"
#include "settings/theme.h"
#include "settings/themecontroller.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace scalelab {

namespace {
void setColor(QWidget *widget, QPalette::ColorRole role, const QColor &color)
{
    QPalette palette = widget->palette();
    palette.setColor(role, color);
    widget->setPalette(palette);
}
} // namespace

WindowHeader::WindowHeader(TopologyDocument *document, LessonSession *lessons, QWidget *parent)
    : QWidget(parent), m_document(document), m_lessons(lessons), m_title(new QLabel(this)), m_subtitle(new QLabel(this))
{
    setObjectName(QStringLiteral("windowHeader"));
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 0);
    layout->setSpacing(2);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    // Wrapped: a long topology name must not make the window wider than the screen (or than
    // a screenshot's --size), as an unwrapped label's minimum width would.
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    connect(document, &TopologyDocument::documentReset, this, &WindowHeader::refresh);
    connect(document, &TopologyDocument::changed, this, &WindowHeader::refresh);
    connect(document, &TopologyDocument::fileNameChanged, this, &WindowHeader::refresh);
    connect(lessons, &LessonSession::stepChanged, this, &WindowHeader::refresh);
    connect(lessons, &LessonSession::closed, this, &WindowHeader::refresh);
    connect(ThemeController::instance(), &ThemeController::themeChanged, this, &WindowHeader::applyTheme);
    applyTheme();
}

QString WindowHeader::name() const
{
    const Topology &topology = m_document->topology();
    const QString fileName = m_document->fileName();
    if (!topology.name.isEmpty())
        return topology.name;
    return fileName.isEmpty() ? tr("Untitled") : QFileInfo(fileName).fileName();
}

void WindowHeader::refresh()
{
    const Topology &topology = m_document->topology();
    const QString fileName = m_document->fileName();
    m_title->setText(name());
    const QString shownFile = m_lessons->isOpen()
                                  ? tr("lesson \u201C%1\u201D, step %2 of %3")
                                        .arg(m_lessons->lesson().title)
                                        .arg(m_lessons->stepIndex() + 1)
                                        .arg(m_lessons->stepCount())
                              : fileName.isEmpty()               ? tr("not saved yet")
                              : fileName.startsWith(QLatin1Char(':')) ? tr("built-in example %1").arg(QFileInfo(fileName).fileName())
                                                                     : QDir::toNativeSeparators(fileName);
    m_subtitle->setText(tr("%1  \u00B7  %2 nodes, %3 links  \u00B7  seed %4")
                            .arg(shownFile)
                            .arg(topology.nodes.size())
                            .arg(topology.links.size())
                            .arg(topology.seed));
    emit nameChanged(name());
}

void WindowHeader::applyTheme()
{
    const Theme &theme = Theme::current();
    setColor(this, QPalette::Window, theme.headerBackground);
    // Sizes relative to the system font, so that a larger desktop font enlarges them too.
    const QFont base = QApplication::font();
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 1.55);
    font.setBold(true);
    m_title->setFont(font);
    setColor(m_title, QPalette::WindowText, theme.headerTitle);
    m_subtitle->setFont(base);
    setColor(m_subtitle, QPalette::WindowText, theme.headerSubtitle);
}

} // namespace scalelab
