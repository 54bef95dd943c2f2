// The productions of the Japanese amount rules (resources/data/ja-amount-rules.tsv).
#include "suggest/japanesenumber.h"
#include "suggest/japaneserecognizer.h"
#include "util/decimal.h"

#include "suggest/vocabulary.h"
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Gleaner {

namespace {

const Vocabulary &words()
{
    return Vocabulary::japanese();
}

bool isLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'Ａ' && u <= u'Ｚ') ||
           (u >= u'ａ' && u <= u'ｚ');
}

} // namespace

const RuleSet &JapaneseRecognizer::amountRules()
{
    static const RuleSet rules(QStringLiteral(":/data/ja-amount-rules.tsv"), Vocabulary::japanese());
    return rules;
}

RuleSet::Productions JapaneseRecognizer::amountProductions() const
{
    using Match = QRegularExpressionMatch;
    // The value of the number a match names, or empty when the number reads
    // otherwise than the pattern cut it ("1.5.3").
    auto number = [this](const Match &m, const char *group) -> QString {
        const QString name = QString::fromLatin1(group);
        const JapaneseNumber::Parsed n = JapaneseNumber::parse(m_text, int(m.capturedStart(name)));
        return n.length == m.capturedLength(name) ? n.value : QString();
    };
    auto value = [](const Match &m, const char *kind) {
        return words().value(QString::fromLatin1(kind), m.captured(QString::fromLatin1(kind)));
    };
    // 30億～40億: the lower end of a range; 5～6億: the upper end's multiplier is the
    // lower's too. A range whose ends are not in order is only its upper end.
    auto range = [=](const Match &m, Suggestion *s) {
        const QString low = m.capturedLength(QStringLiteral("low")) > 0 ? number(m, "low") : QString();
        bool scaled = true;
        double lowValue = low.toDouble(&scaled);
        const QString lowText = m.captured(QStringLiteral("low"));
        const QString highText = m.captured(QStringLiteral("number"));
        // the upper end's multiplier, when the lower end has none of the large ones (万, 億,
        // 兆): 5～6億 and 5千～6千万, but not 5000万～1億 nor 1億～1億5000万
        const QString last = highText.right(1);
        const QString power = words().value(QStringLiteral("multiplier"), last);
        const bool lowHasLarge = std::any_of(lowText.cbegin(), lowText.cend(), [](QChar c) {
            return words().value(QStringLiteral("multiplier"), QString(c)).size() >= 5; // 10^4 and up
        });
        // (and not when the lower end is already below the upper and would pass it: 5千〜3万円
        // and 5000〜1万円 run from 5,000; nor when it names its own currency or unit: 5000円〜1万円)
        const bool named = m.capturedLength(QStringLiteral("tildecurrency")) > 0 ||
                           m.capturedLength(QStringLiteral("lowcurrency")) > 0 ||
                           m.capturedLength(QStringLiteral("tildeunit")) > 0 ||
                           m.capturedLength(QStringLiteral("lowunit")) > 0;
        if (scaled && power.size() >= 5 && !lowHasLarge && !named &&
            !(lowValue * power.toDouble() >= s->amount.toDouble() && lowValue < s->amount.toDouble()))
            lowValue *= power.toDouble();
        if (low.isEmpty() || !scaled || lowValue <= 0 || lowValue >= s->amount.toDouble() ||
            lowValue > 9e15) {
            s->start = int(m.capturedStart(QStringLiteral("number")));
            return;
        }
        s->amountMax = s->amount;
        s->amount = QString::number(lowValue, 'f', lowValue == std::floor(lowValue) ? 0 : 2);
    };
    RuleSet::Productions p;
    p.insert(QStringLiteral("currency"), [=](const Match &m, Suggestion *s) {
        s->amount = number(m, "number");
        s->currency = value(m, "currency");
        if (s->amount.isEmpty() || s->currency.isEmpty())
            return false;
        // 2222円13銭, 5人民元と3角: hundredths or tenths of the same currency, else the amount ends
        // at its currency.
        const QString cents = m.capturedLength(QStringLiteral("cents")) > 0 ? number(m, "cents") : QString();
        const QString tenths =
            m.capturedLength(QStringLiteral("tenths")) > 0 ? number(m, "tenths") : QString();
        // (セント divides the dollars and the euro: 5ユーロ50セント is 5.5 euros)
        const QStringList divided = value(m, "subunit").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!cents.isEmpty() && divided.contains(s->currency) && cents.toDouble() < 100 &&
            !s->amount.contains(QLatin1Char('.')) && !cents.contains(QLatin1Char('.')))
            s->amount = Decimal::fromDigits(s->amount)
                            .plus(Decimal::fromDigits(cents).scaledBy(-2))
                            .toString(); // (617ナイラ50コボ: 617.5)
        else if (!tenths.isEmpty() && words().value(QStringLiteral("tenth-subunit"),
                                                    m.captured(QStringLiteral("tenth"))) == s->currency)
            s->amount = QString::number(s->amount.toLongLong() + tenths.toDouble() / 10, 'f', 1);
        else
            s->end = int(m.capturedEnd(QStringLiteral("currency")));
        range(m, s);
        return true;
    });
    p.insert(QStringLiteral("subunit"), [=](const Match &m, Suggestion *s) {
        // (not after another currency's amount: 5ユーロ50セント is euro cents, not read here)
        if (words().matchBefore(QStringLiteral("currency"), m_text, int(m.capturedStart())) > 0)
            return false;
        const QString whole = number(m, "number");
        s->currency = words().value(QStringLiteral("lone-subunit"), m.captured(QStringLiteral("subunit")));
        const int point = int(whole.indexOf(QLatin1Char('.')));
        const Decimal cents =
            Decimal::fromDigits(QStringView(whole).left(point < 0 ? whole.size() : point),
                                point < 0 ? QStringView() : QStringView(whole).mid(point + 1));
        s->amount = cents.scaledBy(-2).toString();
        return !whole.isEmpty() && !s->currency.isEmpty();
    });
    p.insert(QStringLiteral("symbol"), [=](const Match &m, Suggestion *s) {
        s->amount = number(m, "number");
        s->currency = value(m, "symbol");
        return !s->amount.isEmpty() && !s->currency.isEmpty();
    });
    p.insert(QStringLiteral("unit"), [=](const Match &m, Suggestion *s) {
        s->amount = number(m, "number");
        s->unit = value(m, "unit");
        if (s->amount.isEmpty() || s->unit.isEmpty())
            return false;
        range(m, s);
        return true;
    });
    p.insert(QStringLiteral("bulk-unit"), [=](const Match &m, Suggestion *s) {
        s->amount = number(m, "number");
        s->unit = words().value(QStringLiteral("bulk-unit"), m.captured(QStringLiteral("unit")));
        // (百足 is a centipede: a hundred alone in kanji)
        const QString written = m.captured(QStringLiteral("number"));
        return !s->amount.isEmpty() && !s->unit.isEmpty() && s->amount.toDouble() >= 100 &&
               written != QStringLiteral("百") && written != QStringLiteral("千");
    });
    return p;
}

