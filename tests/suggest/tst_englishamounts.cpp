// What the words around an amount change (issue 15): the nouns that decide what it
// counts, its currency by the story's place, ranges and changes, and numbers that are
// no amounts. Every sentence was written for this test; none is copied from an
// evaluation set.
#include "suggest/recognizer.h"
#include "suggestiontext.h"

#include <QTest>

using namespace Gleaner;
using Gleaner::Test::describe;

namespace {

// A Thursday.
const QDate kPublished(2026, 4, 2);

} // namespace

class TestEnglishAmounts : public QObject
{
    Q_OBJECT

private slots:
    void amounts_data();
    void amounts();
    void notAmounts_data();
    void notAmounts();
};

void TestEnglishAmounts::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("amountMax");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("unit");
    auto row = [](const char *name, const char *text, const char *span, const char *amount, const char *max,
                  const char *currency, const char *unit) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(span)
                            << QString::fromLatin1(amount) << QString::fromLatin1(max)
                            << QString::fromLatin1(currency) << QString::fromLatin1(unit);
    };
    // A noun of a verb and a particle is counted whole; a modifier before a noun is not.
    row("particle noun", "Ministers want a further 500 start-ups funded.", "500 start-ups", "500", "", "",
        "start-up");
    row("spin-offs", "The lab has produced 40 spin-offs since 2010.", "40 spin-offs", "40", "", "",
        "spin-off");
    row("modifier noun", "The firm taped out 3 AI-chips this year.", "3 AI-chips", "3", "", "", "chip");
    row("compound of people", "The plan trains 10,000 tradespeople.", "10,000 tradespeople", "10000", "", "",
        "tradespeople");
    row("compound of children", "Laptops go to 500 schoolchildren.", "500 schoolchildren", "500", "", "",
        "schoolchild");
    row("not a compound", "The lab stored 3 specimens.", "3 specimens", "3", "", "", "specimen");
    row("a price per pound", "Arabica rose to $4.20 a pound.", "$4.20", "4.2", "", "USD", "");
    // (sixteenth round: bare ranges before a currency word, shillings written Shs, pounds of a
    // harvest, an acronym before the noun it counts, nautical miles, two words of kind joined)
    row("a bare range before its currency", "Violators face fines of 5,000 to 50,000 pesos.",
        "5,000 to 50,000 pesos", "5000", "50000", "MXN", "");
    row("Shs of a place", "Kampala's council will borrow Shs40 billion for drainage.", "Shs40 billion",
        "40000000000", "", "UGX", "");
    row("pounds of a harvest",
        "Idaho growers expect a harvest of 13 billion pounds, and stocks of 2 billion pounds.",
        "2 billion pounds", "2000000000", "", "", "pound");
    row("an acronym before its noun", "The state logged 61,000 TB cases last year.", "61,000 TB cases",
        "61000", "", "", "case");
    row("a drive's size", "The vendor ships 30 TB drives.", "30 TB", "30", "", "", "terabyte");
    row("nautical miles hyphenated", "Crews sailed the 240-nautical-mile course.", "240-nautical-mile", "240",
        "", "", "nautical mile");
    row("a fund named by a currency", "The dollar fund rose to 161 yen.", "161 yen", "161", "", "JPY", "");
    row("another subject's price", "The yen weakened while Brent crude rose to $85.", "$85", "85", "", "USD",
        "");
    row("a second figure of the same currency", "The fee is 65 million euros plus 10 million in add-ons.",
        "10 million", "10000000", "", "EUR", "");
    row("a change to a range", "It raised its forecast to $35 billion to $40 billion.",
        "$35 billion to $40 billion", "35000000000", "40000000000", "USD", "");
    row("a haul of cash", "Police seized a cash haul of 2 million pounds.", "2 million pounds", "2000000", "",
        "GBP", "");
    row("a stock's price is money", "トヨタ株は一時3000円を付けた。", "3000円", "3000", "", "JPY", "");
    row("an area in rai", "Growers will replant 250,000 rai of rubber.", "250,000 rai", "250000", "", "",
        "rai");
    // (seventeenth round: containers counted in twenty-foot equivalent units)
    row("containers in TEU", "The port aims to handle 12 million TEU a year.", "12 million TEU", "12000000",
        "", "", "teu");
    row("piastres", "The loaf will stay at 5 piastres.", "5 piastres", "0.05", "", "EGP", "");
    row("rain in mm", "Rainfall of 250 mm was recorded.", "250 mm", "250", "", "", "mm");
    row("a dose in mg", "Patients should take 500 mg twice a day.", "500 mg", "500", "", "", "mg");
    row("a price range after for", "Firs are selling for €24 to €29 a metre.", "€24 to €29", "24", "29",
        "EUR", "");
    row("som of a place", "Bishkek will spend 2 billion som on roads.", "2 billion som", "2000000000", "",
        "KGS", "");
    row("snow in cm", "The storm brought 25 cm of snow.", "25 cm", "25", "", "", "cm");
    row("gas in bcm", "The pipeline will carry 10 bcm of gas a year.", "10 bcm", "10", "", "", "bcm");
    row("two kinds joined", "The plan will connect 300 rural and coastal clinics.",
        "300 rural and coastal clinics", "300", "", "", "clinic");
    row("a name that holds a currency", "It gave a $5 million grant to the Rand Corp.", "$5 million",
        "5000000", "", "USD", "");
    row("a price per person, then dollars", "The fee is 20 euros per person, or 25 dollars for groups.",
        "20 euros", "20", "", "EUR", "");
    row("a length before another noun", "The city will build 12 kilometres of cycle lanes.", "12 kilometres",
        "12", "", "", "kilometre");
    // A currency noun several countries use takes the country of the place the story names.
    row("kroner of a place", "COPENHAGEN - Danish drugmaker Novo Nordisk will spend 5 billion kroner.",
        "5 billion kroner", "5000000000", "", "DKK", "");
    row("a name is no place", "Star striker Santiago Gimenez earns 30 million pesos in Monterrey.",
        "30 million pesos", "30000000", "", "MXN", "");
    row("rupees of a place", "Sri Lanka's utility will spend 48 billion rupees on the grid.",
        "48 billion rupees", "48000000000", "", "LKR", "");
    row("Rs of a place", "Karachi's port trust will spend Rs 96 billion on berths.", "Rs 96 billion",
        "96000000000", "", "PKR", "");
    row("Rs without a place", "The board cleared Rs 40 billion for roads.", "Rs 40 billion", "40000000000",
        "", "INR", "");
    row("crowns of a place", "Norway's wealth fund, worth 19 trillion crowns, gained 4%.",
        "19 trillion crowns", "19000000000000", "", "NOK", "");
    row("a place after the noun", "The chain will open 200 stores overseas.", "200 stores", "200", "", "",
        "store");
    row("birr", "Prize money for the race will rise to 2.4 million birr.", "2.4 million birr", "2400000", "",
        "ETB", "");
    row("pula", "Botswana sets up a 10 billion pula development fund.", "10 billion pula", "10000000000", "",
        "BWP", "");
    row("kwacha of Malawi", "Lilongwe raised 50 billion Malawian kwacha.", "50 billion Malawian kwacha",
        "50000000000", "", "MWK", "");
    row("meticais", "Mozambique spent 5 billion meticais on roads.", "5 billion meticais", "5000000000", "",
        "MZN", "");
    row("carat", "Stones above 0.5 carat need a certificate.", "0.5 carat", "0.5", "", "", "carat");
    row("species", "Rangers will bring back 12 native species.", "12 native species", "12", "", "",
        "species");
    row("dinars of a place", "Serbia borrowed 20 billion dinars.", "20 billion dinars", "20000000000", "",
        "RSD", "");
    row("rials of a place", "Oman's budget shows 11 billion rials.", "11 billion rials", "11000000000", "",
        "OMR", "");
    row("soums", "Uzbekistan issued 1 trillion soums in bonds.", "1 trillion soums", "1000000000000", "",
        "UZS", "");
    row("a country before its currency", "The project costs 3.4 billion Botswana pula.",
        "3.4 billion Botswana pula", "3400000000", "", "BWP", "");
    row("tenge", "Kazakhstan will spend 2 trillion tenge on roads.", "2 trillion tenge", "2000000000000", "",
        "KZT", "");
    row("quadrillion", "Exports reached 2.5 quadrillion dong.", "2.5 quadrillion dong", "2500000000000000",
        "", "VND", "");
    row("pesos of a city", "A Manila developer raised 2 billion pesos.", "2 billion pesos", "2000000000", "",
        "PHP", "");
    row("place before first", "Mexico said it will spend 5 billion pesos, while Manila spends less.",
        "5 billion pesos", "5000000000", "", "MXN", "");
    row("no place", "A ticket costs 300 rupees.", "300 rupees", "300", "", "INR", "");
    row("dollars stay", "The Australian start-up raised 50 million dollars.", "50 million dollars",
        "50000000", "", "USD", "");
    // "pounds": a weight when the sentence weighs something, else sterling.
    row("pounds weighed", "The prototype drone weighed 12 pounds at launch.", "12 pounds", "12", "", "",
        "pound");
    row("pounds of", "Customs seized 40 pounds of counterfeit chips.", "40 pounds", "40", "", "", "pound");
    row("pounds lost", "He lost 30 pounds during the trial.", "30 pounds", "30", "", "", "pound");
    row("pounds money", "The group paid 12 pounds a share for the start-up.", "12 pounds", "12", "", "GBP",
        "");
    row("pounds millions", "Ministers pledged 2 billion pounds for the grid.", "2 billion pounds",
        "2000000000", "", "GBP", "");
    row("pound describing", "Crews fitted 1,400-pound battery packs.", "1,400-pound", "1400", "", "",
        "pound");
    row("pound note", "The bank will print a new 50-pound note.", "50-pound", "50", "", "GBP", "");
    row("pence of a video firm's shares", "Shares in the video game maker fell to 50p.", "50p", "0.5", "",
        "GBP", "");
    row("pounds of aid", "The plane dropped 40,000 pounds of humanitarian aid.", "40,000 pounds", "40000", "",
        "", "pound");
    row("pence after no video word", "Shares in the camera maker fell 30p to 410p.", "30p", "0.3", "", "GBP",
        "");
    row("pounds of money", "The state will spend 5 million pounds of public money on it.", "5 million pounds",
        "5000000", "", "GBP", "");
    row("pounds of a story that weighs",
        "Exports reached 610 million pounds of shrimp; the aim is 800 million pounds.", "800 million pounds",
        "800000000", "", "", "pound");
    row("pounds of money in a story that weighs",
        "The trucks hauled 80,000 pounds of cargo; each driver earned 900 pounds a week.", "900 pounds",
        "900", "", "GBP", "");
    row("a price in pounds in a story that weighs", "Farmers sold 3,000 pounds of wheat for 400 pounds.",
        "400 pounds", "400", "", "GBP", "");
    row("pounds of a British story that weighs",
        "UK police seized 90 pounds of cocaine worth 2 million pounds.", "2 million pounds", "2000000", "",
        "GBP", "");
    // An acronym counted before the noun it describes.
    row("gpu cluster", "Solvane will open a 20,000-GPU cluster.", "20,000-GPU", "20000", "", "", "gpu");
    // Energy, not power.
    row("gigawatt hours", "The farm will supply 500 gigawatt-hours a year.", "500 gigawatt-hours", "500", "",
        "", "gwh");
    row("terawatt hours", "Data centres used 2 terawatt hours last year.", "2 terawatt hours", "2", "", "",
        "twh");
    row("power stays", "The plant adds 5 gigawatts of capacity.", "5 gigawatts", "5", "", "", "gigawatt");
    // Ranges of counts keep both ends.
    row("count range", "Between 75 to 100 people joined the pilot.", "75 to 100 people", "75", "100", "",
        "people");
    row("count range jets", "The jets seat 242 to 330 passengers.", "242 to 330 passengers", "242", "330", "",
        "passenger");
    row("scaled count range", "It sees output of 54 million to 56 million bags.",
        "54 million to 56 million bags", "54000000", "56000000", "", "bag");
    row("scaled money range", "Revenue is seen at 3 billion to 3.5 billion euros.",
        "3 billion to 3.5 billion euros", "3000000000", "3500000000", "EUR", "");
    row("scaled count change", "It raised the forecast by 1 million to 3 million units.", "3 million units",
        "3000000", "", "", "unit");
    row("measure of each counted", "Brazil shipped 3.1 million 60-kg bags of coffee.",
        "3.1 million 60-kg bags", "3100000", "", "", "bag");
    row("dotted place in a count", "It will close 500 U.S. stores.", "500 U.S. stores", "500", "", "",
        "store");
    row("dotted place's currency", "Sales reached 3 billion U.S. dollars.", "3 billion U.S. dollars",
        "3000000000", "", "USD", "");
    row("trillion abbreviated", "SoftBank to raise 1.5 trln yen via bonds.", "1.5 trln yen", "1500000000000",
        "", "JPY", "");
    row("count in a hyphenated noun", "It will open a 620-room tower near the bay.", "620-room", "620", "",
        "", "room");
    row("euro cents", "The deposit rises to 25 cents; fines reach €450,000.", "25 cents", "0.25", "", "EUR",
        "");
    row("a change of one scale", "Netflix grew its subscriber base 9 million to 270 million subscribers.",
        "270 million subscribers", "270000000", "", "", "subscriber");
    row("a dotted place's pounds", "The deal is worth 500 million U.K. pounds.", "500 million U.K. pounds",
        "500000000", "", "GBP", "");
    row("a present verb after the count", "Recruitment of 760,000 enumerators starts next month.",
        "760,000 enumerators", "760000", "", "", "enumerator");
    row("a verb in -s before a sum", "A pass for all 75 home games costs $690.", "75 home games", "75", "",
        "", "game");
    row("money range repeated", "It expects charges of $140 million to $165 million.",
        "$140 million to $165 million", "140000000", "165000000", "USD", "");
    row("money change", "It raised the forecast from $140 million to $165 million.", "$140 million",
        "140000000", "", "USD", "");
    row("money rise", "Net income rose $12 million to $340 million.", "$12 million", "12000000", "", "USD",
        "");
    row("money by", "The city raised the budget by $10 million to $150 million.", "$10 million", "10000000",
        "", "USD", "");
    row("pound money in Britain", "In London, buyers get a 20-pound gift card.", "20-pound", "20", "", "GBP",
        "");
    row("small acronym count", "It ships a 64-GPU server.", "64-GPU", "64", "", "", "gpu");
    // Nouns counted whole, or after a comparative; a measure in lower case.
    row("counted compound", "It will install 1,200 charging points.", "1,200 charging points", "1200", "", "",
        "charging point");
    row("data centers", "It will build 12 data centers.", "12 data centers", "12", "", "", "data center");
    row("number-word compound", "Output rises to 2 lakh electric two-wheelers.",
        "2 lakh electric two-wheelers", "200000", "", "", "two-wheeler");
    row("more towns", "It will roll out 5G in 1,000 more towns.", "1,000 more towns", "1000", "", "", "town");
    row("fewer jobs", "The merger leaves 300 fewer jobs.", "300 fewer jobs", "300", "", "", "job");
    row("km lower case", "The plan lays 10,000 km of fibre.", "10,000 km", "10000", "", "", "km");
    row("a noun that owns the head", "The county will add 60 nurses' stations.", "60 nurses' stations", "60",
        "", "", "station");
    row("a possessive in s", "The county will fund 25 veteran's clinics.", "25 veteran's clinics", "25", "",
        "", "clinic");
    row("millimetres glued", "Gauges caught up to 65mm of rain.", "65mm", "65", "", "", "mm");
    row("centimetres glued", "Crews cleared 40cm of snow from the pass.", "40cm", "40", "", "", "cm");
    // The noun after a dash and a hedge.
    row("noun after dash", "The company will hire 5,000 \u2014 mostly engineers \u2014 by 2027.",
        "5,000 \u2014 mostly engineers", "5000", "", "", "engineer");
    // One-letter currencies glued to a scaled number.
    row("naira", "The fintech raised N500m from local investors.", "N500m", "500000000", "", "NGN", "");
    row("rand", "Eskom needs R2.5 billion for repairs.", "R2.5 billion", "2500000000", "", "ZAR", "");
    // Kilograms, also joined to their number.
    row("kilograms", "The drone lifts a 350-kg load.", "350-kg", "350", "", "", "kilogram");
    row("kg", "Each crate holds 25 kg of coffee.", "25 kg", "25", "", "", "kilogram");
    // "Rs" stays the Indian rupee wherever else the story goes.
    row("rupees of India", "The Mumbai firm, which also sells in Pakistan, paid Rs 300 crore for the plant.",
        "Rs 300 crore", "3000000000", "", "INR", "");
    // Currencies by their alias, prefix, noun or the story's place.
    row("Fiji dollars", "The airline raised F$40 million from local banks.", "F$40 million", "40000000", "",
        "FJD", "");
    row("Kuwaiti dinars", "The bank set aside KD 75 million for bad loans.", "KD 75 million", "75000000", "",
        "KWD", "");
    row("soles", "Lima's metro line will cost 900 million soles.", "900 million soles", "900000000", "",
        "PEN", "");
    row("CFA francs", "Mali's budget adds 12 billion CFA francs for schools.", "12 billion CFA francs",
        "12000000000", "", "XOF", "");
    row("Moroccan dirhams", "Casablanca's port plans to spend 2 billion dirhams, Morocco said.",
        "2 billion dirhams", "2000000000", "", "MAD", "");
    row("Emirati dirhams", "Abu Dhabi will spend 3 billion dirhams, more than Morocco.", "3 billion dirhams",
        "3000000000", "", "AED", "");
    row("Ugandan shillings", "Uganda set aside 800 billion shillings for roads.", "800 billion shillings",
        "800000000000", "", "UGX", "");
    // Areas and volumes: a prefix and a unit of length, spaced or hyphenated.
    row("cubic metres", "The reservoir holds 450,000 cubic metres of water.", "450,000 cubic metres",
        "450000", "", "", "cubic metre");
    row("square feet", "The depot adds 1.2 million square feet of floor space.", "1.2 million square feet",
        "1200000", "", "", "square foot");
    row("hyphenated volume", "Each 90,000-cubic-metre tank is insulated.", "90,000-cubic-metre", "90000", "",
        "", "cubic metre");
    // Two measures joined by a slash are two amounts; only a time after it makes a rate.
    row("power of a pair", "A 250 MW/1,000 MWh battery is planned.", "250 MW", "250", "", "", "megawatt");
    row("energy of a pair", "A 250 MW/1,000 MWh battery is planned.", "1,000 MWh", "1000", "", "", "mwh");
    row("frequency", "The regulator will auction 120 MHz of spectrum.", "120 MHz", "120", "", "",
        "megahertz");
    // Dozens and hundreds spelled out count; a bare "dozen" does not.
    row("a dozen", "The yard will build a dozen ferries.", "a dozen ferries", "12", "", "", "ferry");
    row("two dozen", "Two dozen clinics will open.", "Two dozen clinics", "24", "", "", "clinic");
    row("spelled hundreds", "It will hire three hundred nurses.", "three hundred nurses", "300", "", "",
        "nurse");
    // Time counted by its kind, not as a span.
    row("kind of days", "The walkout cost 9 strike days.", "9 strike days", "9", "", "", "day");
    row("kind of nights", "Hotels sold 3 million guest nights.", "3 million guest nights", "3000000", "", "",
        "night");
    row("letters on a sign", "Growers earn GH¢12,000 a tonne.", "GH¢12,000", "12000", "", "GHS", "");
    row("cedi sign", "The fund holds GH₵ 40 million.", "GH₵ 40 million", "40000000", "", "GHS", "");
    // Codes and letters glued to the number; codes of smaller currencies; a currency by place
    row("glued code", "The lender arranged USD2.8 billion in loans.", "USD2.8 billion", "2800000000", "",
        "USD", "");
    row("glued alias", "Penang will spend RM2.5 billion on a tram.", "RM2.5 billion", "2500000000", "", "MYR",
        "");
    row("Qatari riyal alias", "The fund set aside QR450m for schools.", "QR450m", "450000000", "", "QAR", "");
    row("franc code", "Kigali added RWF 30 billion for water.", "RWF 30 billion", "30000000000", "", "RWF",
        "");
    row("Egyptian pound", "Cairo will pay E£2.2 billion a year.", "E£2.2 billion", "2200000000", "", "EGP",
        "");
    row("Mexican peso sign", "Guadalajara will add MX$800 million.", "MX$800 million", "800000000", "", "MXN",
        "");
    row("kr without a place", "The start-up, valued at 4 billion kr, hires.", "4 billion kr", "4000000000",
        "", "NOK", "");
    row("kr by place", "Gothenburg's port will spend 3 billion kr on cranes.", "3 billion kr", "3000000000",
        "", "SEK", "");
    row("kroner stays Norwegian", "Fjordkraft will spend 5 billion kroner; a Swedish partner joins.",
        "5 billion kroner", "5000000000", "", "NOK", "");
    row("square feet abbreviated", "The campus has 1.8 million sq ft of offices.", "1.8 million sq ft",
        "1800000", "", "", "square foot");
    row("storeys", "A 44-story tower will rise there.", "44-story", "44", "", "", "story");
    // Spelled hundreds as a range, half a dozen; small figures after a sign's letters or a glued code
    row("spelled range", "The mill will add between two hundred and four hundred jobs.",
        "two hundred and four hundred jobs", "200", "400", "", "job");
    row("half a dozen", "The chain opened half a dozen stores.", "half a dozen stores", "6", "", "", "store");
    row("small Egyptian pounds", "The fee is E£40 per person.", "E£40", "40", "", "EGP", "");
    row("small glued code", "Tickets cost RM35 each.", "RM35", "35", "", "MYR", "");
}

