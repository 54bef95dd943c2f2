// Data-driven tests of the recognizers (issue 6). Every sentence here was written
// for these tests; none is copied from the shared evaluation cases. (Selections, decimals
// and the JSON output are in tst_suggestionformats.)
#include "suggest/recognizer.h"
#include "suggestiontext.h"

#include <QTest>

using namespace Gleaner;
using Gleaner::Test::describe;
using Gleaner::Test::kindName;

namespace {

const QDate kPublished(2026, 1, 1);

// The suggestions of one kind family (amounts, or deadlines and dates).
QVector<Suggestion> found(const QString &text, const QDate &published, bool amounts)
{
    QVector<Suggestion> out;
    const QVector<Suggestion> all = Recognizer::recognize(text, published);
    for (const Suggestion &s : all) {
        if ((s.kind == Suggestion::Kind::Amount) == amounts)
            out.append(s);
    }
    return out;
}

} // namespace

class TestRecognizer : public QObject
{
    Q_OBJECT

private slots:
    void amounts_data();
    void amounts();
    void notAmounts_data();
    void notAmounts();
    void dates_data();
    void dates();
    void notDeadlines_data();
    void notDeadlines();
};

void TestRecognizer::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("amountMax");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");

    auto row = [](const char *name, const char *text, const char *span, const char *amount,
                  const char *currency, const char *unit = "", const char *qualifier = "",
                  const char *amountMax = "") {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(span)
                            << QString::fromLatin1(amount) << QString::fromLatin1(amountMax)
                            << QString::fromLatin1(currency) << QString::fromLatin1(unit)
                            << QString::fromLatin1(qualifier);
    };
    // Currency signs and prefixes
    row("dollar sign billion", "The startup raised $10 billion from investors.", "$10 billion", "10000000000",
        "USD");
    row("dollar sign million", "Orion Labs closed a $45 million round.", "$45 million", "45000000", "USD");
    row("dollar M suffix", "It paid $750M for the fab.", "$750M", "750000000", "USD");
    row("dollar B suffix", "Analysts value the unit at $7B.", "$7B", "7000000000", "USD");
    row("dollar k suffix", "Interns earn $12k a year.", "$12k", "12000", "USD");
    row("dollar plain", "A seat costs $1,299 per month.", "$1,299", "1299", "USD");
    row("dollar cents", "The share closed at $3.75 on Friday.", "$3.75", "3.75", "USD");
    row("US dollar prefix", "The lender committed US$4.2bn to the project.", "US$4.2bn", "4200000000", "USD");
    row("US dollar m", "It sold the plant for US$85m.", "US$85m", "85000000", "USD");
    row("Australian dollar", "Canberra pledged A$1.1 billion for quantum research.", "A$1.1 billion",
        "1100000000", "AUD");
    row("Canadian dollar", "Quebec offered C$240 million in loans.", "C$240 million", "240000000", "CAD");
    row("Hong Kong dollar", "The tycoon put HK$12 billion into the fund.", "HK$12 billion", "12000000000",
        "HKD");
    row("Singapore dollar", "The agency set aside S$180 million.", "S$180 million", "180000000", "SGD");
    row("Taiwan dollar", "The island approved NT$90 billion for chips.", "NT$90 billion", "90000000000",
        "TWD");
    row("Brazilian real", "Brasilia earmarked R$3 billion for servers.", "R$3 billion", "3000000000", "BRL");
    row("euro sign", "Paris will spend €2.2 billion on AI.", "€2.2 billion", "2200000000", "EUR");
    row("pound sign", "The council received £65 million.", "£65 million", "65000000", "GBP");
    row("pound bn", "A £3bn plan was unveiled.", "£3bn", "3000000000", "GBP");
    row("yen sign", "Tokyo added ¥300 billion to the budget.", "¥300 billion", "300000000000", "JPY");
    row("yen tn", "The package totals ¥2.4tn.", "¥2.4tn", "2400000000000", "JPY");
    row("won sign", "Seoul set aside ₩5 trillion for fabs.", "₩5 trillion", "5000000000000", "KRW");
    row("rupee sign crore", "The state approved ₹3,400 crore for a plant.", "₹3,400 crore", "34000000000",
        "INR");
    row("Rs crore", "Officials cleared Rs 2,500 crore for labs.", "Rs 2,500 crore", "25000000000", "INR");
    row("Rs lakh crore", "Investments of Rs 2.3 lakh crore were proposed.", "Rs 2.3 lakh crore",
        "2300000000000", "INR");
    row("Rs with dot", "The firm lost Rs. 40 crore last quarter.", "Rs. 40 crore", "400000000", "INR");
    row("rupee lakh", "Each student gets ₹5 lakh.", "₹5 lakh", "500000", "INR");
    // ISO codes
    row("ISO before", "The deal is worth USD 3.4 billion.", "USD 3.4 billion", "3400000000", "USD");
    row("ISO after", "They bid 2 billion USD for the rights.", "2 billion USD", "2000000000", "USD");
    row("ISO EUR before", "A loan of EUR 700 million was signed.", "EUR 700 million", "700000000", "EUR");
    row("ISO SAR", "The fund will deploy SAR 15 billion.", "SAR 15 billion", "15000000000", "SAR");
    row("ISO AED", "Abu Dhabi allotted AED 8 billion.", "AED 8 billion", "8000000000", "AED");
    row("ISO KRW", "The chaebol committed KRW 6.5 trillion.", "KRW 6.5 trillion", "6500000000000", "KRW");
    row("RMB alias", "Shenzhen provided RMB 20 billion in credit.", "RMB 20 billion", "20000000000", "CNY");
    row("NIS alias", "Jerusalem approved NIS 1.8 billion.", "NIS 1.8 billion", "1800000000", "ILS");
    row("Rp alias", "Jakarta set Rp 12 trillion aside.", "Rp 12 trillion", "12000000000000", "IDR");
    row("CHF code", "The Swiss bank paid CHF 450 million.", "CHF 450 million", "450000000", "CHF");
    // Currency words
    row("dollars word", "Backers put 5 billion dollars into the venture.", "5 billion dollars", "5000000000",
        "USD");
    row("yen word", "The ministry wants 1.5 trillion yen.", "1.5 trillion yen", "1500000000000", "JPY");
    row("euros word", "The grant is 800 million euros.", "800 million euros", "800000000", "EUR");
    row("pounds word", "It earned 90 million pounds.", "90 million pounds", "90000000", "GBP");
    row("won word", "Suwon invests 3 trillion won in packaging.", "3 trillion won", "3000000000000", "KRW");
    row("rupees word", "A budget of 900 crore rupees was approved.", "900 crore rupees", "9000000000", "INR");
    row("yuan word", "Hefei pledged 60 billion yuan.", "60 billion yuan", "60000000000", "CNY");
    row("renminbi word", "The city raised 4 billion renminbi.", "4 billion renminbi", "4000000000", "CNY");
    row("swiss francs", "The fine was 20,000 Swiss francs.", "20,000 Swiss francs", "20000", "CHF");
    row("hong kong dollars", "It paid 3 billion Hong Kong dollars.", "3 billion Hong Kong dollars",
        "3000000000", "HKD");
    row("cents", "Shares fell 40 cents to close.", "40 cents", "0.4", "USD");
    row("cent sign", "Each stamp will cost 73¢ from July.", "73¢", "0.73", "USD");
    row("pence", "The stock rose 12 pence.", "12 pence", "0.12", "GBP");
    // Spelled numbers and fractions
    row("spelled billion", "Investors promised ten billion dollars.", "ten billion dollars", "10000000000",
        "USD");
    row("spelled compound", "He was paid twenty-five million dollars.", "twenty-five million dollars",
        "25000000", "USD");
    row("quarter of a trillion", "The plan mobilises a quarter of a trillion dollars.",
        "a quarter of a trillion dollars", "250000000000", "USD");
    row("half a billion", "It borrowed half a billion euros.", "half a billion euros", "500000000", "EUR");
    row("a million", "The prize is a million dollars.", "a million dollars", "1000000", "USD");
    // Qualifiers
    row("up to", "The agency may grant up to $2 billion.", "$2 billion", "2000000000", "USD", "", "up to");
    row("more than", "The company spent more than €900 million.", "€900 million", "900000000", "EUR", "",
        "more than");
    row("about", "The site will cost about $1.4 billion.", "$1.4 billion", "1400000000", "USD", "", "about");
    row("nearly", "Revenue reached nearly £2 billion.", "£2 billion", "2000000000", "GBP", "", "nearly");
    row("at least", "Bidders must show at least $50 million.", "$50 million", "50000000", "USD", "",
        "at least");
    row("almost", "The loss was almost ¥80 billion.", "¥80 billion", "80000000000", "JPY", "", "almost");
    // Ranges
    row("range dash", "Capex will be $4-5 billion.", "$4-5 billion", "4000000000", "USD", "", "",
        "5000000000");
    row("range decimal", "The sale could fetch $2.5-3 billion.", "$2.5-3 billion", "2500000000", "USD", "",
        "", "3000000000");
    row("range en dash", "Costs run to €0.8–1.2 billion.", "€0.8–1.2 billion", "800000000", "EUR", "", "",
        "1200000000");
    row("range between", "It expects between 4 and 6 billion yen.", "4 and 6 billion yen", "4000000000",
        "JPY", "", "", "6000000000");
    row("range to", "Sales of 3 to 4 million units are likely.", "3 to 4 million units", "3000000", "",
        "unit", "", "4000000");
    row("range jobs", "The hub adds 2,000-3,000 jobs.", "2,000-3,000 jobs", "2000", "", "job", "", "3000");
    // Counted quantities
    row("million engineers", "The plan trains 2 million engineers.", "2 million engineers", "2000000", "",
        "engineer");
    row("gpus", "The cluster uses 16,384 GPUs.", "16,384 GPUs", "16384", "", "gpu");
    row("gigawatts", "The campus will draw 2 gigawatts of power.", "2 gigawatts", "2", "", "gigawatt");
    row("GW abbreviation", "Operators added 3.5 GW last year.", "3.5 GW", "3.5", "", "gigawatt");
    row("MW abbreviation", "A 250 MW plant is planned.", "250 MW", "250", "", "megawatt");
    row("hyphen megawatt", "They bought a 400-megawatt site.", "400-megawatt", "400", "", "megawatt");
    row("hyphen qubit", "A 500-qubit machine is due.", "500-qubit", "500", "", "qubit");
    row("jobs", "The factory will create 7,500 jobs.", "7,500 jobs", "7500", "", "job");
    row("data centers", "The group runs 14 data centers in Europe.", "14 data centers", "14", "",
        "data center");
    row("modifier plural", "It will hire 3,000 software engineers.", "3,000 software engineers", "3000", "",
        "engineer");
    row("hyphen modifier", "The plant brings 900 well-paid jobs.", "900 well-paid jobs", "900", "", "job");
    row("people", "The firm employs 12,000 people.", "12,000 people", "12000", "", "people");
    row("facilities", "Officials listed 45 facilities for upgrades.", "45 facilities", "45", "", "facility");
    row("companies", "More than 300 companies signed up.", "300 companies", "300", "", "company",
        "more than");
    row("half a million", "The scheme reaches half a million students.", "half a million students", "500000",
        "", "student");
    row("wafers", "The fab will make 40,000 wafers per month.", "40,000 wafers", "40000", "", "wafer");
    row("acronym model gpus", "They ordered 4,096 B200 GPUs.", "4,096 B200 GPUs", "4096", "", "gpu");
    row("up to quantity", "It could hire up to 800 technicians.", "800 technicians", "800", "", "technician",
        "up to");
    // Tokenized wire text
    row("spaced dollar", "the company earned $ 48 million in the quarter .", "$ 48 million", "48000000",
        "USD");
    row("spaced c dollar", "the bid was c $ 2.1 billion .", "c $ 2.1 billion", "2100000000", "CAD");
    row("symbol after", "Tickets cost 20 € each.", "20 €", "20", "EUR");
    row("million code", "The penalty exceeded 12 MUSD.", "12 MUSD", "12000000", "USD");
}