// Where a noun before the number at `at` would end, past the gap words between them
// (路線バスを計30台: before を計); a counted noun is read first (契約が, not 契 and the gap 約)
int JapaneseRecognizer::pastGaps(int at) const
{
    for (int guard = 0; guard < 4 && words().matchBefore(QStringLiteral("counted-noun"), m_text, at) == 0;
         ++guard) {
        int gap = words().matchBefore(QStringLiteral("counted-noun-gap"), m_text, at);
        // (and a count of kinds before a total: 乗用車4車種計9万台 counts cars)
        if (gap == 0 && guard > 0) {
            const int counter = words().matchBefore(QStringLiteral("unit"), m_text, at);
            int digits = at - counter;
            while (counter > 0 && digits > 0 &&
                   (m_text.at(digits - 1).isDigit() ||
                    QStringView(u"〇一二三四五六七八九十").contains(m_text.at(digits - 1))))
                --digits;
            gap = counter > 0 && digits < at - counter ? at - digits : 0;
        }
        if (gap == 0)
            break;
        at -= gap;
    }
    return at;
}

// 大型トラック600台, 風車を計40基, 1400件の応募: a general counter's unit is the noun it counts,
// when ja-vocabulary.tsv knows the noun
void JapaneseRecognizer::countedNoun(Suggestion *s) const
{
    if (!words().set(QStringLiteral("general-counter-unit")).contains(s->unit))
        return;
    const int at = pastGaps(s->start);
    QString unit;
    if (words().matchBefore(QStringLiteral("counted-noun"), m_text, at, &unit) == 0 &&
        !(m_text.mid(s->end, 1) == QStringLiteral("の") &&
          words().matchAt(QStringLiteral("counted-noun"), m_text, s->end + 1, &unit) > 0))
        return;
    s->unit = unit;
}

