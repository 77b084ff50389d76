// SPDX-License-Identifier: GPL-3.0-or-later
// scalelab: the desktop visualizer. See DESIGN.md, "GUI (scalelab)".
#include "classroom/classclient.h"
#include "classsession/classroomsession.h"
#include "classsession/followteacher.h"
#include "classsession/joinclassdialog.h"
#include "document/recoveryprompt.h"
#include "lessons/lessonsession.h"
#include "run/simulationcontroller.h"
#include "settings/settings.h"
#include "settings/themecontroller.h"
#include "shell/languageswitcher.h"
#include "shell/mainwindow.h"
#include "shell/presentermode.h"
#include "shell/settingswindowstate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitBadInput = 2;

void printError(const QString &message)
{
    std::fprintf(stderr, "scalelab: %s\n", qPrintable(message));
}

// The command line's options, kept together: main() asks the parser about them later.
struct Options
{
    const QCommandLineOption lesson{QStringLiteral("lesson"), QStringLiteral("Open lesson ID."), QStringLiteral("ID")};
    const QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("User interface language: en, de, es or zh_CN (default: the system's)."),
                                  QStringLiteral("CODE")};
    const QCommandLineOption theme{QStringLiteral("theme"), QStringLiteral("light, dark or system, for this run only."),
                                   QStringLiteral("THEME")};
    const QCommandLineOption presenter{QStringLiteral("presenter"), QStringLiteral("Presenter mode for a projector.")};
    const QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                        QStringLiteral("Run to --at, save the window as a PNG and exit."),
                                        QStringLiteral("OUT.png")};
    const QCommandLineOption at{QStringLiteral("at"), QStringLiteral("Simulated seconds before --screenshot (default 20)."),
                                QStringLiteral("SECONDS"), QStringLiteral("20")};
    const QCommandLineOption size{QStringLiteral("size"), QStringLiteral("Window size for --screenshot (default 1280x800)."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800")};
    const QCommandLineOption hostClass{QStringLiteral("host-class"),
                                       QStringLiteral("Host a class session: students join from http://THIS-MACHINE:PORT/ on the local network.")};
    const QCommandLineOption port{QStringLiteral("port"), QStringLiteral("Port of the class session's page (default 8080; its sockets use the next one)."),
                                  QStringLiteral("N"), QStringLiteral("8080")};
    const QCommandLineOption code{QStringLiteral("code"), QStringLiteral("Join code of the class session (default: a random one)."),
                                  QStringLiteral("CODE")};
    const QCommandLineOption join{QStringLiteral("join"),
                                  QStringLiteral("Join the class at HOST:PORT (as the teacher's screen shows it) with the join code given as CODE: "
                                                 "scalelab --join 192.168.1.20:8080 K7QX2M."),
                                  QStringLiteral("HOST:PORT")};
    // Not --name: Qt's X11 platform takes -name (and --name) for itself.
    const QCommandLineOption student{QStringLiteral("student"), QStringLiteral("Your name in the class you --join (default: the one you gave last time)."),
                                     QStringLiteral("NAME")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QStringLiteral("ScaleLab: watch a system scale from zero to millions of users."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Topology to open (*.scalelab.json)."),
                                     QStringLiteral("[FILE]"));
        parser.addOptions({lesson, lang, theme, presenter, screenshot, at, size, hostClass, port, code, join, student});
    }
};

// --lang for this run only, else the language chosen in Settings (or the system's); --theme.
// False when --theme names no theme.
bool applyLanguageAndTheme(const QCommandLineParser &parser, const Options &options)
{
    const QString language = parser.isSet(options.lang) ? parser.value(options.lang) : scalelab::AppSettings::language();
    if (!scalelab::LanguageSwitcher::instance()->install(language) && parser.isSet(options.lang))
        printError(QStringLiteral("no translation for \"%1\" yet; using English").arg(language));
    if (!parser.isSet(options.theme))
        return true;
    const QString theme = parser.value(options.theme);
    if (theme != QLatin1String("light") && theme != QLatin1String("dark") && theme != QLatin1String("system")) {
        printError(QStringLiteral("--theme expects light, dark or system, got \"%1\"").arg(theme));
        return false;
    }
    scalelab::ThemeController::instance()->setMode(theme == QLatin1String("dark")    ? scalelab::AppSettings::ThemeMode::Dark
                                                   : theme == QLatin1String("light") ? scalelab::AppSettings::ThemeMode::Light
                                                                                     : scalelab::AppSettings::ThemeMode::System);
    return true;
}

// A lesson by id (built in) or by file; with no FILE at all, the built-in "Zero to Millions".
// A lesson file given as FILE (a double-click in the file manager) opens as a lesson and
// leaves `files`.
QString lessonToOpen(QString lesson, QStringList &files)
{
    if (!files.isEmpty() && files.first().endsWith(QLatin1String(".lesson.json"), Qt::CaseInsensitive)) {
        if (lesson.isEmpty())
            lesson = files.first();
        files.removeFirst();
    }
    if (lesson.isEmpty() && files.isEmpty()) {
        const QStringList builtIn = scalelab::LessonSession::builtInLessons();
        lesson = builtIn.contains(QStringLiteral("zero-to-millions")) ? QStringLiteral("zero-to-millions") : builtIn.value(0);
    }
    return lesson;
}

// --host-class [--port N] [--code CODE]: the session starts with the window.
bool hostClass(scalelab::MainWindow &window, const QCommandLineParser &parser, const Options &options)
{
    bool ok = false;
    const int port = parser.value(options.port).toInt(&ok);
    if (!ok || port < 1024 || port > 65534) {
        printError(QStringLiteral("--port expects a number from 1024 to 65534, got \"%1\"").arg(parser.value(options.port)));
        return false;
    }
    const QString code = parser.value(options.code);
    if (!code.isEmpty() && !QRegularExpression(QStringLiteral("^[A-Za-z0-9]{4,12}$")).match(code).hasMatch()) {
        printError(QStringLiteral("--code expects 4 to 12 letters or digits, got \"%1\"").arg(code));
        return false;
    }
    QString error;
    if (!window.classroom()->start(static_cast<quint16>(port), code, &error)) {
        printError(QStringLiteral("the class session could not start: %1").arg(error));
        return false;
    }
    std::fprintf(stderr, "scalelab: class session at %s\n", qPrintable(window.classroom()->host().joinUrl()));
    return true;
}

// --join HOST:PORT CODE [--student NAME]: the window joins the class as it opens; without a
// name (given now or last time) the Join Class dialog asks for it, the rest filled in.
bool joinClass(scalelab::MainWindow &window, const QCommandLineParser &parser, const Options &options, const QStringList &files)
{
    QString host, error;
    quint16 port = 0;
    if (!scalelab::classroom::ClassClient::parseAddress(parser.value(options.join), &host, &port, &error)) {
        printError(error);
        return false;
    }
    if (files.size() != 1 || !QRegularExpression(QStringLiteral("^[A-Za-z0-9]{4,12}$")).match(files.first()).hasMatch()) {
        printError(QStringLiteral("--join expects the join code after the address: scalelab --join %1 CODE").arg(parser.value(options.join)));
        return false;
    }
    const QString code = files.first().toUpper();
    const QString name = parser.isSet(options.student) ? parser.value(options.student) : QSettings().value(QStringLiteral("classroom/name")).toString();
    if (parser.isSet(options.student) && !scalelab::classroom::isValidStudentName(name)) {
        printError(QStringLiteral("--student expects 1 to 40 letters, digits, spaces or .'_-, got \"%1\"").arg(name));
        return false;
    }
    QTimer::singleShot(0, &window, [&window, host, port, code, name, address = parser.value(options.join)] {
        if (scalelab::classroom::isValidStudentName(name)) {
            window.followTeacher()->join(host, port, code, name);
            return;
        }
        scalelab::JoinClassDialog dialog(&window, address, code);
        if (dialog.exec() == QDialog::Accepted)
            window.followTeacher()->join(dialog.host(), dialog.port(), dialog.code(), dialog.name());
    });
    return true;
}

bool openLesson(scalelab::MainWindow &window, const QString &lesson)
{
    const QString lessonFile = QFileInfo::exists(lesson) ? lesson : scalelab::LessonSession::builtInLesson(lesson);
    if (!QFileInfo::exists(lessonFile)) {
        printError(QStringLiteral("no lesson \"%1\"; built in: %2")
                       .arg(lesson, scalelab::LessonSession::builtInLessons().join(QStringLiteral(", "))));
        return false;
    }
    QString error;
    if (!window.openLesson(lessonFile, &error)) {
        printError(error);
        return false;
    }
    return true;
}

// A screenshot is of the size asked for, presenter mode or not.
int saveScreenshot(scalelab::MainWindow &window, const QRegularExpressionMatch &size, double atSeconds, const QString &out)
{
    window.setWindowState(Qt::WindowNoState);
    window.resize(size.captured(1).toInt(), size.captured(2).toInt());
    window.controller()->runTo(scalelab::SimTime::fromS(atSeconds));
    window.show();
    QCoreApplication::processEvents();
    window.refreshNow();
    QCoreApplication::processEvents();
    if (!window.grab().save(out, "PNG")) {
        printError(QStringLiteral("cannot write the screenshot to %1").arg(QDir::toNativeSeparators(out)));
        return kExitFailure;
    }
    return kExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ScaleLab"));
    QApplication::setApplicationVersion(QStringLiteral(SCALELAB_VERSION));
    QApplication::setOrganizationName(QStringLiteral("ScaleLab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app/scalelab.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.scalelab.ScaleLab")); // see cmake/Install.cmake

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);
    if (!applyLanguageAndTheme(parser, options))
        return kExitBadInput;

    QStringList files = parser.positionalArguments();
    if (parser.isSet(options.join) && parser.isSet(options.hostClass)) {
        printError(QStringLiteral("--join and --host-class exclude each other: a ScaleLab either hosts a class or joins one"));
        return kExitBadInput;
    }
    if (!parser.isSet(options.join) && files.size() > 1) {
        printError(QStringLiteral("expected at most one FILE, got %1").arg(files.size()));
        return kExitBadInput;
    }

    const bool screenshot = parser.isSet(options.screenshot);
    bool atOk = false;
    const double atSeconds = parser.value(options.at).toDouble(&atOk);
    if (!atOk || atSeconds < 0.0) {
        printError(QStringLiteral("--at expects a number of seconds >= 0, got \"%1\"").arg(parser.value(options.at)));
        return kExitBadInput;
    }
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(options.size));
    if (!size.hasMatch()) {
        printError(QStringLiteral("--size expects WIDTHxHEIGHT such as 1280x800, got \"%1\"").arg(parser.value(options.size)));
        return kExitBadInput;
    }

    // A screenshot looks the same on every machine: not in the layout this user left.
    scalelab::SettingsWindowState::setRestoreOnStart(!screenshot);
    // On the heap: a change of language in Settings replaces the window (LanguageSwitcher).
    auto owned = std::make_unique<scalelab::MainWindow>();
    scalelab::MainWindow &window = *owned;
    if (parser.isSet(options.join)) {
        // The teacher's lesson and run come from the class: nothing else to open.
        if (!joinClass(window, parser, options, files))
            return kExitBadInput;
        files.clear();
    }
    const QString lesson = parser.isSet(options.join) ? parser.value(options.lesson) : lessonToOpen(parser.value(options.lesson), files);
    QString error;
    if (!files.isEmpty() && !window.loadFile(files.first(), &error)) {
        printError(error);
        return kExitBadInput;
    }
    if (!lesson.isEmpty() && !openLesson(window, lesson))
        return kExitBadInput;
    if (parser.isSet(options.hostClass) && !hostClass(window, parser, options))
        return kExitBadInput;
    if (parser.isSet(options.presenter))
        window.presenter()->setActive(true);

    if (!screenshot) {
        window.setAttribute(Qt::WA_DeleteOnClose);
        owned.release();
        window.show();
        // After the window is up, so the question has a parent; recovered work replaces the
        // file just opened, which is still one click away in File > Open Recent.
        QTimer::singleShot(0, &window, [&window] { scalelab::RecoveryPrompt(window.document(), &window).offer(); });
        return app.exec();
    }

    return saveScreenshot(window, size, atSeconds, parser.value(options.screenshot));
}