void TestRecognizer::amounts()
{
    QFETCH(QString, text);
    QFETCH(QString, span);
    QFETCH(QString, amount);
    QFETCH(QString, amountMax);
    QFETCH(QString, currency);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    const QVector<Suggestion> list = found(text, kPublished, true);
    const Suggestion *hit = nullptr;
    for (const Suggestion &s : list) {
        if (s.text == span)
            hit = &s;
    }
    QVERIFY2(hit, qPrintable(QStringLiteral("found: ") + describe(list)));
    QCOMPARE(hit->amount, amount);
    QCOMPARE(hit->amountMax, amountMax);
    QCOMPARE(hit->currency, currency);
    QCOMPARE(hit->unit, unit);
    QCOMPARE(hit->qualifier, qualifier);
    QCOMPARE(text.mid(hit->start, hit->end - hit->start), hit->text);
}

void TestRecognizer::notAmounts_data()
{
    Test::addPartColumns();
    const auto row = Test::partRow;
    row("percentage", "Sales rose 14% in the quarter.", "14%");
    row("percent word", "Margins improved by 3.5 percent.", "3.5 percent");
    row("percentage with plural after", "About 40% engineers left.", "40%");
    row("year", "The company was founded in 2011.", "2011");
    row("year before plural", "Its 2024 results beat forecasts.", "2024");
    row("model GPT", "The lab compared GPT-4 with its own models.", "GPT-4");
    row("model H100", "It rents H100 chips by the hour.", "H100");
    row("model Llama", "Developers fine-tuned Llama 3 models overnight.", "Llama 3");
    row("model RTX", "Gamers bought RTX 4080 cards.", "RTX 4080");
    row("version iOS", "The app needs iOS 18.1 devices.", "iOS 18.1");
    row("version dotted", "Firmware 3.2.7 fixes the bug.", "3.2.7");
    row("version PCIe", "Boards support PCIe 6.0 slots.", "PCIe 6.0");
    row("phone", "Call +44 20 7946 0018 for details.", "+44 20 7946 0018");
    row("phone dashed", "Support: 1-888-555-0142 weekdays.", "1-888-555-0142");
    row("ordinal", "It ranked 3rd among suppliers.", "3rd");
    row("programme with year", "The Digital Decade 2030 programme was revised.", "Decade 2030");
    row("ticker", "Shares of Lumio (NYSE: LUM) fell.", "NYSE: LUM");
    row("process node", "The 3-nanometer chips ship soon.", "3-nanometer");
    row("duration", "The build takes 18 months to finish.", "18 months");
    row("times", "Demand grew 4 times faster.", "4 times");
    row("small spelled count", "The firm opened three offices.", "three offices");
    row("time of day", "The call starts at 9:30 tomorrow.", "9:30");
    row("bare scale", "Output reached 2 million last year.", "2 million");
    row("article before dollar", "They announced a $5 billion fund.", "a $");
    row("5G", "Operators rolled out 5G networks.", "5G");
    row("decade", "Chips of the 1990s were slower.", "1990s");
    row("code small number", "The site runs PHP 8 scripts.", "PHP 8");
}