// コメ5キロ, マグロ200キロを水揚げ: a counter of more than one thing is the one a word near it
// in its sentence names, or else in the sentences just before it (ja-vocabulary.tsv,
// counter-context)
void JapaneseRecognizer::unitInContext(Suggestion *s) const
{
    // The table, parsed once: a word near the number, the counter and the unit it makes
    struct Context
    {
        QString word, counter, unit;
    };
    static const QVector<Context> table = [] {
        QVector<Context> list;
        const WordMap<QString> &contexts = words().values(QStringLiteral("counter-context"));
        for (auto it = contexts.constBegin(); it != contexts.constEnd(); ++it)
            list.append({it.key(), it.value().section(QLatin1Char(' '), 0, 0),
                         it.value().section(QLatin1Char(' '), 1)});
        return list;
    }();
    // (only the counters the table names: the rest go by at one test each)
    if (std::none_of(table.cbegin(), table.cend(),
                     [&](const Context &c) { return s->text.endsWith(c.counter); }))
        return;
    // 約30キロ離れた, 10キロ沖: a word after the counter that keeps its first meaning
    QString kept;
    int after = s->end;
    if (m_text.mid(after, 1) == QStringLiteral("の"))
        ++after;
    if (words().matchAt(QStringLiteral("counter-keeps"), m_text, after, &kept) > 0 && s->text.endsWith(kept))
        return;
    // the words near the number, in its sentence
    int from = std::max(0, s->start - 25);
    const int to = std::min(int(m_text.size()), s->end + 10);
    QString sentence = m_text.mid(from, to - from);
    int number = s->start - from; // where the number is in `sentence`
    // (not past the sentence's ends)
    if (const int open = int(sentence.lastIndexOf(QChar(u'。'), number)); open >= 0) {
        sentence.remove(0, open + 1);
        number -= open + 1;
    }
    if (const int close = int(sentence.indexOf(QChar(u'。'))); close >= 0)
        sentence.truncate(close);
    // the word nearest the number decides, the longer of two as near (ゲームの販売本数: copies,
    // not trains by 本数; ソフトバンクの障害で…20本が運休: trains, by 運休 next to it)
    // (not a unit the counted noun already gave: 傘を5万本)
    // (the unit a counter gives alone, read from 1 or from 100: 本 piece, 発 shot)
    auto counterUnit = [](const QString &counter) {
        const QString unit = words().value(QStringLiteral("unit"), counter);
        return unit.isEmpty() ? words().value(QStringLiteral("bulk-unit"), counter) : unit;
    };
    const Context *best = nullptr;
    int bestDistance = 0;
    const int length = int(s->end - s->start);
    for (const Context &c : table) {
        if (!s->text.endsWith(c.counter) || s->unit != counterUnit(c.counter))
            continue;
        for (int at = int(sentence.indexOf(c.word)); at >= 0; at = int(sentence.indexOf(c.word, at + 1))) {
            const int distance = at < number ? number - (at + int(c.word.size())) : at - (number + length);
            if (!best || distance < bestDistance ||
                (distance == bestDistance && c.word.size() > best->word.size())) {
                best = &c;
                bestDistance = distance;
            }
        }
    }
    // (else the nearest in the sentences before it: 前売り入場券の販売枚数は…。目標の1400万枚には遠い)
    if (!best) {
        const int back = std::max(0, s->start - 120);
        const QStringView before = QStringView(m_text).mid(back, s->start - back);
        for (const Context &c : table) {
            // (a word of two characters at least: 金 is also the end of 料金)
            if (c.word.size() < 2 || !s->text.endsWith(c.counter) || s->unit != counterUnit(c.counter))
                continue;
            if (const int at = int(before.lastIndexOf(c.word));
                at >= 0 && (!best || int(before.size()) - at < bestDistance)) {
                best = &c;
                bestDistance = int(before.size()) - at;
            }
        }
    }
    if (best)
        s->unit = best->unit;
}

