"""Builds news-own-en.jsonl: news sentences of our own with the amounts and deadlines in them,
written blind to the recognizers' rules (run: python3 build_en.py).

Relabelled once, on 2026-12-02: cases 008 and 048 had a range with the currency repeated
("$2.4 billion to $2.5 billion") as two amounts; they are now one range with amount_max, the
convention of shared/recognizers/README.md and of every other range in these sets.
"""
import os, sys; HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from common import *

PEOPLE = ["person"]
GW = ["gw"]; MW = ["mw"]
USD, EUR, JPY, GBP, INR, KRW, CNY = "USD", "EUR", "JPY", "GBP", "INR", "KRW", "CNY"
S = []
def case(pub, text, E=(), I_=(), X_=(), region=None, tags=()):
    S.append({"pub": pub, "text": text, "E": list(E), "I": list(I_), "X": list(X_), "region": region, "tags": list(tags)})

# 001
p = "2024-03-14"
case(p, "Halvorsen Robotics said on Monday it had raised $410 million from a group led by a Gulf sovereign fund and plans to hire 600 engineers in Pittsburgh and Austin by the end of next year.",
     [M("$410 million", "410000000", USD), Q("600 engineers", "600", "engineer"),
      D("by the end of next year", "2025-12-31", "year")],
     [], [X("on Monday", "past_date")], "us")
# 002
p = "2025-06-03"
case(p, "Germany will provide €2.5bn to help a Taiwanese-Dutch joint venture build a wafer plant near Magdeburg, which is expected to employ about 1,800 workers when it opens in the second half of 2026.",
     [M("€2.5bn", "2500000000", EUR), Q("1,800 workers", "1800", "worker"),
      D("the second half of 2026", "2026-12-31", "month")], [], [], "eu")
# 003
p = "2024-11-19"
case(p, "Sakuragawa Electric will invest ¥300 billion in power-chip production over the next three years, President Kenji Moriyama, 58, told reporters in Tokyo.",
     [M("¥300 billion", "300000000000", JPY), D("over the next three years", add_years(p, 3), "year")],
     [], [X("58", "age")], "jp", ["age"])
# 004
p = "2025-02-27"
case(p, "Tamil Nadu signed agreements worth Rs 500 crore with two electronics makers on Wednesday; the plants near Hosur are to start operations within 18 months and create 3,500 jobs.",
     [M("Rs 500 crore", "5000000000", INR), D("within 18 months", add_months(p, 18), "month"),
      Q("3,500 jobs", "3500", "job")],
     [I("two electronics makers", "small spelled-out count")], [X("on Wednesday", "past_date")], "in")
# 005
p = "2026-01-22"
case(p, "Bristol-based Marlow Quantum raised £1.2m in seed funding last month and aims to have a 50-qubit prototype running by Q3.",
     [M("£1.2m", "1200000", GBP), Q("50-qubit", "50", "qubit"), D("by Q3", "2026-09-30", "quarter")],
     [], [X("last month", "past_date")], "uk", ["quarter_no_year"])
# 006
p = "2024-08-08"
case(p, "Cobalt Ridge Power agreed to supply 1.2 gigawatts of electricity to a hyperscale campus in Nevada under a 20-year contract worth US$40 million a year, with the first 300 MW due online by March 2027.",
     [Q("1.2 gigawatts", "1.2", "gigawatt", GW), M("US$40 million", "40000000", USD),
      Q("300 MW", "300", "megawatt", MW), D("by March 2027", "2027-03-31", "month")],
     [I("20-year", "contract length, a duration rather than a deadline")], [X("a year", "rate")], "us")
# 007
p = "2025-09-09"
case(p, "South Korea will pour 1.5 trillion won into a national AI computing centre that is to house 15,000 GPUs by 2030, the science ministry said on Tuesday.",
     [M("1.5 trillion won", "1500000000000", KRW), Q("15,000 GPUs", "15000", "gpu"), D("by 2030", "2030-12-31", "year")],
     [], [X("on Tuesday", "past_date")], "kr")
