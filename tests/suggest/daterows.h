#pragma once

// A table of dates in their clauses, shared by the recognizer tests: each row a sentence,
// its publication date, the text of one suggestion, its kind ("none": no suggestion has that
// text) and its due date.
#include "suggest/recognizer.h"
#include "suggestiontext.h"

#include <QTest>

namespace Gleaner::Test {

inline void addDateColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("due");
}

inline void dateRow(const char *name, const char *text, const QDate &published, const char *span,
                    const char *kind, const QDate &due)
{
    QTest::newRow(name) << QString::fromUtf8(text) << published << QString::fromUtf8(span)
                        << QString::fromLatin1(kind) << due;
}

// Checks the current row of such a table.
inline void verifyDateRow()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    QFETCH(QString, span);
    QFETCH(QString, kind);
    QFETCH(QDate, due);
    const QVector<Suggestion> list = Recognizer::recognize(text, published);
    const Suggestion *hit = findByText(list, span);
    if (kind == QLatin1String("none")) {
        QVERIFY2(!hit, qPrintable(QStringLiteral("found: ") + describe(list)));
        return;
    }
    QVERIFY2(hit, qPrintable(QStringLiteral("found: ") + describe(list)));
    QCOMPARE(kindName(hit->kind), kind);
    QCOMPARE(hit->due, due);
}

} // namespace Gleaner::Test
