#!/usr/bin/env python3
"""The twentieth blind NLQ question set: questions and gold SQL (ids f20-001 ...).

    python3 build_questions.py    # recomputes gold_rows, writes questions.jsonl and datasets.json

Stdlib only: the tables are the committed CSVs in data/ (written by prepare_data.py), loaded by
../load.py with the contract's typing; ../question_set.py checks the entries (SQL errors, empty
answers, answers that depend on how ties are broken) and writes the set.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../load.py, ../question_set.py
sys.path.insert(0, HERE)                   # this set's prepare_data.py first
import prepare_data  # noqa: E402
assert os.path.dirname(os.path.abspath(prepare_data.__file__)) == HERE
from question_set import QuestionSet  # noqa: E402

S = QuestionSet("f20", prepare_data.DATASETS, HERE)
E, CHART, SCATTER = S.E, S.CHART, S.SCATTER

# ---------------------------------------------------------------------------------------------
# swedish_speed_limits: traffic (year, day, limit, y)
# ---------------------------------------------------------------------------------------------
T = "swedish_speed_limits"
E(T, "plain", "easy", "What is the average y when limit is yes?",
  """SELECT AVG(y) FROM traffic WHERE "limit" = 'yes'""", ["aggregate", "filter_eq"])
E(T, "plain", "easy", "What is the maximum y in 1962?",
  "SELECT MAX(y) FROM traffic WHERE year = 1962", ["aggregate", "filter_eq"])
E(T, "row_nouns", "easy", "How many days were observed altogether?",
  "SELECT COUNT(*) FROM traffic", ["count"])
E(T, "row_nouns", "easy", "How many days in the experiment ran without a speed limit?",
  """SELECT COUNT(*) FROM traffic WHERE "limit" = 'no'""", ["count", "filter_eq"])
E(T, "measure_words", "easy", "How many accidents happened in 1961?",
  "SELECT SUM(y) FROM traffic WHERE year = 1961", ["aggregate", "filter_eq"])
E(T, "measure_words", "medium", "On average, how many crashes were there per day when the speed limit was enforced?",
  """SELECT AVG(y) FROM traffic WHERE "limit" = 'yes'""", ["aggregate", "filter_eq"])
E(T, "values", "easy", "How many days in 1962 had no speed limit?",
  """SELECT COUNT(*) FROM traffic WHERE year = 1962 AND "limit" = 'no'""", ["count", "multi_filter"])
E(T, "comparatives", "easy", "How many days had more than 40 accidents?",
  "SELECT COUNT(*) FROM traffic WHERE y > 40", ["count", "filter_cmp"])
E(T, "comparatives", "medium", "Which years had fewer than 30 days with the speed limit in force?",
  """SELECT year FROM traffic WHERE "limit" = 'yes' GROUP BY year HAVING COUNT(*) < 30""",
  ["group_by", "having"])
E(T, "superlative_rows", "medium", "On which day of 1961 were there the most accidents?",
  "SELECT day, y FROM traffic WHERE year = 1961 ORDER BY y DESC LIMIT 1", ["top_n", "superlative"])
E(T, "superlative_rows", "medium", "Which day of 1962 had the fewest accidents, and how many were there?",
  "SELECT day, y FROM traffic WHERE year = 1962 ORDER BY y ASC LIMIT 1", ["top_n", "superlative"])
E(T, "arithmetic_periods", "medium", "What is the difference between the highest and the lowest daily accident count in 1961?",
  "SELECT MAX(y) - MIN(y) FROM traffic WHERE year = 1961", ["arithmetic", "aggregate"])
E(T, "arithmetic_periods", "hard", "What is the ratio of the average accidents per day without a limit to the average with a limit?",
  """SELECT (SELECT AVG(y) FROM traffic WHERE "limit" = 'no') / (SELECT AVG(y) FROM traffic WHERE "limit" = 'yes')""",
  ["arithmetic", "ratio", "subquery"])
CHART(T, "medium", "Plot the number of accidents per day for 1962.",
      "SELECT day, y FROM traffic WHERE year = 1962 ORDER BY day", ["time_series", "order"], order=True)
CHART(T, "easy", "Draw a bar chart of total accidents by year.",
      "SELECT year, SUM(y) FROM traffic GROUP BY year", ["group_by"])
E(T, "counting_listing", "easy", "List the days of 1961 with more than 40 accidents.",
  "SELECT day FROM traffic WHERE year = 1961 AND y > 40", ["multi_filter", "filter_cmp"])
E(T, "counting_listing", "easy", "How many records are there for 1962?",
  "SELECT COUNT(*) FROM traffic WHERE year = 1962", ["count", "filter_eq"])
E(T, "context_words", "easy", "According to this Swedish motorway experiment, how many accidents were recorded overall?",
  "SELECT SUM(y) FROM traffic", ["aggregate"])
E(T, "context_words", "hard", "By how much did the total number of accidents drop from 1961 to 1962?",
  "SELECT (SELECT SUM(y) FROM traffic WHERE year = 1961) - (SELECT SUM(y) FROM traffic WHERE year = 1962)",
  ["change", "subquery", "arithmetic"])
E(T, "comparatives", "easy", "How many days had 10 accidents or fewer?",
  "SELECT COUNT(*) FROM traffic WHERE y <= 10", ["count", "filter_cmp"])
E(T, "context_words", "easy", "What is the average accident count per day in each year, speed limit or not?",
  "SELECT year, AVG(y) FROM traffic GROUP BY year", ["group_by", "aggregate"])

# ---------------------------------------------------------------------------------------------
# oecd_gasoline: countries (country, name, region), gasoline (country, year, lgaspcar,
# lincomep, lrpmg, lcarpcap)
# ---------------------------------------------------------------------------------------------
G = "oecd_gasoline"
E(G, "plain", "easy", "What is the average lgaspcar for JAPAN?",
  "SELECT AVG(lgaspcar) FROM gasoline WHERE country = 'JAPAN'", ["aggregate", "filter_eq"])
E(G, "plain", "easy", "Show lincomep for U.S.A. in 1978.",
  "SELECT lincomep FROM gasoline WHERE country = 'U.S.A.' AND year = 1978", ["multi_filter"])
E(G, "plain", "easy", "Which countries are in the region North America?",
  "SELECT country FROM countries WHERE region = 'North America'", ["filter_eq"])
E(G, "row_nouns", "easy", "How many country-year observations are in the gasoline data?",
  "SELECT COUNT(*) FROM gasoline", ["count"])
E(G, "row_nouns", "easy", "How many yearly entries does Turkey have?",
  "SELECT COUNT(*) FROM gasoline WHERE country = 'TURKEY'", ["count", "filter_eq"])
E(G, "measure_words", "medium", "Where were cars most plentiful per person in 1978, on the log scale?",
  "SELECT country, lcarpcap FROM gasoline WHERE year = 1978 ORDER BY lcarpcap DESC LIMIT 1",
  ["top_n", "superlative"])
E(G, "measure_words", "medium", "In which country was gasoline most expensive in real terms in 1978 (log price)?",
  "SELECT country, lrpmg FROM gasoline WHERE year = 1978 ORDER BY lrpmg DESC LIMIT 1",
  ["top_n", "superlative"])
E(G, "short_forms", "easy", "What was the average log real gasoline price in Italy?",
  "SELECT AVG(lrpmg) FROM gasoline WHERE country = 'ITALY'", ["aggregate", "filter_eq"])
E(G, "short_forms", "easy", "What is the highest log gasoline consumption per car in the data?",
  "SELECT MAX(lgaspcar) FROM gasoline", ["aggregate"])
E(G, "short_forms", "medium", "What was the log per-capita income of Greece in 1970?",
  "SELECT lincomep FROM gasoline WHERE country = 'GREECE' AND year = 1970", ["multi_filter"])
E(G, "short_forms", "medium", "Show the log cars per capita of Spain for every year.",
  "SELECT year, lcarpcap FROM gasoline WHERE country = 'SPAIN'", ["filter_eq"])
E(G, "values", "medium", "What was the average lgaspcar of the Netherlands?",
  "SELECT AVG(lgaspcar) FROM gasoline WHERE country = 'NETHERLA'", ["aggregate", "filter_eq", "code_value"])
E(G, "values", "medium", "Show Switzerland's lrpmg in 1965.",
  "SELECT lrpmg FROM gasoline WHERE country = 'SWITZERL' AND year = 1965", ["multi_filter", "code_value"])
E(G, "values", "medium", "What was the UK's highest lincomep?",
  "SELECT MAX(lincomep) FROM gasoline WHERE country = 'U.K.'", ["aggregate", "filter_eq", "code_value"])
E(G, "comparatives", "hard", "Which countries never had a log gasoline consumption per car above 4.5?",
  "SELECT country FROM countries WHERE country NOT IN (SELECT country FROM gasoline WHERE lgaspcar > 4.5)",
  ["anti_join", "negation", "subquery"])
E(G, "comparatives", "medium", "How many rows from 1975 or later have lrpmg above 0?",
  "SELECT COUNT(*) FROM gasoline WHERE year >= 1975 AND lrpmg > 0", ["count", "filter_cmp", "multi_filter"])
E(G, "comparatives", "hard", "Which Southern European countries never had a positive lrpmg?",
  """SELECT country FROM countries WHERE region = 'Southern Europe'
     AND country NOT IN (SELECT country FROM gasoline WHERE lrpmg > 0)""",
  ["anti_join", "negation", "subquery"])
E(G, "superlative_rows", "medium", "Which country had the highest lcarpcap in 1960?",
  "SELECT country, lcarpcap FROM gasoline WHERE year = 1960 ORDER BY lcarpcap DESC LIMIT 1",
  ["top_n", "superlative"])
E(G, "superlative_rows", "medium", "Which country had the lowest average lincomep over the whole period?",
  "SELECT country, AVG(lincomep) FROM gasoline GROUP BY country ORDER BY AVG(lincomep) ASC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(G, "arithmetic_periods", "medium", "What is the range of lgaspcar for Japan?",
  "SELECT MAX(lgaspcar) - MIN(lgaspcar) FROM gasoline WHERE country = 'JAPAN'", ["arithmetic", "aggregate"])
E(G, "arithmetic_periods", "medium", "In how many years was Spain's lrpmg above 0.7?",
  "SELECT COUNT(DISTINCT year) FROM gasoline WHERE country = 'SPAIN' AND lrpmg > 0.7",
  ["count", "distinct", "multi_filter"])
CHART(G, "medium", "Plot lgaspcar over the years for the U.S.A.",
      "SELECT year, lgaspcar FROM gasoline WHERE country = 'U.S.A.' ORDER BY year", ["time_series", "order"], order=True)
SCATTER(G, "medium", "Plot lincomep against lcarpcap for 1978.",
        "SELECT lincomep, lcarpcap FROM gasoline WHERE year = 1978")
E(G, "counting_listing", "easy", "List the countries in Southern Europe.",
  "SELECT country FROM countries WHERE region = 'Southern Europe'", ["filter_eq"])
E(G, "counting_listing", "easy", "How many countries are there in Western Europe?",
  "SELECT COUNT(*) FROM countries WHERE region = 'Western Europe'", ["count", "filter_eq"])
E(G, "counting_listing", "medium", "Show every country with its full name.",
  "SELECT country, name FROM countries", [])
E(G, "context_words", "medium", "Across all 18 OECD countries, what was the average log income per capita in 1978?",
  "SELECT AVG(lincomep) FROM gasoline WHERE year = 1978", ["aggregate", "filter_eq"])
E(G, "context_words", "hard", "By how much did Japan's lcarpcap grow from 1960 to 1978?",
  """SELECT (SELECT lcarpcap FROM gasoline WHERE country = 'JAPAN' AND year = 1978)
          - (SELECT lcarpcap FROM gasoline WHERE country = 'JAPAN' AND year = 1960)""",
  ["change", "subquery", "arithmetic"])
E(G, "plain", "medium", "What is the average lgaspcar by region?",
  """SELECT c.region, AVG(g.lgaspcar) FROM gasoline g JOIN countries c ON c.country = g.country
     GROUP BY c.region""", ["join", "group_by", "aggregate"])
E(G, "row_nouns", "medium", "How many observations come from Northern European countries?",
  """SELECT COUNT(*) FROM gasoline g JOIN countries c ON c.country = g.country
     WHERE c.region = 'Northern Europe'""", ["join", "count", "filter_eq"])
E(G, "superlative_rows", "hard", "Which region had the highest average lcarpcap in 1978?",
  """SELECT c.region, AVG(g.lcarpcap) FROM gasoline g JOIN countries c ON c.country = g.country
     WHERE g.year = 1978 GROUP BY c.region ORDER BY AVG(g.lcarpcap) DESC LIMIT 1""",
  ["join", "group_by", "top_n", "superlative"])

# ---------------------------------------------------------------------------------------------
# school_absence: quine (Eth, Sex, Age, Lrn, Days)
# ---------------------------------------------------------------------------------------------
Q = "school_absence"
E(Q, "plain", "easy", "What is the average Days where Sex is F?",
  "SELECT AVG(Days) FROM quine WHERE Sex = 'F'", ["aggregate", "filter_eq"])
E(Q, "plain", "easy", "What is the maximum Days for Lrn SL?",
  "SELECT MAX(Days) FROM quine WHERE Lrn = 'SL'", ["aggregate", "filter_eq"])
E(Q, "row_nouns", "easy", "How many children are in the study?",
  "SELECT COUNT(*) FROM quine", ["count"])
E(Q, "row_nouns", "easy", "How many pupils are slow learners?",
  "SELECT COUNT(*) FROM quine WHERE Lrn = 'SL'", ["count", "filter_eq", "value_synonym"])
E(Q, "measure_words", "easy", "How many days of school did the most absent child miss?",
  "SELECT MAX(Days) FROM quine", ["aggregate"])
E(Q, "measure_words", "medium", "How long were boys away from school on average?",
  "SELECT AVG(Days) FROM quine WHERE Sex = 'M'", ["aggregate", "filter_eq", "value_synonym"])
E(Q, "short_forms", "medium", "What is the average days absent by learner status?",
  "SELECT Lrn, AVG(Days) FROM quine GROUP BY Lrn", ["group_by", "aggregate"])
E(Q, "short_forms", "medium", "Give the average absence for each ethnic background.",
  "SELECT Eth, AVG(Days) FROM quine GROUP BY Eth", ["group_by", "aggregate"])
E(Q, "values", "medium", "How many Aboriginal girls are there?",
  "SELECT COUNT(*) FROM quine WHERE Eth = 'A' AND Sex = 'F'", ["count", "multi_filter", "value_synonym"])
E(Q, "values", "medium", "What is the average number of days absent for primary school children (F0)?",
  "SELECT AVG(Days) FROM quine WHERE Age = 'F0'", ["aggregate", "filter_eq", "code_value"])
E(Q, "values", "medium", "How many non-Aboriginal average learners are in form F3?",
  "SELECT COUNT(*) FROM quine WHERE Eth = 'N' AND Lrn = 'AL' AND Age = 'F3'",
  ["count", "multi_filter", "value_synonym"])
E(Q, "comparatives", "easy", "How many children were absent more than 30 days?",
  "SELECT COUNT(*) FROM quine WHERE Days > 30", ["count", "filter_cmp"])
E(Q, "comparatives", "medium", "Which age groups have an average absence over 20 days?",
  "SELECT Age FROM quine GROUP BY Age HAVING AVG(Days) > 20", ["group_by", "having"])
E(Q, "comparatives", "easy", "How many pupils missed at most 5 days?",
  "SELECT COUNT(*) FROM quine WHERE Days <= 5", ["count", "filter_cmp"])
E(Q, "superlative_rows", "medium", "Which age group has the highest average days absent?",
  "SELECT Age, AVG(Days) FROM quine GROUP BY Age ORDER BY AVG(Days) DESC LIMIT 1",
  ["group_by", "top_n", "superlative"])
E(Q, "superlative_rows", "medium", "Which age group has the lowest average absence among girls?",
  "SELECT Age, AVG(Days) FROM quine WHERE Sex = 'F' GROUP BY Age ORDER BY AVG(Days) ASC LIMIT 1",
  ["group_by", "top_n", "superlative"])
E(Q, "arithmetic_periods", "hard", "What is the difference between the average days absent of Aboriginal and non-Aboriginal children?",
  "SELECT (SELECT AVG(Days) FROM quine WHERE Eth = 'A') - (SELECT AVG(Days) FROM quine WHERE Eth = 'N')",
  ["arithmetic", "subquery"])
E(Q, "arithmetic_periods", "medium", "What is the range of days absent among slow learners?",
  "SELECT MAX(Days) - MIN(Days) FROM quine WHERE Lrn = 'SL'", ["arithmetic", "aggregate"])
CHART(Q, "easy", "Bar chart of average days absent by age group.",
      "SELECT Age, AVG(Days) FROM quine GROUP BY Age", ["group_by"])
CHART(Q, "easy", "Chart the number of children in each age group.",
      "SELECT Age, COUNT(*) FROM quine GROUP BY Age", ["group_by", "count"])
E(Q, "counting_listing", "easy", "How many records are there for form F2?",
  "SELECT COUNT(*) FROM quine WHERE Age = 'F2'", ["count", "filter_eq"])
E(Q, "counting_listing", "medium", "List the days absent of every Aboriginal boy who is a slow learner.",
  "SELECT Days FROM quine WHERE Eth = 'A' AND Sex = 'M' AND Lrn = 'SL'", ["multi_filter"])
E(Q, "context_words", "easy", "In this Walgett school data, how many days of school were missed in total?",
  "SELECT SUM(Days) FROM quine", ["aggregate"])
E(Q, "context_words", "medium", "Across the whole school year, what was the typical (average) absence of a child in form F1?",
  "SELECT AVG(Days) FROM quine WHERE Age = 'F1'", ["aggregate", "filter_eq"])

# ---------------------------------------------------------------------------------------------
# romano_british_pottery: pottery (Site, Al, Fe, Mg, Ca, Na)
# ---------------------------------------------------------------------------------------------
P = "romano_british_pottery"
E(P, "plain", "easy", "What is the average Al at Llanedyrn?",
  "SELECT AVG(Al) FROM pottery WHERE Site = 'Llanedyrn'", ["aggregate", "filter_eq"])
E(P, "plain", "easy", "What is the maximum Fe?",
  "SELECT MAX(Fe) FROM pottery", ["aggregate"])
E(P, "row_nouns", "easy", "How many pieces of pottery were analysed in total?",
  "SELECT COUNT(*) FROM pottery", ["count"])
E(P, "row_nouns", "easy", "How many samples come from IsleThorns?",
  "SELECT COUNT(*) FROM pottery WHERE Site = 'IsleThorns'", ["count", "filter_eq"])
E(P, "short_forms", "easy", "What is the average aluminium content of the pottery?",
  "SELECT AVG(Al) FROM pottery", ["aggregate"])
E(P, "short_forms", "easy", "What is the highest sodium level?",
  "SELECT MAX(Na) FROM pottery", ["aggregate"])
E(P, "short_forms", "medium", "What is the average calcium by site?",
  "SELECT Site, AVG(Ca) FROM pottery GROUP BY Site", ["group_by", "aggregate"])
E(P, "short_forms", "medium", "What is the lowest iron content found at Llanedyrn?",
  "SELECT MIN(Fe) FROM pottery WHERE Site = 'Llanedyrn'", ["aggregate", "filter_eq"])
E(P, "short_forms", "medium", "What is the average magnesium content of the Caldicot pots?",
  "SELECT AVG(Mg) FROM pottery WHERE Site = 'Caldicot'", ["aggregate", "filter_eq"])
E(P, "values", "medium", "How many pots were found at Ashley Rails?",
  "SELECT COUNT(*) FROM pottery WHERE Site = 'AshleyRails'", ["count", "filter_eq"])
E(P, "values", "medium", "What is the average Fe of the Isle Thorns samples?",
  "SELECT AVG(Fe) FROM pottery WHERE Site = 'IsleThorns'", ["aggregate", "filter_eq"])
E(P, "comparatives", "easy", "How many samples have more than 6 percent iron?",
  "SELECT COUNT(*) FROM pottery WHERE Fe > 6", ["count", "filter_cmp"])
E(P, "comparatives", "medium", "Which sites have fewer than 5 samples?",
  "SELECT Site FROM pottery GROUP BY Site HAVING COUNT(*) < 5", ["group_by", "having"])
E(P, "superlative_rows", "medium", "Which site has the highest average iron content?",
  "SELECT Site, AVG(Fe) FROM pottery GROUP BY Site ORDER BY AVG(Fe) DESC LIMIT 1",
  ["group_by", "top_n", "superlative"])
E(P, "superlative_rows", "medium", "At which site was the sample with the most sodium found, and how much was it?",
  "SELECT Site, Na FROM pottery ORDER BY Na DESC LIMIT 1", ["top_n", "superlative"])
E(P, "arithmetic_periods", "medium", "What is the difference between the highest and lowest Al?",
  "SELECT MAX(Al) - MIN(Al) FROM pottery", ["arithmetic", "aggregate"])
E(P, "arithmetic_periods", "hard", "What is the ratio of average Al to average Fe at AshleyRails?",
  "SELECT AVG(Al) / AVG(Fe) FROM pottery WHERE Site = 'AshleyRails'", ["arithmetic", "ratio"])
SCATTER(P, "medium", "Plot Al vs Fe.", "SELECT Al, Fe FROM pottery")
CHART(P, "easy", "Bar chart of the number of samples per site.",
      "SELECT Site, COUNT(*) FROM pottery GROUP BY Site", ["group_by", "count"])
E(P, "counting_listing", "easy", "List every site in the data.",
  "SELECT DISTINCT Site FROM pottery", ["distinct"])
E(P, "counting_listing", "easy", "How many records are there for Caldicot?",
  "SELECT COUNT(*) FROM pottery WHERE Site = 'Caldicot'", ["count", "filter_eq"])
E(P, "context_words", "medium", "Among all these ancient British finds, what is the average calcium content?",
  "SELECT AVG(Ca) FROM pottery", ["aggregate"])

# ---------------------------------------------------------------------------------------------
# dutch_clothing_stores: clothing (store, tsales, sales, margin, nown, nfull, npart, naux, hoursw,
# hourspw, inv1, inv2, ssize, start)
# ---------------------------------------------------------------------------------------------
C = "dutch_clothing_stores"
E(C, "plain", "easy", "What is the average tsales?",
  "SELECT AVG(tsales) FROM clothing", ["aggregate"])
E(C, "plain", "easy", "What is the maximum ssize?",
  "SELECT MAX(ssize) FROM clothing", ["aggregate"])
E(C, "row_nouns", "easy", "How many shops are in the data?",
  "SELECT COUNT(*) FROM clothing", ["count"])
E(C, "row_nouns", "medium", "How many outlets have more than 500 square metres of floor space?",
  "SELECT COUNT(*) FROM clothing WHERE ssize > 500", ["count", "filter_cmp"])
E(C, "measure_words", "easy", "How big is the largest store, in square metres?",
  "SELECT MAX(ssize) FROM clothing", ["aggregate"])
E(C, "measure_words", "medium", "How much does a store sell in a year on average, in guilders?",
  "SELECT AVG(tsales) FROM clothing", ["aggregate"])
E(C, "measure_words", "medium", "How many hours were worked in all the stores together?",
  "SELECT SUM(hoursw) FROM clothing", ["aggregate"])
E(C, "short_forms", "easy", "What is the average gross profit margin?",
  "SELECT AVG(margin) FROM clothing", ["aggregate"])
E(C, "short_forms", "easy", "What is the largest number of full-timers in one store?",
  "SELECT MAX(nfull) FROM clothing", ["aggregate"])
E(C, "short_forms", "medium", "What is the average investment in automation?",
  "SELECT AVG(inv2) FROM clothing", ["aggregate"])
E(C, "short_forms", "medium", "What is the average number of hours worked per worker?",
  "SELECT AVG(hourspw) FROM clothing", ["aggregate"])
E(C, "comparatives", "easy", "How many stores had annual sales of at least 1 million guilders?",
  "SELECT COUNT(*) FROM clothing WHERE tsales >= 1000000", ["count", "filter_cmp"])
E(C, "comparatives", "easy", "How many stores have no more than 100 square metres of floor space?",
  "SELECT COUNT(*) FROM clothing WHERE ssize <= 100", ["count", "filter_cmp"])
E(C, "comparatives", "medium", "What is the average margin of stores with more than 2 owners?",
  "SELECT AVG(margin) FROM clothing WHERE nown > 2", ["aggregate", "filter_cmp"])
E(C, "superlative_rows", "medium", "Which store had the highest annual sales?",
  "SELECT store, tsales FROM clothing ORDER BY tsales DESC LIMIT 1", ["top_n", "superlative"])
E(C, "superlative_rows", "medium", "Which store has the most floor space, and how much?",
  "SELECT store, ssize FROM clothing ORDER BY ssize DESC LIMIT 1", ["top_n", "superlative"])
E(C, "superlative_rows", "medium", "Which store has the highest sales per square metre?",
  "SELECT store, sales FROM clothing ORDER BY sales DESC LIMIT 1", ["top_n", "superlative"])
E(C, "arithmetic_periods", "medium", "What is the difference between the largest and the smallest floor space?",
  "SELECT MAX(ssize) - MIN(ssize) FROM clothing", ["arithmetic", "aggregate"])
E(C, "arithmetic_periods", "hard", "What is the ratio of total annual sales to total floor space across all stores?",
  "SELECT SUM(tsales) * 1.0 / SUM(ssize) FROM clothing", ["arithmetic", "ratio"])
SCATTER(C, "medium", "Show the relationship between floor space and annual sales.",
        "SELECT ssize, tsales FROM clothing")
CHART(C, "medium", "Bar chart of the number of stores by number of owners.",
      "SELECT nown, COUNT(*) FROM clothing GROUP BY nown", ["group_by", "count"])
E(C, "counting_listing", "medium", "List the stores with more than 6 full-timers.",
  "SELECT store FROM clothing WHERE nfull > 6", ["filter_cmp"])
E(C, "counting_listing", "easy", "How many records have exactly one owner?",
  "SELECT COUNT(*) FROM clothing WHERE nown = 1", ["count", "filter_eq"])
E(C, "context_words", "medium", "Across all the Dutch men's fashion stores surveyed, how much money did they take in altogether?",
  "SELECT SUM(tsales) FROM clothing", ["aggregate"])
E(C, "context_words", "medium", "Overall, what is the average selling area of a shop in this survey?",
  "SELECT AVG(ssize) FROM clothing", ["aggregate"])
E(C, "plain", "easy", "What is the total inv1 of stores with ssize over 1000?",
  "SELECT SUM(inv1) FROM clothing WHERE ssize > 1000", ["aggregate", "filter_cmp"])

# ---------------------------------------------------------------------------------------------
# yen_dollar: yen (date, s, f, s30)
# ---------------------------------------------------------------------------------------------
Y = "yen_dollar"
E(Y, "plain", "easy", "What is the average s in 1985?",
  "SELECT AVG(s) FROM yen WHERE strftime('%Y', date) = '1985'", ["aggregate", "date_part"])
E(Y, "plain", "easy", "What was f on 1985-01-04?",
  "SELECT f FROM yen WHERE date = '1985-01-04'", ["filter_eq", "date_value"])
E(Y, "row_nouns", "easy", "How many weekly observations are there in 1988?",
  "SELECT COUNT(*) FROM yen WHERE strftime('%Y', date) = '1988'", ["count", "date_part"])
E(Y, "row_nouns", "easy", "How many weeks does the data cover in total?",
  "SELECT COUNT(*) FROM yen", ["count"])
E(Y, "measure_words", "medium", "How many yen did a dollar cost at most on the spot market in 1980?",
  "SELECT MAX(s) FROM yen WHERE strftime('%Y', date) = '1980'", ["aggregate", "date_part"])
E(Y, "measure_words", "medium", "When was the dollar cheapest in yen on the spot market?",
  "SELECT date, s FROM yen ORDER BY s ASC LIMIT 1", ["top_n", "superlative"])
E(Y, "short_forms", "easy", "What was the average spot rate in 1987?",
  "SELECT AVG(s) FROM yen WHERE strftime('%Y', date) = '1987'", ["aggregate", "date_part"])
E(Y, "short_forms", "medium", "What was the highest 30-day forward rate in 1982?",
  "SELECT MAX(f) FROM yen WHERE strftime('%Y', date) = '1982'", ["aggregate", "date_part"])
E(Y, "values", "easy", "What was the spot rate on 22 February 1985?",
  "SELECT s FROM yen WHERE date = '1985-02-22'", ["filter_eq", "date_value"])
E(Y, "values", "medium", "Show s and f for the week of 1987-10-23.",
  "SELECT s, f FROM yen WHERE date = '1987-10-23'", ["filter_eq", "date_value"])
E(Y, "comparatives", "medium", "What was the first date the spot rate fell below 200 yen?",
  "SELECT MIN(date) FROM yen WHERE s < 200", ["aggregate", "filter_cmp"])
E(Y, "comparatives", "medium", "When was the spot rate last above 250?",
  "SELECT MAX(date) FROM yen WHERE s > 250", ["aggregate", "filter_cmp"])
E(Y, "comparatives", "easy", "How many weeks had a spot rate over 300?",
  "SELECT COUNT(*) FROM yen WHERE s > 300", ["count", "filter_cmp"])
E(Y, "comparatives", "medium", "How many weeks from 1986 or later had a forward rate of 150 or more?",
  "SELECT COUNT(*) FROM yen WHERE date >= '1986-01-01' AND f >= 150", ["count", "filter_cmp", "multi_filter"])
E(Y, "superlative_rows", "medium", "On which date was the spot rate highest?",
  "SELECT date, s FROM yen ORDER BY s DESC LIMIT 1", ["top_n", "superlative"])
E(Y, "superlative_rows", "medium", "Which week of 1985 had the highest forward rate?",
  "SELECT date, f FROM yen WHERE strftime('%Y', date) = '1985' ORDER BY f DESC LIMIT 1",
  ["top_n", "superlative", "date_part"])
E(Y, "arithmetic_periods", "medium", "In how many years did the spot rate exceed 250 at some point?",
  "SELECT COUNT(DISTINCT strftime('%Y', date)) FROM yen WHERE s > 250", ["count", "distinct", "date_part"])
E(Y, "arithmetic_periods", "medium", "What is the average spot rate for each calendar month, across all years?",
  "SELECT strftime('%m', date), AVG(s) FROM yen GROUP BY strftime('%m', date)",
  ["group_by", "date_part", "month_of_year"])
E(Y, "arithmetic_periods", "medium", "In how many months of 1986 was the spot rate below 160 at least once?",
  "SELECT COUNT(DISTINCT strftime('%m', date)) FROM yen WHERE strftime('%Y', date) = '1986' AND s < 160",
  ["count", "distinct", "date_part"])
E(Y, "arithmetic_periods", "medium", "What is the difference between the highest and the lowest spot rate in 1978?",
  "SELECT MAX(s) - MIN(s) FROM yen WHERE strftime('%Y', date) = '1978'", ["arithmetic", "aggregate", "date_part"])
CHART(Y, "medium", "Plot the yearly average spot rate over time.",
      "SELECT strftime('%Y', date), AVG(s) FROM yen GROUP BY strftime('%Y', date) ORDER BY strftime('%Y', date)",
      ["time_series", "order", "date_part"], order=True)
SCATTER(Y, "medium", "Plot the spot rate against the forward rate for 1989.",
        "SELECT s, f FROM yen WHERE date >= '1989-01-01'", ["date_range"])
E(Y, "counting_listing", "easy", "How many records are there for 1989?",
  "SELECT COUNT(*) FROM yen WHERE strftime('%Y', date) = '1989'", ["count", "date_part"])
E(Y, "counting_listing", "medium", "List the dates in 1988 when the spot rate was below 123.",
  "SELECT date FROM yen WHERE strftime('%Y', date) = '1988' AND s < 123", ["filter_cmp", "date_part"])
E(Y, "context_words", "hard", "By how much did the dollar fall against the yen from 1985 to 1988, comparing yearly average spot rates?",
  """SELECT (SELECT AVG(s) FROM yen WHERE strftime('%Y', date) = '1985')
          - (SELECT AVG(s) FROM yen WHERE strftime('%Y', date) = '1988')""",
  ["change", "subquery", "date_part"])
E(Y, "context_words", "medium", "What was the average price of the dollar in yen in 1976, according to this data?",
  "SELECT AVG(s) FROM yen WHERE strftime('%Y', date) = '1976'", ["aggregate", "date_part"])
E(Y, "context_words", "hard", "How much did the yearly average spot rate rise from 1981 to 1982?",
  """SELECT (SELECT AVG(s) FROM yen WHERE strftime('%Y', date) = '1982')
          - (SELECT AVG(s) FROM yen WHERE strftime('%Y', date) = '1981')""",
  ["change", "subquery", "date_part"])

# ---------------------------------------------------------------------------------------------
# arthritis_trial: arthritis (ID, Treatment, Sex, Age, Improved)
# ---------------------------------------------------------------------------------------------
A = "arthritis_trial"
E(A, "plain", "easy", "How many rows have Treatment Treated?",
  "SELECT COUNT(*) FROM arthritis WHERE Treatment = 'Treated'", ["count", "filter_eq"])
E(A, "plain", "easy", "What is the average Age by Sex?",
  "SELECT Sex, AVG(Age) FROM arthritis GROUP BY Sex", ["group_by", "aggregate"])
E(A, "row_nouns", "easy", "How many patients got the placebo?",
  "SELECT COUNT(*) FROM arthritis WHERE Treatment = 'Placebo'", ["count", "filter_eq"])
E(A, "row_nouns", "easy", "How many participants were women?",
  "SELECT COUNT(*) FROM arthritis WHERE Sex = 'Female'", ["count", "filter_eq", "value_synonym"])
E(A, "measure_words", "easy", "How old was the oldest patient?",
  "SELECT MAX(Age) FROM arthritis", ["aggregate"])
E(A, "measure_words", "easy", "How young was the youngest man in the trial?",
  "SELECT MIN(Age) FROM arthritis WHERE Sex = 'Male'", ["aggregate", "filter_eq"])
E(A, "values", "easy", "How many patients showed marked improvement?",
  "SELECT COUNT(*) FROM arthritis WHERE Improved = 'Marked'", ["count", "filter_eq"])
E(A, "values", "medium", "How many treated patients had no improvement?",
  "SELECT COUNT(*) FROM arthritis WHERE Treatment = 'Treated' AND Improved = 'None'",
  ["count", "multi_filter"])
E(A, "values", "medium", "What is the average age of the men on placebo?",
  "SELECT AVG(Age) FROM arthritis WHERE Sex = 'Male' AND Treatment = 'Placebo'",
  ["aggregate", "multi_filter", "value_synonym"])
E(A, "comparatives", "easy", "How many patients are over 60?",
  "SELECT COUNT(*) FROM arthritis WHERE Age > 60", ["count", "filter_cmp"])
E(A, "comparatives", "medium", "How many patients aged 40 or younger improved at least somewhat (Some or Marked)?",
  "SELECT COUNT(*) FROM arthritis WHERE Age <= 40 AND Improved IN ('Some', 'Marked')",
  ["count", "filter_cmp", "multi_filter"])
E(A, "superlative_rows", "medium", "Which patient is the oldest?",
  "SELECT ID, Age FROM arthritis ORDER BY Age DESC LIMIT 1", ["top_n", "superlative"])
E(A, "superlative_rows", "medium", "Which outcome is most common among treated patients, and how many had it?",
  "SELECT Improved, COUNT(*) FROM arthritis WHERE Treatment = 'Treated' GROUP BY Improved ORDER BY COUNT(*) DESC LIMIT 1",
  ["group_by", "top_n", "superlative"])
E(A, "arithmetic_periods", "medium", "What is the difference in average age between the treated and the placebo group?",
  """SELECT (SELECT AVG(Age) FROM arthritis WHERE Treatment = 'Treated')
          - (SELECT AVG(Age) FROM arthritis WHERE Treatment = 'Placebo')""", ["arithmetic", "subquery"])
E(A, "arithmetic_periods", "hard", "What percentage of treated patients had marked improvement?",
  "SELECT 100.0 * SUM(Improved = 'Marked') / COUNT(*) FROM arthritis WHERE Treatment = 'Treated'",
  ["arithmetic", "percent"])
CHART(A, "easy", "Bar chart of the number of patients by improvement outcome.",
      "SELECT Improved, COUNT(*) FROM arthritis GROUP BY Improved", ["group_by", "count"])
CHART(A, "medium", "Chart the average age for each treatment group.",
      "SELECT Treatment, AVG(Age) FROM arthritis GROUP BY Treatment", ["group_by", "aggregate"])
E(A, "counting_listing", "medium", "List the IDs of placebo patients with marked improvement.",
  "SELECT ID FROM arthritis WHERE Treatment = 'Placebo' AND Improved = 'Marked'", ["multi_filter"])
E(A, "counting_listing", "easy", "How many records are there for male patients?",
  "SELECT COUNT(*) FROM arthritis WHERE Sex = 'Male'", ["count", "filter_eq"])
E(A, "context_words", "medium", "In this rheumatoid arthritis trial overall, what was the average age of the patients?",
  "SELECT AVG(Age) FROM arthritis", ["aggregate"])
E(A, "short_forms", "easy", "Show the IDs and ages of patients older than 68.",
  "SELECT ID, Age FROM arthritis WHERE Age > 68", ["filter_cmp"])
E(A, "row_nouns", "easy", "How many subjects are there altogether?",
  "SELECT COUNT(*) FROM arthritis", ["count"])

# ---------------------------------------------------------------------------------------------
# shuttle_o_rings: spaceshuttle (FlightNumber, Temperature, Pressure, Fail, nFailures, Damage)
# ---------------------------------------------------------------------------------------------
H = "shuttle_o_rings"
E(H, "plain", "easy", "What is the average Temperature?",
  "SELECT AVG(Temperature) FROM spaceshuttle", ["aggregate"])
E(H, "plain", "easy", "What is the Damage for FlightNumber 51C?",
  "SELECT Damage FROM spaceshuttle WHERE FlightNumber = '51C'", ["filter_eq"])
E(H, "row_nouns", "easy", "How many launches had an O-ring failure?",
  "SELECT COUNT(*) FROM spaceshuttle WHERE Fail = 'yes'", ["count", "filter_eq"])
E(H, "row_nouns", "easy", "How many missions are recorded?",
  "SELECT COUNT(*) FROM spaceshuttle", ["count"])
E(H, "measure_words", "easy", "What was the coldest launch temperature?",
  "SELECT MIN(Temperature) FROM spaceshuttle", ["aggregate"])
E(H, "measure_words", "easy", "How warm was the warmest launch?",
  "SELECT MAX(Temperature) FROM spaceshuttle", ["aggregate"])
E(H, "measure_words", "medium", "How hot was it on average at launches where an O-ring failed?",
  "SELECT AVG(Temperature) FROM spaceshuttle WHERE Fail = 'yes'", ["aggregate", "filter_eq"])
E(H, "short_forms", "easy", "What is the total number of failures over all flights?",
  "SELECT SUM(nFailures) FROM spaceshuttle", ["aggregate"])
E(H, "short_forms", "medium", "What is the average damage index of the flights at pressure 200?",
  "SELECT AVG(Damage) FROM spaceshuttle WHERE Pressure = 200", ["aggregate", "filter_eq"])
E(H, "short_forms", "medium", "List the flight numbers of launches at pressure 50.",
  "SELECT FlightNumber FROM spaceshuttle WHERE Pressure = 50", ["filter_eq"])
E(H, "values", "easy", "What was the temperature at the launch of flight 41B?",
  "SELECT Temperature FROM spaceshuttle WHERE FlightNumber = '41B'", ["filter_eq", "code_value"])
E(H, "values", "medium", "How many flights have a number starting with 51?",
  "SELECT COUNT(*) FROM spaceshuttle WHERE FlightNumber LIKE '51%'", ["count", "like"])
E(H, "comparatives", "easy", "How many launches took place below 65 degrees?",
  "SELECT COUNT(*) FROM spaceshuttle WHERE Temperature < 65", ["count", "filter_cmp"])
E(H, "comparatives", "medium", "Excluding flights without a recorded outcome, how many had no O-ring failure?",
  "SELECT COUNT(*) FROM spaceshuttle WHERE Fail IS NOT NULL AND Fail = 'no'", ["count", "null_check"])
E(H, "comparatives", "medium", "How many flights have no damage index recorded?",
  "SELECT COUNT(*) FROM spaceshuttle WHERE Damage IS NULL", ["count", "null_check"])
E(H, "superlative_rows", "medium", "Which flight had the highest damage index?",
  "SELECT FlightNumber, Damage FROM spaceshuttle ORDER BY Damage DESC LIMIT 1", ["top_n", "superlative"])
E(H, "superlative_rows", "medium", "Which flight was launched at the lowest temperature?",
  "SELECT FlightNumber, Temperature FROM spaceshuttle ORDER BY Temperature ASC LIMIT 1",
  ["top_n", "superlative"])
E(H, "arithmetic_periods", "easy", "What is the difference between the warmest and the coldest launch temperature?",
  "SELECT MAX(Temperature) - MIN(Temperature) FROM spaceshuttle", ["arithmetic", "aggregate"])
SCATTER(H, "medium", "Plot Temperature against Damage.",
        "SELECT Temperature, Damage FROM spaceshuttle WHERE Damage IS NOT NULL")
CHART(H, "easy", "Bar chart of the number of flights by pressure.",
      "SELECT Pressure, COUNT(*) FROM spaceshuttle GROUP BY Pressure", ["group_by", "count"])
E(H, "counting_listing", "easy", "List the flights that had an O-ring failure.",
  "SELECT FlightNumber FROM spaceshuttle WHERE Fail = 'yes'", ["filter_eq"])
E(H, "counting_listing", "easy", "How many records have a pressure of 100?",
  "SELECT COUNT(*) FROM spaceshuttle WHERE Pressure = 100", ["count", "filter_eq"])
E(H, "context_words", "medium", "Before Challenger, according to this data, how many O-rings failed in total?",
  "SELECT SUM(nFailures) FROM spaceshuttle", ["aggregate"])
E(H, "context_words", "medium", "Across the whole shuttle programme in this data, what was the average damage index?",
  "SELECT AVG(Damage) FROM spaceshuttle", ["aggregate"])

# ---------------------------------------------------------------------------------------------
# more of the datasets above
# ---------------------------------------------------------------------------------------------
E(G, "values", "medium", "Show the lgaspcar of the United States in 1960.",
  "SELECT lgaspcar FROM gasoline WHERE country = 'U.S.A.' AND year = 1960", ["multi_filter", "code_value"])
E(A, "values", "medium", "How many women showed some improvement?",
  "SELECT COUNT(*) FROM arthritis WHERE Sex = 'Female' AND Improved = 'Some'",
  ["count", "multi_filter", "value_synonym"])
E(C, "measure_words", "medium", "On average, how many people work part-time in a store?",
  "SELECT AVG(npart) FROM clothing", ["aggregate"])
E(H, "measure_words", "easy", "How many O-rings failed on the worst flight?",
  "SELECT MAX(nFailures) FROM spaceshuttle", ["aggregate"])
CHART(Y, "medium", "Plot the spot rate over time for 1987.",
      "SELECT date, s FROM yen WHERE strftime('%Y', date) = '1987' ORDER BY date",
      ["time_series", "order", "date_part"], order=True)
CHART(G, "easy", "Chart the average lgaspcar for each country.",
      "SELECT country, AVG(lgaspcar) FROM gasoline GROUP BY country", ["group_by", "aggregate"])
E(G, "context_words", "medium", "For all the countries combined, what was the average log real gasoline price in 1960?",
  "SELECT AVG(lrpmg) FROM gasoline WHERE year = 1960", ["aggregate", "filter_eq"])
E(Q, "context_words", "medium", "Over the school year, how many days did slow learners in Walgett miss on average?",
  "SELECT AVG(Days) FROM quine WHERE Lrn = 'SL'", ["aggregate", "filter_eq"])
E(P, "context_words", "medium", "Across all four sites where the pottery was dug up, what is the highest aluminium reading?",
  "SELECT MAX(Al) FROM pottery", ["aggregate"])
E(Y, "counting_listing", "medium", "List every date in December 1975 with its spot rate.",
  "SELECT date, s FROM yen WHERE date BETWEEN '1975-12-01' AND '1975-12-31'", ["between", "date_range"])
E(A, "measure_words", "medium", "How old were the treated patients on average?",
  "SELECT AVG(Age) FROM arthritis WHERE Treatment = 'Treated'", ["aggregate", "filter_eq"])
E(T, "values", "easy", "What was the average number of accidents on 1961 days with the limit enforced?",
  """SELECT AVG(y) FROM traffic WHERE year = 1961 AND "limit" = 'yes'""", ["aggregate", "multi_filter"])

if __name__ == "__main__":
    S.write()