# 008
p = "2026-04-15"
case(p, "Northgate Software reported revenue of $2.31 billion for the quarter ended March 31, up 14% from a year earlier, and forecast second-quarter sales of $2.4 billion to $2.5 billion. The shares rose 6% in extended trading after the 4:05 p.m. release.",
     [M("$2.31 billion", "2310000000", USD), M("$2.4 billion to $2.5 billion", "2400000000", USD, amax="2500000000")],
     [I("second-quarter", "forecast period already under way; not a target")],
     [X("the quarter ended March 31", "past_date"), X("14%", "percentage"), X("a year earlier", "past_date"),
      X("6%", "percentage"), X("4:05 p.m.", "time_of_day")], "us", ["range", "time_of_day"])
# 009
p = "2024-05-21"
case(p, "Shenzhen-based Luxin Storage plans to raise 8 billion yuan in a Shanghai listing to fund a memory plant that should reach 100,000 wafers per month before the end of the decade.",
     [M("8 billion yuan", "8000000000", CNY), Q("100,000 wafers", "100000", "wafer"),
      D("before the end of the decade", "2029-12-31", "year")],
     [], [X("per month", "rate")], "cn")
# 010
p = "2025-12-02"
case(p, "Canberra will spend A$1.1 billion over five years to train 20,000 cyber security specialists, with the first intake of 2,000 students due by mid-2026.",
     [M("A$1.1 billion", "1100000000", "AUD"), D("over five years", add_years(p, 5), "year"),
      Q("20,000 cyber security specialists", "20000", "specialist", ["cyber security specialist"]),
      Q("2,000 students", "2000", "student"), D("by mid-2026", "2026-06-30", "month")], [], [], "au")
# 011
p = "2024-02-06"
case(p, "Owners of 2025 Kestrel EV sedans can call the recall hotline at 1-888-555-0142, which is staffed 24/7, the company said, adding that a fix delivered as software version 3.2 will reach all cars within 60 days.",
     [D("within 60 days", add_days(p, 60), "day")], [],
     [X("2025", "model_year"), X("1-888-555-0142", "phone"), X("24/7", "rate"), X("version 3.2", "version")],
     "us", ["model_year", "phone"])
# 012
p = "2026-07-07"
case(p, "Abu Dhabi's Falcon Compute will spend $10 billion on data centres totalling 5 GW in the UAE by 2031 and has ordered more than 20,000 accelerators from US suppliers, it said in a statement on Sunday.",
     [M("$10 billion", "10000000000", USD), Q("5 GW", "5", "gigawatt", GW), D("by 2031", "2031-12-31", "year"),
      Q("20,000 accelerators", "20000", "accelerator")], [], [X("on Sunday", "past_date")], "gulf")
# 013
p = "2025-03-18"
case(p, "The Commerce Department finalized a $6.2 billion grant for a memory-chip complex in upstate New York; the first fab is scheduled to begin production in 2028 and a second one by 2031, creating up to 9,000 construction jobs.",
     [M("$6.2 billion", "6200000000", USD), D("2028", "2028-12-31", "year"), D("by 2031", "2031-12-31", "year"),
      Q("9,000 construction jobs", "9000", "job", ["construction job"])], [], [], "us", ["bare_year"])
# 014
p = "2024-09-12"
case(p, "Reliant Digital will invest ₹25,000 crore in AI-ready data centres across five cities by fiscal 2027, and has already commissioned 120 MW of capacity since April.",
     [M("₹25,000 crore", "250000000000", INR), D("by fiscal 2027", "2027-03-31", "year", ["2027-12-31", "2028-03-31"]),
      Q("120 MW", "120", "megawatt", MW)],
     [I("five cities", "small spelled-out count")], [X("since April", "past_date")], "in", ["fiscal_year"])
# 015
p = "2026-10-20"
case(p, "Meridian Health Systems plans to add about 1,200 nurses and 300 data analysts over the next 12 months, Chief Executive Laura Chen, 51, said at an investor day on Oct. 14.",
     [Q("1,200 nurses", "1200", "nurse"), Q("300 data analysts", "300", "analyst", ["data analyst"]),
      D("over the next 12 months", add_months(p, 12), "month")],
     [], [X("51", "age"), X("on Oct. 14", "past_date")], "us", ["age"])
