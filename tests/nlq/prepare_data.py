#!/usr/bin/env python3
"""Writes the frozen CSV tables of the NLQ evaluation set into data/ and datasets.json.

    pip install plotly scikit-learn statsmodels pandas
    python3 prepare_data.py

Every table comes from data that a pip package ships inside its wheel (no network
access at run time): plotly.data, sklearn.datasets (load_*(as_frame=True)) and
statsmodels.datasets. The output is deterministic: fixed row order, floats
rounded to a fixed number of decimals and written without trailing zeros,
empty cells for missing values, "\\n" line ends, UTF-8 without BOM.

The gold answers of questions.jsonl are computed from these exact files
(build_questions.py); datasets.json records each file's sha256, so a
regenerated file that differs is noticed by score.py.

DATASETS (below) is plain data so that build_questions.py can import it with
the standard library alone; pandas & co. are imported only when writing.
"""

import functools
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, HERE)
from table_text import num, text, whole  # noqa: E402
import table_text  # noqa: E402

DATASETS = {
    "gapminder": {
        "description": "Life expectancy, population and GDP per capita of 142 countries, "
                       "every 5 years 1952-2007 (one row per country and year)",
        "source": "plotly.data.gapminder() (Gapminder Foundation, gapminder.org/data)",
        "licence": "CC BY 4.0 (Gapminder); plotly package MIT",
        "files": ["data/gapminder.csv"],
    },
    "tips": {
        "description": "244 restaurant bills with the tip left, the payer's sex, smoker, "
                       "day, meal and party size",
        "source": "plotly.data.tips() (Bryant & Smith 1995, Practical Data Analysis: "
                  "Case Studies in Business Statistics)",
        "licence": "textbook example data, redistributed with plotly (MIT) and seaborn (BSD-3)",
        "files": ["data/tips.csv"],
    },
    "wine": {
        "description": "Chemical analysis of 178 Italian wines from three cultivars",
        "source": "sklearn.datasets.load_wine(as_frame=True) (UCI Machine Learning "
                  "Repository, Wine data set, Forina et al.)",
        "licence": "CC BY 4.0 (UCI); scikit-learn BSD-3",
        "files": ["data/wine.csv"],
    },
    "diabetes": {
        "description": "442 diabetes patients: age, sex, BMI, blood pressure, six blood "
                       "serum measurements and disease progression one year later",
        "source": "sklearn.datasets.load_diabetes(as_frame=True, scaled=False) (Efron, "
                  "Hastie, Johnstone & Tibshirani 2004, Least Angle Regression)",
        "licence": "published with the paper, redistributed with scikit-learn (BSD-3)",
        "files": ["data/diabetes.csv"],
    },
    "linnerud": {
        "description": "20 middle-aged men at a fitness club: three exercises (chin-ups, "
                       "sit-ups, jumps) and three body measurements",
        "source": "sklearn.datasets.load_linnerud(as_frame=True) (Tenenhaus 1998, "
                  "La regression PLS)",
        "licence": "published textbook data, redistributed with scikit-learn (BSD-3)",
        "files": ["data/linnerud.csv"],
    },
    "co2": {
        "description": "Weekly atmospheric CO2 at Mauna Loa Observatory, Hawaii, "
                       "March 1958 - December 2001 (ppm; weeks without data are empty)",
        "source": "statsmodels.datasets.co2 (Keeling & Whorf 2004, Scripps/CDIAC)",
        "licence": "public domain (statsmodels: 'This is public domain.')",
        "files": ["data/co2_weekly.csv"],
    },
    "world_fertility": {
        "description": "Countries (the 142 of gapminder) and their total fertility rate "
                       "(births per woman) per year 1990-2011; fertility.country_code -> "
                       "countries.country_code; Reunion and Taiwan have no fertility rows",
        "source": "plotly.data.gapminder() (country list) + statsmodels.datasets.fertility "
                  "(World Bank, World Development Indicators SP.DYN.TFRT.IN)",
        "licence": "CC BY 4.0 (Gapminder; World Bank open data)",
        "files": ["data/countries.csv", "data/fertility.csv"],
    },
    "state_crime": {
        "description": "Crime, poverty and demographics of the 50 US states and DC in 2009 "
                       "(state_code added: USPS abbreviation)",
        "source": "statsmodels.datasets.statecrime (US Statistical Abstract 2009, "
                  "American Community Survey)",
        "licence": "public domain (statsmodels: 'Public domain.')",
        "files": ["data/state_crime.csv"],
    },
    "election": {
        "description": "2013 Montreal mayoral election: votes for Coderre, Bergeron and "
                       "Joly in each of 58 districts, the winner and whether the win was "
                       "a majority or a plurality",
        "source": "plotly.data.election() (Elections Montreal open data)",
        "licence": "plotly package MIT; Montreal open data (CC BY 4.0)",
        "files": ["data/montreal_election.csv"],
    },
    "electrical_equipment": {
        "description": "Monthly total turnover index of the manufacture of electrical "
                       "equipment in the euro area (18 countries), January 1995 - May 2016, "
                       "working-day adjusted, not seasonally adjusted",
        "source": "statsmodels.datasets.elec_equip (Eurostat series "
                  "STS.M.I7.W.TOVT.NS0016.4.000)",
        "licence": "public domain per statsmodels ('This is public domain.'); Eurostat "
                   "data may be reused with acknowledgement of the source",
        "files": ["data/electrical_equipment.csv"],
    },
    "stocks": {
        "description": "Weekly closing prices of six tech stocks in 2018-2019, each "
                       "divided by its price of 2018-01-01 (so every column starts at 1)",
        "source": "plotly.data.stocks()",
        "licence": "plotly package MIT",
        "files": ["data/tech_stocks.csv"],
    },
}