void TestRecognizer::notAmounts()
{
    QFETCH(QString, text);
    QFETCH(QString, part);
    const int from = int(text.indexOf(part));
    QVERIFY(from >= 0);
    const int to = from + int(part.size());
    const QVector<Suggestion> list = found(text, kPublished, true);
    for (const Suggestion &s : list) {
        // "a $5 billion fund": the amount itself is fine, only the article must stay out.
        if (part == QLatin1String("a $"))
            QVERIFY2(s.start >= from + 2, qPrintable(describe(list)));
        else
            QVERIFY2(s.end <= from || s.start >= to, qPrintable(describe(list)));
    }
}

void TestRecognizer::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("precision");
    auto row = [](const char *name, const char *text, const QDate &pub, const char *span, const char *kind,
                  const QDate &due, const char *precision) {
        QTest::newRow(name) << QString::fromUtf8(text) << pub << QString::fromUtf8(span)
                            << QString::fromLatin1(kind) << due << QString::fromLatin1(precision);
    };
    const QDate p(2026, 3, 10);
    row("by year", "The line should be running by 2029.", p, "by 2029", "deadline", QDate(2029, 12, 31),
        "year");
    row("by end of year", "It aims to finish by the end of 2027.", p, "by the end of 2027", "deadline",
        QDate(2027, 12, 31), "year");
    row("before year", "The site must open before 2030.", p, "before 2030", "deadline", QDate(2029, 12, 31),
        "year");
    row("through year", "Subsidies continue through 2028.", p, "through 2028", "deadline",
        QDate(2028, 12, 31), "year");
    row("until year", "The freeze lasts until 2027.", p, "until 2027", "deadline", QDate(2027, 12, 31),
        "year");
    row("by month day year", "Bids are due by March 31, 2028.", p, "by March 31, 2028", "deadline",
        QDate(2028, 3, 31), "day");
    row("no later than", "Staff must be hired no later than June 30, 2027.", p, "no later than June 30, 2027",
        "deadline", QDate(2027, 6, 30), "day");
    row("by month year", "Shipments start by October 2026.", p, "by October 2026", "deadline",
        QDate(2026, 10, 31), "month");
    row("quarter", "Mass production begins in Q3 2026.", p, "Q3 2026", "deadline", QDate(2026, 9, 30),
        "quarter");
    row("by quarter", "The upgrade ends by Q2 2027.", p, "by Q2 2027", "deadline", QDate(2027, 6, 30),
        "quarter");
    row("ordinal quarter", "Orders ship in the fourth quarter of 2026.", p, "the fourth quarter of 2026",
        "deadline", QDate(2026, 12, 31), "quarter");
    row("second half", "The plant opens in the second half of 2026.", p, "the second half of 2026",
        "deadline", QDate(2026, 12, 31), "month");
    row("first half", "Trials finish in the first half of 2027.", p, "the first half of 2027", "deadline",
        QDate(2027, 6, 30), "month");
    row("H2", "Volume ramps in H2 2026.", p, "H2 2026", "deadline", QDate(2026, 12, 31), "month");
    row("mid year", "The service launches by mid-2027.", p, "by mid-2027", "deadline", QDate(2027, 6, 30),
        "month");
    row("within months", "Output should double within 18 months.", p, "within 18 months", "deadline",
        QDate(2027, 9, 10), "month");
    row("within days", "A decision is expected within 90 days.", p, "within 90 days", "deadline",
        QDate(2026, 6, 8), "day");
    row("within spelled years", "The mine reopens within two years.", p, "within two years", "deadline",
        QDate(2028, 3, 10), "year");
    row("over the next years", "It will invest heavily over the next three years.", p,
        "over the next three years", "deadline", QDate(2029, 3, 10), "year");
    row("over years", "The money is spread over six years.", p, "over six years", "deadline",
        QDate(2032, 3, 10), "year");
    row("in the next", "Prices could fall in the next two years.", p, "in the next two years", "deadline",
        QDate(2028, 3, 10), "year");
    row("over the next decade", "The country will build reactors over the next decade.", p,
        "over the next decade", "deadline", QDate(2036, 3, 10), "year");
    row("next year", "The chip arrives next year.", p, "next year", "deadline", QDate(2027, 12, 31), "year");
    row("end of next year", "Work ends by the end of next year.", p, "by the end of next year", "deadline",
        QDate(2027, 12, 31), "year");
    row("end of the decade", "The goal is parity by the end of the decade.", p, "by the end of the decade",
        "deadline", QDate(2029, 12, 31), "year");
    row("end of the year", "The review closes by the end of the year.", p, "by the end of the year",
        "deadline", QDate(2026, 12, 31), "year");
    row("year-end", "Hiring completes by year-end.", p, "by year-end", "deadline", QDate(2026, 12, 31),
        "year");
    row("later this year", "A beta ships later this year.", p, "later this year", "deadline",
        QDate(2026, 12, 31), "year");
    row("between years", "Deliveries run between 2027 and 2029.", p, "between 2027 and 2029", "deadline",
        QDate(2029, 12, 31), "year");
    row("fiscal year end", "Targets are set by fiscal year-end March 2028.", p,
        "by fiscal year-end March 2028", "deadline", QDate(2028, 3, 31), "month");
    row("fiscal year", "Spending peaks by fiscal 2029.", p, "by fiscal 2029", "deadline", QDate(2029, 12, 31),
        "year");
    row("bare future year", "The data center will come online in 2028.", p, "2028", "deadline",
        QDate(2028, 12, 31), "year");
    row("by month no year", "Applications close by May 15.", p, "by May 15", "deadline", QDate(2026, 5, 15),
        "day");
    row("by month no year rolls over", "Filings are due by February 1.", p, "by February 1", "deadline",
        QDate(2027, 2, 1), "day");
    row("early year", "Samples ship in early 2027.", p, "early 2027", "deadline", QDate(2027, 4, 30), "year");
    // Past and plain dates
    row("past year", "The firm was founded in 2014.", p, "2014", "date", QDate(2014, 12, 31), "year");
    row("last year", "Revenue doubled last year.", p, "last year", "date", QDate(2025, 12, 31), "year");
    row("weekday", "The board met on Monday.", p, "Monday", "date", QDate(2026, 3, 9), "day");
    row("earlier this month", "Earlier this month the rival cut prices.", p, "Earlier this month", "date",
        QDate(2026, 3, 9), "month");
    row("past month day", "The deal was signed on Feb. 3, 2026.", p, "Feb. 3, 2026", "date",
        QDate(2026, 2, 3), "day");
    row("past deadline", "It had promised completion by 2024.", p, "by 2024", "date", QDate(2024, 12, 31),
        "year");
    row("last month", "Exports slowed last month.", p, "last month", "date", QDate(2026, 2, 28), "month");
    row("ago", "The plant closed three years ago.", p, "three years ago", "date", QDate(2023, 3, 10), "year");
    row("yesterday", "The filing appeared yesterday.", p, "yesterday", "date", QDate(2026, 3, 9), "day");
    row("today", "Shares jumped today.", p, "today", "date", QDate(2026, 3, 10), "day");
    row("this year plain", "The stock has doubled this year.", p, "this year", "date", QDate(2026, 12, 31),
        "year");
    row("decade plain", "Memory prices fell in the 2010s.", p, "the 2010s", "date", QDate(2019, 12, 31),
        "year");
    // Numeric and other calendar forms
    row("iso date", "The report is dated 2025-11-04.", p, "2025-11-04", "date", QDate(2025, 11, 4), "day");
    row("us numeric", "Payment arrived on 7/14/2025.", p, "7/14/2025", "date", QDate(2025, 7, 14), "day");
    row("day month year", "Launch happened on 12 August 2025.", p, "12 August 2025", "date",
        QDate(2025, 8, 12), "day");
    row("ordinal of month", "The vote is on the 21st of April.", p, "the 21st of April", "deadline",
        QDate(2026, 4, 21), "day");
    row("next weekday", "We meet next Thursday.", p, "next Thursday", "deadline", QDate(2026, 3, 19), "day");
    row("tomorrow", "The results come out tomorrow.", p, "tomorrow", "deadline", QDate(2026, 3, 11), "day");
    row("in two weeks", "The shop reopens in two weeks.", p, "in two weeks", "deadline", QDate(2026, 3, 24),
        "day");
    row("next quarter", "Margins recover next quarter.", p, "next quarter", "deadline", QDate(2026, 6, 30),
        "quarter");
    row("christmas", "The console ships before Christmas.", p, "before Christmas", "deadline",
        QDate(2026, 12, 24), "day");
    row("year range dash", "Figures for 2019-2022 were revised.", p, "2019-2022", "date", QDate(2022, 12, 31),
        "year");
    row("month range", "The pilot runs from June to August 2026.", p, "from June to August 2026", "deadline",
        QDate(2026, 8, 31), "month");
    row("mid month", "Orders resume in mid-April.", p, "mid-April", "deadline", QDate(2026, 4, 15), "month");
}

