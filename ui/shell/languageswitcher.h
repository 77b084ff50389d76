// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocale;
class QTranslator;

namespace scalelab {

class MainWindow;

/// The interface language: installs ScaleLab's translation (":/i18n/scalelab_<code>.qm",
/// built from translations/) and Qt's own (qtbase_<code>.qm from Qt's translations
/// directory, for the standard dialogs and buttons), and switches language while ScaleLab
/// runs by building the main window anew in the new language, carrying over what the user
/// was doing. One per application.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    static LanguageSwitcher *instance();

    /// Where scalelab_<code>.qm is looked for: embedded, beside the binary, ../translations.
    static QStringList defaultPlaces();

    /// Replaces the installed translators with those for `code` ("" follows the system
    /// locale, "en" is the source language and needs none). Returns false when ScaleLab
    /// has no translation for `code` (the interface stays in English); Qt's own
    /// translation is installed whenever it exists.
    bool install(const QString &code);
    bool install(const QString &code, const QStringList &places);
    /// The language asked for last ("" for the system's).
    QString language() const { return m_code; }
    /// True when ScaleLab's own translation is installed.
    bool isTranslated() const { return m_own != nullptr; }

    /// Where install() looks from now on when it is given no places (tests point it at
    /// their own translations).
    void setSearchPlaces(const QStringList &places) { m_places = places; }
    QStringList searchPlaces() const { return m_places; }

    /// Installs `code` and replaces `window` with a new main window in that language: same
    /// topology, file name and unsaved state (or lesson and step), same run time, speed,
    /// geometry and dock layout. `window` is deleted later. Returns the new window.
    MainWindow *switchLanguage(MainWindow *window, const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    LanguageSwitcher();
    void removeTranslators();
    /// Installs `name`_<lang>.qm from the first of `places` that has it; null if none does.
    QTranslator *loadTranslator(const QLocale &locale, const QString &name, const QStringList &places);

    QString m_code;
    QStringList m_places = defaultPlaces();
    QTranslator *m_own = nullptr;       ///< scalelab_<lang>.qm: the interface
    QTranslator *m_lessons = nullptr;   ///< lessons_<lang>.qm: the built-in lessons' texts
    QTranslator *m_qt = nullptr;        ///< qtbase_<lang>.qm: Qt's own dialogs
};

} // namespace scalelab
