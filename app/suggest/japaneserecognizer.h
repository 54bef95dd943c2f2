#pragma once

#include "suggest/ruleengine.h"
#include "suggest/suggestion.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace Gleaner {

// Amounts and dates in Japanese text, with the same output as the English
// recognizers (UTF-16 offsets, plain decimal amounts, ISO 4217 currencies, English
// singular units, the last day of a period): 100億ドル, 3,000億円規模, 約5千万人,
// 最大2ギガワット; 2029年までに, 今後4年間で, 2027年度末まで, 3月期, 来年度, 令和8年.
// The words are data (resources/data/ja-vocabulary.tsv), and so are the date
// rules (ja-date-rules.tsv, run by the rule engine); japaneserecognizer.cpp holds the
// productions that turn a rule's match into a date; the amount rules are
// ja-amount-rules.tsv, with their productions in japaneseamounts.cpp. Pure; safe on any thread.
// A number in a date, in digits or kanji (2018, 二〇一八, 十二, 二十九); -1 if none.
int dateNumber(const QString &text);
// A count of days, months or years (0 to 100000, digits or kanji); -1 if none.
int smallNumber(const QString &digits);
// The last day of a month (invalid for no such month), and the year of the month in or after
// `from`'s month that a month (and day) named without a year is: the next to come (news
// speaks of plans) (japaneseperiods.cpp).
QDate endOfMonth(int year, int month);
int yearOfComing(const QDate &from, int month, int day = 0);
// `from` moved by `count` of a unit of the date rules (年, か月, 週間, 日, 営業日).
QDate shiftedBy(const QDate &from, int count, const QString &unit);
// The due day of `s` moved by whole years: the same day, or for a month or longer the same
// month's end (a year before 2024-02-29 of a month is 2023-02-28).
QDate yearsFrom(const Suggestion &s, int years);
// Day `day` of the month of `published`, or of the next month that has it (30日 in February:
// March 30); invalid for no such day (japanesesides.cpp).
QDate dayOfMonthFrom(const QDate &published, int day);

class JapaneseRecognizer
{
public:
    JapaneseRecognizer(const QString &text, const QDate &published);
    void recognize(QVector<Suggestion> *out) const;