# 016
p = "2024-06-28"
case(p, "France's €54 billion France 2030 plan has so far financed 3,200 projects, the government said, and ministers want a further 500 start-ups funded before the end of 2025.",
     [M("€54 billion", "54000000000", EUR), Q("3,200 projects", "3200", "project"),
      Q("500 start-ups", "500", "start-up", ["startup"]), D("before the end of 2025", "2025-12-31", "year")],
     [], [X("France 2030", "name_with_year")], "eu")
# 017
p = "2025-01-15"
case(p, "Taiwan's Hsinwu Foundry expects capital expenditure of NT$90-100 billion this year, it said on Tuesday, and plans to double advanced packaging capacity by the end of 2026.",
     [M("NT$90-100 billion", "90000000000", "TWD", "100000000000"), D("by the end of 2026", "2026-12-31", "year")],
     [I("this year", "current-year forecast period; not clearly a deadline")], [X("on Tuesday", "past_date")], "tw", ["range"])
# 018
p = "2026-02-17"
case(p, "Ontario will give C$500 million to a battery-materials plant in Sudbury that will open by the end of 2028 and hire 750 people; the province first courted the company in 2022.",
     [M("C$500 million", "500000000", "CAD"), D("by the end of 2028", "2028-12-31", "year"),
      Q("750 people", "750", "people", PEOPLE)], [], [X("in 2022", "past_date")], "ca")
# 019
p = "2024-10-08"
case(p, "The startup's headquarters at 2100 Harbor Boulevard in Long Beach will house its first 40 employees, and its chips, built on a 5-nanometer process, draw 30% less power than rivals, founder Priya Nair, 34, said.",
     [Q("40 employees", "40", "employee")], [I("5-nanometer", "process node")],
     [X("2100 Harbor Boulevard", "address"), X("30%", "percentage"), X("34", "age")], "us", ["address", "age"])
# 020
p = "2025-07-29"
case(p, "Crestline Semiconductor expects to complete its $3.9 billion acquisition of Veltro Labs by the end of the third quarter, subject to regulatory approval, after first agreeing to the deal in January.",
     [M("$3.9 billion", "3900000000", USD), D("by the end of the third quarter", "2025-09-30", "quarter")],
     [], [X("in January", "past_date")], "us")
# 021
p = "2024-04-30"
case(p, "SoraNet, the cloud arm of a Japanese telecom group, will spend 200 billion yen on GPU servers through March 2026 and lease them to about 1,000 domestic companies.",
     [M("200 billion yen", "200000000000", JPY), D("through March 2026", "2026-03-31", "month"),
      Q("1,000 domestic companies", "1000", "company", ["companies", "domestic company", "domestic companies"])], [], [], "jp")
# 022
p = "2026-05-05"
case(p, "The European Investment Bank approved €750 million in loans for grid upgrades that will connect 4 GW of new data-centre demand in Ireland within four years.",
     [M("€750 million", "750000000", EUR), Q("4 GW", "4", "gigawatt", GW), D("within four years", add_years(p, 4), "year")], [], [], "eu")
# 023
p = "2025-11-11"
case(p, "Singapore-based Strait Digital will spend S$1.8 billion to add 300 megawatts of data-centre capacity on Jurong Island over the next decade, its chief executive said at 10:30 a.m. local time on Tuesday.",
     [M("S$1.8 billion", "1800000000", "SGD"), Q("300 megawatts", "300", "megawatt", MW),
      D("over the next decade", add_years(p, 10), "year")],
     [], [X("10:30 a.m.", "time_of_day"), X("on Tuesday", "past_date")], "sg", ["time_of_day"])
# 024
p = "2024-07-02"
case(p, "Harbor Analytics said fiscal 2023 revenue rose 18% to $912 million, and that it ended last year with 4,300 employees, down from 5,100 in 2021.",
     [M("$912 million", "912000000", USD), Q("4,300 employees", "4300", "employee")],
     [I("5,100", "elliptical count with no noun")],
     [X("fiscal 2023", "past_date"), X("18%", "percentage"), X("last year", "past_date"), X("in 2021", "past_date")], "us", ["negative_dates"])
