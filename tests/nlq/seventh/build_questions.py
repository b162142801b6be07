#!/usr/bin/env python3
"""The seventh blind NLQ evaluation set: questions and gold SQL over the tables that
prepare_data.py writes, written from the data alone (see README.md). Recomputes gold_rows
with ../load.py through ../question_set.py and writes questions.jsonl and datasets.json.

    python3 build_questions.py

Stdlib only. Fails on SQL errors, empty answers and answers that depend on how ties are
broken.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)
from prepare_data import DATASETS  # noqa: E402
from question_set import QuestionSet  # noqa: E402

Q = QuestionSet("f7", DATASETS, HERE)
E, CHART, SCATTER = Q.E, Q.CHART, Q.SCATTER

# ------------------------------------------------------------------ epilepsy_trial
# patients(PatientID, Treatment placebo/progabide, BaselineSeizures = 8 weeks before, Age)
# visits(PatientID, Period 1-4 = two-week periods, Seizures)
D = "epilepsy_trial"
E(D, "plain", "easy", "What is the average age of the patients on placebo?",
  "SELECT AVG(Age) FROM patients WHERE Treatment = 'placebo'", ["aggregate", "filter_eq"])
E(D, "plain", "easy", "How many patients were given progabide?",
  "SELECT COUNT(*) FROM patients WHERE Treatment = 'progabide'", ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many people took part in the trial?",
  "SELECT COUNT(*) FROM patients", ["count"])
E(D, "row_nouns", "easy", "How many two-week reports were collected altogether?",
  "SELECT COUNT(*) FROM visits", ["count"])
E(D, "measure_words", "easy", "How old is the oldest patient in the placebo group?",
  "SELECT MAX(Age) FROM patients WHERE Treatment = 'placebo'", ["aggregate", "filter_eq"])
E(D, "measure_words", "medium", "How many patients had more than 50 fits in the eight weeks before the trial?",
  "SELECT COUNT(*) FROM patients WHERE BaselineSeizures > 50", ["count", "filter_cmp"])
E(D, "short_forms", "easy", "What is the mean baseline count in the progabide arm?",
  "SELECT AVG(BaselineSeizures) FROM patients WHERE Treatment = 'progabide'", ["aggregate", "filter_eq"])
E(D, "short_forms", "easy", "List the IDs of the patients younger than 20.",
  "SELECT PatientID FROM patients WHERE Age < 20", ["filter_cmp"])
E(D, "values", "medium", "How many seizures did the placebo patients report in period 4?",
  "SELECT SUM(v.Seizures) FROM visits v JOIN patients p ON p.PatientID = v.PatientID "
  "WHERE p.Treatment = 'placebo' AND v.Period = 4", ["aggregate", "join", "multi_filter"])
E(D, "values", "easy", "What is the total number of seizures reported by patient 10 during the trial?",
  "SELECT SUM(Seizures) FROM visits WHERE PatientID = 10", ["aggregate", "filter_eq"])
E(D, "comparatives", "easy", "How many patients are 35 or older?",
  "SELECT COUNT(*) FROM patients WHERE Age >= 35", ["count", "filter_cmp"])
E(D, "comparatives", "hard", "Which patients never had more than 3 seizures in any two-week period?",
  "SELECT PatientID FROM patients WHERE PatientID NOT IN "
  "(SELECT PatientID FROM visits WHERE Seizures > 3)", ["anti_join", "negation", "subquery"])
E(D, "comparatives", "medium", "How many patients reported at least 20 seizures in a single period?",
  "SELECT COUNT(DISTINCT PatientID) FROM visits WHERE Seizures >= 20", ["count", "distinct", "filter_cmp"])
E(D, "superlative_rows", "medium", "Which patient had the most seizures before the trial started, and how many?",
  "SELECT PatientID, BaselineSeizures FROM patients ORDER BY BaselineSeizures DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "superlative_rows", "hard", "Which patient reported the most seizures over the four periods combined, and how many?",
  "SELECT PatientID, SUM(Seizures) FROM visits GROUP BY PatientID ORDER BY SUM(Seizures) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(D, "arithmetic_periods", "easy", "What is the age gap between the oldest and the youngest patient?",
  "SELECT MAX(Age) - MIN(Age) FROM patients", ["arithmetic"])
E(D, "arithmetic_periods", "hard",
  "What is the ratio of the placebo group's average baseline seizure count to the progabide group's?",
  "SELECT (SELECT AVG(BaselineSeizures) FROM patients WHERE Treatment = 'placebo') / "
  "(SELECT AVG(BaselineSeizures) FROM patients WHERE Treatment = 'progabide')", ["arithmetic", "ratio"])
CHART(D, "medium", "Chart the total number of seizures reported in each of the four periods.",
      "SELECT Period, SUM(Seizures) FROM visits GROUP BY Period ORDER BY Period", ["group_by", "order"],
      order=True)
SCATTER(D, "medium", "Plot the patients' age against their baseline seizure count.",
        "SELECT Age, BaselineSeizures FROM patients")
E(D, "counting_listing", "easy", "How many records are there for patient 5?",
  "SELECT COUNT(*) FROM visits WHERE PatientID = 5", ["count", "filter_eq"])
E(D, "counting_listing", "medium", "List every placebo patient over 35 with their age.",
  "SELECT PatientID, Age FROM patients WHERE Treatment = 'placebo' AND Age > 35",
  ["multi_filter", "filter_cmp"])
E(D, "context_words", "easy", "Across the whole trial, how many seizures were reported during the treatment periods in total?",
  "SELECT SUM(Seizures) FROM visits", ["aggregate"])
E(D, "context_words", "hard", "By how much did the seizure count drop from the first period to the fourth, all patients combined?",
  "SELECT (SELECT SUM(Seizures) FROM visits WHERE Period = 1) - "
  "(SELECT SUM(Seizures) FROM visits WHERE Period = 4)", ["change", "arithmetic"])
E(D, "row_nouns", "medium", "What was the average number of seizures per two-week report among patients on progabide?",
  "SELECT AVG(v.Seizures) FROM visits v JOIN patients p ON p.PatientID = v.PatientID "
  "WHERE p.Treatment = 'progabide'", ["aggregate", "join", "filter_eq"])
E(D, "counting_listing", "medium", "How many progabide patients reported no seizures at all in period 3?",
  "SELECT COUNT(*) FROM visits v JOIN patients p ON p.PatientID = v.PatientID "
  "WHERE p.Treatment = 'progabide' AND v.Period = 3 AND v.Seizures = 0", ["count", "join", "multi_filter"])

# ------------------------------------------------------------------ sitka_spruce
# sitka_trees(tree_id, treatment ozone/control); sitka_growth(tree_id, measured_on, log_size)
D = "sitka_spruce"
E(D, "plain", "easy", "How many trees are in the control group?",
  "SELECT COUNT(*) FROM sitka_trees WHERE treatment = 'control'", ["count", "filter_eq"])
E(D, "plain", "easy", "What is the average log size of the measurements taken on 1988-09-15?",
  "SELECT AVG(log_size) FROM sitka_growth WHERE measured_on = '1988-09-15'", ["aggregate", "date_value"])
E(D, "row_nouns", "easy", "How many spruces were studied?",
  "SELECT COUNT(*) FROM sitka_trees", ["count"])
E(D, "row_nouns", "easy", "How many size measurements are there in total?",
  "SELECT COUNT(*) FROM sitka_growth", ["count"])
E(D, "measure_words", "medium", "How big was tree 12 on 15 September 1988?",
  "SELECT log_size FROM sitka_growth WHERE tree_id = 12 AND measured_on = '1988-09-15'",
  ["filter_eq", "date_value"])
E(D, "measure_words", "easy", "What is the largest size any tree reached?",
  "SELECT MAX(log_size) FROM sitka_growth", ["aggregate"])
E(D, "short_forms", "easy", "What is the average log-size of tree 1 over its measurements?",
  "SELECT AVG(log_size) FROM sitka_growth WHERE tree_id = 1", ["aggregate", "filter_eq"])
E(D, "short_forms", "easy", "List the tree ids of the control trees.",
  "SELECT tree_id FROM sitka_trees WHERE treatment = 'control'", ["filter_eq"])
E(D, "values", "easy", "How many trees were grown in ozone?",
  "SELECT COUNT(*) FROM sitka_trees WHERE treatment = 'ozone'", ["count", "filter_eq"])
E(D, "values", "medium", "What was the average size of the ozone trees on 20 July 1988?",
  "SELECT AVG(g.log_size) FROM sitka_growth g JOIN sitka_trees t ON t.tree_id = g.tree_id "
  "WHERE t.treatment = 'ozone' AND g.measured_on = '1988-07-20'", ["aggregate", "join", "date_value"])
E(D, "comparatives", "easy", "How many measurements were taken after 1 August 1988?",
  "SELECT COUNT(*) FROM sitka_growth WHERE measured_on > '1988-08-01'", ["count", "date_range"])
E(D, "comparatives", "easy", "When was the last measurement made?",
  "SELECT MAX(measured_on) FROM sitka_growth", ["aggregate"])
E(D, "comparatives", "medium", "How many trees had a size of at least 6 on 15 September 1988?",
  "SELECT COUNT(*) FROM sitka_growth WHERE measured_on = '1988-09-15' AND log_size >= 6",
  ["count", "filter_cmp", "multi_filter"])
E(D, "superlative_rows", "medium", "Which tree was the biggest on 15 September 1988, and what was its size?",
  "SELECT tree_id, log_size FROM sitka_growth WHERE measured_on = '1988-09-15' "
  "ORDER BY log_size DESC LIMIT 1", ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "On which date was the average tree size smallest, and what was it?",
  "SELECT measured_on, AVG(log_size) FROM sitka_growth GROUP BY measured_on ORDER BY AVG(log_size) LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(D, "arithmetic_periods", "medium", "How much did tree 1 grow between its first and its last measurement?",
  "SELECT (SELECT log_size FROM sitka_growth WHERE tree_id = 1 AND measured_on = '1988-09-15') - "
  "(SELECT log_size FROM sitka_growth WHERE tree_id = 1 AND measured_on = '1988-06-01')",
  ["arithmetic", "change"])
E(D, "arithmetic_periods", "easy", "On how many different days were the trees measured?",
  "SELECT COUNT(DISTINCT measured_on) FROM sitka_growth", ["count", "distinct"])
CHART(D, "medium", "Plot the average tree size over time.",
      "SELECT measured_on, AVG(log_size) FROM sitka_growth GROUP BY measured_on ORDER BY measured_on",
      ["time_series", "group_by"], order=True)
CHART(D, "hard", "Bar chart of the average size on 15 September 1988 for ozone and control trees.",
      "SELECT t.treatment, AVG(g.log_size) FROM sitka_growth g JOIN sitka_trees t ON t.tree_id = g.tree_id "
      "WHERE g.measured_on = '1988-09-15' GROUP BY t.treatment", ["join", "group_by"])
E(D, "counting_listing", "easy", "How many records does tree 40 have?",
  "SELECT COUNT(*) FROM sitka_growth WHERE tree_id = 40", ["count", "filter_eq"])
E(D, "counting_listing", "easy", "Show all measurements of tree 7 with their dates.",
  "SELECT measured_on, log_size FROM sitka_growth WHERE tree_id = 7", ["filter_eq"])
E(D, "context_words", "hard", "By how much did the average size of the control trees rise from 1 June to 15 September 1988?",
  "SELECT (SELECT AVG(g.log_size) FROM sitka_growth g JOIN sitka_trees t ON t.tree_id = g.tree_id "
  "WHERE t.treatment = 'control' AND g.measured_on = '1988-09-15') - "
  "(SELECT AVG(g.log_size) FROM sitka_growth g JOIN sitka_trees t ON t.tree_id = g.tree_id "
  "WHERE t.treatment = 'control' AND g.measured_on = '1988-06-01')", ["change", "join", "arithmetic"])
E(D, "context_words", "medium", "According to this data, what was the mean size of the ozone-treated spruces on the last day of measuring?",
  "SELECT AVG(g.log_size) FROM sitka_growth g JOIN sitka_trees t ON t.tree_id = g.tree_id "
  "WHERE t.treatment = 'ozone' AND g.measured_on = (SELECT MAX(measured_on) FROM sitka_growth)",
  ["aggregate", "join", "subquery"])
E(D, "comparatives", "hard", "How many control trees never reached a size above 5.5?",
  "SELECT COUNT(*) FROM sitka_trees WHERE treatment = 'control' AND tree_id NOT IN "
  "(SELECT tree_id FROM sitka_growth WHERE log_size > 5.5)", ["anti_join", "negation", "count"])

# ------------------------------------------------------------------ computers
# computers(price USD, speed MHz, hd MB, ram MB, screen in, cd/multi/premium yes/no, ads,
#           trend = month, 1 = January 1993 .. 35 = November 1995)
D = "computers"
E(D, "plain", "easy", "What is the average price of the computers with a speed of 66?",
  "SELECT AVG(price) FROM computers WHERE speed = 66", ["aggregate", "filter_eq"])
E(D, "plain", "easy", "What is the average price of all the computers?",
  "SELECT AVG(price) FROM computers", ["aggregate"])
E(D, "row_nouns", "easy", "How many PCs are listed?",
  "SELECT COUNT(*) FROM computers", ["count"])
E(D, "row_nouns", "easy", "How many machines in the data come with a multimedia kit?",
  "SELECT COUNT(*) FROM computers WHERE multi = 'yes'", ["count", "filter_eq"])
E(D, "measure_words", "easy", "How many computers cost more than 3000 dollars?",
  "SELECT COUNT(*) FROM computers WHERE price > 3000", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How many computers run at 100 MHz?",
  "SELECT COUNT(*) FROM computers WHERE speed = 100", ["count", "filter_eq"])
E(D, "measure_words", "easy", "How many computers have a 17-inch screen?",
  "SELECT COUNT(*) FROM computers WHERE screen = 17", ["count", "filter_eq"])
E(D, "short_forms", "easy", "What is the average HD size of machines with 16 MB of RAM?",
  "SELECT AVG(hd) FROM computers WHERE ram = 16", ["aggregate", "filter_eq"])
E(D, "short_forms", "easy", "How many computers come with a CD-ROM?",
  "SELECT COUNT(*) FROM computers WHERE cd = 'yes'", ["count", "filter_eq"])
E(D, "values", "medium", "How many computers from premium makers have no CD drive?",
  "SELECT COUNT(*) FROM computers WHERE premium = 'yes' AND cd = 'no'", ["count", "multi_filter"])
E(D, "values", "easy", "What is the average price of computers sold without a multimedia kit?",
  "SELECT AVG(price) FROM computers WHERE multi = 'no'", ["aggregate", "filter_eq"])
E(D, "comparatives", "medium", "How many computers have a hard drive of at least 500 MB and cost under 2000 dollars?",
  "SELECT COUNT(*) FROM computers WHERE hd >= 500 AND price < 2000", ["count", "multi_filter", "filter_cmp"])
E(D, "comparatives", "medium", "In which month (counting January 1993 as month 1) did a 32 MB machine first appear?",
  "SELECT MIN(trend) FROM computers WHERE ram = 32", ["aggregate", "filter_eq"])
E(D, "superlative_rows", "medium",
  "In which month of the data (month 1 = January 1993) was the average price highest, and what was it?",
  "SELECT trend, AVG(price) FROM computers GROUP BY trend ORDER BY AVG(price) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(D, "superlative_rows", "medium", "Which screen size has the lowest average price, and what is that price?",
  "SELECT screen, AVG(price) FROM computers GROUP BY screen ORDER BY AVG(price) LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(D, "arithmetic_periods", "easy", "What is the difference between the most and the least expensive computer?",
  "SELECT MAX(price) - MIN(price) FROM computers", ["arithmetic"])
E(D, "arithmetic_periods", "medium", "In how many months were 100 MHz machines advertised?",
  "SELECT COUNT(DISTINCT trend) FROM computers WHERE speed = 100", ["count", "distinct"])
CHART(D, "medium", "Line chart of the average computer price by month, from month 1 to month 35.",
      "SELECT trend, AVG(price) FROM computers GROUP BY trend ORDER BY trend", ["time_series", "group_by"],
      order=True)
CHART(D, "easy", "Bar chart of the number of computers for each amount of RAM.",
      "SELECT ram, COUNT(*) FROM computers GROUP BY ram", ["group_by", "count"])
SCATTER(D, "medium", "For month 35 only, plot hard disk size against price.",
        "SELECT hd, price FROM computers WHERE trend = 35")
E(D, "counting_listing", "easy", "How many listings are for computers with a 14 inch screen?",
  "SELECT COUNT(*) FROM computers WHERE screen = 14", ["count", "filter_eq"])
E(D, "counting_listing", "easy", "List the different RAM sizes on offer.",
  "SELECT DISTINCT ram FROM computers", ["distinct"])
E(D, "context_words", "hard", "How much did the average price fall from the first month to the last month of the data?",
  "SELECT (SELECT AVG(price) FROM computers WHERE trend = 1) - "
  "(SELECT AVG(price) FROM computers WHERE trend = 35)", ["change", "arithmetic"])
E(D, "context_words", "medium", "Overall, what percentage of the computers came with a CD-ROM?",
  "SELECT 100.0 * SUM(cd = 'yes') / COUNT(*) FROM computers", ["percent", "aggregate"])
E(D, "counting_listing", "medium", "How many computers with 32 MB of RAM are in the listings?",
  "SELECT COUNT(*) FROM computers WHERE ram = 32", ["count", "filter_eq"])

# ------------------------------------------------------------------ windsor_housing
H = "windsor_houses"
P, LOT = '"Price (CAD)"', '"Lot size (sq ft)"'
D = "windsor_housing"
E(D, "plain", "easy", "What is the average price?",
  "SELECT AVG(%s) FROM %s" % (P, H), ["aggregate"])
E(D, "plain", "easy", "How many houses have 4 bedrooms?",
  "SELECT COUNT(*) FROM %s WHERE Bedrooms = 4" % H, ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many properties have two garage places?",
  "SELECT COUNT(*) FROM %s WHERE \"Garage places\" = 2" % H, ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many sales were recorded for three-storey homes?",
  "SELECT COUNT(*) FROM %s WHERE Storeys = 3" % H, ["count", "filter_eq"])
E(D, "measure_words", "easy", "How many houses sold for more than 100,000 dollars?",
  "SELECT COUNT(*) FROM %s WHERE %s > 100000" % (H, P), ["count", "filter_cmp"])
E(D, "measure_words", "medium", "What is the average lot area of the houses that cost under 40,000 dollars?",
  "SELECT AVG(%s) FROM %s WHERE %s < 40000" % (LOT, H, P), ["aggregate", "filter_cmp"])
E(D, "measure_words", "easy", "How big is the largest lot, in square feet?",
  "SELECT MAX(%s) FROM %s" % (LOT, H), ["aggregate"])
E(D, "short_forms", "easy", "How many houses have a rec room?",
  "SELECT COUNT(*) FROM %s WHERE \"Rec room\" = 'yes'" % H, ["count", "filter_eq"])
E(D, "short_forms", "medium", "What is the average price of homes with AC?",
  "SELECT AVG(%s) FROM %s WHERE \"Central air\" = 'yes'" % (P, H), ["aggregate", "filter_eq"])
E(D, "values", "medium", "How many houses in the preferred area have a driveway?",
  "SELECT COUNT(*) FROM %s WHERE \"Preferred area\" = 'yes' AND Driveway = 'yes'" % H,
  ["count", "multi_filter"])
E(D, "values", "easy", "What is the average price of the houses without a driveway?",
  "SELECT AVG(%s) FROM %s WHERE Driveway = 'no'" % (P, H), ["aggregate", "filter_eq"])
E(D, "values", "medium", "How many houses have a full basement but no gas water heating?",
  "SELECT COUNT(*) FROM %s WHERE \"Full basement\" = 'yes' AND \"Gas water heating\" = 'no'" % H,
  ["count", "multi_filter"])
E(D, "comparatives", "easy", "How many houses have at least 2 bathrooms?",
  "SELECT COUNT(*) FROM %s WHERE Bathrooms >= 2" % H, ["count", "filter_cmp"])
E(D, "comparatives", "medium", "How many houses with 5 or more bedrooms cost less than 60,000 dollars?",
  "SELECT COUNT(*) FROM %s WHERE Bedrooms >= 5 AND %s < 60000" % (H, P), ["count", "multi_filter"])
E(D, "superlative_rows", "medium", "How many bedrooms does the most expensive house have, and what did it sell for?",
  "SELECT Bedrooms, %s FROM %s ORDER BY %s DESC LIMIT 1" % (P, H, P), ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which number of bedrooms has the highest average price, and what is it?",
  "SELECT Bedrooms, AVG(%s) FROM %s GROUP BY Bedrooms ORDER BY AVG(%s) DESC LIMIT 1" % (P, H, P),
  ["top_n", "superlative", "group_by"])
E(D, "arithmetic_periods", "easy", "What is the price range of the houses in the preferred area?",
  "SELECT MAX(%s) - MIN(%s) FROM %s WHERE \"Preferred area\" = 'yes'" % (P, P, H), ["arithmetic"])
E(D, "arithmetic_periods", "hard",
  "What is the ratio of the average price of houses with central air to that of houses without it?",
  "SELECT (SELECT AVG(%s) FROM %s WHERE \"Central air\" = 'yes') / "
  "(SELECT AVG(%s) FROM %s WHERE \"Central air\" = 'no')" % (P, H, P, H), ["arithmetic", "ratio"])
SCATTER(D, "medium", "Plot lot size against price.",
        "SELECT %s, %s FROM %s" % (LOT, P, H))
CHART(D, "easy", "Chart the average price by number of storeys.",
      "SELECT Storeys, AVG(%s) FROM %s GROUP BY Storeys" % (P, H), ["group_by"])
E(D, "counting_listing", "easy", "How many houses have no garage?",
  "SELECT COUNT(*) FROM %s WHERE \"Garage places\" = 0" % H, ["count", "filter_eq"])
E(D, "counting_listing", "easy", "List the prices of the houses with 6 bedrooms.",
  "SELECT %s FROM %s WHERE Bedrooms = 6" % (P, H), ["filter_eq"])
E(D, "context_words", "easy", "All sales combined, what was the total value of the houses sold, in Canadian dollars?",
  "SELECT SUM(%s) FROM %s" % (P, H), ["aggregate"])
E(D, "context_words", "hard", "How much more did a house with central air cost on average than one without?",
  "SELECT (SELECT AVG(%s) FROM %s WHERE \"Central air\" = 'yes') - "
  "(SELECT AVG(%s) FROM %s WHERE \"Central air\" = 'no')" % (P, H, P, H), ["arithmetic"])
E(D, "row_nouns", "easy", "How many homes sold in Windsor are in the data?",
  "SELECT COUNT(*) FROM %s" % H, ["count"])

# ------------------------------------------------------------------ student_survey
# survey(Sex, Wr.Hnd, NW.Hnd (span cm), W.Hnd, Fold, Pulse, Clap, Exer, Smoke, Height cm, M.I, Age)
D = "student_survey"
E(D, "plain", "easy", "How many students are female?",
  "SELECT COUNT(*) FROM survey WHERE Sex = 'Female'", ["count", "filter_eq"])
E(D, "plain", "easy", "What is the average pulse of the males?",
  "SELECT AVG(Pulse) FROM survey WHERE Sex = 'Male'", ["aggregate", "filter_eq"])
E(D, "row_nouns", "easy", "How many respondents are in the survey?",
  "SELECT COUNT(*) FROM survey", ["count"])
E(D, "row_nouns", "easy", "How many of the participants say they never smoke?",
  "SELECT COUNT(*) FROM survey WHERE Smoke = 'Never'", ["count", "filter_eq"])
E(D, "measure_words", "easy", "How many students are taller than 180 cm?",
  "SELECT COUNT(*) FROM survey WHERE Height > 180", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "What is the average age of the students whose heart beats faster than 90 beats per minute?",
  "SELECT AVG(Age) FROM survey WHERE Pulse > 90", ["aggregate", "filter_cmp"])
E(D, "measure_words", "easy", "How many students are younger than 18?",
  "SELECT COUNT(*) FROM survey WHERE Age < 18", ["count", "filter_cmp"])
E(D, "short_forms", "easy", "What is the average span of the writing hand?",
  'SELECT AVG("Wr.Hnd") FROM survey', ["aggregate"])
E(D, "short_forms", "medium", "What is the average non-writing hand span of the left-handers?",
  'SELECT AVG("NW.Hnd") FROM survey WHERE "W.Hnd" = \'Left\'', ["aggregate", "filter_eq"])
E(D, "short_forms", "easy", "How many students gave their height in imperial units?",
  'SELECT COUNT(*) FROM survey WHERE "M.I" = \'Imperial\'', ["count", "filter_eq"])
E(D, "values", "easy", "How many heavy smokers are there?",
  "SELECT COUNT(*) FROM survey WHERE Smoke = 'Heavy'", ["count", "filter_eq"])
E(D, "values", "easy", "How many students clap with neither hand on top?",
  "SELECT COUNT(*) FROM survey WHERE Clap = 'Neither'", ["count", "filter_eq"])
E(D, "values", "medium", "How many students fold their arms with the right arm on top of the left?",
  "SELECT COUNT(*) FROM survey WHERE Fold = 'R on L'", ["count", "filter_eq"])
E(D, "values", "easy", "How many students exercise frequently?",
  "SELECT COUNT(*) FROM survey WHERE Exer = 'Freq'", ["count", "filter_eq", "value_synonym"])
E(D, "comparatives", "easy", "How many students are 30 or older?",
  "SELECT COUNT(*) FROM survey WHERE Age >= 30", ["count", "filter_cmp"])
E(D, "comparatives", "easy", "How many students have a pulse of 60 or less?",
  "SELECT COUNT(*) FROM survey WHERE Pulse <= 60", ["count", "filter_cmp"])
E(D, "comparatives", "easy", "How many students did not give their height?",
  "SELECT COUNT(*) FROM survey WHERE Height IS NULL", ["count", "null_check"])
E(D, "superlative_rows", "medium", "How old is the oldest student, and of which sex?",
  "SELECT Sex, Age FROM survey ORDER BY Age DESC LIMIT 1", ["top_n", "superlative"])
E(D, "superlative_rows", "hard", "Which smoking habit has the highest average pulse, and what is it?",
  "SELECT Smoke, AVG(Pulse) FROM survey WHERE Smoke IS NOT NULL GROUP BY Smoke ORDER BY AVG(Pulse) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(D, "arithmetic_periods", "easy", "What is the difference between the tallest and the shortest student's height?",
  "SELECT MAX(Height) - MIN(Height) FROM survey", ["arithmetic"])
E(D, "arithmetic_periods", "medium", "How much bigger is the average writing hand span than the average non-writing hand span?",
  'SELECT AVG("Wr.Hnd") - AVG("NW.Hnd") FROM survey', ["arithmetic"])
SCATTER(D, "medium", "Plot writing hand span against height.",
        'SELECT "Wr.Hnd", Height FROM survey WHERE "Wr.Hnd" IS NOT NULL AND Height IS NOT NULL')
CHART(D, "easy", "Bar chart of the number of students at each exercise level.",
      "SELECT Exer, COUNT(*) FROM survey WHERE Exer IS NOT NULL GROUP BY Exer", ["group_by", "count"])
E(D, "counting_listing", "easy", "How many entries are there for left-handed men?",
  "SELECT COUNT(*) FROM survey WHERE Sex = 'Male' AND \"W.Hnd\" = 'Left'", ["count", "multi_filter"])
E(D, "counting_listing", "easy", "List the ages of the students older than 50.",
  "SELECT Age FROM survey WHERE Age > 50", ["filter_cmp"])
E(D, "context_words", "easy", "According to the survey, what is the average height of the women?",
  "SELECT AVG(Height) FROM survey WHERE Sex = 'Female'", ["aggregate", "filter_eq"])
E(D, "context_words", "easy", "Across all respondents, what is the average age?",
  "SELECT AVG(Age) FROM survey", ["aggregate"])

# ------------------------------------------------------------------ swiss_provinces
# swiss(Province, Fertility, Agriculture %, Examination %, Education %, Catholic %, Infant.Mortality)
D = "swiss_provinces"
E(D, "plain", "easy", "What is the fertility of Neuchatel?",
  "SELECT Fertility FROM swiss WHERE Province = 'Neuchatel'", ["filter_eq"])
E(D, "plain", "easy", "What is the average Catholic percentage?",
  "SELECT AVG(Catholic) FROM swiss", ["aggregate"])
E(D, "row_nouns", "easy", "How many districts are more than half Catholic?",
  "SELECT COUNT(*) FROM swiss WHERE Catholic > 50", ["count", "filter_cmp"])
E(D, "row_nouns", "easy", "How many regions have an infant mortality above 22?",
  "SELECT COUNT(*) FROM swiss WHERE \"Infant.Mortality\" > 22", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How many provinces are mostly farming, with over 70 percent of men working in agriculture?",
  "SELECT COUNT(*) FROM swiss WHERE Agriculture > 70", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "What is the infant death rate in Lausanne?",
  "SELECT \"Infant.Mortality\" FROM swiss WHERE Province = 'Lausanne'", ["filter_eq"])
E(D, "short_forms", "easy", "What is the highest infant mortality?",
  "SELECT MAX(\"Infant.Mortality\") FROM swiss", ["aggregate"])
E(D, "short_forms", "medium", "What is the average exam result in provinces where under 10 percent are Catholic?",
  "SELECT AVG(Examination) FROM swiss WHERE Catholic < 10", ["aggregate", "filter_cmp"])
E(D, "values", "easy", "What share of Sierre is Catholic?",
  "SELECT Catholic FROM swiss WHERE Province = 'Sierre'", ["filter_eq"])
E(D, "values", "medium", "What is the education level of the provinces whose name contains 'Rive'?",
  "SELECT Province, Education FROM swiss WHERE Province LIKE '%Rive%'", ["like"])
E(D, "comparatives", "easy", "How many provinces have a fertility of at most 65?",
  "SELECT COUNT(*) FROM swiss WHERE Fertility <= 65", ["count", "filter_cmp"])
E(D, "comparatives", "easy", "Which provinces have an education level of 20 percent or more?",
  "SELECT Province FROM swiss WHERE Education >= 20", ["filter_cmp"])
E(D, "superlative_rows", "easy", "Which province has the lowest fertility, and what is it?",
  "SELECT Province, Fertility FROM swiss ORDER BY Fertility LIMIT 1", ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which province is the most Catholic, and what is its share?",
  "SELECT Province, Catholic FROM swiss ORDER BY Catholic DESC LIMIT 1", ["top_n", "superlative"])
E(D, "arithmetic_periods", "easy", "What is the difference between the highest and the lowest fertility?",
  "SELECT MAX(Fertility) - MIN(Fertility) FROM swiss", ["arithmetic"])
E(D, "arithmetic_periods", "medium", "What is the ratio of Lausanne's infant mortality to La Vallee's?",
  "SELECT (SELECT \"Infant.Mortality\" FROM swiss WHERE Province = 'Lausanne') / "
  "(SELECT \"Infant.Mortality\" FROM swiss WHERE Province = 'La Vallee')", ["arithmetic", "ratio"])
SCATTER(D, "medium", "Plot education against fertility.",
        "SELECT Education, Fertility FROM swiss")
CHART(D, "medium", "Bar chart of fertility for the provinces that are more than 90 percent Catholic.",
      "SELECT Province, Fertility FROM swiss WHERE Catholic > 90", ["filter_cmp"])
E(D, "counting_listing", "easy", "List every province where more than 95 percent are Catholic.",
  "SELECT Province FROM swiss WHERE Catholic > 95", ["filter_cmp"])
E(D, "counting_listing", "easy", "How many rows have an infant mortality under 18?",
  "SELECT COUNT(*) FROM swiss WHERE \"Infant.Mortality\" < 18", ["count", "filter_cmp"])
E(D, "context_words", "easy", "Around 1888, what was the average fertility across all the French-speaking provinces?",
  "SELECT AVG(Fertility) FROM swiss", ["aggregate"])
E(D, "context_words", "easy", "In this data, how Catholic was Porrentruy?",
  "SELECT Catholic FROM swiss WHERE Province = 'Porrentruy'", ["filter_eq"])

# ------------------------------------------------------------------ stack_loss
# stackloss(RUN, AIRFLOW, WATERTEMP deg C, ACIDCONC, STACKLOSS)
D = "stack_loss"
E(D, "plain", "easy", "What is the average stack loss?",
  "SELECT AVG(STACKLOSS) FROM stackloss", ["aggregate"])
E(D, "plain", "easy", "What was the air flow on run 10?",
  "SELECT AIRFLOW FROM stackloss WHERE RUN = 10", ["filter_eq"])
E(D, "row_nouns", "easy", "How many days of operation are recorded?",
  "SELECT COUNT(*) FROM stackloss", ["count"])
E(D, "row_nouns", "easy", "How many runs had a stack loss above 20?",
  "SELECT COUNT(*) FROM stackloss WHERE STACKLOSS > 20", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How warm was the cooling water on run 1?",
  "SELECT WATERTEMP FROM stackloss WHERE RUN = 1", ["filter_eq"])
E(D, "measure_words", "easy", "On how many runs was the cooling water colder than 20 degrees?",
  "SELECT COUNT(*) FROM stackloss WHERE WATERTEMP < 20", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How much ammonia was lost on average when the air flow was 58?",
  "SELECT AVG(STACKLOSS) FROM stackloss WHERE AIRFLOW = 58", ["aggregate", "filter_eq"])
E(D, "short_forms", "easy", "What's the max acid conc?",
  "SELECT MAX(ACIDCONC) FROM stackloss", ["aggregate"])
E(D, "short_forms", "easy", "What's the average water temp when the air flow is 50?",
  "SELECT AVG(WATERTEMP) FROM stackloss WHERE AIRFLOW = 50", ["aggregate", "filter_eq"])
E(D, "comparatives", "medium", "How many runs had an air flow of at least 62 and an acid concentration under 88?",
  "SELECT COUNT(*) FROM stackloss WHERE AIRFLOW >= 62 AND ACIDCONC < 88", ["count", "multi_filter"])
E(D, "comparatives", "easy", "Which runs had a stack loss of 10 or less?",
  "SELECT RUN FROM stackloss WHERE STACKLOSS <= 10", ["filter_cmp"])
E(D, "superlative_rows", "easy", "Which run had the highest stack loss, and how much was it?",
  "SELECT RUN, STACKLOSS FROM stackloss ORDER BY STACKLOSS DESC LIMIT 1", ["top_n", "superlative"])
E(D, "superlative_rows", "easy", "On which run was the acid concentration lowest, and what was it?",
  "SELECT RUN, ACIDCONC FROM stackloss ORDER BY ACIDCONC LIMIT 1", ["top_n", "superlative"])
E(D, "arithmetic_periods", "easy", "What is the range of the stack loss values?",
  "SELECT MAX(STACKLOSS) - MIN(STACKLOSS) FROM stackloss", ["arithmetic"])
E(D, "arithmetic_periods", "easy", "What is the difference between the highest and the lowest water temperature?",
  "SELECT MAX(WATERTEMP) - MIN(WATERTEMP) FROM stackloss", ["arithmetic"])
SCATTER(D, "easy", "Plot air flow against stack loss.",
        "SELECT AIRFLOW, STACKLOSS FROM stackloss")
CHART(D, "easy", "Chart the stack loss of each run, in run order.",
      "SELECT RUN, STACKLOSS FROM stackloss ORDER BY RUN", ["order"], order=True)
E(D, "counting_listing", "easy", "List all runs with an air flow of 50.",
  "SELECT RUN FROM stackloss WHERE AIRFLOW = 50", ["filter_eq"])
E(D, "counting_listing", "easy", "How many observations have a water temperature of 18?",
  "SELECT COUNT(*) FROM stackloss WHERE WATERTEMP = 18", ["count", "filter_eq"])
E(D, "context_words", "easy", "Over the whole 21 days, what was the total stack loss?",
  "SELECT SUM(STACKLOSS) FROM stackloss", ["aggregate"])
E(D, "context_words", "medium", "How much did the stack loss drop from the first run to the last?",
  "SELECT (SELECT STACKLOSS FROM stackloss WHERE RUN = 1) - (SELECT STACKLOSS FROM stackloss WHERE RUN = 21)",
  ["change", "arithmetic"])

# ------------------------------------------------------------------ nottingham_temperature
# nottingham_temps(month = first day, avg_temp_f)
D = "nottingham_temperature"
T = "nottingham_temps"
E(D, "plain", "easy", "What was the average temperature in July 1930?",
  "SELECT avg_temp_f FROM %s WHERE month = '1930-07-01'" % T, ["filter_eq", "date_value"])
E(D, "plain", "easy", "What was the average temperature in 1925?",
  "SELECT AVG(avg_temp_f) FROM %s WHERE strftime('%%Y', month) = '1925'" % T, ["aggregate", "date_part"])
E(D, "row_nouns", "easy", "How many months does the series cover?",
  "SELECT COUNT(*) FROM %s" % T, ["count"])
E(D, "row_nouns", "easy", "How many monthly readings are below 35 degrees?",
  "SELECT COUNT(*) FROM %s WHERE avg_temp_f < 35" % T, ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How warm was August 1933?",
  "SELECT avg_temp_f FROM %s WHERE month = '1933-08-01'" % T, ["filter_eq", "date_value"])
E(D, "measure_words", "easy", "How many months were warmer than 65 °F?",
  "SELECT COUNT(*) FROM %s WHERE avg_temp_f > 65" % T, ["count", "filter_cmp"])
E(D, "short_forms", "easy", "What was the avg temp in Feb 1929?",
  "SELECT avg_temp_f FROM %s WHERE month = '1929-02-01'" % T, ["filter_eq", "date_value"])
E(D, "short_forms", "medium", "How many months had a mean temp above 60 deg F in the 1930s?",
  "SELECT COUNT(*) FROM %s WHERE avg_temp_f > 60 AND month >= '1930-01-01'" % T,
  ["count", "multi_filter"])
E(D, "values", "easy", "What was the temperature in March 1936?",
  "SELECT avg_temp_f FROM %s WHERE month = '1936-03-01'" % T, ["filter_eq", "date_value"])
E(D, "comparatives", "medium", "When was the first month with an average below 35 °F?",
  "SELECT MIN(month) FROM %s WHERE avg_temp_f < 35" % T, ["aggregate", "filter_cmp"])
E(D, "comparatives", "medium", "When was the last month warmer than 65 degrees?",
  "SELECT MAX(month) FROM %s WHERE avg_temp_f > 65" % T, ["aggregate", "filter_cmp"])
E(D, "comparatives", "medium", "How many months from 1935 onwards averaged below 40 degrees?",
  "SELECT COUNT(*) FROM %s WHERE month >= '1935-01-01' AND avg_temp_f < 40" % T, ["count", "multi_filter"])
E(D, "superlative_rows", "easy", "Which month was the coldest on record, and how cold was it?",
  "SELECT month, avg_temp_f FROM %s ORDER BY avg_temp_f LIMIT 1" % T, ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which year had the warmest average, and what was it?",
  "SELECT strftime('%%Y', month), AVG(avg_temp_f) FROM %s GROUP BY strftime('%%Y', month) "
  "ORDER BY AVG(avg_temp_f) DESC LIMIT 1" % T, ["top_n", "superlative", "group_by", "date_part"])
E(D, "arithmetic_periods", "medium", "For each calendar month, what is the average temperature across all years?",
  "SELECT strftime('%%m', month), AVG(avg_temp_f) FROM %s GROUP BY strftime('%%m', month)" % T,
  ["month_of_year", "group_by", "date_part"])
E(D, "arithmetic_periods", "medium", "In how many years did at least one month average above 65 degrees?",
  "SELECT COUNT(DISTINCT strftime('%%Y', month)) FROM %s WHERE avg_temp_f > 65" % T,
  ["count", "distinct", "date_part"])
E(D, "arithmetic_periods", "easy", "What is the difference between the warmest and the coldest month on record?",
  "SELECT MAX(avg_temp_f) - MIN(avg_temp_f) FROM %s" % T, ["arithmetic"])
CHART(D, "easy", "Plot the temperature over time.",
      "SELECT month, avg_temp_f FROM %s ORDER BY month" % T, ["time_series"], order=True)
CHART(D, "medium", "Chart the yearly average temperature.",
      "SELECT strftime('%%Y', month), AVG(avg_temp_f) FROM %s GROUP BY strftime('%%Y', month) "
      "ORDER BY strftime('%%Y', month)" % T, ["time_series", "group_by", "date_part"], order=True)
E(D, "counting_listing", "easy", "How many records are there for 1939?",
  "SELECT COUNT(*) FROM %s WHERE strftime('%%Y', month) = '1939'" % T, ["count", "date_part"])
E(D, "counting_listing", "medium", "List the months of 1929 with an average below 40 degrees.",
  "SELECT month FROM %s WHERE strftime('%%Y', month) = '1929' AND avg_temp_f < 40" % T,
  ["multi_filter", "date_part"])
E(D, "context_words", "medium", "At Nottingham Castle, what was the average temperature over June, July and August 1935?",
  "SELECT AVG(avg_temp_f) FROM %s WHERE month BETWEEN '1935-06-01' AND '1935-08-01'" % T,
  ["aggregate", "between"])
E(D, "context_words", "hard", "How much did the yearly average temperature rise from 1922 to 1934?",
  "SELECT (SELECT AVG(avg_temp_f) FROM %s WHERE strftime('%%Y', month) = '1934') - "
  "(SELECT AVG(avg_temp_f) FROM %s WHERE strftime('%%Y', month) = '1922')" % (T, T), ["change", "date_part"])

# ------------------------------------------------------------------ more, across the tables
E("nottingham_temperature", "values", "easy", "What was the temperature in December 1939?",
  "SELECT avg_temp_f FROM nottingham_temps WHERE month = '1939-12-01'", ["filter_eq", "date_value"])
E("computers", "values", "easy", "How many computers are not from a premium maker?",
  "SELECT COUNT(*) FROM computers WHERE premium = 'no'", ["count", "filter_eq", "negation"])
E("swiss_provinces", "values", "easy", "Compare the fertility of Vevey and Sion.",
  "SELECT Province, Fertility FROM swiss WHERE Province IN ('Vevey', 'Sion')", ["filter_eq"])
E("stack_loss", "plain", "easy", "What is the average air flow?",
  "SELECT AVG(AIRFLOW) FROM stackloss", ["aggregate"])
E("sitka_spruce", "plain", "easy", "How many measurements were taken on 1988-06-23?",
  "SELECT COUNT(*) FROM sitka_growth WHERE measured_on = '1988-06-23'", ["count", "date_value"])
E("swiss_provinces", "superlative_rows", "easy", "Which province has the highest infant mortality, and what is it?",
  "SELECT Province, \"Infant.Mortality\" FROM swiss ORDER BY \"Infant.Mortality\" DESC LIMIT 1",
  ["top_n", "superlative"])
E("epilepsy_trial", "superlative_rows", "easy", "Which patient is the oldest, and how old?",
  "SELECT PatientID, Age FROM patients ORDER BY Age DESC LIMIT 1", ["top_n", "superlative"])
E("student_survey", "context_words", "easy", "Among the people surveyed, how many are left-handed?",
  "SELECT COUNT(*) FROM survey WHERE \"W.Hnd\" = 'Left'", ["count", "filter_eq"])
E("epilepsy_trial", "context_words", "hard",
  "In this trial, how many more seizures did the progabide group report than the placebo group over the four periods?",
  "SELECT (SELECT SUM(v.Seizures) FROM visits v JOIN patients p ON p.PatientID = v.PatientID "
  "WHERE p.Treatment = 'progabide') - (SELECT SUM(v.Seizures) FROM visits v JOIN patients p "
  "ON p.PatientID = v.PatientID WHERE p.Treatment = 'placebo')", ["arithmetic", "join"])
CHART("nottingham_temperature", "medium", "Chart the average temperature of each calendar month across all years.",
      "SELECT strftime('%m', month), AVG(avg_temp_f) FROM nottingham_temps GROUP BY strftime('%m', month) "
      "ORDER BY strftime('%m', month)", ["month_of_year", "group_by", "date_part"], order=True)
SCATTER("student_survey", "medium", "Show the relationship between age and pulse.",
        "SELECT Age, Pulse FROM survey WHERE Age IS NOT NULL AND Pulse IS NOT NULL")
E("windsor_housing", "comparatives", "medium",
  "How many houses on lots smaller than 3000 square feet sold for 50,000 dollars or more?",
  "SELECT COUNT(*) FROM windsor_houses WHERE \"Lot size (sq ft)\" < 3000 AND \"Price (CAD)\" >= 50000",
  ["count", "multi_filter"])
E("computers", "short_forms", "medium", "What's the average price of machines with 8 megs of memory and a 15-inch monitor?",
  "SELECT AVG(price) FROM computers WHERE ram = 8 AND screen = 15", ["aggregate", "multi_filter"])
E("windsor_housing", "superlative_rows", "medium", "How many bathrooms does the cheapest house have, and what was its price?",
  "SELECT Bathrooms, \"Price (CAD)\" FROM windsor_houses ORDER BY \"Price (CAD)\" LIMIT 1", ["top_n", "superlative"])
E("computers", "arithmetic_periods", "medium", "In how many different months were machines with 24 MB of RAM listed?",
  "SELECT COUNT(DISTINCT trend) FROM computers WHERE ram = 24", ["count", "distinct"])
E("stack_loss", "values", "easy", "What were the air flow and the stack loss on run 21?",
  "SELECT AIRFLOW, STACKLOSS FROM stackloss WHERE RUN = 21", ["filter_eq"])

if __name__ == "__main__":
    Q.write()
