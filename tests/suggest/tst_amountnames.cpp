// Numbers that belong to a name, and the words around a count that change it: a name
// at a sentence's start ("Section 230 protects"), a code that names a meeting
// ("COP29"), currencies spelled as local papers do ("SFr", "Rmb10bn", "Sh48 billion",
// "N590,000", "59p") and a count written with "-plus". Every sentence was written for this test.
#include "suggest/recognizer.h"
#include "suggestiontext.h"

#include <QTest>

using namespace Gleaner;

namespace {

const QDate kPublished(2026, 4, 2);

} // namespace

class TestAmountNames : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        Test::addPartColumns();
        const auto row = Test::partRow;
        row("a law's section", "Section 230 protects online platforms.", "230");
        row("a product and its version", "Windows 10 support ends on Oct. 14.", "10");
        row("a road", "Interstate 95 runs along the coast.", "95");
        row("a bill", "Bill 96 restricts English on signs.", "96");
        row("a reactor", "Unit 3 restarts next month.", "3");
        row("a phone", "Pixel 10 arrives in August.", "10");
        row("a stage at a sentence's start", "Level 4 autonomy requires no driver.", "4");
        row("a climate summit", "Leaders gathered at COP29 in Baku.", "COP29");
        row("the next summit", "Delegates will meet at COP30 in November.", "COP30");
        row("a video's resolution", "The £300 set streams 1080p video and 720p clips.", "720p");
        row("a small resolution", "In the UK, the free tier streams video at 360p only.", "360p");
        row("a letter and a small figure", "Workers wore N95 masks in Lagos.", "N95");
        row("a fuel grade", "Malaysia's RON95 petrol price stays at RM2.05 a litre.", "RON95");
        row("a multiple", "The P/E ratio stands at 22 times earnings.", "22 times");
        row("a code before a percentage", "The bank kept its CAD 3 per cent floor.", "CAD 3");
        row("masks in Lagos after a preposition", "Lagos hospitals ran out of N95 masks last week.", "N95");
        row("a road after at", "In Johannesburg, a crash closed the road at R21 near the airport.", "R21");
        row("a road after to", "In Johannesburg, traffic was diverted from the R21 to R24.", "R24");
        row("a part of a pronoun", "Police arrested 20 of them, including 3 minors.", "20");
        row("a part of every hundred", "About 15 of every 100 workers were affected.", "15");
        row("a road in South Africa", "In Johannesburg, traffic on the R21 was heavy.", "R21");
        row("a letter without its country", "In Texas, the N1,500 form must be filed.", "N1,500");
        row("a day after a month's abbreviation", "Polls close ahead of the Sept. 9 vote.", "9 vote");
        row("a number after No.", "The No. 3 seed lost in Paris.", "3 seed");
        row("detours between roads", "In Gauteng, detours run from R55 to R59 near the mine.", "R55");
        row("a watch's size", "The 41mm Sport model sells out fast.", "41mm");
        row("a jack's size", "The speaker keeps a 3.5mm jack.", "5mm");
        row("a phone in Manila", "The Huawei P60 goes on sale in Manila in May.", "P60");
        row("a range of roads", "In Durban, the works run from the N2 to N3 interchange.", "N2");
    }

    void names()
    {
        QFETCH(QString, text);
        QFETCH(QString, part);
        const int from = int(text.indexOf(part));
        QVERIFY(from >= 0);
        const int to = from + int(part.size());
        const QVector<Suggestion> list = Recognizer::recognize(text, kPublished);
        QVERIFY2(!Test::amountOver(list, from, to), qPrintable(Test::describe(list)));
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("qualifier");
        auto row = [](const char *name, const char *text, const char *span, const char *amount,
                      const char *currency, const char *unit, const char *qualifier) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(span)
                                << QString::fromLatin1(amount) << QString::fromLatin1(currency)
                                << QString::fromLatin1(unit) << QString::fromLatin1(qualifier);
        };
        // A sentence's first word that is a function word still leads a count.
        row("some at the start", "Some 300 workers lost their jobs.", "300 workers", "300", "", "worker",
            "some");
        row("nearly at the start", "Nearly 40 ships waited off the port.", "40 ships", "40", "", "ship",
            "nearly");
        row("exactly at the start", "Exactly 500 people came.", "500 people", "500", "", "people", "");
        row("an adverb at the start", "Fully 300 workers lost their jobs.", "300 workers", "300", "",
            "worker", "");
        row("perhaps at the start", "Perhaps 300 people attended the rally.", "300 people", "300", "",
            "people", "");
        // Currencies as local papers print them.
        row("Swiss francs", "UBS will save SFr 13 billion by 2027.", "SFr 13 billion", "13000000000", "CHF",
            "", "");
        row("renminbi glued", "The firm will invest Rmb10bn in Anhui.", "Rmb10bn", "10000000000", "CNY", "",
            "");
        row("ringgit glued stays money", "Durian sold at RM50 a kilo.", "RM50", "50", "MYR", "", "");
        row("naira grouped", "In Lagos, the kits cost N590,000 each.", "N590,000", "590000", "NGN", "", "");
        row("rand grouped", "Johannesburg fares rise to R1,200 a month.", "R1,200", "1200", "ZAR", "", "");
        row("shillings in Kenya", "Kenya Railways will spend Sh48 billion on wagons.", "Sh48 billion",
            "48000000000", "KES", "", "");
        row("shillings in Uganda", "Uganda will spend Sh 300 billion on roads.", "Sh 300 billion",
            "300000000000", "UGX", "", "");
        row("shillings in Somalia", "Somalia's budget of Sh48 billion was approved in Mogadishu.",
            "Sh48 billion", "48000000000", "SOS", "", "");
        row("shillings in Kampala", "In Kampala, fares rose to Sh5,200.", "Sh5,200", "5200", "UGX", "", "");
        row("pence in the UK", "Petrol prices in the UK reached 142.9p a litre.", "142.9p", "1.429", "GBP",
            "", "");
        row("a weekday before a count", "Friday 300 protesters gathered outside.", "300 protesters", "300",
            "", "protester", "");
        row("pence in a sterling story", "It will cut its price to 59p per kWh with a £38 million fund.",
            "59p", "0.59", "GBP", "", "");
        row("three quarters of a scale", "The app has three-quarters of a billion monthly users.",
            "three-quarters of a billion monthly users", "750000000", "", "user", "");
        row("a count and a half of a scale", "The project will cost one and a half billion pounds.",
            "one and a half billion pounds", "1500000000", "GBP", "", "");
        row("fifths of a scale", "The fund raised two-fifths of a billion dollars.",
            "two-fifths of a billion dollars", "400000000", "USD", "", "");
        row("head of cattle", "The drought killed 1.3 million head of cattle in the north.",
            "1.3 million head", "1300000", "", "head", "");
        row("pence a share, no place named", "Holders will get a special dividend of 40p a share.", "40p",
            "0.4", "GBP", "", "");
        row("pence of a share price", "Shares fell 12p to 245p.", "245p", "2.45", "GBP", "", "");
        row("pence with tenths, no place named", "The price of diesel fell to 151.3p on Monday.", "151.3p",
            "1.513", "GBP", "", "");
        row("pence with decimals", "Petrol fell to 142.9p a litre in Britain.", "142.9p", "1.429", "GBP", "",
            "");
        row("barrels a day abbreviated", "The field produces 1.2 million bpd of crude.", "1.2 million bpd",
            "1200000", "", "barrel", "");
        row("a small price in rand", "In South Africa, a loaf of bread costs R20.", "R20", "20", "ZAR", "",
            "");
        row("a grant a month in rand", "In Pretoria, pensioners get R370 a month.", "R370", "370", "ZAR", "",
            "");
        row("a small sum a month in rand", "In Pretoria, the grant is R370 a month.", "R370", "370", "ZAR",
            "", "");
        row("pesos by their letter and a scale", "The senate approved P3.4 billion for rural clinics.",
            "P3.4 billion", "3400000000", "PHP", "", "");
        row("pesos by their letter in a Philippine story", "In Davao, each household gets P5,000 in aid.",
            "P5,000", "5000", "PHP", "", "");
        row("pesos by their letters", "A Makati court fined the lender Php250,000.", "Php250,000", "250000",
            "PHP", "", "");
        row("the other end of a change in pesos", "In Iloilo, the council set the fare at P14 from P12.",
            "P12", "12", "PHP", "", "");
        row("a price up from another", "In Cebu, a taxi ride costs P70, down from P80.", "P80", "80", "PHP",
            "", "");
        row("a small rise in pesos", "In Davao, landlords sought a P500 hike.", "P500", "500", "PHP", "", "");
        row("pesos by a story that writes them with a scale",
            "The senate set aside P2 billion for schools. Teachers will see a P7,500 allowance.", "P7,500",
            "7500", "PHP", "", "");
        row("the lower end of a range in rand", "In Polokwane, the bus fare rises from R14 to R17 in May.",
            "R14", "14", "ZAR", "", "");
        row("rupees in Sindh", "Sindh will receive Rs 45 billion for flood relief.", "Rs 45 billion",
            "45000000000", "PKR", "", "");
        row("a small sum in rupees", "Drivers in Pune will pay Rs 25 a day.", "Rs 25", "25", "INR", "", "");
        row("cents of a story's dollars", "The A$1.2 billion plan keeps Brisbane's 50-cent fare.", "50-cent",
            "0.5", "AUD", "", "");
        row("cents where US$ is written too", "The A$ deal lifted shares 50 cents to US$12.40.", "50 cents",
            "0.5", "USD", "", "");
        // a bare "$" in a story set in a country of dollars, as its first sentence names it
        row("a bare dollar sign in Ontario", "The Ontario government will spend $1.2 billion on schools.",
            "$1.2 billion", "1200000000", "CAD", "", "");
        row("a bare dollar sign after a city's council",
            "Hobart City Council will spend $9 million on parks.", "$9 million", "9000000", "AUD", "", "");
        row("a bare dollar sign after a country's authority",
            "Singapore's Land Transport Authority will add 40 buses. Each bus costs $600,000.", "$600,000",
            "600000", "SGD", "", "");
        row("a bare dollar sign in New Zealand", "The New Zealand government will spend $1.5 billion.",
            "$1.5 billion", "1500000000", "NZD", "", "");
        row("a bare dollar sign, the setting after a preposition", "Cyclists in Brisbane will pay a $40 fee.",
            "$40", "40", "AUD", "", "");
        row("a bare dollar sign in a province", "Manitoba is spending $2 million on rinks.", "$2 million",
            "2000000", "CAD", "", "");
        row("a bare dollar sign after a company's home",
            "Canada's Maple Mining reported a $1.2 billion profit.", "$1.2 billion", "1200000000", "USD", "",
            "");
        row("a bare dollar sign after a place in a name",
            "Singapore Airlines ordered jets worth $18 billion.", "$18 billion", "18000000000", "USD", "",
            "");
        row("a bare dollar sign for a destination", "Northwind will spend $6.5 billion in Canada.",
            "$6.5 billion", "6500000000", "USD", "", "");
        row("a bare dollar sign, two countries", "Canada put tariffs on $30 billion of U.S. goods.",
            "$30 billion", "30000000000", "USD", "", "");
        row("a bare dollar sign beside A$",
            "Sydney's Teck sold A$2 billion of bonds and $500 million of notes.", "$500 million", "500000000",
            "USD", "", "");
        row("a bare dollar sign, a place named later",
            "The airline ordered jets worth $18 billion. Its first "
            "Sydney service starts in May.",
            "$18 billion", "18000000000", "USD", "", "");
        row("US cents named", "BHP will pay a final dividend of 50 US cents a share.", "50 US cents", "0.5",
            "USD", "", "");
        row("NZ cents with dots", "Petrol costs 5 N.Z. cents a litre more.", "5 N.Z. cents", "0.05", "NZD",
            "", "");
        row("US cents with dots", "Fonterra will pay 5 U.S. cents more per kilo.", "5 U.S. cents", "0.05",
            "USD", "", "");
        row("Icelandic kronur", "Boat owners expect to lose 11 billion krónur.", "11 billion krónur",
            "11000000000", "ISK", "", "");
        row("a small sum in taka", "Bangladesh raised gas prices by Tk 5 per cubic metre.", "Tk 5", "5",
            "BDT", "", "");
        row("cents in a US story", "Gas rose 12 cents a gallon in Texas.", "12 cents", "0.12", "USD", "", "");
        row("a part of a whole", "About 2,000 of the company's 15,000 employees will be laid off.", "2,000",
            "2000", "", "employee", "about");
        row("the whole", "About 2,000 of the company's 15,000 employees will be laid off.",
            "15,000 employees", "15000", "", "employee", "");
        // A hundredth of a currency named after the number; a small figure after a code is a
        // price when "per" follows it.
        row("pesewas", "Bread prices rose by 50 pesewas a loaf in Accra.", "50 pesewas", "0.5", "GHS", "",
            "");
        row("paise", "The rupee closed 8 paise higher at 82.96.", "8 paise", "0.08", "INR", "", "");
        row("kobo", "MTN will charge 6.98 naira per second, up from 11 kobo.", "11 kobo", "0.11", "NGN", "",
            "");
        row("a currency and its hundredths", "Fuel sold for 617 naira 50 kobo per litre.",
            "617 naira 50 kobo", "617.5", "NGN", "", "");
        row("euros and cents", "The ticket costs 5 euros 50 cents.", "5 euros 50 cents", "5.5", "EUR", "",
            "");
        row("Egyptian pounds", "Egypt raised the price of bread to 20 pounds.", "20 pounds", "20", "EGP", "",
            "");
        row("sterling in a story that names Egypt later", "UK exports to Egypt reached 1.5 billion pounds.",
            "1.5 billion pounds", "1500000000", "GBP", "", "");
        row("pounds in London", "In London, a pint costs 7 pounds.", "7 pounds", "7", "GBP", "", "");
        row("Tanzanian shillings", "Tanzania borrowed TSh 1.2 trillion.", "TSh 1.2 trillion", "1200000000000",
            "TZS", "", "");
        row("a brand that names a sub-unit", "The store sold 500 Kobo readers.", "500 Kobo readers", "500",
            "", "reader", "");
        row("a code before a price per", "Kenya raised the excise duty to KES 25 per litre.", "KES 25", "25",
            "KES", "", "");
        // "-plus" after a count: more than it.
        row("plus after a count", "The company has 5,000-plus employees.", "5,000-plus employees", "5000", "",
            "employee", "more than");
        row("plus after a scale", "It will add 1 million-plus customers.", "1 million-plus customers",
            "1000000", "", "customer", "more than");
    }

    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(QString, amount);
        QFETCH(QString, currency);
        QFETCH(QString, unit);
        QFETCH(QString, qualifier);
        const QVector<Suggestion> list = Recognizer::recognize(text, kPublished);
        const Suggestion *hit = Test::findByText(list, span);
        QVERIFY2(hit, qPrintable(QStringLiteral("found: ") + Test::describe(list)));
        QCOMPARE(hit->kind, Suggestion::Kind::Amount);
        QCOMPARE(hit->amount, amount);
        QCOMPARE(hit->currency, currency);
        QCOMPARE(hit->unit, unit);
        QCOMPARE(hit->qualifier, qualifier);
    }

    // Two figures with their signs each are one range where a word says what each gets or
    // what is paid, and two amounts where they are a change.
    void repeatedSigns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("amountMax");
        QTest::newRow("each") << "Families will get Rs 300,000 to Rs 500,000 each in Lahore."
                              << "Rs 300,000 to Rs 500,000"
                              << "500000";
        QTest::newRow("apiece") << "Tickets sold for $300 to $500 apiece."
                                << "$300 to $500"
                                << "500";
        QTest::newRow("raised") << "The startup raised $20 million to $25 million."
                                << "$20 million to $25 million"
                                << "25000000";
        QTest::newRow("a total") << "The investment is expected to total $5 billion to $6 billion."
                                 << "$5 billion to $6 billion"
                                 << "6000000000";
        QTest::newRow("a letter's sign on both ends")
            << "In Lagos, a bag of rice sells for N60,000 to N75,000."
            << "N60,000 to N75,000"
            << "75000";
        QTest::newRow("thousands to millions, each")
            << "The fund offers loans of $250,000 to $1.5 million each."
            << "$250,000 to $1.5 million"
            << "1500000";
        QTest::newRow("what a rise adds") << "In Pune, the levy would add ₹15 to ₹40 to each bill."
                                          << "₹15 to ₹40"
                                          << "40";
        QTest::newRow("a change") << "Revenue rose $12 million to $340 million."
                                  << "$12 million"
                                  << "";
    }

    void repeatedSigns()
    {
        QFETCH(QString, text);
        QFETCH(QString, span);
        QFETCH(QString, amountMax);
        const QVector<Suggestion> list = Recognizer::recognize(text, kPublished);
        const Suggestion *hit = Test::findByText(list, span);
        QVERIFY2(hit, qPrintable(QStringLiteral("found: ") + Test::describe(list)));
        QCOMPARE(hit->amountMax, amountMax);
    }
};

QTEST_GUILESS_MAIN(TestAmountNames)
#include "tst_amountnames.moc"
