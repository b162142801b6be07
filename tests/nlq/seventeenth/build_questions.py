#!/usr/bin/env python3
"""The seventeenth blind NLQ evaluation set: plain-English questions with gold SQL (SQLite) over
the tables written by prepare_data.py. Gold rows are recomputed with ../load.py through
../question_set.py; writes datasets.json and questions.jsonl (stdlib only).

    python3 build_questions.py
    python3 ../score.py --offline-sql --set questions.jsonl
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# This set's prepare_data.py must win over ../prepare_data.py: HERE goes first.
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)
from prepare_data import DATASETS  # noqa: E402
from question_set import QuestionSet  # noqa: E402

assert os.path.dirname(sys.modules["prepare_data"].__file__) == HERE

Q = QuestionSet("f17", DATASETS, HERE)
E, CHART, SCATTER = Q.E, Q.CHART, Q.SCATTER

MI, DW, RD, ML = "moral_integration", "drinks_and_wages", "road_deaths", "melanoma_survival"
EX, PD, AL, CC = "exercise_histories", "pound_dollar", "airline_costs", "canada_crime"

# --- plain: columns and values named nearly as stored -------------------------------------
E(MI, "plain", "easy", "What is the average moral score of the cities?",
  "SELECT AVG(moral) FROM cities", ["aggregate"])
E(MI, "plain", "easy", "How many cities are in region MW?",
  "SELECT COUNT(*) FROM cities WHERE region = 'MW'", ["count", "filter_eq"])
E(DW, "plain", "easy", "What is the total number of drinks across all trades?",
  "SELECT SUM(drinks) FROM drinks_wages", ["aggregate"])
E(DW, "plain", "easy", "What is the average wage of trades in class C?",
  "SELECT AVG(wage) FROM drinks_wages WHERE class = 'C'", ["aggregate", "filter_eq"])
E(DW, "plain", "easy", "What is the wage of the barman trade?",
  "SELECT wage FROM drinks_wages WHERE trade = 'barman'", ["filter_eq"])
E(RD, "plain", "easy", "What is the sum of deaths in the road table?",
  "SELECT SUM(deaths) FROM road", ["aggregate"])
E(RD, "plain", "easy", "What is the maximum popden?",
  "SELECT MAX(popden) FROM road", ["aggregate"])
E(ML, "plain", "easy", "What is the average thickness in the melanoma table?",
  "SELECT AVG(thickness) FROM melanoma", ["aggregate"])
E(ML, "plain", "easy", "How many rows of melanoma have status 1?",
  "SELECT COUNT(*) FROM melanoma WHERE status = 1", ["count", "filter_eq"])
E(EX, "plain", "easy", "How many girls are in the patient group?",
  "SELECT COUNT(*) FROM girls WHERE \"group\" = 'patient'", ["count", "filter_eq"])
E(EX, "plain", "easy", "What is the maximum exercise for subject 100?",
  "SELECT MAX(exercise) FROM exercise_records WHERE subject = '100'", ["aggregate", "filter_eq"])
E(PD, "plain", "easy", "What is the maximum f?",
  "SELECT MAX(f) FROM pound_weekly", ["aggregate"])
E(PD, "plain", "easy", "What is the minimum s30?",
  "SELECT MIN(s30) FROM pound_weekly", ["aggregate"])
E(AL, "plain", "easy", "What is the average lf of airline 3?",
  "SELECT AVG(lf) FROM airlines WHERE airline = 3", ["aggregate", "filter_eq"])
E(AL, "plain", "easy", "What was the total cost of all airlines in 1984?",
  "SELECT SUM(cost) FROM airlines WHERE year = 1984", ["aggregate", "filter_eq"])
E(CC, "plain", "easy", "What was the tfr in 1950?",
  "SELECT tfr FROM canada_crime WHERE year = 1950", ["filter_eq"])
E(CC, "plain", "easy", "What is the average fconvict?",
  "SELECT AVG(fconvict) FROM canada_crime", ["aggregate"])
E(CC, "plain", "easy", "What was the partic value in 1968?",
  "SELECT partic FROM canada_crime WHERE year = 1968", ["filter_eq"])

# --- row_nouns: the rows named by another noun; fillers ----------------------------------
E(MI, "row_nouns", "easy", "How many communities were studied in total?",
  "SELECT COUNT(*) FROM cities", ["count"])
E(MI, "row_nouns", "medium", "How many municipalities in the dataset have a mobility above 30?",
  "SELECT COUNT(*) FROM cities WHERE mobility > 30", ["count", "filter_cmp"])
E(DW, "row_nouns", "easy", "How many occupations are listed altogether?",
  "SELECT COUNT(*) FROM drinks_wages", ["count"])
E(DW, "row_nouns", "easy", "How many occupations in wage class B are there in the table?",
  "SELECT COUNT(*) FROM drinks_wages WHERE class = 'B'", ["count", "filter_eq"])
E(RD, "row_nouns", "easy", "How many jurisdictions are covered in total?",
  "SELECT COUNT(*) FROM road", ["count"])
E(RD, "row_nouns", "easy", "How many entries have more than 1000 deaths?",
  "SELECT COUNT(*) FROM road WHERE deaths > 1000", ["count", "filter_cmp"])
E(ML, "row_nouns", "easy", "How many cases are recorded in the dataset?",
  "SELECT COUNT(*) FROM melanoma", ["count"])
E(ML, "row_nouns", "easy", "How many operations were performed in 1970?",
  "SELECT COUNT(*) FROM melanoma WHERE year = 1970", ["count", "filter_eq"])
E(ML, "row_nouns", "medium", "How many individuals in the data had an ulcer?",
  "SELECT COUNT(*) FROM melanoma WHERE ulcer = 1", ["count", "filter_eq"])
E(EX, "row_nouns", "easy", "How many participants are there altogether?",
  "SELECT COUNT(*) FROM girls", ["count"])
E(EX, "row_nouns", "medium", "How many exercise measurements were taken in total?",
  "SELECT COUNT(*) FROM exercise_records", ["count"])
E(EX, "row_nouns", "medium", "How many observations were recorded at age 8?",
  "SELECT COUNT(*) FROM exercise_records WHERE age = 8", ["count", "filter_eq"])
E(PD, "row_nouns", "easy", "How many weeks of quotes are in the data?",
  "SELECT COUNT(*) FROM pound_weekly", ["count"])
E(PD, "row_nouns", "medium", "How many observations fall in 1985?",
  "SELECT COUNT(*) FROM pound_weekly WHERE strftime('%Y', date) = '1985'",
  ["count", "date_part"])
E(AL, "row_nouns", "easy", "How many data points are there for airline 2?",
  "SELECT COUNT(*) FROM airlines WHERE airline = 2", ["count", "filter_eq"])
E(AL, "row_nouns", "easy", "How many carrier-year observations does the panel contain?",
  "SELECT COUNT(*) FROM airlines", ["count"])
E(CC, "row_nouns", "easy", "How many annual observations does the dataset hold?",
  "SELECT COUNT(*) FROM canada_crime", ["count"])
E(CC, "row_nouns", "medium", "How many of the yearly readings have an fconvict above 100?",
  "SELECT COUNT(*) FROM canada_crime WHERE fconvict > 100", ["count", "filter_cmp"])

# --- measure_words: a measure named by a verb, adjective or unit -------------------------
E(RD, "measure_words", "medium",
  "How many states have a January temperature warmer than 60 degrees?",
  "SELECT COUNT(*) FROM road WHERE temp > 60", ["count", "filter_cmp"])
E(RD, "measure_words", "medium", "Which state burns the most fuel?",
  "SELECT state, fuel FROM road ORDER BY fuel DESC LIMIT 1", ["top_n", "superlative"])
E(RD, "measure_words", "hard", "How many states have more than 2 million drivers?",
  "SELECT COUNT(*) FROM road WHERE drivers > 200", ["count", "filter_cmp"])
E(RD, "measure_words", "medium", "Which state is the coldest in January?",
  "SELECT state, temp FROM road ORDER BY temp ASC LIMIT 1", ["top_n", "superlative"])
E(ML, "measure_words", "easy", "How many patients were older than 70?",
  "SELECT COUNT(*) FROM melanoma WHERE age > 70", ["count", "filter_cmp"])
E(ML, "measure_words", "medium",
  "On average, how many days did the patients who died from melanoma survive?",
  "SELECT AVG(time) FROM melanoma WHERE status = 1", ["aggregate", "filter_eq"])
E(ML, "measure_words", "easy", "How thick was the thickest tumour?",
  "SELECT MAX(thickness) FROM melanoma", ["aggregate"])
E(ML, "measure_words", "easy", "How many patients were younger than 30?",
  "SELECT COUNT(*) FROM melanoma WHERE age < 30", ["count", "filter_cmp"])
E(DW, "measure_words", "medium", "How many trades earn more than 35 shillings a week?",
  "SELECT COUNT(*) FROM drinks_wages WHERE wage > 35", ["count", "filter_cmp"])
E(DW, "measure_words", "medium", "What is the weekly pay of the best-paid trade?",
  "SELECT MAX(wage) FROM drinks_wages", ["aggregate"])
E(DW, "measure_words", "medium", "How many trades employ more than 20 men?",
  "SELECT COUNT(*) FROM drinks_wages WHERE n > 20", ["count", "filter_cmp"])
E(EX, "measure_words", "medium",
  "How many records show a girl exercising more than 10 hours a week?",
  "SELECT COUNT(*) FROM exercise_records WHERE exercise > 10", ["count", "filter_cmp"])
E(EX, "measure_words", "medium",
  "On average, how many hours a week did the girls work out at age 12?",
  "SELECT AVG(exercise) FROM exercise_records WHERE age = 12", ["aggregate", "filter_eq"])
E(AL, "measure_words", "medium", "Which airline spent the most in 1984?",
  "SELECT airline, cost FROM airlines WHERE year = 1984 ORDER BY cost DESC LIMIT 1",
  ["top_n", "superlative", "filter_eq"])
E(AL, "measure_words", "medium",
  "What was the average total cost, in thousands of dollars, of airline 4?",
  "SELECT AVG(cost) FROM airlines WHERE airline = 4", ["aggregate", "filter_eq"])
E(PD, "measure_words", "hard",
  "In how many weeks did a dollar cost more than 0.9 pounds on the spot market?",
  "SELECT COUNT(*) FROM pound_weekly WHERE s > 0.9", ["count", "filter_cmp"])
E(CC, "measure_words", "medium", "What was the highest number of births per 1000 women?",
  "SELECT MAX(tfr) FROM canada_crime", ["aggregate"])
E(MI, "measure_words", "medium", "How many cities are more ethnically diverse than 50?",
  "SELECT COUNT(*) FROM cities WHERE hetero > 50", ["count", "filter_cmp"])

# --- short_forms: initials and distinctive parts of column names -------------------------
E(CC, "short_forms", "medium", "What was the female theft rate in 1960?",
  "SELECT ftheft FROM canada_crime WHERE year = 1960", ["filter_eq"])
E(CC, "short_forms", "medium", "What is the average male conviction rate?",
  "SELECT AVG(mconvict) FROM canada_crime", ["aggregate"])
E(CC, "short_forms", "easy", "What was the TFR in 1945?",
  "SELECT tfr FROM canada_crime WHERE year = 1945", ["filter_eq"])
E(CC, "short_forms", "medium", "What was the women's labour-force participation rate in 1943?",
  "SELECT partic FROM canada_crime WHERE year = 1943", ["filter_eq"])
E(CC, "short_forms", "medium", "What was the average degree rate from 1960 to 1968?",
  "SELECT AVG(degrees) FROM canada_crime WHERE year BETWEEN 1960 AND 1968",
  ["aggregate", "between"])
E(RD, "short_forms", "easy", "What is the population density of Florida?",
  "SELECT popden FROM road WHERE state = 'Florida'", ["filter_eq"])
E(RD, "short_forms", "medium", "What is the total length of rural roads across the table?",
  "SELECT SUM(rural) FROM road", ["aggregate"])
E(RD, "short_forms", "medium", "What is the average pop density?",
  "SELECT AVG(popden) FROM road", ["aggregate"])
E(AL, "short_forms", "medium", "What was the average fuel price in 1980?",
  "SELECT AVG(pf) FROM airlines WHERE year = 1980", ["aggregate", "filter_eq"])
E(AL, "short_forms", "medium", "What was the load factor of airline 1 in 1984?",
  "SELECT lf FROM airlines WHERE airline = 1 AND year = 1984", ["multi_filter"])
E(AL, "short_forms", "easy", "What is the highest LF in the data?",
  "SELECT MAX(lf) FROM airlines", ["aggregate"])
E(AL, "short_forms", "easy", "What was the average PF for airline 2?",
  "SELECT AVG(pf) FROM airlines WHERE airline = 2", ["aggregate", "filter_eq"])
E(PD, "short_forms", "medium", "What was the average spot price in 1983?",
  "SELECT AVG(s) FROM pound_weekly WHERE strftime('%Y', date) = '1983'",
  ["aggregate", "date_part"])
E(PD, "short_forms", "medium", "What was the average forward price in 1980?",
  "SELECT AVG(f) FROM pound_weekly WHERE strftime('%Y', date) = '1980'",
  ["aggregate", "date_part"])
E(PD, "short_forms", "medium", "What was the lowest forward price?",
  "SELECT MIN(f) FROM pound_weekly", ["aggregate"])
E(ML, "short_forms", "medium", "What is the average thickness of tumours with ulceration?",
  "SELECT AVG(thickness) FROM melanoma WHERE ulcer = 1", ["aggregate", "filter_eq"])
E(MI, "short_forms", "medium", "What is the average ethnic heterogeneity of cities in region W?",
  "SELECT AVG(hetero) FROM cities WHERE region = 'W'", ["aggregate", "filter_eq"])
E(MI, "short_forms", "easy", "What is the lowest moral integration score?",
  "SELECT MIN(moral) FROM cities", ["aggregate"])

# --- values: literal values of text columns ----------------------------------------------
E(MI, "values", "easy", "What is the moral score of Des Moines?",
  "SELECT moral FROM cities WHERE city = 'Des Moines'", ["filter_eq"])
E(MI, "values", "easy", "What is the mobility of Oklahoma City?",
  "SELECT mobility FROM cities WHERE city = 'Oklahoma City'", ["filter_eq"])
E(MI, "values", "medium", "What is the heterogeneity of the city with 'Portland' in its name?",
  "SELECT hetero FROM cities WHERE city LIKE '%Portland%'", ["like"])
E(MI, "values", "medium", "How many Southeast cities are there?",
  "SELECT COUNT(*) FROM cities WHERE region = 'S'", ["count", "filter_eq", "value_synonym"])
E(MI, "values", "medium", "What is the average moral score of Northeast cities?",
  "SELECT AVG(moral) FROM cities WHERE region = 'E'",
  ["aggregate", "filter_eq", "value_synonym"])
E(DW, "values", "easy", "How many drinkers were there among general labourers?",
  "SELECT drinks FROM drinks_wages WHERE trade = 'general labourer'", ["filter_eq"])
E(DW, "values", "easy", "What was the weekly wage of french polishers?",
  "SELECT wage FROM drinks_wages WHERE trade = 'french polisher'", ["filter_eq"])
E(DW, "values", "medium", "What is the wage of the trade whose name contains 'crane'?",
  "SELECT wage FROM drinks_wages WHERE trade LIKE '%crane%'", ["like"])
E(RD, "values", "hard", "How many road deaths did California have?",
  "SELECT deaths FROM road WHERE state = 'Calif'", ["filter_eq", "code_value"])
E(RD, "values", "easy", "How many deaths did DC have?",
  "SELECT deaths FROM road WHERE state = 'DC'", ["filter_eq", "code_value"])
E(RD, "values", "easy", "What is the fuel consumption of Alaska?",
  "SELECT fuel FROM road WHERE state = 'Alaska'", ["filter_eq"])
E(ML, "values", "medium", "How many female patients are there?",
  "SELECT COUNT(*) FROM melanoma WHERE sex = 0", ["count", "filter_eq", "value_synonym"])
E(ML, "values", "medium", "How many patients are still alive?",
  "SELECT COUNT(*) FROM melanoma WHERE status = 2", ["count", "filter_eq", "value_synonym"])
E(ML, "values", "medium", "How many men were operated on in 1972?",
  "SELECT COUNT(*) FROM melanoma WHERE sex = 1 AND year = 1972",
  ["count", "multi_filter", "value_synonym"])
E(EX, "values", "easy", "How many girls are controls?",
  "SELECT COUNT(*) FROM girls WHERE \"group\" = 'control'", ["count", "filter_eq"])
E(EX, "values", "medium", "How many exercise records does subject 207a have?",
  "SELECT COUNT(*) FROM exercise_records WHERE subject = '207a'", ["count", "filter_eq"])
E(PD, "values", "medium", "What was the spot price on 1985-03-01?",
  "SELECT s FROM pound_weekly WHERE date = '1985-03-01'", ["filter_eq", "date_value"])
E(PD, "values", "medium", "What was the forward price on 4 January 1985?",
  "SELECT f FROM pound_weekly WHERE date = '1985-01-04'", ["filter_eq", "date_value"])

# --- comparatives: over/under, at least/at most, never, first/last, excluding ------------
E(MI, "comparatives", "easy", "How many cities have a moral score of at least 15?",
  "SELECT COUNT(*) FROM cities WHERE moral >= 15", ["count", "filter_cmp"])
E(MI, "comparatives", "easy", "Which cities have a mobility below 15?",
  "SELECT city FROM cities WHERE mobility < 15", ["filter_cmp"])
E(DW, "comparatives", "easy", "How many trades have 10 or more men?",
  "SELECT COUNT(*) FROM drinks_wages WHERE n >= 10", ["count", "filter_cmp"])
E(DW, "comparatives", "medium", "Which class A trades earn no more than 18 shillings?",
  "SELECT trade FROM drinks_wages WHERE class = 'A' AND wage <= 18",
  ["filter_cmp", "multi_filter"])
E(RD, "comparatives", "medium", "How many states recorded between 500 and 1000 deaths?",
  "SELECT COUNT(*) FROM road WHERE deaths BETWEEN 500 AND 1000", ["count", "between"])
E(RD, "comparatives", "easy", "Which states have a temp of 60 or more?",
  "SELECT state FROM road WHERE temp >= 60", ["filter_cmp"])
E(ML, "comparatives", "easy", "How many patients were operated on in 1970 or later?",
  "SELECT COUNT(*) FROM melanoma WHERE year >= 1970", ["count", "filter_cmp"])
E(ML, "comparatives", "medium",
  "What is the earliest year of operation among patients who died from melanoma?",
  "SELECT MIN(year) FROM melanoma WHERE status = 1", ["aggregate", "filter_eq"])
E(ML, "comparatives", "medium", "How many patients aged at least 60 had an ulcer?",
  "SELECT COUNT(*) FROM melanoma WHERE age >= 60 AND ulcer = 1", ["count", "multi_filter"])
E(EX, "comparatives", "hard", "How many girls never exercised more than 2 hours a week?",
  "SELECT COUNT(*) FROM girls g WHERE g.subject NOT IN "
  "(SELECT subject FROM exercise_records WHERE exercise > 2)",
  ["count", "anti_join", "negation", "subquery"])
E(EX, "comparatives", "hard",
  "How many girls in the control group never had a record above 1 hour of exercise per week?",
  "SELECT COUNT(*) FROM girls g WHERE g.\"group\" = 'control' AND g.subject NOT IN "
  "(SELECT subject FROM exercise_records WHERE exercise > 1)",
  ["count", "anti_join", "negation", "subquery"])
E(EX, "comparatives", "hard", "How many girls have fewer than 4 exercise records?",
  "SELECT COUNT(*) FROM (SELECT subject FROM exercise_records GROUP BY subject "
  "HAVING COUNT(*) < 4)", ["count", "having", "group_by", "subquery"])
E(PD, "comparatives", "medium", "What was the first date on which the spot price went above 0.7?",
  "SELECT MIN(date) FROM pound_weekly WHERE s > 0.7", ["aggregate", "filter_cmp"])
E(PD, "comparatives", "medium", "When was the spot price last below 0.5?",
  "SELECT MAX(date) FROM pound_weekly WHERE s < 0.5", ["aggregate", "filter_cmp"])
E(PD, "comparatives", "easy", "How many weeks had a forward price of at most 0.45?",
  "SELECT COUNT(*) FROM pound_weekly WHERE f <= 0.45", ["count", "filter_cmp"])
E(AL, "comparatives", "medium",
  "Which airlines had a cost above 4,000,000 in at least one year?",
  "SELECT DISTINCT airline FROM airlines WHERE cost > 4000000", ["filter_cmp", "distinct"])
E(CC, "comparatives", "medium",
  "Excluding years without a female theft figure, what was the average female theft rate?",
  "SELECT AVG(ftheft) FROM canada_crime WHERE ftheft IS NOT NULL",
  ["aggregate", "null_check"])
E(CC, "comparatives", "medium", "From 1960 on, how many years had a tfr below 3000?",
  "SELECT COUNT(*) FROM canada_crime WHERE year >= 1960 AND tfr < 3000",
  ["count", "multi_filter"])

# --- superlative_rows: the row (label and value) of a maximum or minimum -----------------
E(MI, "superlative_rows", "easy", "Which city has the highest moral integration?",
  "SELECT city, moral FROM cities ORDER BY moral DESC LIMIT 1", ["top_n", "superlative"])
E(MI, "superlative_rows", "easy", "Which city has the highest heterogeneity score?",
  "SELECT city, hetero FROM cities ORDER BY hetero DESC LIMIT 1", ["top_n", "superlative"])
E(MI, "superlative_rows", "medium", "Which western city has the lowest mobility?",
  "SELECT city, mobility FROM cities WHERE region = 'W' ORDER BY mobility ASC LIMIT 1",
  ["top_n", "superlative", "filter_eq", "value_synonym"])
E(DW, "superlative_rows", "easy", "Which trade has the most drinkers?",
  "SELECT trade, drinks FROM drinks_wages ORDER BY drinks DESC LIMIT 1",
  ["top_n", "superlative"])
E(DW, "superlative_rows", "easy", "Which trade has the lowest wage?",
  "SELECT trade, wage FROM drinks_wages ORDER BY wage ASC LIMIT 1", ["top_n", "superlative"])
E(RD, "superlative_rows", "easy", "Which state has the most road deaths?",
  "SELECT state, deaths FROM road ORDER BY deaths DESC LIMIT 1", ["top_n", "superlative"])
E(RD, "superlative_rows", "easy", "Which state has the lowest population density?",
  "SELECT state, popden FROM road ORDER BY popden ASC LIMIT 1", ["top_n", "superlative"])
E(ML, "superlative_rows", "medium", "Which patient survived the longest?",
  "SELECT patient_id, time FROM melanoma ORDER BY time DESC LIMIT 1", ["top_n", "superlative"])
E(ML, "superlative_rows", "medium", "Who was the oldest patient?",
  "SELECT patient_id, age FROM melanoma ORDER BY age DESC LIMIT 1", ["top_n", "superlative"])
E(ML, "superlative_rows", "medium", "Which patient had the thickest tumour?",
  "SELECT patient_id, thickness FROM melanoma ORDER BY thickness DESC LIMIT 1",
  ["top_n", "superlative"])
E(EX, "superlative_rows", "medium", "Which girl recorded the most exercise hours in a week?",
  "SELECT subject, exercise FROM exercise_records ORDER BY exercise DESC LIMIT 1",
  ["top_n", "superlative"])
E(EX, "superlative_rows", "medium", "At what age was the highest weekly exercise recorded?",
  "SELECT age, exercise FROM exercise_records ORDER BY exercise DESC LIMIT 1",
  ["top_n", "superlative"])
E(PD, "superlative_rows", "easy", "On which date was the spot price highest?",
  "SELECT date, s FROM pound_weekly ORDER BY s DESC LIMIT 1", ["top_n", "superlative"])
E(PD, "superlative_rows", "medium", "In which week was the forward price lowest?",
  "SELECT date, f FROM pound_weekly ORDER BY f ASC LIMIT 1", ["top_n", "superlative"])
E(AL, "superlative_rows", "medium", "Which airline had the highest load factor in 1975?",
  "SELECT airline, lf FROM airlines WHERE year = 1975 ORDER BY lf DESC LIMIT 1",
  ["top_n", "superlative", "filter_eq"])
E(AL, "superlative_rows", "medium", "In which year did airline 1 pay its highest fuel price?",
  "SELECT year, pf FROM airlines WHERE airline = 1 ORDER BY pf DESC LIMIT 1",
  ["top_n", "superlative", "filter_eq"])
E(CC, "superlative_rows", "easy", "Which year had the highest male conviction rate?",
  "SELECT year, mconvict FROM canada_crime ORDER BY mconvict DESC LIMIT 1",
  ["top_n", "superlative"])
E(CC, "superlative_rows", "medium", "In which year was the female theft conviction rate lowest?",
  "SELECT year, ftheft FROM canada_crime WHERE ftheft IS NOT NULL ORDER BY ftheft ASC LIMIT 1",
  ["top_n", "superlative"])

# --- arithmetic_periods: differences, ranges, ratios, counts of periods, month of year ---
E(MI, "arithmetic_periods", "medium",
  "What is the difference between the highest and lowest moral scores?",
  "SELECT MAX(moral) - MIN(moral) FROM cities", ["aggregate", "arithmetic"])
E(MI, "arithmetic_periods", "medium", "What is the range of mobility across the cities?",
  "SELECT MAX(mobility) - MIN(mobility) FROM cities", ["aggregate", "arithmetic"])
E(DW, "arithmetic_periods", "medium", "What is the ratio of total drinkers to total sober men?",
  "SELECT SUM(drinks) * 1.0 / SUM(sober) FROM drinks_wages",
  ["aggregate", "arithmetic", "ratio"])
E(DW, "arithmetic_periods", "hard",
  "What is the difference between the average wage of class C and that of class A?",
  "SELECT (SELECT AVG(wage) FROM drinks_wages WHERE class = 'C') - "
  "(SELECT AVG(wage) FROM drinks_wages WHERE class = 'A')",
  ["aggregate", "arithmetic", "subquery"])
E(RD, "arithmetic_periods", "medium", "What is the ratio of deaths to drivers in Florida?",
  "SELECT deaths * 1.0 / drivers FROM road WHERE state = 'Florida'",
  ["arithmetic", "ratio", "filter_eq"])
E(RD, "arithmetic_periods", "medium", "What is the range of January temperatures?",
  "SELECT MAX(temp) - MIN(temp) FROM road", ["aggregate", "arithmetic"])
E(ML, "arithmetic_periods", "medium", "In how many different years were patients operated on?",
  "SELECT COUNT(DISTINCT year) FROM melanoma", ["count", "distinct"])
E(ML, "arithmetic_periods", "hard",
  "What is the difference between the average tumour thickness of patients with an ulcer "
  "and those without?",
  "SELECT (SELECT AVG(thickness) FROM melanoma WHERE ulcer = 1) - "
  "(SELECT AVG(thickness) FROM melanoma WHERE ulcer = 0)",
  ["aggregate", "arithmetic", "subquery"])
E(EX, "arithmetic_periods", "hard",
  "What is the difference between the average weekly exercise of patients and of controls?",
  "SELECT (SELECT AVG(e.exercise) FROM exercise_records e JOIN girls g ON e.subject = g.subject "
  "WHERE g.\"group\" = 'patient') - (SELECT AVG(e.exercise) FROM exercise_records e "
  "JOIN girls g ON e.subject = g.subject WHERE g.\"group\" = 'control')",
  ["aggregate", "arithmetic", "join", "subquery"])
E(EX, "arithmetic_periods", "medium", "What is the range of ages in the exercise records?",
  "SELECT MAX(age) - MIN(age) FROM exercise_records", ["aggregate", "arithmetic"])
E(PD, "arithmetic_periods", "medium",
  "In how many years did the spot price go above 0.8 at least once?",
  "SELECT COUNT(DISTINCT strftime('%Y', date)) FROM pound_weekly WHERE s > 0.8",
  ["count", "distinct", "date_part"])
E(PD, "arithmetic_periods", "hard", "In how many months of 1985 was the spot price above 0.8?",
  "SELECT COUNT(DISTINCT strftime('%m', date)) FROM pound_weekly "
  "WHERE strftime('%Y', date) = '1985' AND s > 0.8", ["count", "distinct", "date_part"])
E(PD, "arithmetic_periods", "hard",
  "What was the average spot price for each calendar month, across all years?",
  "SELECT strftime('%m', date) AS month, AVG(s) FROM pound_weekly GROUP BY month",
  ["aggregate", "group_by", "date_part", "month_of_year"])
E(PD, "arithmetic_periods", "medium",
  "What is the difference between the highest and lowest forward price in 1980?",
  "SELECT MAX(f) - MIN(f) FROM pound_weekly WHERE strftime('%Y', date) = '1980'",
  ["aggregate", "arithmetic", "date_part"])
E(AL, "arithmetic_periods", "hard",
  "What is the ratio of airline 1's total cost to airline 6's total cost?",
  "SELECT (SELECT SUM(cost) FROM airlines WHERE airline = 1) * 1.0 / "
  "(SELECT SUM(cost) FROM airlines WHERE airline = 6)",
  ["aggregate", "arithmetic", "ratio", "subquery"])
E(AL, "arithmetic_periods", "medium",
  "In how many years was airline 3's load factor above 0.55?",
  "SELECT COUNT(DISTINCT year) FROM airlines WHERE airline = 3 AND lf > 0.55",
  ["count", "distinct", "multi_filter"])
E(CC, "arithmetic_periods", "medium",
  "What is the difference between the highest and lowest tfr?",
  "SELECT MAX(tfr) - MIN(tfr) FROM canada_crime", ["aggregate", "arithmetic"])
E(CC, "arithmetic_periods", "medium",
  "What was the ratio of the male to the female conviction rate in 1940?",
  "SELECT mconvict / fconvict FROM canada_crime WHERE year = 1940",
  ["arithmetic", "ratio", "filter_eq"])

# --- charts: over time, scatter, bars --------------------------------------------------
CHART(PD, "medium", "Plot the spot price over time during 1984.",
      "SELECT date, s FROM pound_weekly WHERE strftime('%Y', date) = '1984' ORDER BY date",
      ["time_series", "order", "date_part"], order=True)
CHART(PD, "hard", "Chart the yearly average forward price over the years.",
      "SELECT strftime('%Y', date) AS year, AVG(f) FROM pound_weekly GROUP BY year "
      "ORDER BY year", ["time_series", "order", "aggregate", "date_part"], order=True)
SCATTER(PD, "medium", "Plot the spot price against the forward price for 1989.",
        "SELECT s, f FROM pound_weekly WHERE strftime('%Y', date) = '1989'", ["date_part"])
CHART(CC, "medium", "Graph the total fertility rate by year.",
      "SELECT year, tfr FROM canada_crime ORDER BY year", ["time_series", "order"], order=True)
SCATTER(CC, "medium", "Plot the male conviction rate versus the female conviction rate.",
        "SELECT mconvict, fconvict FROM canada_crime")
CHART(AL, "medium", "Plot airline 1's cost over the years.",
      "SELECT year, cost FROM airlines WHERE airline = 1 ORDER BY year",
      ["time_series", "order", "filter_eq"], order=True)
SCATTER(AL, "medium", "Make a scatter plot of output vs cost.",
        "SELECT output, cost FROM airlines")
SCATTER(MI, "medium", "Plot heterogeneity against moral integration for the cities.",
        "SELECT hetero, moral FROM cities")
CHART(MI, "easy", "Bar chart of the number of cities per region.",
      "SELECT region, COUNT(*) FROM cities GROUP BY region", ["count", "group_by"])
CHART(DW, "medium", "Chart the number of drinkers in each wage class.",
      "SELECT class, SUM(drinks) FROM drinks_wages GROUP BY class", ["aggregate", "group_by"])
SCATTER(DW, "medium", "Show the relationship between wage and the number of sober men.",
        "SELECT wage, sober FROM drinks_wages")
CHART(RD, "easy", "Draw a bar chart of deaths by state.",
      "SELECT state, deaths FROM road", [])
SCATTER(RD, "medium", "Plot fuel consumption vs number of drivers.",
        "SELECT fuel, drivers FROM road")
CHART(ML, "medium", "Chart how many operations were done each year.",
      "SELECT year, COUNT(*) FROM melanoma GROUP BY year ORDER BY year",
      ["time_series", "order", "count", "group_by"], order=True)
SCATTER(ML, "medium", "Plot age against tumour thickness.",
        "SELECT age, thickness FROM melanoma")
CHART(ML, "easy", "Bar chart of the number of patients by status.",
      "SELECT status, COUNT(*) FROM melanoma GROUP BY status", ["count", "group_by"])
CHART(EX, "hard", "Plot the average weekly exercise by group.",
      "SELECT g.\"group\", AVG(e.exercise) FROM exercise_records e JOIN girls g "
      "ON e.subject = g.subject GROUP BY g.\"group\"", ["aggregate", "group_by", "join"])
SCATTER(EX, "medium", "Scatter age vs exercise hours for the records at age 14 or older.",
        "SELECT age, exercise FROM exercise_records WHERE age >= 14", ["filter_cmp"])

# --- counting_listing: COUNT(*) of rows; lists of rows -----------------------------------
E(MI, "counting_listing", "easy", "List all the cities in region W.",
  "SELECT city FROM cities WHERE region = 'W'", ["filter_eq"])
E(MI, "counting_listing", "easy", "How many records are there for region E?",
  "SELECT COUNT(*) FROM cities WHERE region = 'E'", ["count", "filter_eq"])
E(DW, "counting_listing", "easy", "List every trade in wage class C.",
  "SELECT trade FROM drinks_wages WHERE class = 'C'", ["filter_eq"])
E(DW, "counting_listing", "easy", "How many entries are there for class A?",
  "SELECT COUNT(*) FROM drinks_wages WHERE class = 'A'", ["count", "filter_eq"])
E(RD, "counting_listing", "easy", "Show all the states in the table.",
  "SELECT state FROM road", [])
E(RD, "counting_listing", "medium", "How many rows are there for states with a temp below 35?",
  "SELECT COUNT(*) FROM road WHERE temp < 35", ["count", "filter_cmp"])
E(RD, "counting_listing", "easy", "List the states with more than 2000 deaths.",
  "SELECT state FROM road WHERE deaths > 2000", ["filter_cmp"])
E(ML, "counting_listing", "easy", "How many records are there for patients operated on in 1965?",
  "SELECT COUNT(*) FROM melanoma WHERE year = 1965", ["count", "filter_eq"])
E(ML, "counting_listing", "easy", "List the patient ids of patients aged under 20.",
  "SELECT patient_id FROM melanoma WHERE age < 20", ["filter_cmp"])
E(ML, "counting_listing", "easy", "How many entries are there for patients with status 3?",
  "SELECT COUNT(*) FROM melanoma WHERE status = 3", ["count", "filter_eq"])
E(EX, "counting_listing", "easy", "List all the control subjects.",
  "SELECT subject FROM girls WHERE \"group\" = 'control'", ["filter_eq"])
E(EX, "counting_listing", "easy", "How many records are there for subject 100?",
  "SELECT COUNT(*) FROM exercise_records WHERE subject = '100'", ["count", "filter_eq"])
E(PD, "counting_listing", "easy", "How many records are there for 1989?",
  "SELECT COUNT(*) FROM pound_weekly WHERE strftime('%Y', date) = '1989'",
  ["count", "date_part"])
E(PD, "counting_listing", "medium", "List every date in December 1988.",
  "SELECT date FROM pound_weekly WHERE strftime('%Y-%m', date) = '1988-12'", ["date_part"])
E(AL, "counting_listing", "easy", "How many records exist for airline 4?",
  "SELECT COUNT(*) FROM airlines WHERE airline = 4", ["count", "filter_eq"])
E(AL, "counting_listing", "easy", "Show all the years of data for airline 6 with their costs.",
  "SELECT year, cost FROM airlines WHERE airline = 6", ["filter_eq"])
E(CC, "counting_listing", "medium", "List all the years where ftheft is missing.",
  "SELECT year FROM canada_crime WHERE ftheft IS NULL", ["null_check"])
E(CC, "counting_listing", "easy", "How many entries does the table have for the 1940s?",
  "SELECT COUNT(*) FROM canada_crime WHERE year BETWEEN 1940 AND 1949", ["count", "between"])

# --- context_words: restated context, a measure named by what it measures, change -------
E(PD, "context_words", "hard",
  "According to this data, how much did the spot price rise from 1975 to 1985?",
  "SELECT (SELECT AVG(s) FROM pound_weekly WHERE strftime('%Y', date) = '1985') - "
  "(SELECT AVG(s) FROM pound_weekly WHERE strftime('%Y', date) = '1975')",
  ["aggregate", "arithmetic", "change", "date_part", "subquery"])
E(PD, "context_words", "hard", "By how much did the spot price fall from 1985 to 1988?",
  "SELECT (SELECT AVG(s) FROM pound_weekly WHERE strftime('%Y', date) = '1985') - "
  "(SELECT AVG(s) FROM pound_weekly WHERE strftime('%Y', date) = '1988')",
  ["aggregate", "arithmetic", "change", "date_part", "subquery"])
E(CC, "context_words", "medium",
  "How much did the total fertility rate drop from 1959 to 1968?",
  "SELECT (SELECT tfr FROM canada_crime WHERE year = 1959) - "
  "(SELECT tfr FROM canada_crime WHERE year = 1968)", ["arithmetic", "change", "subquery"])
E(CC, "context_words", "medium",
  "By how much did women's post-secondary degree rate grow between 1931 and 1968?",
  "SELECT (SELECT degrees FROM canada_crime WHERE year = 1968) - "
  "(SELECT degrees FROM canada_crime WHERE year = 1931)", ["arithmetic", "change", "subquery"])
E(CC, "context_words", "medium",
  "Across the whole period covered, what was the average male theft conviction rate in Canada?",
  "SELECT AVG(mtheft) FROM canada_crime", ["aggregate"])
E(AL, "context_words", "medium", "How much did airline 1's total cost grow from 1970 to 1984?",
  "SELECT (SELECT cost FROM airlines WHERE airline = 1 AND year = 1984) - "
  "(SELECT cost FROM airlines WHERE airline = 1 AND year = 1970)",
  ["arithmetic", "change", "subquery"])
E(AL, "context_words", "easy", "All airlines combined, what was the total cost in 1980?",
  "SELECT SUM(cost) FROM airlines WHERE year = 1980", ["aggregate", "filter_eq"])
E(AL, "context_words", "easy", "Overall, what is the average load factor of the six carriers?",
  "SELECT AVG(lf) FROM airlines", ["aggregate"])
E(MI, "context_words", "easy",
  "Across all the cities in this 1950 study, what is the average mobility?",
  "SELECT AVG(mobility) FROM cities", ["aggregate"])
E(MI, "context_words", "medium",
  "According to the data, what is the average heterogeneity in the Southeast?",
  "SELECT AVG(hetero) FROM cities WHERE region = 'S'",
  ["aggregate", "filter_eq", "value_synonym"])
E(DW, "context_words", "easy", "How many men were counted in all trades combined?",
  "SELECT SUM(n) FROM drinks_wages", ["aggregate"])
E(DW, "context_words", "medium", "In Pearson's Edinburgh sample, how many fathers were sober?",
  "SELECT SUM(sober) FROM drinks_wages", ["aggregate"])
E(RD, "context_words", "easy", "Nationwide, how much fuel was consumed in total?",
  "SELECT SUM(fuel) FROM road", ["aggregate"])
E(RD, "context_words", "easy", "Overall, how many drivers are there across all the states listed?",
  "SELECT SUM(drivers) FROM road", ["aggregate"])
E(ML, "context_words", "medium",
  "In this Danish melanoma study, how many patients died of other causes?",
  "SELECT COUNT(*) FROM melanoma WHERE status = 3", ["count", "filter_eq", "value_synonym"])
E(ML, "context_words", "hard",
  "By how much did the number of operations rise from 1965 to 1972?",
  "SELECT (SELECT COUNT(*) FROM melanoma WHERE year = 1972) - "
  "(SELECT COUNT(*) FROM melanoma WHERE year = 1965)",
  ["count", "arithmetic", "change", "subquery"])
E(EX, "context_words", "hard",
  "How much did the average weekly exercise rise from age 8 to age 14?",
  "SELECT (SELECT AVG(exercise) FROM exercise_records WHERE age = 14) - "
  "(SELECT AVG(exercise) FROM exercise_records WHERE age = 8)",
  ["aggregate", "arithmetic", "change", "subquery"])
E(EX, "context_words", "easy",
  "Across both groups combined, what was the average exercise per week?",
  "SELECT AVG(exercise) FROM exercise_records", ["aggregate"])

if __name__ == "__main__":
    Q.write()
