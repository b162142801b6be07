#!/usr/bin/env python3
"""The twenty-first blind NLQ evaluation set: questions and gold SQL over the tables of
prepare_data.py. Recomputes gold_rows with ../load.py (through ../question_set.py) and writes
questions.jsonl and datasets.json. Stdlib only; needs the committed data/*.csv.

    python3 build_questions.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)                   # this set's prepare_data.py first
import prepare_data  # noqa: E402
assert os.path.dirname(os.path.abspath(prepare_data.__file__)) == HERE
from question_set import QuestionSet  # noqa: E402

QS = QuestionSet("f21", prepare_data.DATASETS, HERE)
E, CHART, SCATTER = QS.E, QS.CHART, QS.SCATTER

PV, PK, EX, NU = "us_presidential_vote", "prussian_horse_kicks", "exoplanets", "nuclear_plants"
BC, HI, CB, AR = "biochemist_articles", "house_insulation", "cabbage_trial", "australian_residents"
P = "presidentialelections"

# ---------------------------------------------------------------- plain
E(PV, "plain", "easy", "What was the average demVote in 2012?",
  f"SELECT AVG(demVote) FROM {P} WHERE year = 2012", ["aggregate", "filter_eq"])
E(PV, "plain", "easy", "List the states in the Northeast region.",
  "SELECT state FROM states WHERE region = 'Northeast'", ["filter_eq"])
E(PV, "plain", "easy", "What was the demVote of Texas in 1964?",
  f"SELECT demVote FROM {P} WHERE state = 'Texas' AND year = 1964", ["filter_eq", "multi_filter"])
E(PV, "plain", "medium", "How many different states have south set to true?",
  f"SELECT COUNT(DISTINCT state) FROM {P} WHERE south = 1", ["count", "distinct", "filter_eq"])
E(PK, "plain", "easy", "What is the total y for corp G?",
  "SELECT SUM(y) FROM prussian WHERE corp = 'G'", ["aggregate", "filter_eq"])
E(PK, "plain", "easy", "What is the average y for corp X?",
  "SELECT AVG(y) FROM prussian WHERE corp = 'X'", ["aggregate", "filter_eq"])
E(EX, "plain", "easy", "What is the average mass of the planets?",
  "SELECT AVG(mass) FROM planets", ["aggregate"])
E(EX, "plain", "easy", "How many planets have an eccen of 0?",
  "SELECT COUNT(*) FROM planets WHERE eccen = 0", ["count", "filter_eq"])
E(NU, "plain", "easy", "What is the average cost in the nuclear table?",
  "SELECT AVG(cost) FROM nuclear", ["aggregate"])
E(NU, "plain", "easy", "What is the maximum cap?",
  "SELECT MAX(cap) FROM nuclear", ["aggregate"])
E(NU, "plain", "easy", "What is the average t2 where pt is 1?",
  "SELECT AVG(t2) FROM nuclear WHERE pt = 1", ["aggregate", "filter_eq"])
E(BC, "plain", "easy", "What is the average art for Women?",
  "SELECT AVG(art) FROM biochemists WHERE fem = 'Women'", ["aggregate", "filter_eq"])
E(BC, "plain", "easy", "How many rows have mar equal to Married?",
  "SELECT COUNT(*) FROM biochemists WHERE mar = 'Married'", ["count", "filter_eq"])
E(HI, "plain", "easy", "What is the average Gas when Insul is After?",
  "SELECT AVG(Gas) FROM whiteside WHERE Insul = 'After'", ["aggregate", "filter_eq"])
E(HI, "plain", "easy", "What is the minimum Temp?",
  "SELECT MIN(Temp) FROM whiteside", ["aggregate"])
E(CB, "plain", "easy", "What is the average HeadWt for Cult c52?",
  "SELECT AVG(HeadWt) FROM cabbages WHERE Cult = 'c52'", ["aggregate", "filter_eq"])
E(CB, "plain", "easy", "What is the maximum VitC?",
  "SELECT MAX(VitC) FROM cabbages", ["aggregate"])
E(AR, "plain", "easy", "What is the maximum austres value?",
  "SELECT MAX(austres) FROM austres", ["aggregate"])
E(AR, "plain", "easy", "What was austres on 1980-01-01?",
  "SELECT austres FROM austres WHERE time = '1980-01-01'", ["filter_eq", "date_value"])

# ---------------------------------------------------------------- row_nouns
E(PV, "row_nouns", "easy", "How many state results does the election data hold altogether?",
  f"SELECT COUNT(*) FROM {P}", ["count"])
E(PV, "row_nouns", "easy", "How many observations are there for 1932?",
  f"SELECT COUNT(*) FROM {P} WHERE year = 1932", ["count", "filter_eq"])
E(PV, "row_nouns", "easy", "How many entries are listed in the South region of the states table?",
  "SELECT COUNT(*) FROM states WHERE region = 'South'", ["count", "filter_eq"])
E(PK, "row_nouns", "easy", "How many corps-year records are in the dataset?",
  "SELECT COUNT(*) FROM prussian", ["count"])
E(PK, "row_nouns", "easy", "How many entries show no deaths at all?",
  "SELECT COUNT(*) FROM prussian WHERE y = 0", ["count", "filter_eq"])
E(EX, "row_nouns", "easy", "How many exoplanets are in the data?",
  "SELECT COUNT(*) FROM planets", ["count"])
E(EX, "row_nouns", "medium", "How many of the worlds in the table take more than 365 days to orbit?",
  "SELECT COUNT(*) FROM planets WHERE period > 365", ["count", "filter_cmp"])
E(NU, "row_nouns", "easy", "How many reactors are in the data?",
  "SELECT COUNT(*) FROM nuclear", ["count"])
E(NU, "row_nouns", "medium", "How many power stations have a cooling tower?",
  "SELECT COUNT(*) FROM nuclear WHERE ct = 1", ["count", "filter_eq"])
E(BC, "row_nouns", "easy", "How many students are in the sample?",
  "SELECT COUNT(*) FROM biochemists", ["count"])
E(BC, "row_nouns", "easy", "How many PhD candidates produced no articles?",
  "SELECT COUNT(*) FROM biochemists WHERE art = 0", ["count", "filter_eq"])
E(BC, "row_nouns", "easy", "How many married graduate students are there?",
  "SELECT COUNT(*) FROM biochemists WHERE mar = 'Married'", ["count", "filter_eq"])
E(HI, "row_nouns", "easy", "How many weeks were recorded in total?",
  "SELECT COUNT(*) FROM whiteside", ["count"])
E(HI, "row_nouns", "easy", "How many weeks were recorded after the insulation was put in?",
  "SELECT COUNT(*) FROM whiteside WHERE Insul = 'After'", ["count", "filter_eq"])
E(CB, "row_nouns", "easy", "How many cabbage heads were weighed altogether?",
  "SELECT COUNT(*) FROM cabbages", ["count"])
E(CB, "row_nouns", "easy", "How many plants of cultivar c39 are there?",
  "SELECT COUNT(*) FROM cabbages WHERE Cult = 'c39'", ["count", "filter_eq"])
E(AR, "row_nouns", "easy", "How many quarters are covered by the data?",
  "SELECT COUNT(*) FROM austres", ["count"])
E(AR, "row_nouns", "medium", "How many quarterly observations fall in the 1980s?",
  "SELECT COUNT(*) FROM austres WHERE time BETWEEN '1980-01-01' AND '1989-12-31'",
  ["count", "date_range", "between"])

# ---------------------------------------------------------------- measure_words
E(PV, "measure_words", "easy", "What was the highest Democratic vote share in any state in 1964?",
  f"SELECT MAX(demVote) FROM {P} WHERE year = 1964", ["aggregate", "filter_eq"])
E(PK, "measure_words", "easy", "How many soldiers were killed by horse kicks in 1880?",
  "SELECT SUM(y) FROM prussian WHERE year = 1880", ["aggregate", "filter_eq"])
E(PK, "measure_words", "easy", "What is the highest number of men killed in one corps in a single year?",
  "SELECT MAX(y) FROM prussian", ["aggregate"])
E(EX, "measure_words", "easy", "How many planets are heavier than 5 Jupiter masses?",
  "SELECT COUNT(*) FROM planets WHERE mass > 5", ["count", "filter_cmp"])
E(EX, "measure_words", "easy", "What is the longest time any planet takes to go around its star, in days?",
  "SELECT MAX(period) FROM planets", ["aggregate"])
E(EX, "measure_words", "medium", "What is the average orbital period of the planets that weigh less than 1 Jupiter mass?",
  "SELECT AVG(period) FROM planets WHERE mass < 1", ["aggregate", "filter_cmp"])
E(NU, "measure_words", "easy", "How many plants cost more than 500 million dollars?",
  "SELECT COUNT(*) FROM nuclear WHERE cost > 500", ["count", "filter_cmp"])
E(NU, "measure_words", "easy", "How many megawatts can the biggest plant deliver?",
  "SELECT MAX(cap) FROM nuclear", ["aggregate"])
E(NU, "measure_words", "easy", "How much did the cheapest plant cost to build?",
  "SELECT MIN(cost) FROM nuclear", ["aggregate"])
E(BC, "measure_words", "easy", "How many students published more than 5 papers?",
  "SELECT COUNT(*) FROM biochemists WHERE art > 5", ["count", "filter_cmp"])
E(BC, "measure_words", "medium", "On average, how many papers did the mentors publish?",
  "SELECT AVG(ment) FROM biochemists", ["aggregate"])
E(HI, "measure_words", "easy", "How cold did it get outside in the coldest week?",
  "SELECT MIN(Temp) FROM whiteside", ["aggregate"])
E(HI, "measure_words", "medium", "In how many weeks did the house burn more than 5 thousand cubic feet of gas?",
  "SELECT COUNT(*) FROM whiteside WHERE Gas > 5", ["count", "filter_cmp"])
E(HI, "measure_words", "medium", "How warm was the warmest week before the insulation?",
  "SELECT MAX(Temp) FROM whiteside WHERE Insul = 'Before'", ["aggregate", "filter_eq"])
E(CB, "measure_words", "easy", "How many cabbage heads weigh more than 3 kilograms?",
  "SELECT COUNT(*) FROM cabbages WHERE HeadWt > 3", ["count", "filter_cmp"])
E(CB, "measure_words", "easy", "How heavy is the heaviest c52 cabbage?",
  "SELECT MAX(HeadWt) FROM cabbages WHERE Cult = 'c52'", ["aggregate", "filter_eq"])
E(AR, "measure_words", "medium", "How many thousand people lived in Australia in the quarter starting 1990-01-01?",
  "SELECT austres FROM austres WHERE time = '1990-01-01'", ["filter_eq", "date_value"])
E(AR, "measure_words", "easy", "What is the smallest population figure recorded?",
  "SELECT MIN(austres) FROM austres", ["aggregate"])

# ---------------------------------------------------------------- short_forms
E(PV, "short_forms", "easy", "What was the average dem vote in 1996?",
  f"SELECT AVG(demVote) FROM {P} WHERE year = 1996", ["aggregate", "filter_eq"])
E(PV, "short_forms", "easy", "List the USPS codes of the Midwest states.",
  "SELECT code FROM states WHERE region = 'Midwest'", ["filter_eq"])
E(EX, "short_forms", "easy", "What is the average eccentricity?",
  "SELECT AVG(eccen) FROM planets", ["aggregate"])
E(EX, "short_forms", "easy", "How many planets have an eccentricity above 0.5?",
  "SELECT COUNT(*) FROM planets WHERE eccen > 0.5", ["count", "filter_cmp"])
E(NU, "short_forms", "medium", "What is the average net capacity of the plants whose steam supply came from Babcock-Wilcox?",
  "SELECT AVG(cap) FROM nuclear WHERE bw = 1", ["aggregate", "filter_eq"])
E(NU, "short_forms", "medium", "How many plants have a partial turnkey guarantee?",
  "SELECT COUNT(*) FROM nuclear WHERE pt = 1", ["count", "filter_eq"])
E(NU, "short_forms", "medium", "How many plants were built in the north-east?",
  "SELECT COUNT(*) FROM nuclear WHERE ne = 1", ["count", "filter_eq"])
E(NU, "short_forms", "medium", "What is the largest cumulative number of plants by one architect-engineer?",
  'SELECT MAX("cum.n") FROM nuclear', ["aggregate"])
E(NU, "short_forms", "medium", "How many plants were built on a site that already had an LWR?",
  "SELECT COUNT(*) FROM nuclear WHERE pr = 1", ["count", "filter_eq"])
E(BC, "short_forms", "medium", "What is the average number of kids under 5 among married students?",
  "SELECT AVG(kid5) FROM biochemists WHERE mar = 'Married'", ["aggregate", "filter_eq"])
E(BC, "short_forms", "medium", "What is the average PhD prestige of the women?",
  "SELECT AVG(phd) FROM biochemists WHERE fem = 'Women'", ["aggregate", "filter_eq"])
E(BC, "short_forms", "medium", "How many students have a mentor with more than 20 articles?",
  "SELECT COUNT(*) FROM biochemists WHERE ment > 20", ["count", "filter_cmp"])
E(CB, "short_forms", "easy", "What is the average vitamin C of c39 cabbages?",
  "SELECT AVG(VitC) FROM cabbages WHERE Cult = 'c39'", ["aggregate", "filter_eq"])
E(CB, "short_forms", "easy", "What is the average head weight for planting date d20?",
  "SELECT AVG(HeadWt) FROM cabbages WHERE Date = 'd20'", ["aggregate", "filter_eq"])
E(CB, "short_forms", "medium", "Show the average vit C for each cultivar.",
  "SELECT Cult, AVG(VitC) FROM cabbages GROUP BY Cult", ["aggregate", "group_by"])
E(HI, "short_forms", "easy", "What is the average gas use before insulation?",
  "SELECT AVG(Gas) FROM whiteside WHERE Insul = 'Before'", ["aggregate", "filter_eq"])
E(HI, "short_forms", "easy", "What is the average temp after insulation?",
  "SELECT AVG(Temp) FROM whiteside WHERE Insul = 'After'", ["aggregate", "filter_eq"])
E(AR, "short_forms", "medium", "What was the average number of Australian residents in 1975?",
  "SELECT AVG(austres) FROM austres WHERE strftime('%Y', time) = '1975'", ["aggregate", "date_part"])

# ---------------------------------------------------------------- values
E(PV, "values", "easy", "What was the Democratic share in Alabama in 1932?",
  f"SELECT demVote FROM {P} WHERE state = 'Alabama' AND year = 1932", ["filter_eq", "multi_filter"])
E(PV, "values", "easy", "What was DC's demVote in 2008?",
  f"SELECT demVote FROM {P} WHERE state = 'DC' AND year = 2008", ["filter_eq", "code_value"])
E(PV, "values", "easy", "What was the dem vote in New York in 1984?",
  f"SELECT demVote FROM {P} WHERE state = 'New York' AND year = 1984", ["filter_eq", "multi_filter"])
E(PV, "values", "easy", "Which region is Texas in?",
  "SELECT region FROM states WHERE state = 'Texas'", ["filter_eq"])
E(PV, "values", "easy", "What is the USPS code of New Hampshire?",
  "SELECT code FROM states WHERE state = 'New Hampshire'", ["filter_eq"])
E(PV, "values", "easy", "Which state has the code WY?",
  "SELECT state FROM states WHERE code = 'WY'", ["filter_eq", "code_value"])
E(PV, "values", "easy", "How many elections in the data have a result for Hawaii?",
  f"SELECT COUNT(*) FROM {P} WHERE state = 'Hawaii'", ["count", "filter_eq"])
E(PV, "values", "medium", "How many states have 'Carolina' in their name?",
  "SELECT COUNT(*) FROM states WHERE state LIKE '%Carolina%'", ["count", "like"])
E(PK, "values", "easy", "How many deaths did corps XIV have in total?",
  "SELECT SUM(y) FROM prussian WHERE corp = 'XIV'", ["aggregate", "filter_eq", "code_value"])
E(PK, "values", "medium", "How many horse-kick deaths did the Guard corps have in total?",
  "SELECT SUM(y) FROM prussian WHERE corp = 'G'", ["aggregate", "filter_eq", "value_synonym"])
E(PK, "values", "medium", "In corps VII, how many years had no deaths?",
  "SELECT COUNT(*) FROM prussian WHERE corp = 'VII' AND y = 0", ["count", "multi_filter"])
E(BC, "values", "easy", "How many married women are in the sample?",
  "SELECT COUNT(*) FROM biochemists WHERE fem = 'Women' AND mar = 'Married'", ["count", "multi_filter"])
E(BC, "values", "easy", "What is the average number of articles of single men?",
  "SELECT AVG(art) FROM biochemists WHERE fem = 'Men' AND mar = 'Single'", ["aggregate", "multi_filter"])
E(HI, "values", "easy", "How many weeks are marked 'Before'?",
  "SELECT COUNT(*) FROM whiteside WHERE Insul = 'Before'", ["count", "filter_eq"])
E(CB, "values", "easy", "How many c52 heads were planted on d21?",
  "SELECT COUNT(*) FROM cabbages WHERE Cult = 'c52' AND Date = 'd21'", ["count", "multi_filter", "code_value"])
E(CB, "values", "easy", "What is the average VitC for the d16 planting?",
  "SELECT AVG(VitC) FROM cabbages WHERE Date = 'd16'", ["aggregate", "filter_eq", "code_value"])
E(AR, "values", "easy", "What was the figure for the quarter starting 1985-07-01?",
  "SELECT austres FROM austres WHERE time = '1985-07-01'", ["filter_eq", "date_value"])
E(AR, "values", "medium", "What was the number of residents on 1 October 1992?",
  "SELECT austres FROM austres WHERE time = '1992-10-01'", ["filter_eq", "date_value"])
E(NU, "values", "easy", "What was the cost of plant 17?",
  "SELECT cost FROM nuclear WHERE plant = 17", ["filter_eq"])

# ---------------------------------------------------------------- comparatives
E(PV, "comparatives", "easy", "In how many results did the Democrat get at least 60 percent?",
  f"SELECT COUNT(*) FROM {P} WHERE demVote >= 60", ["count", "filter_cmp"])
E(PV, "comparatives", "medium", "Which states had a Democratic share below 30 percent in 1972?",
  f"SELECT state FROM {P} WHERE year = 1972 AND demVote < 30", ["filter_cmp", "multi_filter"])
E(PV, "comparatives", "hard", "Which states never gave the Democrat more than 45 percent in any election from 1980 on?",
  f"SELECT state FROM states WHERE state NOT IN (SELECT state FROM {P} WHERE year >= 1980 AND demVote > 45)",
  ["anti_join", "negation", "subquery"])
E(PV, "comparatives", "hard", "Which states in the West have no election result at all from before 1960?",
  f"SELECT state FROM states WHERE region = 'West' AND state NOT IN (SELECT state FROM {P} WHERE year < 1960)",
  ["anti_join", "negation", "subquery"])
E(PV, "comparatives", "hard", "Which states had more than 15 elections where the Democratic share was over 50 percent?",
  f"SELECT state FROM {P} WHERE demVote > 50 GROUP BY state HAVING COUNT(*) > 15",
  ["group_by", "having", "filter_cmp"])
E(PK, "comparatives", "medium", "Which corps had more than 15 deaths in total?",
  "SELECT corp FROM prussian GROUP BY corp HAVING SUM(y) > 15", ["group_by", "having"])
E(PK, "comparatives", "easy", "How many corps-years had 2 or more deaths?",
  "SELECT COUNT(*) FROM prussian WHERE y >= 2", ["count", "filter_cmp"])
E(PK, "comparatives", "medium", "What was the first year a death was recorded in corps IV?",
  "SELECT MIN(year) FROM prussian WHERE corp = 'IV' AND y > 0", ["aggregate", "multi_filter"])
E(EX, "comparatives", "easy", "How many planets have a period between 10 and 100 days?",
  "SELECT COUNT(*) FROM planets WHERE period BETWEEN 10 AND 100", ["count", "between"])
E(EX, "comparatives", "easy", "How many planets have a mass of at most 0.5?",
  "SELECT COUNT(*) FROM planets WHERE mass <= 0.5", ["count", "filter_cmp"])
E(NU, "comparatives", "easy", "How many plants have a capacity of no more than 800 MWe?",
  "SELECT COUNT(*) FROM nuclear WHERE cap <= 800", ["count", "filter_cmp"])
E(NU, "comparatives", "easy", "How many plants had a cost under 300?",
  "SELECT COUNT(*) FROM nuclear WHERE cost < 300", ["count", "filter_cmp"])
E(BC, "comparatives", "easy", "How many students have at least 2 children aged five or younger?",
  "SELECT COUNT(*) FROM biochemists WHERE kid5 >= 2", ["count", "filter_cmp"])
E(BC, "comparatives", "easy", "How many students wrote fewer than 3 articles?",
  "SELECT COUNT(*) FROM biochemists WHERE art < 3", ["count", "filter_cmp"])
E(HI, "comparatives", "easy", "How many weeks had an outside temperature below zero?",
  "SELECT COUNT(*) FROM whiteside WHERE Temp < 0", ["count", "filter_cmp"])
E(CB, "comparatives", "easy", "How many heads have a VitC of 60 or more?",
  "SELECT COUNT(*) FROM cabbages WHERE VitC >= 60", ["count", "filter_cmp"])
E(AR, "comparatives", "medium", "What was the first quarter in which there were more than 15,000 thousand residents?",
  "SELECT MIN(time) FROM austres WHERE austres > 15000", ["aggregate", "filter_cmp"])
E(AR, "comparatives", "easy", "How many quarters are there from 1990 onwards?",
  "SELECT COUNT(*) FROM austres WHERE time >= '1990-01-01'", ["count", "filter_cmp"])
E(AR, "comparatives", "medium", "When was the last quarter with fewer than 14,000 thousand residents?",
  "SELECT MAX(time) FROM austres WHERE austres < 14000", ["aggregate", "filter_cmp"])

# ---------------------------------------------------------------- superlative_rows
E(PV, "superlative_rows", "easy", "Which state gave the Democrat the highest share in 2012?",
  f"SELECT state, demVote FROM {P} WHERE year = 2012 ORDER BY demVote DESC LIMIT 1", ["top_n", "superlative"])
E(PV, "superlative_rows", "medium", "In which year did Utah vote least Democratic?",
  f"SELECT year, demVote FROM {P} WHERE state = 'Utah' ORDER BY demVote ASC LIMIT 1", ["top_n", "superlative"])
E(PV, "superlative_rows", "easy", "Which state had the lowest Democratic share in 1984?",
  f"SELECT state, demVote FROM {P} WHERE year = 1984 ORDER BY demVote ASC LIMIT 1", ["top_n", "superlative"])
E(PV, "superlative_rows", "hard", "Which region had the highest average Democratic share in 2012?",
  f"SELECT s.region, AVG(p.demVote) FROM {P} p JOIN states s ON s.state = p.state WHERE p.year = 2012 "
  "GROUP BY s.region ORDER BY AVG(p.demVote) DESC LIMIT 1", ["join", "group_by", "top_n", "superlative"])
E(PV, "superlative_rows", "medium", "Which southern state gave the Democrat the lowest share in 1964?",
  f"SELECT state, demVote FROM {P} WHERE year = 1964 AND south = 1 ORDER BY demVote ASC LIMIT 1",
  ["top_n", "superlative", "multi_filter"])
E(PK, "superlative_rows", "medium", "Which corps lost the most men to horse kicks overall?",
  "SELECT corp, SUM(y) FROM prussian GROUP BY corp ORDER BY SUM(y) DESC LIMIT 1", ["group_by", "top_n", "superlative"])
E(PK, "superlative_rows", "medium", "Which year had the most horse-kick deaths across all corps?",
  "SELECT year, SUM(y) FROM prussian GROUP BY year ORDER BY SUM(y) DESC LIMIT 1", ["group_by", "top_n", "superlative"])
E(EX, "superlative_rows", "easy", "Which planet is the most massive, and what is its mass?",
  "SELECT planet, mass FROM planets ORDER BY mass DESC LIMIT 1", ["top_n", "superlative"])
E(EX, "superlative_rows", "easy", "Which planet has the shortest period?",
  "SELECT planet, period FROM planets ORDER BY period ASC LIMIT 1", ["top_n", "superlative"])
E(EX, "superlative_rows", "medium", "Which planet has the most eccentric orbit?",
  "SELECT planet, eccen FROM planets ORDER BY eccen DESC LIMIT 1", ["top_n", "superlative"])
E(NU, "superlative_rows", "easy", "Which plant was the most expensive to build?",
  "SELECT plant, cost FROM nuclear ORDER BY cost DESC LIMIT 1", ["top_n", "superlative"])
E(NU, "superlative_rows", "medium", "Which plant had the longest wait between its construction permit and its operating license?",
  "SELECT plant, t2 FROM nuclear ORDER BY t2 DESC LIMIT 1", ["top_n", "superlative"])
E(BC, "superlative_rows", "medium", "Which marital status has the higher average number of articles?",
  "SELECT mar, AVG(art) FROM biochemists GROUP BY mar ORDER BY AVG(art) DESC LIMIT 1",
  ["group_by", "top_n", "superlative"])
E(BC, "superlative_rows", "medium", "For which number of young children is the average article count lowest?",
  "SELECT kid5, AVG(art) FROM biochemists GROUP BY kid5 ORDER BY AVG(art) ASC LIMIT 1",
  ["group_by", "top_n", "superlative"])
E(HI, "superlative_rows", "medium", "What was the outside temperature in the week with the highest gas consumption?",
  "SELECT Temp, Gas FROM whiteside ORDER BY Gas DESC LIMIT 1", ["top_n", "superlative"])
E(CB, "superlative_rows", "medium", "Which planting date has the highest average vitamin C?",
  "SELECT Date, AVG(VitC) FROM cabbages GROUP BY Date ORDER BY AVG(VitC) DESC LIMIT 1",
  ["group_by", "top_n", "superlative"])
E(AR, "superlative_rows", "easy", "In which quarter was the number of residents lowest?",
  "SELECT time, austres FROM austres ORDER BY austres ASC LIMIT 1", ["top_n", "superlative"])
E(AR, "superlative_rows", "medium", "Which year had the highest average number of residents?",
  "SELECT strftime('%Y', time), AVG(austres) FROM austres GROUP BY strftime('%Y', time) "
  "ORDER BY AVG(austres) DESC LIMIT 1", ["group_by", "top_n", "superlative", "date_part"])

# ---------------------------------------------------------------- arithmetic_periods
E(PV, "arithmetic_periods", "medium", "What is the difference between the highest and the lowest Democratic share in 2000?",
  f"SELECT MAX(demVote) - MIN(demVote) FROM {P} WHERE year = 2000", ["aggregate", "arithmetic"])
E(PV, "arithmetic_periods", "medium", "In how many election years did Vermont vote more than 50 percent Democratic?",
  f"SELECT COUNT(DISTINCT year) FROM {P} WHERE state = 'Vermont' AND demVote > 50", ["count", "distinct", "filter_cmp"])
E(PV, "arithmetic_periods", "hard", "What is the ratio of the Democratic share in Massachusetts to that in Utah in 2012?",
  f"SELECT (SELECT demVote FROM {P} WHERE state = 'Massachusetts' AND year = 2012) / "
  f"(SELECT demVote FROM {P} WHERE state = 'Utah' AND year = 2012)", ["arithmetic", "ratio", "subquery"])
E(PV, "arithmetic_periods", "easy", "How many distinct election years are in the data?",
  f"SELECT COUNT(DISTINCT year) FROM {P}", ["count", "distinct"])
E(PK, "arithmetic_periods", "medium", "In how many years did corps XI lose at least one soldier?",
  "SELECT COUNT(DISTINCT year) FROM prussian WHERE corp = 'XI' AND y > 0", ["count", "distinct", "multi_filter"])
E(PK, "arithmetic_periods", "hard", "What is the range of the yearly death totals across the army?",
  "SELECT MAX(t) - MIN(t) FROM (SELECT year, SUM(y) AS t FROM prussian GROUP BY year)",
  ["arithmetic", "group_by", "subquery"])
E(EX, "arithmetic_periods", "medium", "What is the ratio of the largest planet mass to the smallest?",
  "SELECT MAX(mass) / MIN(mass) FROM planets", ["arithmetic", "ratio"])
E(EX, "arithmetic_periods", "easy", "What is the range of the orbital periods?",
  "SELECT MAX(period) - MIN(period) FROM planets", ["arithmetic"])
E(NU, "arithmetic_periods", "hard", "What is the difference between the average cost of plants with a cooling tower and those without?",
  "SELECT (SELECT AVG(cost) FROM nuclear WHERE ct = 1) - (SELECT AVG(cost) FROM nuclear WHERE ct = 0)",
  ["arithmetic", "subquery"])
E(NU, "arithmetic_periods", "easy", "What is the range of the plants' capacities?",
  "SELECT MAX(cap) - MIN(cap) FROM nuclear", ["arithmetic"])
E(BC, "arithmetic_periods", "medium", "What is the ratio of men's average article count to women's?",
  "SELECT (SELECT AVG(art) FROM biochemists WHERE fem = 'Men') / (SELECT AVG(art) FROM biochemists WHERE fem = 'Women')",
  ["arithmetic", "ratio", "subquery"])
E(BC, "arithmetic_periods", "easy", "What is the difference between the most and the fewest articles by a mentor?",
  "SELECT MAX(ment) - MIN(ment) FROM biochemists", ["arithmetic"])
E(HI, "arithmetic_periods", "medium", "What is the ratio of average weekly gas use before the insulation to after it?",
  "SELECT (SELECT AVG(Gas) FROM whiteside WHERE Insul = 'Before') / (SELECT AVG(Gas) FROM whiteside WHERE Insul = 'After')",
  ["arithmetic", "ratio", "subquery"])
E(CB, "arithmetic_periods", "easy", "What is the difference between the heaviest and the lightest head?",
  "SELECT MAX(HeadWt) - MIN(HeadWt) FROM cabbages", ["arithmetic"])
E(AR, "arithmetic_periods", "medium", "In how many years was there at least one quarter above 16,000 thousand residents?",
  "SELECT COUNT(DISTINCT strftime('%Y', time)) FROM austres WHERE austres > 16000", ["count", "distinct", "date_part"])
E(AR, "arithmetic_periods", "medium", "For each quarter of the year, across all years, what is the average number of residents?",
  "SELECT strftime('%m', time), AVG(austres) FROM austres GROUP BY strftime('%m', time)",
  ["aggregate", "group_by", "month_of_year", "date_part"])
E(AR, "arithmetic_periods", "easy", "How many years does the data cover?",
  "SELECT COUNT(DISTINCT strftime('%Y', time)) FROM austres", ["count", "distinct", "date_part"])
E(AR, "arithmetic_periods", "hard", "What is the ratio of the last resident count to the first?",
  "SELECT (SELECT austres FROM austres ORDER BY time DESC LIMIT 1) / (SELECT austres FROM austres ORDER BY time ASC LIMIT 1)",
  ["arithmetic", "ratio", "subquery"])

# ---------------------------------------------------------------- charts
CHART(PV, "easy", "Plot the Democratic vote share in California over time.",
      f"SELECT year, demVote FROM {P} WHERE state = 'California' ORDER BY year", ["time_series", "order"], order=True)
CHART(PV, "medium", "Chart the average Democratic share for each election year.",
      f"SELECT year, AVG(demVote) FROM {P} GROUP BY year ORDER BY year", ["time_series", "group_by", "order"], order=True)
CHART(PV, "easy", "Plot the Democratic share in Texas over the years.",
      f"SELECT year, demVote FROM {P} WHERE state = 'Texas' ORDER BY year", ["time_series", "order"], order=True)
CHART(PV, "easy", "Bar chart of the number of states in each region.",
      "SELECT region, COUNT(*) FROM states GROUP BY region", ["group_by", "count"])
CHART(PK, "easy", "Plot the total horse-kick deaths per year.",
      "SELECT year, SUM(y) FROM prussian GROUP BY year ORDER BY year", ["time_series", "group_by", "order"], order=True)
CHART(PK, "easy", "Draw a bar chart of total deaths by corps.",
      "SELECT corp, SUM(y) FROM prussian GROUP BY corp", ["group_by", "aggregate"])
SCATTER(EX, "easy", "Plot mass against period for the planets.",
        "SELECT mass, period FROM planets")
SCATTER(EX, "medium", "Show the relationship between orbital period and eccentricity.",
        "SELECT period, eccen FROM planets")
SCATTER(NU, "easy", "Plot cost vs capacity.",
        "SELECT cost, cap FROM nuclear")
CHART(NU, "medium", "Chart the average cost of plants with and without a cooling tower.",
      "SELECT ct, AVG(cost) FROM nuclear GROUP BY ct", ["group_by", "aggregate"])
CHART(BC, "medium", "Chart the average number of articles by number of children under five.",
      "SELECT kid5, AVG(art) FROM biochemists GROUP BY kid5", ["group_by", "aggregate"])
SCATTER(BC, "medium", "Plot mentor articles against student articles.",
        "SELECT ment, art FROM biochemists")
SCATTER(HI, "easy", "Plot Gas against Temp.",
        "SELECT Gas, Temp FROM whiteside")
CHART(HI, "easy", "Chart the average gas consumption before and after insulation.",
      "SELECT Insul, AVG(Gas) FROM whiteside GROUP BY Insul", ["group_by", "aggregate"])
SCATTER(CB, "easy", "Visualize head weight vs vitamin C.",
        "SELECT HeadWt, VitC FROM cabbages")
CHART(CB, "easy", "Bar chart of the average head weight per planting date.",
      "SELECT Date, AVG(HeadWt) FROM cabbages GROUP BY Date", ["group_by", "aggregate"])
CHART(AR, "easy", "Plot the number of Australian residents over time.",
      "SELECT time, austres FROM austres ORDER BY time", ["time_series", "order"], order=True)
CHART(AR, "medium", "Graph the yearly average number of residents.",
      "SELECT strftime('%Y', time), AVG(austres) FROM austres GROUP BY strftime('%Y', time) ORDER BY 1",
      ["time_series", "group_by", "date_part", "order"], order=True)

# ---------------------------------------------------------------- counting_listing
E(PV, "counting_listing", "easy", "How many records are there for Alaska?",
  f"SELECT COUNT(*) FROM {P} WHERE state = 'Alaska'", ["count", "filter_eq"])
E(PV, "counting_listing", "easy", "List all the states in the West region with their codes.",
  "SELECT state, code FROM states WHERE region = 'West'", ["filter_eq"])
E(PV, "counting_listing", "easy", "How many records are there for 1948?",
  f"SELECT COUNT(*) FROM {P} WHERE year = 1948", ["count", "filter_eq"])
E(PV, "counting_listing", "medium", "How many records come from states in the Midwest region?",
  f"SELECT COUNT(*) FROM {P} p JOIN states s ON s.state = p.state WHERE s.region = 'Midwest'", ["count", "join"])
E(PK, "counting_listing", "easy", "List every corps in the data.",
  "SELECT DISTINCT corp FROM prussian", ["distinct"])
E(PK, "counting_listing", "easy", "How many records are there for corps V?",
  "SELECT COUNT(*) FROM prussian WHERE corp = 'V'", ["count", "filter_eq"])
E(EX, "counting_listing", "easy", "List all planets with a mass above 10.",
  "SELECT planet FROM planets WHERE mass > 10", ["filter_cmp"])
E(EX, "counting_listing", "easy", "How many rows have a period below 5 days?",
  "SELECT COUNT(*) FROM planets WHERE period < 5", ["count", "filter_cmp"])
E(NU, "counting_listing", "easy", "List every plant with a partial turnkey guarantee.",
  "SELECT plant FROM nuclear WHERE pt = 1", ["filter_eq"])
E(NU, "counting_listing", "easy", "Show all plants in the north-east with their cost.",
  "SELECT plant, cost FROM nuclear WHERE ne = 1", ["filter_eq"])
E(BC, "counting_listing", "easy", "How many records are for women with no kids under 5?",
  "SELECT COUNT(*) FROM biochemists WHERE fem = 'Women' AND kid5 = 0", ["count", "multi_filter"])
E(BC, "counting_listing", "easy", "List the marital statuses that appear in the data.",
  "SELECT DISTINCT mar FROM biochemists", ["distinct"])
E(HI, "counting_listing", "easy", "List all weeks with gas use above 6, with their temperature.",
  "SELECT Temp, Gas FROM whiteside WHERE Gas > 6", ["filter_cmp"])
E(HI, "counting_listing", "easy", "How many records have gas use below 3?",
  "SELECT COUNT(*) FROM whiteside WHERE Gas < 3", ["count", "filter_cmp"])
E(CB, "counting_listing", "easy", "List every c52 head planted on d16 with its weight and vitamin C.",
  "SELECT HeadWt, VitC FROM cabbages WHERE Cult = 'c52' AND Date = 'd16'", ["multi_filter"])
E(CB, "counting_listing", "easy", "How many records are there for each planting date?",
  "SELECT Date, COUNT(*) FROM cabbages GROUP BY Date", ["count", "group_by"])
E(AR, "counting_listing", "easy", "List every quarter of 1993 with its resident count.",
  "SELECT time, austres FROM austres WHERE strftime('%Y', time) = '1993'", ["date_part"])
E(AR, "counting_listing", "easy", "How many records are there for 1971?",
  "SELECT COUNT(*) FROM austres WHERE strftime('%Y', time) = '1971'", ["count", "date_part"])

# ---------------------------------------------------------------- context_words
E(PV, "context_words", "easy", "According to this data, what was the average Democratic share across all states in 1932?",
  f"SELECT AVG(demVote) FROM {P} WHERE year = 1932", ["aggregate", "filter_eq"])
E(PV, "context_words", "medium", "How much did the Democratic share in Ohio rise from 2004 to 2008?",
  f"SELECT (SELECT demVote FROM {P} WHERE state = 'Ohio' AND year = 2008) - "
  f"(SELECT demVote FROM {P} WHERE state = 'Ohio' AND year = 2004)", ["arithmetic", "change", "subquery"])
E(PV, "context_words", "medium", "How much did the Democratic vote in West Virginia drop from 1996 to 2012?",
  f"SELECT (SELECT demVote FROM {P} WHERE state = 'West Virginia' AND year = 1996) - "
  f"(SELECT demVote FROM {P} WHERE state = 'West Virginia' AND year = 2012)", ["arithmetic", "change", "subquery"])
E(PV, "context_words", "hard", "All elections combined, what is the average Democratic share in the South region?",
  f"SELECT AVG(p.demVote) FROM {P} p JOIN states s ON s.state = p.state WHERE s.region = 'South'",
  ["aggregate", "join"])
E(PK, "context_words", "easy", "Across the whole Prussian army, how many soldiers died from horse kicks in total?",
  "SELECT SUM(y) FROM prussian", ["aggregate"])
E(PK, "context_words", "medium", "How much did deaths in the whole army rise from 1875 to 1894?",
  "SELECT (SELECT SUM(y) FROM prussian WHERE year = 1894) - (SELECT SUM(y) FROM prussian WHERE year = 1875)",
  ["arithmetic", "change", "subquery"])
E(EX, "context_words", "easy", "Across all the exoplanets discovered, what is the average orbital period?",
  "SELECT AVG(period) FROM planets", ["aggregate"])
E(EX, "context_words", "medium", "In this catalogue of exoplanets, how many orbits are perfectly circular?",
  "SELECT COUNT(*) FROM planets WHERE eccen = 0", ["count", "filter_eq"])
E(NU, "context_words", "easy", "Overall, how much was spent building all the plants put together?",
  "SELECT SUM(cost) FROM nuclear", ["aggregate"])
E(NU, "context_words", "medium", "For this sample of US light water reactors, what is the average time from application to permit?",
  "SELECT AVG(t1) FROM nuclear", ["aggregate"])
E(BC, "context_words", "easy", "Among all the biochemistry PhD students surveyed, how many articles were produced in total?",
  "SELECT SUM(art) FROM biochemists", ["aggregate"])
E(BC, "context_words", "medium", "In the whole sample, what share of the students are women, as a percentage?",
  "SELECT 100.0 * SUM(fem = 'Women') / COUNT(*) FROM biochemists", ["aggregate", "percent"])
E(HI, "context_words", "easy", "For Mr Whiteside's house, how much gas was used over the whole period?",
  "SELECT SUM(Gas) FROM whiteside", ["aggregate"])
E(HI, "context_words", "medium", "How much did the average weekly gas consumption fall from before to after the insulation?",
  "SELECT (SELECT AVG(Gas) FROM whiteside WHERE Insul = 'Before') - (SELECT AVG(Gas) FROM whiteside WHERE Insul = 'After')",
  ["arithmetic", "change", "subquery"])
E(CB, "context_words", "easy", "In this field trial overall, what is the average head weight?",
  "SELECT AVG(HeadWt) FROM cabbages", ["aggregate"])
E(CB, "context_words", "easy", "Across both cultivars, what is the average vitamin C of the d21 plantings?",
  "SELECT AVG(VitC) FROM cabbages WHERE Date = 'd21'", ["aggregate", "filter_eq"])
E(AR, "context_words", "medium", "How much did Australia's population grow from 1975 to 1985?",
  "SELECT (SELECT AVG(austres) FROM austres WHERE strftime('%Y', time) = '1985') - "
  "(SELECT AVG(austres) FROM austres WHERE strftime('%Y', time) = '1975')", ["arithmetic", "change", "date_part", "subquery"])
E(AR, "context_words", "medium", "By how much did the resident count rise between the quarter of 1971-04-01 and that of 1993-04-01?",
  "SELECT (SELECT austres FROM austres WHERE time = '1993-04-01') - (SELECT austres FROM austres WHERE time = '1971-04-01')",
  ["arithmetic", "change", "subquery", "date_value"])

if __name__ == "__main__":
    QS.write()
