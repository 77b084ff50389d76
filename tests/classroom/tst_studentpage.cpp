// SPDX-License-Identifier: GPL-3.0-or-later
// The students' page in a real browser: Debian's Chromium, headless, driven over its DevTools
// protocol from this test (a QWebSocket). The page joins the teacher's session on 127.0.0.1,
// shows the question the teacher opens, sends the choice tapped, and after the reveal shows
// the class's result; its screenshot is checked for the reveal's colours and kept in the
// build directory (studentpage.png, studentpage_de.png) for a person to look at. With the
// app's German translation installed, the page's own words are German.
#include "classroom/classhost.h"
#include "classroom/studentpagetexts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWebSocket>

#include <memory>

using namespace scalelab::classroom;

namespace {
// A headless Chromium and one page of it, driven over the DevTools protocol.
class Browser
{
public:
    bool start(QString *error)
    {
        const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (chromium.isEmpty()) {
            *error = QStringLiteral("chromium is not installed (scripts/setup-deps installs it)");
            return false;
        }
        m_process.setProgram(chromium);
        m_process.setArguments({QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                                QStringLiteral("--no-first-run"), QStringLiteral("--remote-debugging-port=0"),
                                QStringLiteral("--user-data-dir=") + m_profile.path(), QStringLiteral("--window-size=420,760"),
                                QStringLiteral("about:blank")});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        // "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/..."
        static const QRegularExpression listening(QStringLiteral("DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/"));
        QByteArray said;
        for (int i = 0; i < 300 && m_devtoolsPort == 0; ++i) {
            m_process.waitForReadyRead(100);
            said += m_process.readAll();
            if (const auto m = listening.match(QString::fromUtf8(said)); m.hasMatch())
                m_devtoolsPort = m.captured(1).toInt();
        }
        if (m_devtoolsPort == 0) {
            *error = QStringLiteral("chromium did not open its DevTools port: %1").arg(QString::fromUtf8(said.left(400)));
            return false;
        }
        return attachToPage(error);
    }

    ~Browser()
    {
        m_page.close();
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    /// Sends a DevTools command and waits for its result.
    QJsonObject command(const QString &method, const QJsonObject &params = {})
    {
        const int id = ++m_lastId;
        m_page.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("method"), method},
                                                                             {QStringLiteral("params"), params}}).toJson(QJsonDocument::Compact)));
        for (int i = 0; i < 400 && !m_results.contains(id); ++i)
            QTest::qWait(50);
        return m_results.take(id);
    }
    /// The value of a JavaScript expression in the page.
    QJsonValue evaluate(const QString &expression)
    {
        return command(QStringLiteral("Runtime.evaluate"), {{QStringLiteral("expression"), expression}, {QStringLiteral("returnByValue"), true}})
            .value(QStringLiteral("result")).toObject().value(QStringLiteral("result")).toObject().value(QStringLiteral("value"));
    }

private:
    bool attachToPage(QString *error)
    {
        QNetworkAccessManager http;
        std::unique_ptr<QNetworkReply> reply(http.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/json/list").arg(m_devtoolsPort)))));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        done.wait(10000);
        QString url;
        for (const QJsonValue &target : QJsonDocument::fromJson(reply->readAll()).array())
            if (target.toObject().value(QStringLiteral("type")).toString() == QLatin1String("page"))
                url = target.toObject().value(QStringLiteral("webSocketDebuggerUrl")).toString();
        if (url.isEmpty()) {
            *error = QStringLiteral("chromium has no page to drive");
            return false;
        }
        QObject::connect(&m_page, &QWebSocket::textMessageReceived, [this](const QString &text) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            if (message.contains(QStringLiteral("id")))
                m_results.insert(message.value(QStringLiteral("id")).toInt(), message);
        });
        m_page.open(QUrl(url));
        for (int i = 0; i < 200 && m_page.state() != QAbstractSocket::ConnectedState; ++i)
            QTest::qWait(50);
        if (m_page.state() != QAbstractSocket::ConnectedState)
            *error = QStringLiteral("cannot reach chromium's page over DevTools");
        return m_page.state() == QAbstractSocket::ConnectedState;
    }

    QTemporaryDir m_profile;
    QProcess m_process;
    int m_devtoolsPort = 0;
    QWebSocket m_page;
    int m_lastId = 0;
    QMap<int, QJsonObject> m_results;
};