void TestEnglishAmounts::amounts()
{
    QFETCH(QString, text);
    QFETCH(QString, span);
    QFETCH(QString, amount);
    QFETCH(QString, amountMax);
    QFETCH(QString, currency);
    QFETCH(QString, unit);
    const QVector<Suggestion> list = Recognizer::recognize(text, kPublished);
    const Suggestion *hit = nullptr;
    for (const Suggestion &s : list) {
        if (s.kind == Suggestion::Kind::Amount && s.text == span)
            hit = &s;
    }
    QVERIFY2(hit, qPrintable(QStringLiteral("found: ") + describe(list)));
    QCOMPARE(hit->amount, amount);
    QCOMPARE(hit->amountMax, amountMax);
    QCOMPARE(hit->currency, currency);
    QCOMPARE(hit->unit, unit);
}

void TestEnglishAmounts::notAmounts_data()
{
    Test::addPartColumns();
    const auto row = Test::partRow;
    row("emergency calls", "Outages left towns unable to make 911 calls for hours.", "911");
    row("emergency line", "The 999 line was down overnight.", "999");
    row("hour holds", "Officers can impose 48 hour holds on patients.", "48");
    row("year plan", "The ministry published a 10 year plan for fibre.", "10");
    row("hyphenated year plan", "The ministry published a 10-year plan for fibre.", "10");
    row("mask name", "Workers wore N95 masks in the plant.", "N95");
    row("speed", "The roof folds at up to 50 km/h.", "50");
    row("a rate's measure", "Silver traded at ₹950 per 10 grams.", "10");
    row("a currency's price in another", "The dollar rose to 158 yen in Tokyo trading.", "158");
    row("sterling's price in dollars", "Sterling slid to 1.25 dollars.", "1.25");
    row("a rate per people", "Deaths fell to 4 per 100,000 people.", "100,000");
    row("a time noun joined to a verb", "Firms must notify within 15 days and report losses.", "15");
    row("model number", "Airlines ordered a 737-MAX jet.", "737");
    row("comparatives repeated", "They cut 500 more more jobs.", "500");
    row("percentage points", "Margins rose 3 percentage points.", "3");
    row("a duration before a verb and its object", "Retailers that fail within 30 minutes face fines.", "30");
    row("band name", "Its licence for the 700 MHz band runs out.", "700");
    row("an exchange rate", "The birr fell to 110 birr per dollar.", "110");
    row("a grade of gold", "She wore a 24-carat gold necklace.", "24");
    row("a rate to the dollar", "The rupee hit 84 rupees per U.S. dollar.", "84");
    row("race's champion", "A former 10,000 metres champion was banned.", "10,000");
    row("race itself", "She won the 400m hurdles final.", "400");
    row("working days", "Bids are due within 20 working days.", "20");
    row("straight days", "Shares fell for 6 straight days.", "6");
    row("bare dozen", "The initial dozen offerings sold out.", "dozen");
    row("small spelled count", "It placed two more orders.", "two");
    row("speed after a slash", "Trains run at 320 km/h on the line.", "320");
    row("energy per distance", "The van uses 18 kWh/100 km.", "18");
    row("distance of a rate", "The van uses 18 kWh/100 km.", "100");
    row("frequency naming a chip", "It ships with a 3.2 GHz processor.", "3.2");
    row("court days", "The defendant must answer within 15 court days.", "15");
    row("litigation code", "The suits were consolidated in MDL 3047 in Ohio.", "3047");
    row("ones of a count said before", "The chain closed 20 stores and will open 12 new ones next year.",
        "12");
    row("a frame rate after a video word", "The camera records 4K at 60p and costs $1,299.", "60");
    row("a frame rate after video", "The phone shoots 8K video at 30p.", "30");
    row("a player's statistic", "She scored 32 points and grabbed 10 rebounds.", "10");
    row("a goalkeeper's statistic", "Stalock made 30 saves and Minnesota won.", "30");
    row("a frame rate's unit", "The phone records video at 30 fps.", "30");
    row("a clock's p.m. after tenths", "The match kicks off at 7.30p.m. on Saturday in Lagos.", "7.30");
    row("a day before a clause's conjunction", "Benefits lapse after Sept. 6 unless Congress acts.", "6");
}

void TestEnglishAmounts::notAmounts()
{
    QFETCH(QString, text);
    QFETCH(QString, part);
    const int from = int(text.indexOf(part));
    QVERIFY(from >= 0);
    const int to = from + int(part.size());
    const QVector<Suggestion> list = Recognizer::recognize(text, kPublished);
    QVERIFY2(!Test::amountOver(list, from, to), qPrintable(describe(list)));
}

QTEST_GUILESS_MAIN(TestEnglishAmounts)
#include "tst_englishamounts.moc"
