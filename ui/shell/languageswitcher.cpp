// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/languageswitcher.h"

#include "classsession/classroomsession.h"
#include "classsession/followteacher.h"
#include "document/autosaver.h"
#include "document/topologydocument.h"
#include "lessons/lessonsession.h"
#include "run/runcontrols.h"
#include "run/simulationcontroller.h"
#include "shell/mainwindow.h"
#include "shell/presentermode.h"

#include <QApplication>
#include <QComboBox>
#include <QLibraryInfo>
#include <QLocale>
#include <QStatusBar>
#include <QTranslator>
#include <QUndoStack>

namespace scalelab {

namespace {
QLocale localeFor(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}
} // namespace

QTranslator *LanguageSwitcher::loadTranslator(const QLocale &locale, const QString &name, const QStringList &places)
{
    auto *translator = new QTranslator(this);
    for (const QString &place : places) {
        if (translator->load(locale, name, QStringLiteral("_"), place)) {
            QCoreApplication::installTranslator(translator);
            return translator;
        }
    }
    delete translator;
    return nullptr;
}

LanguageSwitcher *LanguageSwitcher::instance()
{
    static LanguageSwitcher *switcher = nullptr;
    if (!switcher) {
        switcher = new LanguageSwitcher;
        QObject::connect(qApp, &QObject::destroyed, [] { switcher = nullptr; });
    }
    return switcher;
}

LanguageSwitcher::LanguageSwitcher()
    : QObject(qApp)
{
}

QStringList LanguageSwitcher::defaultPlaces()
{
    const QString binary = QCoreApplication::applicationDirPath();
    return {QStringLiteral(":/i18n"), binary, binary + QStringLiteral("/../translations"),
            binary + QStringLiteral("/../share/scalelab/translations")};
}

void LanguageSwitcher::removeTranslators()
{
    for (QTranslator **translator : {&m_own, &m_lessons, &m_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

bool LanguageSwitcher::install(const QString &code)
{
    return install(code, m_places);
}

bool LanguageSwitcher::install(const QString &code, const QStringList &places)
{
    removeTranslators();
    m_code = code;
    const QLocale locale = localeFor(code);
    // Formatting of numbers and dates follows the interface language too.
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : locale);

    bool english = code == QLatin1String("en");
    if (code.isEmpty()) {
        const QStringList wanted = locale.uiLanguages();
        english = !wanted.isEmpty() && wanted.first().startsWith(QLatin1String("en"));
    }
    if (!english) {
        m_own = loadTranslator(locale, QStringLiteral("scalelab"), places);
        m_lessons = loadTranslator(locale, QStringLiteral("lessons"), places);
        m_qt = loadTranslator(locale, QStringLiteral("qtbase"), {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    }
    emit languageChanged(code);
    return english || m_own != nullptr;
}

MainWindow *LanguageSwitcher::switchLanguage(MainWindow *window, const QString &code)
{
    install(code);

    // Leave presenter mode first so that the layout carried over is the normal one.
    const bool presenting = window->presenter()->isActive();
    if (presenting)
        window->presenter()->setActive(false);
    SimulationController *oldRun = window->controller();
    const SimTime at = oldRun->now();
    const bool running = oldRun->isRunning();
    oldRun->pause();

    auto *fresh = new MainWindow;
    fresh->setAttribute(Qt::WA_DeleteOnClose, window->testAttribute(Qt::WA_DeleteOnClose));
    LessonSession *lessons = window->lessons();
    bool carried = false;
    if (lessons->isOpen() && !window->document()->isModified()) {
        // The lesson in the new language: its own texts are the lesson file's.
        carried = fresh->openLesson(lessons->fileName());
        if (carried)
            fresh->lessons()->goTo(lessons->stepIndex());
    }
    if (!carried) {
        TopologyDocument *document = window->document();
        fresh->document()->reset(document->topology(), document->fileName());
        if (document->isModified()) {
            fresh->document()->undoStack()->resetClean();   // still unsaved; the history stays behind
            fresh->setWindowModified(true);
            fresh->autosaver()->saveNow();
        }
    }
    fresh->runControls()->setSpeed(oldRun->speed());
    fresh->controller()->runTo(at);

    // A class session goes on: the students reconnect to the new window as the same students.
    QString classError;
    if (!fresh->classroom()->takeOver(*window->classroom(), &classError))
        fresh->statusBar()->showMessage(tr("The class session could not go on in the new language: %1").arg(classError));
    fresh->followTeacher()->takeOver(*window->followTeacher());

    fresh->restoreGeometry(window->saveGeometry());
    fresh->restoreState(window->saveState());
    fresh->show();
    if (presenting)
        fresh->presenter()->setActive(true);
    if (running)
        fresh->controller()->run();
    fresh->refreshNow();

    window->hide();
    window->deleteLater();
    return fresh;
}

} // namespace scalelab
