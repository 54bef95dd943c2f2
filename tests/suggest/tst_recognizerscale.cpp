// The recognizers stay linear on text written to make them slow: long runs of one
// expression, of asides, of currency nouns and places, of separated digits. Each case
// once took tens of seconds or more (a scan back over every comma, a UTF-16 check of the
// whole text per match, a look at 6,000 tokens per currency noun).
#include "suggest/recognizer.h"

#include <QElapsedTimer>
#include <QTest>

#include <ctime>

using namespace Gleaner;

class TestRecognizerScale : public QObject
{
    Q_OBJECT

private slots:
    void linear_data()
    {
        QTest::addColumn<QString>("piece");
        QTest::addColumn<int>("repeats");
        QTest::newRow("quarters") << QStringLiteral("Q3 ") << 50000;
        QTest::newRow("holidays") << QStringLiteral("Christmas ") << 50000;
        QTest::newRow("asides") << QStringLiteral("Ana, 45, on Monday, ") << 20000;
        QTest::newRow("currency nouns and places") << QStringLiteral("He paid 5 rupees in Manila. ") << 50000;
        QTest::newRow("separated digits") << QStringLiteral("1,") << 50000;
        QTest::newRow("Japanese separated digits") << QStringLiteral("価格1.") << 50000;
        QTest::newRow("Japanese weeks") << QStringLiteral("5月の第2週と") << 30000;
        QTest::newRow("days in figures") << QStringLiteral("2026-10-09 ") << 50000;
        QTest::newRow("Japanese same-month ranges") << QStringLiteral("8月1日から同月2日まで、") << 30000;
        QTest::newRow("comparatives") << QStringLiteral("500 more ") << 50000;
        QTest::newRow("status dates") << QStringLiteral("as of May 31 ") << 30000;
        QTest::newRow("marked days") << QStringLiteral("6月1日（月）まで、") << 20000;
        QTest::newRow("hours after days") << QStringLiteral("6月1日午前9時から2日正午まで、") << 20000;
    }

    void linear()
    {
        QFETCH(QString, piece);
        QFETCH(int, repeats);
        const QString text = piece.repeated(repeats);
        // CPU time of this thread: other tests running at once do not count.
        auto cpuMs = []() {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
        };
        const qint64 before = cpuMs();
        const QVector<Suggestion> found = Recognizer::recognize(text, QDate(2026, 4, 2));
        const qint64 ms = cpuMs() - before;
        // Each case takes under 1 s here; the slow versions took 5 s to minutes. Sanitizer
        // and debug builds get more room.
#if defined(__SANITIZE_ADDRESS__) || !defined(NDEBUG)
        const qint64 budget = 30000;
#else
        const qint64 budget = 4000;
#endif
        QVERIFY2(ms < budget, qPrintable(QStringLiteral("%1 ms for %2 characters").arg(ms).arg(text.size())));
        for (const Suggestion &s : found)
            QVERIFY(s.start >= 0 && s.end <= text.size());
    }

    // Weekday marks side by side after one day are read past in one pass (each had cost a
    // pass over the whole text, and 30,000 of them overflowed the stack)
    void stackedWeekdayMarks()
    {
        const QString text = QStringLiteral("6月1日") + QStringLiteral("(月)").repeated(30000) +
                             QStringLiteral("まで受け付ける。");
        QElapsedTimer timer;
        timer.start();
        const QVector<Suggestion> found = Recognizer::recognize(text, QDate(2026, 5, 20));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().due, QDate(2026, 6, 1));
        QCOMPARE(found.first().end, int(text.indexOf(QStringLiteral("まで"))) + 2);
    }
};

QTEST_GUILESS_MAIN(TestRecognizerScale)
#include "tst_recognizerscale.moc"
