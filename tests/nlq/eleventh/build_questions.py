#!/usr/bin/env python3
"""The eleventh blind NLQ evaluation set: questions and gold SQL (ids f11-001...), written from
the tables in data/ alone. Recomputes gold_rows with ../load.py through ../question_set.py and
writes questions.jsonl and datasets.json; fails on SQL errors, empty answers and answers that
depend on how ties are broken. Stdlib only.

    python3 build_questions.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)
from prepare_data import DATASETS  # noqa: E402
from question_set import QuestionSet  # noqa: E402

S = QuestionSet("f11", DATASETS, HERE)
E, CHART, SCATTER = S.E, S.CHART, S.SCATTER

# ---------------------------------------------------------------- uk_firms
D = "uk_firms"
E(D, "plain", "easy", "How many firms are in sector 4?",
  "SELECT COUNT(*) FROM firms WHERE sectorCode = 4", ["count", "filter_eq"])
E(D, "plain", "easy", "What is the average realWage in 1980?",
  "SELECT AVG(realWage) FROM firm_years WHERE year = 1980", ["aggregate", "filter_eq"])
E(D, "plain", "medium", "What is the average empThousands of firms in sector 7 in 1980?",
  "SELECT AVG(y.empThousands) FROM firm_years y JOIN firms f ON f.firmId = y.firmId "
  "WHERE f.sectorCode = 7 AND y.year = 1980", ["aggregate", "join", "multi_filter"])
E(D, "row_nouns", "easy", "How many companies are in the dataset?",
  "SELECT COUNT(*) FROM firms", ["count"])
E(D, "row_nouns", "easy", "How many company-year observations are from 1983?",
  "SELECT COUNT(*) FROM firm_years WHERE year = 1983", ["count", "filter_eq"])
E(D, "row_nouns", "medium", "How many businesses had records in 1976?",
  "SELECT COUNT(DISTINCT firmId) FROM firm_years WHERE year = 1976", ["count", "distinct"])
E(D, "measure_words", "easy", "In how many firm-years did a company employ more than 10 thousand people?",
  "SELECT COUNT(*) FROM firm_years WHERE empThousands > 10", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "What was the highest wage paid in 1977?",
  "SELECT MAX(realWage) FROM firm_years WHERE year = 1977", ["aggregate", "filter_eq"])
E(D, "short_forms", "easy", "What was total employment across all firms in 1982, in thousands?",
  "SELECT SUM(empThousands) FROM firm_years WHERE year = 1982", ["aggregate", "filter_eq"])
E(D, "short_forms", "easy", "Average capital in 1984?",
  "SELECT AVG(capitalStock) FROM firm_years WHERE year = 1984", ["aggregate", "filter_eq"])
E(D, "short_forms", "easy", "What was the mean output index in 1979?",
  "SELECT AVG(industryOutput) FROM firm_years WHERE year = 1979", ["aggregate", "filter_eq"])
E(D, "values", "easy", "What sector is firm 100 in?",
  "SELECT sectorCode FROM firms WHERE firmId = 100", ["filter_eq"])
E(D, "values", "medium", "What was firm 35's employment in 1981?",
  "SELECT empThousands FROM firm_years WHERE firmId = 35 AND year = 1981", ["filter_eq", "multi_filter"])
E(D, "comparatives", "hard", "How many firms have fewer than 8 years of data?",
  "SELECT COUNT(*) FROM (SELECT firmId FROM firm_years GROUP BY firmId HAVING COUNT(*) < 8)",
  ["count", "having", "subquery"])
E(D, "comparatives", "hard", "How many firms never had more than 1 thousand employees in any year?",
  "SELECT COUNT(*) FROM firms WHERE firmId NOT IN "
  "(SELECT firmId FROM firm_years WHERE empThousands > 1)", ["count", "anti_join", "negation"])
E(D, "comparatives", "easy", "How many firm-year rows are from 1980 or later?",
  "SELECT COUNT(*) FROM firm_years WHERE year >= 1980", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "What is the last year for which firm 3 has data?",
  "SELECT MAX(year) FROM firm_years WHERE firmId = 3", ["aggregate", "filter_eq"])
E(D, "superlative_rows", "medium", "Which firm had the largest capital stock in 1984, and how much?",
  "SELECT firmId, capitalStock FROM firm_years WHERE year = 1984 ORDER BY capitalStock DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which sector has the most firms?",
  "SELECT sectorCode, COUNT(*) FROM firms GROUP BY sectorCode ORDER BY COUNT(*) DESC LIMIT 1",
  ["group_by", "top_n", "superlative"])
E(D, "superlative_rows", "medium", "In which year was the average real wage highest?",
  "SELECT year, AVG(realWage) FROM firm_years GROUP BY year ORDER BY AVG(realWage) DESC LIMIT 1",
  ["group_by", "top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "What is the difference between the highest and lowest real wage?",
  "SELECT MAX(realWage) - MIN(realWage) FROM firm_years", ["arithmetic", "aggregate"])
E(D, "arithmetic_periods", "medium", "In how many years does firm 1 appear?",
  "SELECT COUNT(DISTINCT year) FROM firm_years WHERE firmId = 1", ["count", "distinct"])
E(D, "arithmetic_periods", "hard", "What is the ratio of total capital stock to total employment in 1980?",
  "SELECT SUM(capitalStock) / SUM(empThousands) FROM firm_years WHERE year = 1980",
  ["arithmetic", "ratio", "aggregate"])
CHART(D, "medium", "Plot average employment per firm over the years",
      "SELECT year, AVG(empThousands) FROM firm_years GROUP BY year ORDER BY year",
      ["time_series", "group_by", "order"], order=True)
SCATTER(D, "medium", "Scatter plot of capital stock vs employment",
        "SELECT capitalStock, empThousands FROM firm_years")
CHART(D, "easy", "Bar chart of the number of firms per sector",
      "SELECT sectorCode, COUNT(*) FROM firms GROUP BY sectorCode", ["group_by", "count"])
E(D, "counting_listing", "easy", "How many records are there for firm 140?",
  "SELECT COUNT(*) FROM firm_years WHERE firmId = 140", ["count", "filter_eq"])
E(D, "counting_listing", "easy", "List all firms in sector 6",
  "SELECT firmId FROM firms WHERE sectorCode = 6", ["list", "filter_eq"])
E(D, "context_words", "hard", "By how much did the average real wage rise from 1977 to 1983?",
  "SELECT (SELECT AVG(realWage) FROM firm_years WHERE year = 1983) - "
  "(SELECT AVG(realWage) FROM firm_years WHERE year = 1977)", ["change", "subquery", "arithmetic"])
E(D, "context_words", "easy", "Across all the UK companies in this panel, what is the mean industry output?",
  "SELECT AVG(industryOutput) FROM firm_years", ["aggregate"])

E(D, "counting_listing", "easy", "List the years recorded for firm 17",
  "SELECT year FROM firm_years WHERE firmId = 17", ["list", "filter_eq"])

# ---------------------------------------------------------------- rabbit_blood_pressure
D = "rabbit_blood_pressure"
E(D, "plain", "easy", "What is the average BP_CHANGE for run C1?",
  "SELECT AVG(BP_CHANGE) FROM DOSE_RESPONSES WHERE RUN = 'C1'", ["aggregate", "filter_eq"])
E(D, "plain", "easy", "How many runs have TREATMENT MDL?",
  "SELECT COUNT(*) FROM RUNS WHERE TREATMENT = 'MDL'", ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many measurements were taken in total?",
  "SELECT COUNT(*) FROM DOSE_RESPONSES", ["count"])
E(D, "row_nouns", "medium", "How many readings were taken at a dose of 25?",
  "SELECT COUNT(*) FROM DOSE_RESPONSES WHERE DOSE = 25", ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many rabbits were used in the experiment?",
  "SELECT COUNT(DISTINCT ANIMAL) FROM RUNS", ["count", "distinct"])
E(D, "measure_words", "easy", "What was the biggest rise in blood pressure recorded?",
  "SELECT MAX(BP_CHANGE) FROM DOSE_RESPONSES", ["aggregate"])
E(D, "measure_words", "medium", "What was the smallest dose given?",
  "SELECT MIN(DOSE) FROM DOSE_RESPONSES", ["aggregate"])
E(D, "short_forms", "easy", "Average BP change at a dose of 200?",
  "SELECT AVG(BP_CHANGE) FROM DOSE_RESPONSES WHERE DOSE = 200", ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "What is the mean blood pressure change in run M4?",
  "SELECT AVG(BP_CHANGE) FROM DOSE_RESPONSES WHERE RUN = 'M4'", ["aggregate", "filter_eq"])
E(D, "values", "easy", "Which runs belong to rabbit R3?",
  "SELECT RUN FROM RUNS WHERE ANIMAL = 'R3'", ["filter_eq", "list"])
E(D, "values", "hard", "What was the average blood pressure change in the Control runs at dose 50?",
  "SELECT AVG(d.BP_CHANGE) FROM DOSE_RESPONSES d JOIN RUNS r ON r.RUN = d.RUN "
  "WHERE r.TREATMENT = 'Control' AND d.DOSE = 50", ["aggregate", "join", "multi_filter"])
E(D, "comparatives", "easy", "How many responses exceeded 20 mm Hg?",
  "SELECT COUNT(*) FROM DOSE_RESPONSES WHERE BP_CHANGE > 20", ["count", "filter_cmp"])
E(D, "comparatives", "hard", "Which runs never had a blood pressure change above 25?",
  "SELECT RUN FROM RUNS WHERE RUN NOT IN (SELECT RUN FROM DOSE_RESPONSES WHERE BP_CHANGE > 25)",
  ["anti_join", "negation"])
E(D, "comparatives", "medium", "How many measurements used a dose of at least 50?",
  "SELECT COUNT(*) FROM DOSE_RESPONSES WHERE DOSE >= 50", ["count", "filter_cmp"])
E(D, "superlative_rows", "medium", "Which run had the highest average blood pressure change, and what was it?",
  "SELECT RUN, AVG(BP_CHANGE) FROM DOSE_RESPONSES GROUP BY RUN ORDER BY AVG(BP_CHANGE) DESC LIMIT 1",
  ["group_by", "top_n", "superlative"])
E(D, "superlative_rows", "hard", "Which rabbit had the highest average BP change?",
  "SELECT r.ANIMAL, AVG(d.BP_CHANGE) FROM DOSE_RESPONSES d JOIN RUNS r ON r.RUN = d.RUN "
  "GROUP BY r.ANIMAL ORDER BY AVG(d.BP_CHANGE) DESC LIMIT 1",
  ["join", "group_by", "top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "What is the range of blood pressure changes at dose 100?",
  "SELECT MAX(BP_CHANGE) - MIN(BP_CHANGE) FROM DOSE_RESPONSES WHERE DOSE = 100",
  ["arithmetic", "aggregate", "filter_eq"])
E(D, "arithmetic_periods", "hard", "What is the ratio of the average BP change at dose 200 to that at dose 6.25?",
  "SELECT (SELECT AVG(BP_CHANGE) FROM DOSE_RESPONSES WHERE DOSE = 200) / "
  "(SELECT AVG(BP_CHANGE) FROM DOSE_RESPONSES WHERE DOSE = 6.25)", ["arithmetic", "ratio", "subquery"])
CHART(D, "medium", "Chart the average blood pressure change for each dose",
      "SELECT DOSE, AVG(BP_CHANGE) FROM DOSE_RESPONSES GROUP BY DOSE", ["group_by"])
SCATTER(D, "easy", "Plot dose against BP change",
        "SELECT DOSE, BP_CHANGE FROM DOSE_RESPONSES")
E(D, "counting_listing", "easy", "List all runs with their treatment",
  "SELECT RUN, TREATMENT FROM RUNS", ["list"])
E(D, "counting_listing", "easy", "How many records are there for run C5?",
  "SELECT COUNT(*) FROM DOSE_RESPONSES WHERE RUN = 'C5'", ["count", "filter_eq"])
E(D, "context_words", "easy", "Overall, across both treatments, what is the mean blood pressure change?",
  "SELECT AVG(BP_CHANGE) FROM DOSE_RESPONSES", ["aggregate"])
E(D, "context_words", "hard", "How much did blood pressure change grow in run C2 from dose 6.25 to dose 200?",
  "SELECT (SELECT BP_CHANGE FROM DOSE_RESPONSES WHERE RUN = 'C2' AND DOSE = 200) - "
  "(SELECT BP_CHANGE FROM DOSE_RESPONSES WHERE RUN = 'C2' AND DOSE = 6.25)",
  ["change", "subquery", "arithmetic"])

E(D, "values", "easy", "What was the blood pressure change of run M2 at dose 12.5?",
  "SELECT BP_CHANGE FROM DOSE_RESPONSES WHERE RUN = 'M2' AND DOSE = 12.5", ["filter_eq", "multi_filter"])

# ---------------------------------------------------------------- nile_flow
D = "nile_flow"
E(D, "plain", "easy", "What was the Flow in 1900?",
  "SELECT Flow FROM nile WHERE Year = 1900", ["filter_eq"])
E(D, "plain", "easy", "What is the average Flow?",
  "SELECT AVG(Flow) FROM nile", ["aggregate"])
E(D, "row_nouns", "easy", "How many years of records are there?",
  "SELECT COUNT(*) FROM nile", ["count"])
E(D, "row_nouns", "easy", "How many annual observations are from before 1900?",
  "SELECT COUNT(*) FROM nile WHERE Year < 1900", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How much water flowed down the Nile in 1913?",
  "SELECT Flow FROM nile WHERE Year = 1913", ["filter_eq"])
E(D, "measure_words", "medium", "Which was the driest year on the Nile, and what was its flow?",
  "SELECT Year, Flow FROM nile ORDER BY Flow ASC LIMIT 1", ["top_n", "superlative"])
E(D, "measure_words", "easy", "Mean annual discharge in the 1950s?",
  "SELECT AVG(Flow) FROM nile WHERE Year BETWEEN 1950 AND 1959", ["aggregate", "between"])
E(D, "values", "easy", "What was the flow in 1871?",
  "SELECT Flow FROM nile WHERE Year = 1871", ["filter_eq"])
E(D, "comparatives", "easy", "How many years had a flow of at least 1200?",
  "SELECT COUNT(*) FROM nile WHERE Flow >= 1200", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "How many years between 1900 and 1920 had a flow over 1000?",
  "SELECT COUNT(*) FROM nile WHERE Year BETWEEN 1900 AND 1920 AND Flow > 1000",
  ["count", "filter_cmp", "between", "multi_filter"])
E(D, "comparatives", "medium", "What was the last year with a flow above 1100?",
  "SELECT MAX(Year) FROM nile WHERE Flow > 1100", ["aggregate", "filter_cmp"])
E(D, "superlative_rows", "easy", "Which year had the highest flow?",
  "SELECT Year, Flow FROM nile ORDER BY Flow DESC LIMIT 1", ["top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "What is the difference between the highest and lowest annual flow?",
  "SELECT MAX(Flow) - MIN(Flow) FROM nile", ["arithmetic", "aggregate"])
E(D, "arithmetic_periods", "easy", "In how many years was the flow below 700?",
  "SELECT COUNT(DISTINCT Year) FROM nile WHERE Flow < 700", ["count", "filter_cmp"])
CHART(D, "easy", "Plot the Nile flow over time",
      "SELECT Year, Flow FROM nile ORDER BY Year", ["time_series", "order"], order=True)
E(D, "counting_listing", "easy", "List the years with a flow under 650",
  "SELECT Year FROM nile WHERE Flow < 650", ["list", "filter_cmp"])
E(D, "context_words", "medium", "How much did the flow fall from 1871 to 1970?",
  "SELECT (SELECT Flow FROM nile WHERE Year = 1871) - (SELECT Flow FROM nile WHERE Year = 1970)",
  ["change", "subquery", "arithmetic"])
E(D, "context_words", "easy", "What was the mean annual flow of the Nile at Aswan over the whole record?",
  "SELECT AVG(Flow) FROM nile", ["aggregate"])

E(D, "superlative_rows", "medium", "Which year after 1950 had the lowest flow?",
  "SELECT Year, Flow FROM nile WHERE Year > 1950 ORDER BY Flow ASC LIMIT 1", ["top_n", "superlative", "filter_cmp"])
E(D, "counting_listing", "easy", "How many records are there from the 1960s?",
  "SELECT COUNT(*) FROM nile WHERE Year BETWEEN 1960 AND 1969", ["count", "between"])

# ---------------------------------------------------------------- old_faithful
D = "old_faithful"
E(D, "plain", "easy", "What is the average eruption length in minutes?",
  'SELECT AVG("Eruption length min") FROM geyser_eruptions', ["aggregate"])
E(D, "plain", "easy", "What was the waiting time before eruption number 100?",
  'SELECT "Waiting time min" FROM geyser_eruptions WHERE "Eruption number" = 100', ["filter_eq"])
E(D, "row_nouns", "easy", "How many eruptions were recorded?",
  "SELECT COUNT(*) FROM geyser_eruptions", ["count"])
E(D, "row_nouns", "easy", "How many observations in the data have a wait shorter than 50 minutes?",
  'SELECT COUNT(*) FROM geyser_eruptions WHERE "Waiting time min" < 50', ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How long was the longest eruption?",
  'SELECT MAX("Eruption length min") FROM geyser_eruptions', ["aggregate"])
E(D, "measure_words", "easy", "How long do visitors wait on average between eruptions?",
  'SELECT AVG("Waiting time min") FROM geyser_eruptions', ["aggregate"])
E(D, "measure_words", "easy", "How many eruptions lasted more than 4 minutes?",
  'SELECT COUNT(*) FROM geyser_eruptions WHERE "Eruption length min" > 4', ["count", "filter_cmp"])
E(D, "short_forms", "easy", "Avg wait in mins?",
  'SELECT AVG("Waiting time min") FROM geyser_eruptions', ["aggregate"])
E(D, "short_forms", "easy", "Shortest eruption length?",
  'SELECT MIN("Eruption length min") FROM geyser_eruptions', ["aggregate"])
E(D, "comparatives", "easy", "How many eruptions had a waiting time of 90 minutes or more?",
  'SELECT COUNT(*) FROM geyser_eruptions WHERE "Waiting time min" >= 90', ["count", "filter_cmp"])
E(D, "comparatives", "medium", "How many eruptions came after a wait between 70 and 80 minutes?",
  'SELECT COUNT(*) FROM geyser_eruptions WHERE "Waiting time min" BETWEEN 70 AND 80',
  ["count", "between"])
E(D, "comparatives", "medium", "What is the average waiting time for eruptions shorter than 2 minutes?",
  'SELECT AVG("Waiting time min") FROM geyser_eruptions WHERE "Eruption length min" < 2',
  ["aggregate", "filter_cmp"])
E(D, "superlative_rows", "medium", "Which eruption was the shortest, and how long did it last?",
  'SELECT "Eruption number", "Eruption length min" FROM geyser_eruptions '
  'ORDER BY "Eruption length min" ASC LIMIT 1', ["top_n", "superlative"])
E(D, "arithmetic_periods", "easy", "What is the range of waiting times?",
  'SELECT MAX("Waiting time min") - MIN("Waiting time min") FROM geyser_eruptions',
  ["arithmetic", "aggregate"])
E(D, "arithmetic_periods", "medium", "What is the ratio of the average waiting time to the average eruption length?",
  'SELECT AVG("Waiting time min") / AVG("Eruption length min") FROM geyser_eruptions',
  ["arithmetic", "ratio", "aggregate"])
SCATTER(D, "easy", "Plot waiting time against eruption length",
        'SELECT "Waiting time min", "Eruption length min" FROM geyser_eruptions')
SCATTER(D, "medium", "Show the relationship between eruption duration and the wait before it",
        'SELECT "Eruption length min", "Waiting time min" FROM geyser_eruptions')
E(D, "counting_listing", "easy", "List the eruptions that lasted more than 5 minutes",
  'SELECT "Eruption number" FROM geyser_eruptions WHERE "Eruption length min" > 5',
  ["list", "filter_cmp"])
E(D, "counting_listing", "easy", "How many eruptions had a wait of exactly 78 minutes?",
  'SELECT COUNT(*) FROM geyser_eruptions WHERE "Waiting time min" = 78', ["count", "filter_eq"])
E(D, "context_words", "easy", "According to this data, how long does a typical Old Faithful eruption last on average?",
  'SELECT AVG("Eruption length min") FROM geyser_eruptions', ["aggregate"])
E(D, "context_words", "medium", "All eruptions combined, how many minutes of waiting were recorded in total?",
  'SELECT SUM("Waiting time min") FROM geyser_eruptions', ["aggregate"])

E(D, "superlative_rows", "medium", "Which eruption came after the longest wait, and how long was it?",
  'SELECT "Eruption number", "Waiting time min" FROM geyser_eruptions ORDER BY "Waiting time min" DESC LIMIT 1',
  ["top_n", "superlative"])
E(D, "counting_listing", "easy", "Show the eruptions with a wait over 94 minutes",
  'SELECT "Eruption number" FROM geyser_eruptions WHERE "Waiting time min" > 94', ["list", "filter_cmp"])

# ---------------------------------------------------------------- cigarette_demand
D = "cigarette_demand"
E(D, "plain", "easy", "What was the average price in 1992?",
  "SELECT AVG(price) FROM cigar WHERE year = 1992", ["aggregate", "filter_eq"])
E(D, "plain", "easy", "What were the sales for state 5 in 1970?",
  "SELECT sales FROM cigar WHERE state = 5 AND year = 1970", ["filter_eq", "multi_filter"])
E(D, "row_nouns", "easy", "How many state-year observations are there?",
  "SELECT COUNT(*) FROM cigar", ["count"])
E(D, "row_nouns", "easy", "How many states are covered?",
  "SELECT COUNT(DISTINCT state) FROM cigar", ["count", "distinct"])
E(D, "row_nouns", "easy", "How many entries are there for 1975?",
  "SELECT COUNT(*) FROM cigar WHERE year = 1975", ["count", "filter_eq"])
E(D, "measure_words", "easy", "How many packs per person were sold on average in 1963?",
  "SELECT AVG(sales) FROM cigar WHERE year = 1963", ["aggregate", "filter_eq"])
E(D, "measure_words", "easy", "What was the highest cost of a pack in 1980?",
  "SELECT MAX(price) FROM cigar WHERE year = 1980", ["aggregate", "filter_eq"])
E(D, "measure_words", "medium", "How many people lived in state 10 in 1990, in thousands?",
  "SELECT pop FROM cigar WHERE state = 10 AND year = 1990", ["filter_eq", "multi_filter"])
E(D, "short_forms", "easy", "Average per-capita disposable income in 1990?",
  "SELECT AVG(ndi) FROM cigar WHERE year = 1990", ["aggregate", "filter_eq"])
E(D, "short_forms", "easy", "What was the consumer price index in 1985?",
  "SELECT DISTINCT cpi FROM cigar WHERE year = 1985", ["filter_eq", "distinct"])
E(D, "short_forms", "medium", "What was the average minimum price in neighbouring states in 1992?",
  "SELECT AVG(pimin) FROM cigar WHERE year = 1992", ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "How many people over 16 lived in state 33 in 1992 (thousands)?",
  "SELECT pop16 FROM cigar WHERE state = 33 AND year = 1992", ["filter_eq", "multi_filter"])
E(D, "values", "easy", "What was the price in state 1 in 1992?",
  "SELECT price FROM cigar WHERE state = 1 AND year = 1992", ["filter_eq", "multi_filter"])
E(D, "comparatives", "easy", "How many state-years had sales above 150 packs per person?",
  "SELECT COUNT(*) FROM cigar WHERE sales > 150", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "How many states ever sold more than 200 packs per person in a year?",
  "SELECT COUNT(DISTINCT state) FROM cigar WHERE sales > 200", ["count", "distinct", "filter_cmp"])
E(D, "comparatives", "medium", "What was the first year in which the price in state 1 exceeded 100 cents?",
  "SELECT MIN(year) FROM cigar WHERE state = 1 AND price > 100", ["aggregate", "filter_cmp"])
E(D, "comparatives", "hard", "How many states had an average price over 70 cents across the whole period?",
  "SELECT COUNT(*) FROM (SELECT state FROM cigar GROUP BY state HAVING AVG(price) > 70)",
  ["count", "having", "subquery"])
E(D, "superlative_rows", "medium", "Which state had the highest sales in 1992, and how many packs?",
  "SELECT state, sales FROM cigar WHERE year = 1992 ORDER BY sales DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "In which year were average sales per person highest?",
  "SELECT year, AVG(sales) FROM cigar GROUP BY year ORDER BY AVG(sales) DESC LIMIT 1",
  ["group_by", "top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "What is the difference between the highest and lowest sales in 1992?",
  "SELECT MAX(sales) - MIN(sales) FROM cigar WHERE year = 1992", ["arithmetic", "aggregate"])
E(D, "arithmetic_periods", "medium", "In how many years did state 1 sell over 120 packs per person?",
  "SELECT COUNT(DISTINCT year) FROM cigar WHERE state = 1 AND sales > 120", ["count", "distinct", "filter_cmp"])
CHART(D, "medium", "Plot the average price per year",
      "SELECT year, AVG(price) FROM cigar GROUP BY year ORDER BY year",
      ["time_series", "group_by", "order"], order=True)
SCATTER(D, "medium", "Scatter price vs sales for 1992",
        "SELECT price, sales FROM cigar WHERE year = 1992", ["filter_eq"])
E(D, "counting_listing", "easy", "List the states with sales above 160 packs per person in 1992",
  "SELECT state FROM cigar WHERE year = 1992 AND sales > 160", ["list", "filter_cmp"])
E(D, "counting_listing", "easy", "How many rows are there for state 9?",
  "SELECT COUNT(*) FROM cigar WHERE state = 9", ["count", "filter_eq"])
E(D, "context_words", "hard", "How much did average cigarette sales per person drop from 1963 to 1992?",
  "SELECT (SELECT AVG(sales) FROM cigar WHERE year = 1963) - (SELECT AVG(sales) FROM cigar WHERE year = 1992)",
  ["change", "subquery", "arithmetic"])
E(D, "context_words", "medium", "Across all the states in the data, what was the total population in 1992 (thousands)?",
  "SELECT SUM(pop) FROM cigar WHERE year = 1992", ["aggregate", "filter_eq"])

E(D, "superlative_rows", "medium", "Which state had the lowest average price over the whole period?",
  "SELECT state, AVG(price) FROM cigar GROUP BY state ORDER BY AVG(price) ASC LIMIT 1",
  ["group_by", "top_n", "superlative"])

# ---------------------------------------------------------------- crimean_war_mortality
D = "crimean_war_mortality"
E(D, "plain", "easy", "What were the disease deaths in January 1855?",
  "SELECT disease_deaths FROM army_deaths WHERE month_start = '1855-01-01'", ["filter_eq", "date_value"])
E(D, "plain", "easy", "What is the total of wound_deaths?",
  "SELECT SUM(wound_deaths) FROM army_deaths", ["aggregate"])
E(D, "row_nouns", "easy", "How many months does the data cover?",
  "SELECT COUNT(*) FROM army_deaths", ["count"])
E(D, "row_nouns", "easy", "How many monthly records are from 1855?",
  "SELECT COUNT(*) FROM army_deaths WHERE strftime('%Y', month_start) = '1855'", ["count", "date_part"])
E(D, "measure_words", "easy", "How many soldiers died of disease in total?",
  "SELECT SUM(disease_deaths) FROM army_deaths", ["aggregate"])
E(D, "measure_words", "medium", "How many soldiers were killed by wounds in 1855?",
  "SELECT SUM(wound_deaths) FROM army_deaths WHERE strftime('%Y', month_start) = '1855'",
  ["aggregate", "date_part"])
E(D, "measure_words", "easy", "How large was the army in March 1855?",
  "SELECT army_size FROM army_deaths WHERE month_start = '1855-03-01'", ["filter_eq", "date_value"])
E(D, "short_forms", "easy", "What was the average disease mortality rate per 1000?",
  "SELECT AVG(disease_rate_per_1000) FROM army_deaths", ["aggregate"])
E(D, "short_forms", "medium", "What was the highest wound rate?",
  "SELECT MAX(wound_rate_per_1000) FROM army_deaths", ["aggregate"])
E(D, "values", "easy", "How many died of other causes in December 1854?",
  "SELECT other_deaths FROM army_deaths WHERE month_start = '1854-12-01'", ["filter_eq", "date_value"])
E(D, "values", "medium", "What was the disease death rate in February 1856?",
  "SELECT disease_rate_per_1000 FROM army_deaths WHERE month_start = '1856-02-01'",
  ["filter_eq", "date_value"])
E(D, "comparatives", "easy", "In how many months did more than 1000 soldiers die of disease?",
  "SELECT COUNT(*) FROM army_deaths WHERE disease_deaths > 1000", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "When was the last month with more than 100 disease deaths?",
  "SELECT MAX(month_start) FROM army_deaths WHERE disease_deaths > 100", ["aggregate", "filter_cmp"])
E(D, "comparatives", "medium", "What was the first month in which the army numbered over 40000?",
  "SELECT MIN(month_start) FROM army_deaths WHERE army_size > 40000", ["aggregate", "filter_cmp"])
E(D, "superlative_rows", "medium", "In which month was the disease death rate highest?",
  "SELECT month_start, disease_rate_per_1000 FROM army_deaths ORDER BY disease_rate_per_1000 DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which month had the largest army, and how large was it?",
  "SELECT month_start, army_size FROM army_deaths ORDER BY army_size DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "How many deaths from all three causes were there in 1855?",
  "SELECT SUM(disease_deaths + wound_deaths + other_deaths) FROM army_deaths "
  "WHERE strftime('%Y', month_start) = '1855'", ["arithmetic", "aggregate", "date_part"])
E(D, "arithmetic_periods", "medium", "What is the ratio of disease deaths to wound deaths over the whole period?",
  "SELECT 1.0 * SUM(disease_deaths) / SUM(wound_deaths) FROM army_deaths", ["arithmetic", "ratio"])
E(D, "arithmetic_periods", "medium", "In how many months of 1855 were there over 500 disease deaths?",
  "SELECT COUNT(DISTINCT strftime('%m', month_start)) FROM army_deaths "
  "WHERE strftime('%Y', month_start) = '1855' AND disease_deaths > 500", ["count", "date_part", "filter_cmp"])
CHART(D, "easy", "Plot disease deaths over time",
      "SELECT month_start, disease_deaths FROM army_deaths ORDER BY month_start",
      ["time_series", "order"], order=True)
CHART(D, "easy", "Line chart of the army size by month",
      "SELECT month_start, army_size FROM army_deaths ORDER BY month_start",
      ["time_series", "order"], order=True)
E(D, "counting_listing", "easy", "List the months where wound deaths exceeded 200",
  "SELECT month_start FROM army_deaths WHERE wound_deaths > 200", ["list", "filter_cmp"])
E(D, "context_words", "hard", "How much did monthly disease deaths fall from January 1855 to January 1856?",
  "SELECT (SELECT disease_deaths FROM army_deaths WHERE month_start = '1855-01-01') - "
  "(SELECT disease_deaths FROM army_deaths WHERE month_start = '1856-01-01')",
  ["change", "subquery", "arithmetic"])
E(D, "context_words", "medium", "In the Crimean War data, how many British soldiers died of disease in February 1855?",
  "SELECT disease_deaths FROM army_deaths WHERE month_start = '1855-02-01'", ["filter_eq", "date_value"])

E(D, "values", "medium", "What was the wound death rate in September 1855?",
  "SELECT wound_rate_per_1000 FROM army_deaths WHERE month_start = '1855-09-01'", ["filter_eq", "date_value"])
E(D, "superlative_rows", "medium", "Which month had the most deaths from other causes?",
  "SELECT month_start, other_deaths FROM army_deaths ORDER BY other_deaths DESC LIMIT 1", ["top_n", "superlative"])
E(D, "counting_listing", "easy", "List all the months of 1854 in the data",
  "SELECT month_start FROM army_deaths WHERE strftime('%Y', month_start) = '1854'", ["list", "date_part"])

# ---------------------------------------------------------------- chile_plebiscite
D = "chile_plebiscite"
E(D, "plain", "easy", "What is the average age?",
  "SELECT AVG(age) FROM chile_survey", ["aggregate"])
E(D, "plain", "easy", "How many rows have vote Y?",
  "SELECT COUNT(*) FROM chile_survey WHERE vote = 'Y'", ["count", "filter_eq"])
E(D, "plain", "easy", "What is the average income in region SA?",
  "SELECT AVG(income) FROM chile_survey WHERE region = 'SA'", ["aggregate", "filter_eq", "code_value"])
E(D, "row_nouns", "easy", "How many voters were surveyed?",
  "SELECT COUNT(*) FROM chile_survey", ["count"])
E(D, "row_nouns", "easy", "How many people in the survey are women?",
  "SELECT COUNT(*) FROM chile_survey WHERE sex = 'F'", ["count", "filter_eq", "value_synonym"])
E(D, "row_nouns", "medium", "How many interviewees are under 25?",
  "SELECT COUNT(*) FROM chile_survey WHERE age < 25", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How old is the oldest respondent?",
  "SELECT MAX(age) FROM chile_survey", ["aggregate"])
E(D, "measure_words", "easy", "How many respondents earn more than 100,000 pesos?",
  "SELECT COUNT(*) FROM chile_survey WHERE income > 100000", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How many respondents live in communities of more than 200,000 people?",
  "SELECT COUNT(*) FROM chile_survey WHERE population > 200000", ["count", "filter_cmp"])
E(D, "short_forms", "medium", "What is the average status quo score of those voting no?",
  "SELECT AVG(statusquo) FROM chile_survey WHERE vote = 'N'", ["aggregate", "filter_eq", "value_synonym"])
E(D, "short_forms", "medium", "How many respondents have post-secondary education?",
  "SELECT COUNT(*) FROM chile_survey WHERE education = 'PS'", ["count", "filter_eq", "value_synonym"])
E(D, "values", "easy", "How many respondents intend to vote No?",
  "SELECT COUNT(*) FROM chile_survey WHERE vote = 'N'", ["count", "filter_eq", "value_synonym"])
E(D, "values", "easy", "How many undecided voters are there?",
  "SELECT COUNT(*) FROM chile_survey WHERE vote = 'U'", ["count", "filter_eq", "value_synonym"])
E(D, "values", "medium", "How many women from the north plan to vote yes?",
  "SELECT COUNT(*) FROM chile_survey WHERE sex = 'F' AND region = 'N' AND vote = 'Y'",
  ["count", "multi_filter", "value_synonym"])
E(D, "values", "medium", "What is the average age of men with only primary education?",
  "SELECT AVG(age) FROM chile_survey WHERE sex = 'M' AND education = 'P'",
  ["aggregate", "multi_filter", "value_synonym"])
E(D, "comparatives", "easy", "How many respondents are aged 65 or older?",
  "SELECT COUNT(*) FROM chile_survey WHERE age >= 65", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "How many respondents have no recorded vote?",
  "SELECT COUNT(*) FROM chile_survey WHERE vote IS NULL", ["count", "null_check"])
E(D, "comparatives", "medium", "Leaving out those without an income, how many respondents earn at most 15000?",
  "SELECT COUNT(*) FROM chile_survey WHERE income IS NOT NULL AND income <= 15000",
  ["count", "filter_cmp", "null_check"])
E(D, "superlative_rows", "medium", "Which region has the most respondents?",
  "SELECT region, COUNT(*) FROM chile_survey GROUP BY region ORDER BY COUNT(*) DESC LIMIT 1",
  ["group_by", "top_n", "superlative"])
E(D, "superlative_rows", "hard", "Which education level has the highest average income?",
  "SELECT education, AVG(income) FROM chile_survey WHERE education IS NOT NULL "
  "GROUP BY education ORDER BY AVG(income) DESC LIMIT 1", ["group_by", "top_n", "superlative"])
E(D, "arithmetic_periods", "easy", "What is the age range of the respondents?",
  "SELECT MAX(age) - MIN(age) FROM chile_survey", ["arithmetic", "aggregate"])
E(D, "arithmetic_periods", "medium", "What is the ratio of yes votes to no votes?",
  "SELECT 1.0 * SUM(vote = 'Y') / SUM(vote = 'N') FROM chile_survey", ["arithmetic", "ratio"])
CHART(D, "medium", "Bar chart of how many respondents chose each vote option, leaving out missing votes",
      "SELECT vote, COUNT(*) FROM chile_survey WHERE vote IS NOT NULL GROUP BY vote",
      ["group_by", "count", "null_check"])
CHART(D, "easy", "Chart the average income by region",
      "SELECT region, AVG(income) FROM chile_survey GROUP BY region", ["group_by"])
E(D, "counting_listing", "easy", "How many respondents are from region M?",
  "SELECT COUNT(*) FROM chile_survey WHERE region = 'M'", ["count", "filter_eq", "code_value"])
E(D, "counting_listing", "easy", "List the respondents aged 70 or older",
  "SELECT respondent FROM chile_survey WHERE age >= 70", ["list", "filter_cmp"])
E(D, "context_words", "hard", "According to this poll, what percentage of women support yes?",
  "SELECT 100.0 * SUM(vote = 'Y') / COUNT(*) FROM chile_survey WHERE sex = 'F'",
  ["percent", "value_synonym"])
E(D, "context_words", "easy", "Nationwide in this survey, what is the mean monthly income?",
  "SELECT AVG(income) FROM chile_survey", ["aggregate"])

E(D, "values", "medium", "How many respondents in Santiago city (SA) plan to abstain?",
  "SELECT COUNT(*) FROM chile_survey WHERE region = 'SA' AND vote = 'A'", ["count", "multi_filter", "code_value", "value_synonym"])

# ---------------------------------------------------------------- economics_journals
D = "economics_journals"
E(D, "plain", "easy", "How many journals have field Finance?",
  "SELECT COUNT(*) FROM journals WHERE field = 'Finance'", ["count", "filter_eq"])
E(D, "plain", "easy", "What is the libprice of Econometrica?",
  "SELECT libprice FROM journals WHERE title = 'Econometrica'", ["filter_eq"])
E(D, "row_nouns", "easy", "How many titles are published by Elsevier?",
  "SELECT COUNT(*) FROM journals WHERE pub = 'Elsevier'", ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many periodicals are in the data altogether?",
  "SELECT COUNT(*) FROM journals", ["count"])
E(D, "measure_words", "medium", "Which journal is the most expensive, and what does it cost?",
  "SELECT title, libprice FROM journals ORDER BY libprice DESC LIMIT 1", ["top_n", "superlative"])
E(D, "measure_words", "easy", "How many journals cost more than 1000 dollars?",
  "SELECT COUNT(*) FROM journals WHERE libprice > 1000", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "Which journal is cited the most?",
  "SELECT title, citestot FROM journals ORDER BY citestot DESC LIMIT 1", ["top_n", "superlative"])
E(D, "short_forms", "easy", "What is the average library price?",
  "SELECT AVG(libprice) FROM journals", ["aggregate"])
E(D, "short_forms", "medium", "What are the total citations of the Labor journals?",
  "SELECT SUM(citestot) FROM journals WHERE field = 'Labor'", ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "What is the average number of characters per page?",
  "SELECT AVG(charpp) FROM journals", ["aggregate"])
E(D, "short_forms", "medium", "How many library holdings does the Journal of Finance have?",
  "SELECT oclc FROM journals WHERE title = 'Journal of Finance'", ["filter_eq"])
E(D, "values", "medium", "How many journals does the University of Chicago Press publish?",
  "SELECT COUNT(*) FROM journals WHERE pub = 'Univ of Chicago Press'", ["count", "filter_eq"])
E(D, "values", "medium", "How many journals have 'Review' in their title?",
  "SELECT COUNT(*) FROM journals WHERE title LIKE '%Review%'", ["count", "like"])
E(D, "values", "easy", "How many society journals are there?",
  "SELECT COUNT(*) FROM journals WHERE society = 'yes'", ["count", "filter_eq", "value_synonym"])
E(D, "comparatives", "easy", "How many journals started before 1950?",
  "SELECT COUNT(*) FROM journals WHERE date1 < 1950", ["count", "filter_cmp"])
E(D, "comparatives", "hard", "Which publishers have more than 10 journals?",
  "SELECT pub FROM journals GROUP BY pub HAVING COUNT(*) > 10", ["group_by", "having"])
E(D, "comparatives", "medium", "How many journals have at least 1000 pages a year and cost no more than 200 dollars?",
  "SELECT COUNT(*) FROM journals WHERE pages >= 1000 AND libprice <= 200",
  ["count", "filter_cmp", "multi_filter"])
E(D, "superlative_rows", "medium", "Which publisher has the most journals?",
  "SELECT pub, COUNT(*) FROM journals GROUP BY pub ORDER BY COUNT(*) DESC LIMIT 1",
  ["group_by", "top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which field has the highest average price?",
  "SELECT field, AVG(libprice) FROM journals GROUP BY field ORDER BY AVG(libprice) DESC LIMIT 1",
  ["group_by", "top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "What is the difference between the most and least expensive journal's price?",
  "SELECT MAX(libprice) - MIN(libprice) FROM journals", ["arithmetic", "aggregate"])
E(D, "arithmetic_periods", "hard", "What is the ratio of Elsevier's total citations to Blackwell's?",
  "SELECT 1.0 * (SELECT SUM(citestot) FROM journals WHERE pub = 'Elsevier') / "
  "(SELECT SUM(citestot) FROM journals WHERE pub = 'Blackwell')", ["arithmetic", "ratio", "subquery"])
SCATTER(D, "medium", "Scatter plot of price versus total citations",
        "SELECT libprice, citestot FROM journals")
CHART(D, "easy", "Bar chart of the number of journals per field",
      "SELECT field, COUNT(*) FROM journals GROUP BY field", ["group_by", "count"])
E(D, "counting_listing", "easy", "List the Econometrics journals",
  "SELECT title FROM journals WHERE field = 'Econometrics'", ["list", "filter_eq"])
E(D, "counting_listing", "easy", "Show all journals published by Wiley with their price",
  "SELECT title, libprice FROM journals WHERE pub = 'Wiley'", ["list", "filter_eq"])
E(D, "context_words", "medium", "Across all publishers, what would it cost a library to subscribe to every journal?",
  "SELECT SUM(libprice) FROM journals", ["aggregate"])
E(D, "context_words", "medium", "In this list of economics journals, what is the average start year?",
  "SELECT AVG(date1) FROM journals", ["aggregate"])

E(D, "values", "medium", "Which journals have 'Economic History' in their title?",
  "SELECT title FROM journals WHERE title LIKE '%Economic History%'", ["like", "list"])
E(D, "superlative_rows", "medium", "Which is the oldest journal, and when did it start?",
  "SELECT title, date1 FROM journals ORDER BY date1 ASC LIMIT 1", ["top_n", "superlative"])
E(D, "counting_listing", "easy", "Show all the Health journals with their publishers",
  "SELECT title, pub FROM journals WHERE field = 'Health'", ["list", "filter_eq"])

S.write()