// 1兆ルピー in a story from Pakistan: a currency name several countries use is the one of the
// first place the story names that uses it (ja-vocabulary.tsv, currency-place)
void JapaneseRecognizer::currencyOfPlace(Suggestion *s) const
{
    static const WordMap<QString> &places = words().values(QStringLiteral("currency-place"));
    // (the shared names, split out once)
    static const QStringList names = [] {
        QStringList list;
        for (auto it = places.constBegin(); it != places.constEnd(); ++it) {
            const QString name = it.value().section(QLatin1Char(' '), 0, 0);
            if (!list.contains(name))
                list.append(name);
        }
        return list;
    }();
    for (const QString &name : names) {
        // (the name right after its number: not 1兆パキスタンルピー, named in full)
        const int before = int(s->text.size() - name.size()) - 1;
        if (!s->text.endsWith(name) || before < 0 || !JapaneseNumber::isNumberChar(s->text.at(before)))
            continue;
        // the first place named, of those that use the name (the text read once)
        if (!m_placeCurrencies) {
            QHash<QString, QString> first;
            static const QString starts = [] {
                QString chars;
                for (auto p = places.constBegin(); p != places.constEnd(); ++p)
                    chars += p.key().at(0);
                return chars;
            }();
            for (int at = 0; at < m_text.size(); ++at) {
                QString value;
                if (!starts.contains(m_text.at(at)))
                    continue;
                if (const int length =
                        words().matchAt(QStringLiteral("currency-place"), m_text, at, &value)) {
                    if (!first.contains(value.section(QLatin1Char(' '), 0, 0)))
                        first.insert(value.section(QLatin1Char(' '), 0, 0),
                                     value.section(QLatin1Char(' '), 1));
                    at += length - 1;
                }
            }
            m_placeCurrencies = first;
        }
        if (const auto code = m_placeCurrencies->constFind(name); code != m_placeCurrencies->constEnd())
            s->currency = code.value();
        return;
    }
}

// Whether a noun (kanji, katakana or Latin letters) stands right before the number at `at`,
// past any gap word (トラック100台, フォークリフト30台; not 当初20台, …後に100台)
bool JapaneseRecognizer::nounBefore(int at) const
{
    at = pastGaps(at);
    if (at <= 0)
        return false;
    const char16_t c = m_text.at(at - 1).unicode();
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC ||
           (QChar(c).isLetter() && c < 0x3000);
}

// The start of the sentence `at` is in: after the last 。 or line break before it (the stops
// indexed once per text)
int JapaneseRecognizer::sentenceStart(int at) const
{
    if (!m_stops) {
        QVector<int> stops;
        for (int i = 0; i < m_text.size(); ++i) {
            if (m_text.at(i) == QChar(0x3002) || m_text.at(i) == QLatin1Char('\n'))
                stops.append(i + 1);
        }
        m_stops = stops;
    }
    const auto it = std::upper_bound(m_stops->cbegin(), m_stops->cend(), at);
    return it == m_stops->cbegin() ? 0 : *std::prev(it);
}

