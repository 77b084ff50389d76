// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace scalelab::classroom {

/// The students' page's own words (resources/classroom/student.js asks for them at
/// /texts.json), in the language of the app's installed translator: translated with
/// QCoreApplication::translate in the context "StudentPage", so they live in the same .ts
/// files as the rest of the interface. Keys are the names student.js uses with t('key');
/// placeholders such as {name} stay in the text and the page fills them in. "lang" is the
/// translation's own language tag (en without a translator).
QJsonObject studentPageTexts();

/// The language tag of studentPageTexts(), safe to put in an HTML attribute ("en" when the
/// translation gives something that is not a BCP 47 tag).
QString studentPageLanguage();

} // namespace scalelab::classroom