# 025
p = "2025-04-09"
case(p, "Brazil's development bank will lend R$3 billion to build 25 solar-powered data centres in the northeast by 2028, the bank's president said last week.",
     [M("R$3 billion", "3000000000", "BRL"),
      Q("25 solar-powered data centres", "25", "data centre", ["data center", "centre", "center", "solar-powered data centre", "solar-powered data center"]),
      D("by 2028", "2028-12-31", "year")], [], [X("last week", "past_date")], "br")
# 026
p = "2026-09-23"
case(p, "Britain's AI Research Resource will receive another £2bn, enough for about 100,000 GPUs, and the government wants the expanded system running by the end of 2027.",
     [M("£2bn", "2000000000", GBP), Q("100,000 GPUs", "100000", "gpu"), D("by the end of 2027", "2027-12-31", "year")], [], [], "uk")
# 027
p = "2024-12-10"
case(p, "Indonesia aims to attract $20 billion in electronics investment and create 1 million factory jobs by 2029, the presidential office said on Monday, citing pledges made since 2023.",
     [M("$20 billion", "20000000000", USD), Q("1 million factory jobs", "1000000", "job", ["factory job"]),
      D("by 2029", "2029-12-31", "year")], [], [X("on Monday", "past_date"), X("since 2023", "past_date")], "id")
# 028
p = "2025-08-14"
case(p, "Analysts expect Ironwood Networks to spend $1.5-2 billion on fiber over the next two years and to cut 800 to 1,000 jobs.",
     [M("$1.5-2 billion", "1500000000", USD, "2000000000"), D("over the next two years", add_years(p, 2), "year"),
      Q("800 to 1,000 jobs", "800", "job", amax="1000")], [], [], "us", ["range"])
# 029
p = "2024-01-26"
case(p, "The Energy Department opened applications for $3.5 billion in grid-resilience grants on Thursday; states must submit plans by May 31, 2024, and funds will flow within 90 days of approval.",
     [M("$3.5 billion", "3500000000", USD), D("by May 31, 2024", "2024-05-31", "day")],
     [I("within 90 days of approval", "relative to an unknown future event, not to the publication date")],
     [X("on Thursday", "past_date")], "us")
# 030
p = "2026-03-03"
case(p, "Hokuriku Chip Works will hire 500 new graduates in April and spend ¥45 billion on a second line that should start running by fiscal 2028, according to a medium-term plan released on Friday.",
     [Q("500 new graduates", "500", "graduate", ["new graduate"]), D("April", "2026-04-30", "month"),
      M("¥45 billion", "45000000000", JPY), D("by fiscal 2028", "2029-03-31", "year", ["2028-12-31"])],
     [], [X("on Friday", "past_date")], "jp", ["fiscal_year", "bare_month"])
# 031
p = "2025-10-30"
case(p, "Pinecrest Bank earned $1.02 per share in the third quarter, beating estimates, and set a target of returning $5 billion to shareholders by 2027.",
     [M("$1.02", "1.02", USD), M("$5 billion", "5000000000", USD), D("by 2027", "2027-12-31", "year")],
     [], [X("per share", "rate"), X("the third quarter", "past_date")], "us", ["per_share"])
# 032
p = "2024-03-27"
case(p, "Hanbit Display will invest KRW 4.1 trillion in an OLED line for laptops that is set to begin mass production in 2026, the company said in a regulatory filing.",
     [M("KRW 4.1 trillion", "4100000000000", KRW), D("2026", "2026-12-31", "year")], [], [], "kr", ["bare_year"])
# 033
p = "2026-06-18"
case(p, "Qatar's sovereign fund committed $2.5 billion to venture funds over the next five years, adding to the $1 billion it pledged in February 2024.",
     [M("$2.5 billion", "2500000000", USD), D("over the next five years", add_years(p, 5), "year"),
      M("$1 billion", "1000000000", USD)], [], [X("in February 2024", "past_date")], "gulf")
# 034
p = "2025-05-13"
case(p, "Bluefield AI will double its headcount to 2,000 within a year and open offices in London and Bangalore, the company said; it has 47 open roles listed on its careers page today.",
     [D("within a year", add_years(p, 1), "year"), Q("47 open roles", "47", "role", ["open role"])],
     [I("2,000", "elliptical count with no noun (headcount)")], [X("today", "plain_date")], "us")