// Whether a stock index (日経平均, TOPIX) is named in the sentence before `at`, within a
// clause's reach: its figures in 円 are points
bool JapaneseRecognizer::indexLevel(int at) const
{
    // (the index the subject or topic of the figure: no other は or が between them, as in
    // 日経平均が最高値を更新する中、百貨店では1万円台の福袋が売れた)
    const int from = std::max(sentenceStart(at), at - 60);
    for (int k = from; k < at; ++k) {
        const int length = words().matchAt(QStringLiteral("index-name"), m_text, k);
        if (length == 0)
            continue;
        const int after = std::min(at, k + length + 1); // (past the particle after the name)
        const QStringView between = QStringView(m_text).mid(after, at - after);
        if (!between.contains(QChar(u'は')) && !between.contains(QChar(u'が')))
            return true;
    }
    return false;
}

void JapaneseRecognizer::amounts(QVector<Suggestion> *out) const
{
    const int first = int(out->size());
    for (Suggestion s : amountRules().apply(m_ascii, amountProductions())) {
        s.kind = Suggestion::Kind::Amount;
        // 1キロあたり500円, 1人当たり3万円: the unit is what the price is counted per (also with
        // the thing measured between: 350ミリリットル缶当たり)
        auto countedPer = [&](int at) {
            int per = at;
            while (per < m_text.size() && per < at + 3 &&
                   ((m_text.at(per).unicode() >= 0x4E00 && m_text.at(per).unicode() <= 0x9FFF) ||
                    (m_text.at(per).unicode() >= 0x30A1 && m_text.at(per).unicode() <= 0x30FA)) &&
                   words().matchAt(QStringLiteral("rate-after"), m_text, per) == 0)
                ++per;
            return words().matchAt(QStringLiteral("rate-after"), m_text, per) > 0;
        };
        if (!s.unit.isEmpty() && countedPer(s.end))
            continue;
        // 合計298.47点: a score, not so many things
        if (s.currency.isEmpty() && s.amount.contains(QLatin1Char('.')) &&
            words().set(QStringLiteral("score-unit")).contains(s.unit))
            continue;
        // シンガポール発の801便, MA501便, ＪＬ５便: a number that names a thing
        if ((words().set(QStringLiteral("number-name-unit")).contains(s.unit) &&
             words().matchBefore(QStringLiteral("number-name-lead"), m_text, s.start) > 0) ||
            (s.unit == QLatin1String("flight") && s.start > 0 && m_text.at(s.start).isDigit() &&
             isLatinLetter(m_text.at(s.start - 1))))
            continue;
        // 1株80円, 1人3万円: one of a thing before a price is what the price is counted per
        // (1基で最大500人, 1台に2人: one of a thing with what it holds)
        const bool one = !s.unit.isEmpty() && s.amount == QLatin1String("1") && s.end < m_text.size();
        bool holds = false;
        if (one && (m_text.at(s.end) == QChar(u'で') || m_text.at(s.end) == QChar(u'に'))) {
            for (int k = s.end + 1; k < m_text.size() && k <= s.end + 5 && !holds; ++k)
                holds = m_text.at(k).isDigit();
        }
        // (but 1メートル58センチ is one length)
        const int nextNumber = JapaneseNumber::parse(m_text, s.end).length;
        const bool centimetres = s.unit == QLatin1String("meter") && nextNumber > 0 &&
                                 QStringView(m_text).mid(s.end + nextNumber).startsWith(u"センチ");
        if (one && !centimetres &&
            (holds || nextNumber > 0 || words().matchAt(QStringLiteral("one-per-after"), m_text, s.end) > 0))
            continue;
        // 1ドル=156円台: the other side of an exchange rate; 日経平均は…3万8000円台を回復, 500円安: the
        // level or the move of a stock index the sentence names before it (vocabulary index-name), no
        // money (a level told alone, 日経平均は2222円13銭, is read as written)
        if (!s.currency.isEmpty() && s.start > 1 &&
            (m_text.at(s.start - 1) == QLatin1Char('=') || m_text.at(s.start - 1) == QChar(0xFF1D)) &&
            words().matchBefore(QStringLiteral("currency"), m_text, s.start - 1) > 0)
            continue;
        if (!s.currency.isEmpty() && words().matchAt(QStringLiteral("index-move"), m_text, s.end) > 0 &&
            indexLevel(s.start))
            continue;
        // 5キロ4200円, 1バレル=70ドル: the quantity a price right after it is counted per (a
        // measure's: not 消防車2台1億円, a count and its cost)
        if (words().set(QStringLiteral("priced-unit")).contains(s.unit)) {
            int at = s.end;
            if (at < m_text.size() && (m_text.at(at) == QLatin1Char('=') || m_text.at(at) == QChar(0xFF1D)))
                ++at;
            const int length = JapaneseNumber::parse(m_text, at).length;
            if (length > 0 && words().matchAt(QStringLiteral("currency"), m_text, at + length) > 0)
                continue;
        }
        // 5人に1人: a ratio, no count (neither the whole nor the one; but 3600人に1人当たり1万円
        // counts the people, then what each gets)
        const QString after = m_text.mid(s.end, 2);
        const int oneLength = JapaneseNumber::parse(m_text, s.end + 1).length;
        const bool whole = !s.unit.isEmpty() &&
                           (after == QStringLiteral("に1") || after == QStringLiteral("に１") ||
                            after == QStringLiteral("に一")) &&
                           !(oneLength > 0 && countedPer(s.end + 1 + oneLength));
        const bool part = one && s.start > 1 && m_text.at(s.start - 1) == QChar(u'に') &&
                          m_text.at(s.start - 2) == m_text.at(s.end - 1);
        if (whole || part)
            continue;
        s.text = m_text.mid(s.start, s.end - s.start);
        countedNoun(&s);
        unitInContext(&s);
        if (!s.currency.isEmpty())
            currencyOfPlace(&s);
        // 車両は当初20台で、1年半後に100台に増やす: a general counter with no noun before it (a
        // particle or a mark there) counts what the same counter did before it in the sentence
        if (words().set(QStringLiteral("general-counter-unit")).contains(s.unit) && !nounBefore(s.start)) {
            const int stop = sentenceStart(s.start);
            for (int k = int(out->size()) - 1; k >= first && k >= int(out->size()) - 16; --k) {
                const Suggestion &before = out->at(k);
                if (before.start < stop)
                    break;
                if (before.currency.isEmpty() && !before.text.isEmpty() &&
                    before.text.back() == s.text.back()) {
                    s.unit = before.unit;
                    break;
                }
            }
        }
        QString qualifier;
        if (words().matchBefore(QStringLiteral("before"), m_text, s.start, &qualifier) ||
            words().matchAt(QStringLiteral("after"), m_text, s.end, &qualifier))
            s.qualifier = qualifier;
        // 2メートル30センチ: metres and the centimetres right after them are one length
        if (Suggestion *metres = out->size() > first ? &out->last() : nullptr;
            metres && metres->unit == QLatin1String("meter") && s.unit == QLatin1String("centimeter") &&
            metres->end == s.start && metres->amountMax.isEmpty() && s.amountMax.isEmpty()) {
            bool whole = false;
            bool small = false;
            const qlonglong m = metres->amount.toLongLong(&whole);
            const int cm = s.amount.toInt(&small);
            if (whole && small && cm > 0 && cm < 100) {
                metres->amount = QString::number(m) + QLatin1Char('.') +
                                 (cm % 10 == 0 ? QString::number(cm / 10)
                                               : QStringLiteral("%1").arg(cm, 2, 10, QLatin1Char('0')));
                metres->end = s.end;
                metres->text = m_text.mid(metres->start, metres->end - metres->start);
                continue;
            }
        }
        out->append(s);
    }
}

} // namespace Gleaner