STATE_CODES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA",
    "Colorado": "CO", "Connecticut": "CT", "Delaware": "DE", "District of Columbia": "DC",
    "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID", "Illinois": "IL",
    "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI",
    "Minnesota": "MN", "Mississippi": "MS", "Missouri": "MO", "Montana": "MT",
    "Nebraska": "NE", "Nevada": "NV", "New Hampshire": "NH", "New Jersey": "NJ",
    "New Mexico": "NM", "New York": "NY", "North Carolina": "NC", "North Dakota": "ND",
    "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA",
    "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN",
    "Texas": "TX", "Utah": "UT", "Vermont": "VT", "Virginia": "VA", "Washington": "WA",
    "West Virginia": "WV", "Wisconsin": "WI", "Wyoming": "WY",
}


# ----------------------------------------------------------------------------- helpers
write_csv = functools.partial(table_text.write_csv, DATA)


# ----------------------------------------------------------------------------- tables
def gapminder_frame():
    import plotly.data
    return plotly.data.gapminder()


def make_gapminder():
    df = gapminder_frame()
    rows = [[text(r.country), text(r.continent), whole(r.year), num(r.lifeExp, 3),
             whole(r.pop), num(r.gdpPercap, 2), text(r.iso_alpha), whole(r.iso_num)]
            for r in df.itertuples(index=False)]
    write_csv("gapminder.csv", ["country", "continent", "year", "lifeExp", "pop",
                                "gdpPercap", "iso_alpha", "iso_num"], rows)


def make_tips():
    import plotly.data
    df = plotly.data.tips()
    rows = [[num(r.total_bill, 2), num(r.tip, 2), text(r.sex), text(r.smoker), text(r.day),
             text(r.time), whole(r.size)] for r in df.itertuples(index=False)]
    write_csv("tips.csv", ["total_bill", "tip", "sex", "smoker", "day", "time", "size"], rows)


def make_wine():
    from sklearn.datasets import load_wine
    b = load_wine(as_frame=True)
    df = b.frame
    feats = list(b.feature_names)
    integral = {"magnesium", "proline"}
    rows = []
    for _, r in df.iterrows():
        row = [whole(r[f]) if f in integral else num(r[f], 4) for f in feats]
        row.append(str(b.target_names[int(r["target"])]))
        rows.append(row)
    write_csv("wine.csv", feats + ["cultivar"], rows)


def make_diabetes():
    from sklearn.datasets import load_diabetes
    df = load_diabetes(as_frame=True, scaled=False).frame
    # s1..s6 renamed after the abbreviations of sklearn's description:
    # tc total serum cholesterol, ldl / hdl lipoproteins, tch total cholesterol / HDL,
    # ltg log of serum triglycerides, glu blood sugar level.
    rows = [[whole(r["age"]), whole(r["sex"]), num(r["bmi"], 1), num(r["bp"], 2),
             whole(r["s1"]), num(r["s2"], 1), num(r["s3"], 1), num(r["s4"], 2),
             num(r["s5"], 4), whole(r["s6"]), whole(r["target"])]
            for _, r in df.iterrows()]
    write_csv("diabetes.csv", ["age", "sex", "bmi", "bp", "tc", "ldl", "hdl", "tch", "ltg",
                               "glu", "disease_progression"], rows)


