// SPDX-License-Identifier: GPL-3.0-or-later
#include "classsession/challengeresultsview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace scalelab {

namespace {
bool sameEntries(const QList<classroom::ClassSession::ChallengeEntry> &a, const QList<classroom::ClassSession::ChallengeEntry> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return x.name == y.name && x.result.passed == y.result.passed && x.result.figures == y.result.figures
               && x.result.tries == y.result.tries;
    });
}
} // namespace

ChallengeResultsView::ChallengeResultsView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("classChallenge"));
    m_title->setObjectName(QStringLiteral("classChallengeTitle"));
    m_title->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("classChallengeTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Each student's latest try, as their own ScaleLab graded it on their own seed"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    hide();
}

void ChallengeResultsView::refresh(const classroom::ClassSession &session)
{
    const auto &challenge = session.challenge();
    setVisible(challenge.has_value());
    if (!challenge)
        return;
    const QList<classroom::ClassSession::ChallengeEntry> entries = session.challengeResults();
    if (challenge->id == m_shownId && sameEntries(entries, m_shown))
        return;  // nothing new: no relayout on the projector
    m_shownId = challenge->id;
    m_shown = entries;
    const auto met = std::count_if(entries.begin(), entries.end(), [](const auto &e) { return e.result.passed; });
    m_title->setText(entries.isEmpty() ? tr("Challenge: %1. No try yet: students who joined from ScaleLab send theirs as they check them.")
                                             .arg(challenge->title)
                                       : tr("Challenge: %1. %2 of %3 met the goal.").arg(challenge->title).arg(met).arg(entries.size()));
    QStringList headers{tr("Student"), tr("Met")};
    headers += challenge->goals;
    headers << tr("Tries");
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(entries.size()));
    const QLocale locale;
    for (int row = 0; row < entries.size(); ++row) {
        const auto &entry = entries[row];
        m_table->setItem(row, 0, new QTableWidgetItem(entry.name));
        m_table->setItem(row, 1, new QTableWidgetItem(entry.result.passed ? QStringLiteral("\u2714") : QStringLiteral("\u2718")));
        for (int g = 0; g < challenge->goals.size(); ++g) {
            const auto figure = entry.result.figures.value(g);
            auto *item = new QTableWidgetItem(figure ? locale.toString(*figure, 'g', 4) : QStringLiteral("\u2013"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, 2 + g, item);
        }
        m_table->setItem(row, 2 + static_cast<int>(challenge->goals.size()), new QTableWidgetItem(QString::number(entry.result.tries)));
    }
}

} // namespace scalelab