    // Whether the text has Japanese script (kana or kanji) at all.
    static bool hasJapanese(const QString &text);
    // The date rules (resources/data/ja-date-rules.tsv).
    static const RuleSet &rules();
    // The amount rules (resources/data/ja-amount-rules.tsv).
    static const RuleSet &amountRules();

private:
    void amounts(QVector<Suggestion> *out) const;
    // Whether a stock index named before `at` is the topic of the figure there (its points).
    bool indexLevel(int at) const;
    // The noun a general counter counts, as the unit (大型トラック600台: truck).
    void countedNoun(Suggestion *s) const;
    // A counter of more than one thing, by a word of its sentence (コメ5キロ: kilogram).
    void unitInContext(Suggestion *s) const;
    // What each amount rule's match names, by production name (japaneseamounts.cpp).
    RuleSet::Productions amountProductions() const;
    void dates(QVector<Suggestion> *out) const;
    // Deadline words right after `end` make the date a deadline: its new end, or -1.
    int deadlineEnd(int end) const;
    // Whether the clause after a date is a plan (non-past), not a report of the past.
    enum class ClauseTime { Planned, Past, Other };
    ClauseTime clauseTime(int end) const;
    ClauseTime relativeTime(int end) const;
    Suggestion date(int start, int end, const QDate &due, DatePrecision precision) const;
    // The date a rule's whole match names, into `s`; false for an invalid day.
    bool dateOfMatch(const QRegularExpressionMatch &m, Suggestion *s, const QDate &due,
                     DatePrecision precision) const;
    // What each date rule's match names, by production name.
    RuleSet::Productions productions() const;
    // The productions of periods counted from publication (年末, 第3四半期, 年内, 来期中, 2年後,
    // 今後4年間で), added to `p` (japanesenowperiods.cpp).
    void addPeriodProductions(RuleSet::Productions *p) const;
    // The month a company's fiscal year ends in, as the story gives it (（2月期決算）); else 3.
    int fiscalEndMonth() const;
    // Dates that are no limit for the words around them: fiscal labels, open starts, and the
    // span after a limit (japaneselabels.cpp).
    void relabel(QVector<Suggestion> *found) const;
    bool comparedAt(int at) const;
    bool movedThingBefore(int at) const;
    // Whether に/へ and a verb of moving follow `end` (past 以降, ごろ): a date moved to.
    bool movedTo(int end) const;
    bool movedEarlier(int end) const;
    // A span a past statement set, from the year the sentence names (2022年に「3年以内に…」と表明していた).
    void spansOfPastStatements(QVector<Suggestion> *found) const;
    // Dates without their month or year put on the side of publication their clause's verb
    // gives (japanesesides.cpp); whether the clause sets someone a task (…するよう求めた).
    void placeAroundPublication(QVector<Suggestion> *found) const;
    bool figureAfter(int at) const;
    // 1日 before a figure counted per day (1日約2万人, 1日平均, 1日6便), or a time a rate is
    // counted per (1日当たり): no date
    bool perDay(const Suggestion &s) const;
    bool requested(int end) const;
    // A future date's kind by its clause (a plan's a deadline), and a day or month without its
    // year in a past clause moved back (japanesesides.cpp).
    void labelFutureDates(QVector<Suggestion> *found) const;
    void placeJustGoneBy(QVector<Suggestion> *found) const;
    void narratedInOrder(QVector<Suggestion> *found) const;
    // A plan given up or no longer held after a date (予定だった, 計画を撤回した): no limit
    // (japanesesides.cpp).
    bool planUndone(int end) const;
    void plansUndone(QVector<Suggestion> *found) const;
    // A verb of saying at `at`, or after whom it is said to (japaneseclauses.cpp).
    bool quoteVerbAt(int at) const;
    bool termReported(int end) const;
    // A shared currency name by the story's first place; whether a noun stands before a
    // number; the start of the sentence an offset is in (japaneseamounts.cpp).
    void currencyOfPlace(Suggestion *s) const;
    bool nounBefore(int at) const;
    int pastGaps(int at) const;
    int sentenceStart(int at) const;
    // A year of two digits (30年度, 50年までに) ending at `end`, or 0 (japanesesides.cpp).
    int shortYear(int yy, int end) const;
    // A day alone right after a day of a month takes its month (4月14日告示、21日投開票).
    void inheritMonth(QVector<Suggestion> *found) const;
    // A month or day without its year after a topic a year still to come names takes that year.
    void inheritYear(QVector<Suggestion> *found) const;
    // 翌日, 翌月, 前日: counted from the date before them in their sentence
    void followingPeriods(QVector<Suggestion> *found) const;
    // Parts of periods (今月初め) and ranges (9月3日から12日まで) over the dates found, in text order.
    void refine(QVector<Suggestion> *found) const;
    // A date after `a` and a range joint that names a's month or year (同月29日, 同年9月),
    // or a count of units from it (3か月間).
    bool anchoredAfter(const Suggestion &a, Suggestion *out) const;
    QDate countedFrom(const Suggestion &a, QStringView text) const;

    QString m_text;
    QString m_ascii; // m_text with full-width digits as ASCII ones (same offsets)
    // currencyOfPlace(): each shared currency name's code by the first place named, found once
    mutable std::optional<QHash<QString, QString>> m_placeCurrencies;
    mutable std::optional<QVector<int>> m_stops; // sentenceStart(): the offsets after each 。 or line break
    QDate m_published;
    bool m_marksRead = false; // dates(): the text is one whose weekday marks were taken out
};

} // namespace Gleaner