# 035
p = "2024-09-03"
case(p, "Nordic Grid Data will invest NOK 12 billion in a hydro-powered campus in Norway, with the first 150 MW online by Q2 2026 and the full 600 MW by 2028.",
     [M("NOK 12 billion", "12000000000", "NOK"), Q("150 MW", "150", "megawatt", MW), D("by Q2 2026", "2026-06-30", "quarter"),
      Q("600 MW", "600", "megawatt", MW), D("by 2028", "2028-12-31", "year")], [], [], "eu")
# 036
p = "2025-02-04"
case(p, "India's revenue department will replace 60,000 office PCs still running Windows 10 at a cost of about 3.4 billion rupees, with the move to Windows 11 to be finished by the end of the fiscal year on March 31.",
     [Q("60,000 office PCs", "60000", "pc", ["office pc", "computer"]), M("3.4 billion rupees", "3400000000", INR),
      D("by the end of the fiscal year on March 31", "2025-03-31", "day")],
     [], [X("Windows 10", "version"), X("Windows 11", "version")], "in", ["version"])
# 037
p = "2026-11-24"
case(p, "Atlas Rail's $18 billion high-speed line between Las Vegas and Southern California, delayed from a 2024 target, is now slated to open before the 2028 Olympics, the company said.",
     [M("$18 billion", "18000000000", USD)],
     [I("before the 2028 Olympics", "deadline anchored to a named event; date not stated")],
     [X("2024", "past_deadline")], "us", ["event_anchor"])
# 038
p = "2024-05-30"
case(p, "Telecoms group Albion Fibre will connect a further 7 million homes to full-fibre broadband by December 2026, backed by £4.5 billion of new debt, it said on Thursday.",
     [Q("7 million homes", "7000000", "home"), D("by December 2026", "2026-12-31", "month"),
      M("£4.5 billion", "4500000000", GBP)], [], [X("on Thursday", "past_date")], "uk")
# 039
p = "2025-12-16"
case(p, "China will add 50,000 new base stations in western provinces next year and spend about RMB 30 billion on rural broadband, the industry ministry said on Monday.",
     [Q("50,000 new base stations", "50000", "base station", ["station", "new base station"]),
      D("next year", "2026-12-31", "year"), M("RMB 30 billion", "30000000000", CNY)], [], [X("on Monday", "past_date")], "cn")
# 040
p = "2024-08-20"
case(p, "Ferro Motors recalled 41,000 of its 2023 and 2024 Vanta pickups over a steering defect; dealers will begin repairs on Sept. 16, and owners can call 800-555-0173 between 8 a.m. and 8 p.m.",
     [D("Sept. 16", "2024-09-16", "day")],
     [I("41,000", "elliptical count; head noun far away")],
     [X("2023", "model_year"), X("2024", "model_year"), X("800-555-0173", "phone"), X("8 a.m.", "time_of_day"),
      X("8 p.m.", "time_of_day")], "us", ["model_year", "phone", "time_of_day"])
# 041
p = "2026-01-08"
case(p, "Karnataka approved a Rs 3,200 crore semiconductor design park in Mysuru that will train 10,000 students a year and is to be ready within 30 months.",
     [M("Rs 3,200 crore", "32000000000", INR), Q("10,000 students", "10000", "student"),
      D("within 30 months", add_months(p, 30), "month")], [], [X("a year", "rate")], "in")
# 042
p = "2025-06-24"
case(p, "The 72-year-old co-founder will hand the chief executive role to Ana Ruiz, 45, on Jan. 1, and the company will hold a call with analysts at 8:30 a.m. Eastern on Wednesday.",
     [D("Jan. 1", "2026-01-01", "day")],
     [I("on Wednesday", "future weekday of a scheduled call; plain date vs deadline unclear")],
     [X("72-year-old", "age"), X("45", "age"), X("8:30 a.m.", "time_of_day")], "us", ["age", "time_of_day"])