void TestRecognizer::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    QFETCH(QString, span);
    QFETCH(QString, kind);
    QFETCH(QDate, due);
    QFETCH(QString, precision);
    const QVector<Suggestion> list = found(text, published, false);
    const Suggestion *hit = nullptr;
    for (const Suggestion &s : list) {
        if (s.text == span)
            hit = &s;
    }
    QVERIFY2(hit, qPrintable(QStringLiteral("found: ") + describe(list)));
    QCOMPARE(kindName(hit->kind), kind);
    QCOMPARE(hit->due, due);
    QCOMPARE(precisionName(hit->precision), precision);
}

void TestRecognizer::notDeadlines_data()
{
    Test::addPartColumns();
    const auto row = Test::partRow;
    row("programme name", "The kingdom's Vision 2030 plan funds data centers.", "Vision 2030");
    row("made in", "It is part of Made in China 2025.", "China 2025");
    row("society", "Tokyo promotes Society 5.0 ideas.", "Society 5.0");
    row("rate a year", "The fund pays €1.2 billion a year.", "a year");
    row("rate a month", "They buy 500 servers a month.", "a month");
    row("modal may", "The rules may change soon.", "may");
    row("modal may capital", "May I ask a question?", "May");
    row("weekday past", "Shares fell on Wednesday.", "Wednesday");
    row("this year gains", "The index gained 12% this year.", "this year");
    row("since year", "Prices have risen since 2021.", "2021");
    row("phone digits", "Dial 0800 2030 4455 now.", "2030");
    row("percent after year", "Growth of 2026% is absurd.", "2026");
    row("ticker year", "The fund is listed as ABC-2027-X.", "2027");
    row("a year later", "The plant opened a year later than planned.", "a year later");
    row("URL date", "See report-20251104.html for details.", "2025");
}

void TestRecognizer::notDeadlines()
{
    QFETCH(QString, text);
    QFETCH(QString, part);
    const int from = int(text.indexOf(part));
    QVERIFY(from >= 0);
    const int to = from + int(part.size());
    const QVector<Suggestion> list = found(text, QDate(2026, 3, 10), false);
    for (const Suggestion &s : list) {
        if (s.kind == Suggestion::Kind::Deadline)
            QVERIFY2(s.end <= from || s.start >= to, qPrintable(describe(list)));
    }
}

QTEST_GUILESS_MAIN(TestRecognizer)
#include "tst_recognizer.moc"