// The app's compiled translation scalelab_<language>.qm, loaded as the app's LanguageSwitcher
// loads it and installed while this lives.
class InstalledTranslation
{
public:
    explicit InstalledTranslation(const QString &language)
    {
        m_loaded = m_translator.load(QLocale(language), QStringLiteral("scalelab"), QStringLiteral("_"), QStringLiteral(SCALELAB_QM_DIR));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~InstalledTranslation() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

// The {words} the page fills into `text`.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\{(\\w+)\\}"));
    QStringList found;
    for (const QRegularExpressionMatch &m : word.globalMatch(text))
        found << m.captured(1);
    found.sort();
    return found;
}

QString elementText(Browser &browser, const char *selector)
{
    return browser.evaluate(QStringLiteral("document.querySelector('%1').textContent").arg(QLatin1String(selector))).toString();
}

// Whether some pixel of `image` is `colour`.
bool has(const QImage &image, QColor colour)
{
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (image.pixelColor(x, y) == colour)
                return true;
    return false;
}

// The page as a student sees it through a class: it opens with the code in the address, the
// student joins as Ana María, taps the second of three choices, and the teacher reveals.
void joinAnswerAndReveal(ClassHost &host, Browser &browser, const QString &choiceShown)
{
    browser.command(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/?code=%2").arg(host.port()).arg(host.code())}});
    QTRY_VERIFY_WITH_TIMEOUT(browser.evaluate(QStringLiteral("!!document.getElementById('join') && !document.getElementById('join').hidden")).toBool(), 20000);
    QVERIFY(browser.evaluate(QStringLiteral("document.getElementById('code-row').hidden")).toBool());  // the code came with the address
    QVERIFY(!browser.evaluate(QStringLiteral("document.body.hidden")).toBool());
    browser.evaluate(QStringLiteral("document.getElementById('name').value = 'Ana María'; document.getElementById('join').requestSubmit(); true"));
    QTRY_COMPARE_WITH_TIMEOUT(host.session().connectedCount(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!browser.evaluate(QStringLiteral("document.getElementById('waiting').hidden")).toBool(), 20000);

    ClassQuestion q;
    q.id = QStringLiteral("zero-to-millions#2");
    q.prompt = QStringLiteral("Where does a European user's write go?");
    q.choices = {QStringLiteral("To the local replica"), QStringLiteral("Across the ocean to the primary"), QStringLiteral("Nowhere")};
    q.answer = 1;
    host.putQuestion(q);
    QTRY_COMPARE_WITH_TIMEOUT(browser.evaluate(QStringLiteral("document.querySelectorAll('#choices button').length")).toInt(), 3, 20000);
    QCOMPARE(elementText(browser, "#prompt"), q.prompt);
    browser.evaluate(QStringLiteral("document.querySelectorAll('#choices button')[1].click(); true"));
    QTRY_COMPARE_WITH_TIMEOUT(host.session().answered(1), 1, 20000);
    QCOMPARE(host.session().counts(1), (std::vector<int>{0, 1, 0}));
    QTRY_VERIFY_WITH_TIMEOUT(elementText(browser, "#mine").contains(choiceShown.arg(q.choices[1])), 20000);

    host.reveal();
    QTRY_VERIFY_WITH_TIMEOUT(!browser.evaluate(QStringLiteral("document.getElementById('result').hidden")).toBool(), 20000);
}

// The page's screenshot, saved as `fileName`, with the reveal's colours.
void checkScreenshot(Browser &browser, const QString &fileName)
{
    const QJsonObject shot = browser.command(QStringLiteral("Page.captureScreenshot"), {{QStringLiteral("format"), QStringLiteral("png")}});
    const QImage image = QImage::fromData(QByteArray::fromBase64(shot.value(QStringLiteral("result")).toObject().value(QStringLiteral("data")).toString().toLatin1()));
    QVERIFY(!image.isNull());
    image.save(fileName);
    QVERIFY(has(image, QColor(0x24, 0x41, 0x5f)));  // the header
    QVERIFY(has(image, QColor(0x2e, 0x9b, 0x4f)));  // the right answer's bar
    QVERIFY(has(image, QColor(0xe1, 0xf3, 0xe6)));  // the right answer's button, which the student chose
}
} // namespace

class TestStudentPage : public QObject
{
    Q_OBJECT
private slots:
    void aStudentJoinsAnswersAndSeesTheResultInChromium()
    {
        ClassHost host;
        QVERIFY(host.start(0, QStringLiteral("PAGE55"), nullptr));
        Browser browser;
        QString error;
        QVERIFY2(browser.start(&error), qPrintable(error));
        joinAnswerAndReveal(host, browser, QStringLiteral("Your answer: %1 (you can still change it)"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(elementText(browser, "#result p"), QStringLiteral("1 of 1 right"));
        QCOMPARE(elementText(browser, "#result h3"), QStringLiteral("Answer: Across the ocean to the primary"));
        QCOMPARE(elementText(browser, "#join-button"), QStringLiteral("Join"));
        QCOMPARE(browser.evaluate(QStringLiteral("document.documentElement.lang")).toString(), QStringLiteral("en"));
        // The page's own English, for when /texts.json cannot be read, is the app's English.
        QCOMPARE(QJsonDocument::fromJson(browser.evaluate(QStringLiteral("JSON.stringify(english)")).toString().toUtf8()).object(), studentPageTexts());
        checkScreenshot(browser, QStringLiteral("studentpage.png"));
    }

    void theStudentsPageSpeaksTheTeachersLanguage()
    {
        const InstalledTranslation german(QStringLiteral("de"));
        QVERIFY2(german.loaded(), SCALELAB_QM_DIR "/scalelab_de.qm");
        ClassHost host;
        QVERIFY(host.start(0, QStringLiteral("SEITE7"), nullptr));
        Browser browser;
        QString error;
        QVERIFY2(browser.start(&error), qPrintable(error));
        joinAnswerAndReveal(host, browser, QStringLiteral("Ihre Antwort: %1 (Sie können sie noch ändern)"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(browser.evaluate(QStringLiteral("document.documentElement.lang")).toString(), QStringLiteral("de"));
        QCOMPARE(elementText(browser, "#join-button"), QStringLiteral("Beitreten"));
        QCOMPARE(elementText(browser, "label[for=name]"), QStringLiteral("Ihr Name"));
        QCOMPARE(elementText(browser, "label[for=code]"), QStringLiteral("Beitrittscode"));
        QCOMPARE(elementText(browser, "h1"), QStringLiteral("ScaleLab-Unterricht"));
        QCOMPARE(browser.evaluate(QStringLiteral("document.title")).toString(), QStringLiteral("ScaleLab-Unterricht"));
        QCOMPARE(elementText(browser, "#status"), QStringLiteral("Beigetreten als Ana María"));
        QCOMPARE(elementText(browser, "#result p"), QStringLiteral("1 von 1 richtig"));
        QCOMPARE(elementText(browser, "#result h3"), QStringLiteral("Die Antwort: Across the ocean to the primary"));  // the lesson's own text stays
        checkScreenshot(browser, QStringLiteral("studentpage_de.png"));
    }

    void withoutItsWordsThePageFallsBackToEnglish()
    {
        const InstalledTranslation german(QStringLiteral("de"));
        QVERIFY(german.loaded());
        ClassHost host;
        QVERIFY(host.start(0, QStringLiteral("BLOCK8"), nullptr));
        Browser browser;
        QString error;
        QVERIFY2(browser.start(&error), qPrintable(error));
        // /texts.json cannot be read (as on a flaky network): the page still works, in English.
        browser.command(QStringLiteral("Network.enable"));
        browser.command(QStringLiteral("Network.setBlockedURLs"), {{QStringLiteral("urls"), QJsonArray{QStringLiteral("*texts.json*")}}});
        browser.command(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/?code=BLOCK8").arg(host.port())}});
        QTRY_VERIFY_WITH_TIMEOUT(browser.evaluate(QStringLiteral("!!document.getElementById('join') && !document.getElementById('join').hidden")).toBool(), 20000);
        QCOMPARE(elementText(browser, "#join-button"), QStringLiteral("Join"));
        QCOMPARE(elementText(browser, "#status"), QStringLiteral("Not joined yet"));
        QCOMPARE(browser.evaluate(QStringLiteral("document.documentElement.lang")).toString(), QStringLiteral("en"));
    }

    void everyTranslationHasThePageWordsWithTheirPlaceholders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("tag");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("es");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh-CN");
    }

    void everyTranslationHasThePageWordsWithTheirPlaceholders()
    {
        QFETCH(QString, language);
        QFETCH(QString, tag);
        const QJsonObject english = studentPageTexts();
        const InstalledTranslation translation(language);
        QVERIFY(translation.loaded());
        const QJsonObject texts = studentPageTexts();
        QCOMPARE(texts.keys(), english.keys());
        QCOMPARE(texts.value(QStringLiteral("lang")).toString(), tag);
        QCOMPARE(studentPageLanguage(), tag);
        QVERIFY(texts.value(QStringLiteral("join")) != english.value(QStringLiteral("join")));
        for (const QString &key : english.keys()) {
            const QString text = texts.value(key).toString();
            QVERIFY2(!text.trimmed().isEmpty(), qPrintable(key));
            QVERIFY2(placeholders(text) == placeholders(english.value(key).toString()), qPrintable(key + QStringLiteral(": ") + text));
        }
        // The served page carries the language too, before any script runs.
        ClassHost host;
        QVERIFY(host.start(0, QStringLiteral("LANG22"), nullptr));
        QNetworkAccessManager http;
        std::unique_ptr<QNetworkReply> reply(http.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(host.port())))));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(reply->readAll().contains(QStringLiteral("<html lang=\"%1\">").arg(tag).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestStudentPage)
#include "tst_studentpage.moc"