# 043
p = "2024-11-05"
case(p, "Baden-Württemberg's state bank will lend €350m to a Stuttgart maker of lidar sensors, which plans to raise output to 2 million units a year by 2027.",
     [M("€350m", "350000000", EUR), Q("2 million units", "2000000", "unit"), D("by 2027", "2027-12-31", "year")],
     [], [X("a year", "rate")], "eu")
# 044
p = "2025-03-04"
case(p, "Kawase Heavy Industries booked ¥1.1tn in orders in the April-December period and now expects full-year orders of ¥1.5 trillion for the fiscal year ending in March.",
     [M("¥1.1tn", "1100000000000", JPY), M("¥1.5 trillion", "1500000000000", JPY)],
     [I("the fiscal year ending in March", "current fiscal year as a forecast period; not a target"),
      I("full-year", "current fiscal year as a forecast period")],
     [X("the April-December period", "past_date")], "jp", ["fiscal_year"])
# 045
p = "2026-08-11"
case(p, "Kenya's Konza technopolis will get a $1 billion data centre from a Gulf-backed developer, which promised to train 20,000 young people in digital skills within five years.",
     [M("$1 billion", "1000000000", USD), Q("20,000 young people", "20000", "people", ["person", "young people", "young person"]),
      D("within five years", add_years(p, 5), "year")], [], [], "ke")
# 046
p = "2024-02-22"
case(p, "Shares of Quillon Pharma (NYSE: QLP) fell 12% after the drugmaker said regulators would decide on its 200 mg cancer pill by Nov. 30, later than the September date it had expected.",
     [D("by Nov. 30", "2024-11-30", "day")],
     [I("200 mg", "dosage, not a counted quantity"), I("the September date", "superseded expected date")],
     [X("NYSE: QLP", "ticker"), X("12%", "percentage")], "us")
# 047
p = "2025-09-30"
case(p, "Vietnam's Hai Phong city will lease 200 hectares to a Korean display maker that plans to invest $1.8 billion there by the end of 2027.",
     [Q("200 hectares", "200", "hectare", ["ha"]), M("$1.8 billion", "1800000000", USD),
      D("by the end of 2027", "2027-12-31", "year")], [], [], "vn")
# 048
p = "2026-02-03"
case(p, "Valence Cloud guided to capital spending of $38 billion to $42 billion for 2026, up from $27 billion in 2025, as it races to add data-centre capacity.",
     [M("$38 billion to $42 billion", "38000000000", USD, amax="42000000000"), M("$27 billion", "27000000000", USD)],
     [I("for 2026", "current-year guidance period; not a target")], [X("in 2025", "past_date")], "us", ["range"])
# 049
p = "2024-10-15"
case(p, "The Philippines will build 10 AI training centres with a 2.5 billion peso budget, and the first three will open in the first quarter of next year.",
     [Q("10 AI training centres", "10", "centre", ["center", "training centre", "training center", "ai training centre", "ai training center"]),
      M("2.5 billion peso", "2500000000", "PHP"), D("the first quarter of next year", "2025-03-31", "quarter")],
     [I("the first three", "small spelled-out count, no noun")], [], "ph")
# 050
p = "2025-11-26"
case(p, "A UAE-backed fund will invest up to US$11 billion in French AI infrastructure, including a 1-gigawatt campus near Lyon whose first phase should be ready by the end of 2028.",
     [M("US$11 billion", "11000000000", USD), Q("1-gigawatt", "1", "gigawatt", GW), D("by the end of 2028", "2028-12-31", "year")], [], [], "eu")
# 051
p = "2024-07-16"
case(p, "Version 4.0 of the city's open-data portal, launched at 9 a.m. on July 1, logged 2.3 million visits in its first two weeks; the council will spend £3.6 million on version 5 by April 2025.",
     [Q("2.3 million visits", "2300000", "visit"), M("£3.6 million", "3600000", GBP), D("by April 2025", "2025-04-30", "month")],
     [], [X("Version 4.0", "version"), X("9 a.m.", "time_of_day"), X("on July 1", "past_date"),
          X("its first two weeks", "past_date"), X("version 5", "version")], "uk", ["version", "time_of_day"])