def make_linnerud():
    from sklearn.datasets import load_linnerud
    df = load_linnerud(as_frame=True).frame
    rows = [[str(i + 1), whole(r["Chins"]), whole(r["Situps"]), whole(r["Jumps"]),
             whole(r["Weight"]), whole(r["Waist"]), whole(r["Pulse"])]
            for i, (_, r) in enumerate(df.iterrows())]
    write_csv("linnerud.csv", ["athlete_id", "Chins", "Situps", "Jumps", "weight_lb",
                               "waist_in", "pulse_bpm"], rows)


def make_co2():
    import statsmodels.api as sm
    df = sm.datasets.co2.load_pandas().data
    rows = [[ts.strftime("%Y-%m-%d"), num(v, 1)] for ts, v in zip(df.index, df["co2"])]
    write_csv("co2_weekly.csv", ["date", "co2_ppm"], rows)


def make_world_fertility():
    import statsmodels.api as sm
    gap = gapminder_frame()
    countries = (gap[["iso_alpha", "country", "continent"]].drop_duplicates()
                 .sort_values("country"))
    write_csv("countries.csv", ["country_code", "country", "continent"],
              [[text(r.iso_alpha), text(r.country), text(r.continent)]
               for r in countries.itertuples(index=False)])
    fert = sm.datasets.fertility.load_pandas().data
    fert = fert.set_index("Country Code")
    rows = []
    for code in countries["iso_alpha"]:
        if code not in fert.index:
            continue                      # Reunion, Taiwan: not World Bank entries
        for year in range(1990, 2012):
            v = fert.loc[code, str(year)]
            if not math.isnan(float(v)):
                rows.append([code, str(year), num(v, 3)])
    write_csv("fertility.csv", ["country_code", "year", "births_per_woman"], rows)


def make_state_crime():
    import statsmodels.api as sm
    df = sm.datasets.statecrime.load_pandas().data
    rows = []
    for state, r in df.iterrows():
        state = state.strip()             # the source has "Kansas " with a trailing space
        rows.append([state, STATE_CODES[state]] +
                    [num(r[c], 2) for c in ["violent", "murder", "hs_grad", "poverty",
                                            "single", "white", "urban"]])
    write_csv("state_crime.csv", ["state", "state_code", "violent", "murder", "hs_grad",
                                  "poverty", "single", "white", "urban"], rows)


def make_election():
    import plotly.data
    df = plotly.data.election()
    rows = [[whole(r.district_id), text(r.district), whole(r.Coderre), whole(r.Bergeron),
             whole(r.Joly), whole(r.total), text(r.winner), text(r.result)]
            for r in df.itertuples(index=False)]
    write_csv("montreal_election.csv", ["district_id", "district", "Coderre", "Bergeron",
                                        "Joly", "total", "winner", "result"], rows)


def make_electrical_equipment():
    from statsmodels.datasets import elec_equip
    df = elec_equip.load_pandas().data
    col = df.columns[0]
    rows = [[ts.strftime("%Y-%m-%d"), num(v, 2)] for ts, v in zip(df.index, df[col])]
    write_csv("electrical_equipment.csv", ["month", "turnover_index"], rows)


def make_stocks():
    import plotly.data
    df = plotly.data.stocks()
    tickers = ["GOOG", "AAPL", "AMZN", "FB", "NFLX", "MSFT"]
    rows = [[text(r["date"])] + [num(r[t], 6) for t in tickers] for _, r in df.iterrows()]
    write_csv("tech_stocks.csv", ["date"] + tickers, rows)


def main():
    os.makedirs(DATA, exist_ok=True)
    make_gapminder()
    make_tips()
    make_wine()
    make_diabetes()
    make_linnerud()
    make_co2()
    make_world_fertility()
    make_state_crime()
    make_election()
    make_electrical_equipment()
    make_stocks()
    sys.path.insert(0, HERE)
    import load
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