# 052
p = "2026-12-01"
case(p, "Sable Energy will deploy 2,500 megawatt-hours of battery storage for a Texas AI campus in the second half of 2027 under a deal valued at about $900 million.",
     [Q("2,500 megawatt-hours", "2500", "megawatt-hour", ["mwh", "megawatt hour"]),
      D("the second half of 2027", "2027-12-31", "month"), M("$900 million", "900000000", USD)], [], [], "us")
# 053
p = "2025-01-21"
case(p, "The new administration said on Tuesday it would review the $52.7 billion chips program signed into law in 2022, and agencies have 60 days to report back.",
     [M("$52.7 billion", "52700000000", USD)],
     [I("60 days", "implicit deadline (have N days to ...); trigger word absent")],
     [X("on Tuesday", "past_date"), X("in 2022", "past_date")], "us")
# 054
p = "2024-06-05"
case(p, "Osaka-based Naniwa Battery will hire 1,500 workers and invest ¥250 billion in a solid-state battery plant in Sakai that will start shipping to automakers in fiscal 2027, which begins in April 2027.",
     [Q("1,500 workers", "1500", "worker"), M("¥250 billion", "250000000000", JPY),
      D("fiscal 2027", "2028-03-31", "year", ["2027-12-31"])],
     [I("April 2027", "start of the fiscal year, described rather than targeted")], [], "jp", ["fiscal_year"])
# 055
p = "2025-08-05"
case(p, "Employers added 114,000 jobs in July, below the 175,000 economists had forecast, and the unemployment rate rose to 4.3%, the Labor Department said on Friday.",
     [Q("114,000 jobs", "114000", "job")], [I("175,000", "elliptical count with no noun")],
     [X("in July", "past_date"), X("4.3%", "percentage"), X("on Friday", "past_date")], "us")
# 056
p = "2026-04-28"
case(p, "Spain's PERTE Chip program, worth €12.25 billion, has committed only about a third of its funds, and Madrid now wants the rest allocated by the end of the year.",
     [M("€12.25 billion", "12250000000", EUR), D("by the end of the year", "2026-12-31", "year")],
     [I("a third", "fraction of funds")], [], "eu")
# 057
p = "2024-12-18"
case(p, "Granite Peak Capital closed its third infrastructure fund at $6.8 billion, above its $5 billion target, and plans to invest the money within the next four to five years.",
     [M("$6.8 billion", "6800000000", USD), M("$5 billion", "5000000000", USD),
      D("within the next four to five years", add_years(p, 5), "year", [add_years(p, 4)])], [], [], "us", ["range"])
# 058
p = "2025-05-27"
case(p, "Sydney-based Coral Compute lifted its planned data-centre capacity to 1.1 GW from 650 MW and said its A$4 billion Melbourne campus would be finished by June 2027.",
     [Q("1.1 GW", "1.1", "gigawatt", GW), Q("650 MW", "650", "megawatt", MW), M("A$4 billion", "4000000000", "AUD"),
      D("by June 2027", "2027-06-30", "month")], [], [], "au")
# 059
p = "2026-06-30"
case(p, "Samjin Electronics will invest 60 trillion won in chip plants in Yongin through 2035 and hire 3,000 people this year, executives told a shareholder meeting in March.",
     [M("60 trillion won", "60000000000000", KRW), D("through 2035", "2035-12-31", "year"),
      Q("3,000 people", "3000", "people", PEOPLE)],
     [I("this year", "current-year hiring target; deadline vs plain date unclear")], [X("in March", "past_date")], "kr")
# 060
p = "2024-04-11"
case(p, "Arizona lawmakers approved a $150 million incentive package requiring the chipmaker to create at least 2,000 jobs paying above $70,000 a year by 2030; the plant at 7800 West Elliot Road is already 40% complete.",
     [M("$150 million", "150000000", USD), Q("2,000 jobs", "2000", "job"), M("$70,000", "70000", USD),
      D("by 2030", "2030-12-31", "year")],
     [], [X("a year", "rate"), X("7800 West Elliot Road", "address"), X("40%", "percentage")], "us", ["address"])

rows = build(S, "own-en", "own-heldout-handwritten", lang="en")
write(rows, os.path.join(HERE, "news-own-en.jsonl"), None)
print(len(rows))
