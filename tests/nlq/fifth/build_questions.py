#!/usr/bin/env python3
"""The fifth blind NLQ evaluation set: questions and gold SQL (ids f5-001...).

    python3 build_questions.py    # writes questions.jsonl and datasets.json

Written from the tables in data/ alone, as analysts new to each table would ask, without
reading the language engine or the other sets' questions. Gold rows are computed by
../load.py (through ../question_set.py); the build fails on SQL errors, empty answers and
answers that depend on how ties are broken. Stdlib only.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)
from prepare_data import DATASETS  # noqa: E402  (plain data; pandas is not imported)
from question_set import QuestionSet  # noqa: E402

S = QuestionSet("f5", DATASETS, HERE)
E, CHART, SCATTER = S.E, S.CHART, S.SCATTER

# --------------------------------------------------------------------------- heptathlon
D = "heptathlon"
E(D, "plain", "easy", "What is the average score?",
  "SELECT AVG(score) FROM heptathlon", ["aggregate"])
E(D, "plain", "easy", "Show the athlete, country and score of every athlete with a score above 6800.",
  "SELECT athlete, country, score FROM heptathlon WHERE score > 6800", ["filter_cmp"])
E(D, "row_nouns", "easy", "How many competitors are in the data?",
  "SELECT COUNT(*) FROM heptathlon", ["count"])
E(D, "row_nouns", "easy", "How many heptathletes scored more than 6000 points?",
  "SELECT COUNT(*) FROM heptathlon WHERE score > 6000", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How many athletes threw the javelin farther than 45 metres?",
  "SELECT COUNT(*) FROM heptathlon WHERE javelin > 45", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How many women jumped higher than 1.80 m?",
  "SELECT COUNT(*) FROM heptathlon WHERE highjump > 1.8", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "Which athletes needed more than 140 seconds for the 800 metres?",
  "SELECT athlete FROM heptathlon WHERE run800m > 140", ["filter_cmp"])
E(D, "short_forms", "easy", "What is the mean 200m time?",
  "SELECT AVG(run200m) FROM heptathlon", ["aggregate"])
E(D, "short_forms", "medium", "What was the best long jump?",
  "SELECT MAX(longjump) FROM heptathlon", ["aggregate"])
E(D, "short_forms", "easy", "Average shot put distance?",
  "SELECT AVG(shot) FROM heptathlon", ["aggregate"])
E(D, "values", "easy", "What score did Joyner-Kersee get?",
  "SELECT score FROM heptathlon WHERE athlete = 'Joyner-Kersee'", ["filter_eq"])
E(D, "values", "hard", "List the athletes from East Germany.",
  "SELECT athlete FROM heptathlon WHERE country = 'GDR'", ["filter_eq", "value_synonym"])
E(D, "values", "easy", "What was Yuping's hurdles time?",
  "SELECT hurdles FROM heptathlon WHERE athlete = 'Yuping'", ["filter_eq"])
E(D, "comparatives", "medium", "Which countries had more than one athlete in the event?",
  "SELECT country FROM heptathlon GROUP BY country HAVING COUNT(*) > 1",
  ["group_by", "having"])
E(D, "comparatives", "easy", "How many athletes ran the 200 m in under 24 seconds?",
  "SELECT COUNT(*) FROM heptathlon WHERE run200m < 24", ["count", "filter_cmp"])
E(D, "superlative_rows", "medium", "Who threw the javelin the farthest, and how far?",
  "SELECT athlete, javelin FROM heptathlon ORDER BY javelin DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "superlative_rows", "easy", "Which athlete finished with the lowest score?",
  "SELECT athlete, score FROM heptathlon ORDER BY score ASC LIMIT 1", ["top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "What is the difference between the best and the worst score?",
  "SELECT MAX(score) - MIN(score) FROM heptathlon", ["aggregate", "arithmetic"])
E(D, "arithmetic_periods", "medium", "What is the range of the high jump results?",
  "SELECT MAX(highjump) - MIN(highjump) FROM heptathlon", ["aggregate", "arithmetic"])
SCATTER(D, "medium", "Plot long jump against 200m time.",
        "SELECT longjump, run200m FROM heptathlon")
CHART(D, "medium", "Draw a bar chart of the average score per country.",
      "SELECT country, AVG(score) FROM heptathlon GROUP BY country", ["group_by", "aggregate"])
E(D, "counting_listing", "easy", "List all athletes with their countries.",
  "SELECT athlete, country FROM heptathlon", ["list"])
E(D, "counting_listing", "easy", "How many entries are there for the USA?",
  "SELECT COUNT(*) FROM heptathlon WHERE country = 'USA'", ["count", "filter_eq"])
E(D, "context_words", "medium", "According to this data, what was the winning score?",
  "SELECT MAX(score) FROM heptathlon", ["aggregate"])
E(D, "context_words", "medium", "Across the whole competition, what was the average javelin throw?",
  "SELECT AVG(javelin) FROM heptathlon", ["aggregate"])

# --------------------------------------------------------------------------- forbes
D = "forbes"
E(D, "plain", "easy", "How many companies are in the Banking category?",
  "SELECT COUNT(*) FROM forbes2000 WHERE category = 'Banking'", ["count", "filter_eq"])
E(D, "plain", "easy", "What is the total marketvalue of companies in Germany?",
  "SELECT SUM(marketvalue) FROM forbes2000 WHERE country = 'Germany'", ["aggregate", "filter_eq"])
E(D, "plain", "easy", "What are the average profits of companies in Japan?",
  "SELECT AVG(profits) FROM forbes2000 WHERE country = 'Japan'", ["aggregate", "filter_eq"])
E(D, "row_nouns", "easy", "How many firms from France are on the list?",
  "SELECT COUNT(*) FROM forbes2000 WHERE country = 'France'", ["count", "filter_eq"])
E(D, "row_nouns", "medium", "How many corporations in the data have sales above 50 billion?",
  "SELECT COUNT(*) FROM forbes2000 WHERE sales > 50", ["count", "filter_cmp"])
E(D, "row_nouns", "easy", "How many entries are there in total?",
  "SELECT COUNT(*) FROM forbes2000", ["count"])
E(D, "measure_words", "medium", "How many companies lost money?",
  "SELECT COUNT(*) FROM forbes2000 WHERE profits < 0", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How many companies made more than 10 billion dollars in profit?",
  "SELECT COUNT(*) FROM forbes2000 WHERE profits > 10", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "Which companies are worth more than 200 billion dollars?",
  "SELECT name FROM forbes2000 WHERE marketvalue > 200", ["filter_cmp"])
E(D, "short_forms", "medium", "What is the total market cap of the companies from Japan?",
  "SELECT SUM(marketvalue) FROM forbes2000 WHERE country = 'Japan'", ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "What is the average market value in the Media category?",
  "SELECT AVG(marketvalue) FROM forbes2000 WHERE category = 'Media'", ["aggregate", "filter_eq"])
E(D, "values", "easy", "What was Toyota Motor's market value?",
  "SELECT marketvalue FROM forbes2000 WHERE name = 'Toyota Motor'", ["filter_eq"])
E(D, "values", "medium", "How many companies have 'Steel' in their name?",
  "SELECT COUNT(*) FROM forbes2000 WHERE name LIKE '%Steel%'", ["count", "like"])
E(D, "values", "medium",
  "Which companies from Switzerland are in the Drugs & biotechnology category?",
  "SELECT name FROM forbes2000 WHERE country = 'Switzerland' "
  "AND category = 'Drugs & biotechnology'", ["filter_eq", "multi_filter"])
E(D, "values", "easy", "How many companies are from South Korea?",
  "SELECT COUNT(*) FROM forbes2000 WHERE country = 'South Korea'", ["count", "filter_eq"])
E(D, "comparatives", "medium", "How many companies had sales of at least 100 billion dollars?",
  "SELECT COUNT(*) FROM forbes2000 WHERE sales >= 100", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "Which countries have more than 100 companies in the ranking?",
  "SELECT country FROM forbes2000 GROUP BY country HAVING COUNT(*) > 100",
  ["group_by", "having"])
E(D, "comparatives", "medium", "How many of the top 100 companies are Japanese?",
  "SELECT COUNT(*) FROM forbes2000 WHERE rank <= 100 AND country = 'Japan'",
  ["count", "filter_cmp", "multi_filter"])
E(D, "comparatives", "easy", "How many companies have no profit figure?",
  "SELECT COUNT(*) FROM forbes2000 WHERE profits IS NULL", ["count", "null_check"])
E(D, "superlative_rows", "medium", "Which company has the largest assets, and how large are they?",
  "SELECT name, assets FROM forbes2000 ORDER BY assets DESC LIMIT 1", ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which Canadian company is worth the most?",
  "SELECT name, marketvalue FROM forbes2000 WHERE country = 'Canada' "
  "ORDER BY marketvalue DESC LIMIT 1", ["top_n", "superlative", "filter_eq"])
E(D, "superlative_rows", "medium", "Which category has the most companies?",
  "SELECT category, COUNT(*) FROM forbes2000 GROUP BY category ORDER BY COUNT(*) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(D, "arithmetic_periods", "medium", "What is the ratio of total profits to total sales?",
  "SELECT SUM(profits) / SUM(sales) FROM forbes2000", ["aggregate", "arithmetic", "ratio"])
E(D, "arithmetic_periods", "medium",
  "What is the difference between the highest and the lowest market value among German companies?",
  "SELECT MAX(marketvalue) - MIN(marketvalue) FROM forbes2000 WHERE country = 'Germany'",
  ["aggregate", "arithmetic", "filter_eq"])
CHART(D, "medium", "Chart the total sales by category.",
      "SELECT category, SUM(sales) FROM forbes2000 GROUP BY category", ["group_by", "aggregate"])
SCATTER(D, "medium", "Scatter plot of sales versus profits for companies from Germany.",
        "SELECT sales, profits FROM forbes2000 WHERE country = 'Germany'", ["filter_eq"])
E(D, "counting_listing", "easy", "List all the companies from Ireland.",
  "SELECT name FROM forbes2000 WHERE country = 'Ireland'", ["list", "filter_eq"])
E(D, "counting_listing", "easy", "How many records are there for Italy?",
  "SELECT COUNT(*) FROM forbes2000 WHERE country = 'Italy'", ["count", "filter_eq"])
E(D, "context_words", "medium",
  "What is the combined market value of all the companies in this ranking?",
  "SELECT SUM(marketvalue) FROM forbes2000", ["aggregate"])
E(D, "context_words", "medium",
  "All industries combined, how much profit did companies in the United States make?",
  "SELECT SUM(profits) FROM forbes2000 WHERE country = 'United States'",
  ["aggregate", "filter_eq"])

E(D, "counting_listing", "easy", "List every company from Russia.",
  "SELECT name FROM forbes2000 WHERE country = 'Russia'", ["list", "filter_eq"])
E(D, "context_words", "medium", "What is the banking sector worth according to this list?",
  "SELECT SUM(marketvalue) FROM forbes2000 WHERE category = 'Banking'", ["aggregate", "filter_eq"])

# --------------------------------------------------------------------------- galton_heights
D = "galton_heights"
E(D, "plain", "easy", "What is the average height of the fathers?",
  "SELECT AVG(father) FROM families", ["aggregate"])
E(D, "plain", "easy", "What is the average childHeight of females?",
  "SELECT AVG(childHeight) FROM children WHERE gender = 'female'", ["aggregate", "filter_eq"])
E(D, "row_nouns", "easy", "How many households are there?",
  "SELECT COUNT(*) FROM families", ["count"])
E(D, "row_nouns", "medium", "How many sons are recorded?",
  "SELECT COUNT(*) FROM children WHERE gender = 'male'", ["count", "value_synonym"])
E(D, "row_nouns", "medium", "How many daughters are taller than 68 inches?",
  "SELECT COUNT(*) FROM children WHERE gender = 'female' AND childHeight > 68",
  ["count", "value_synonym", "filter_cmp"])
E(D, "row_nouns", "easy", "How many kids were measured in total?",
  "SELECT COUNT(*) FROM children", ["count"])
E(D, "measure_words", "medium", "How many fathers are taller than 72 inches?",
  "SELECT COUNT(*) FROM families WHERE father > 72", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How tall is the tallest mother?",
  "SELECT MAX(mother) FROM families", ["aggregate"])
E(D, "measure_words", "hard", "How many fathers are at least 6 feet tall?",
  "SELECT COUNT(*) FROM families WHERE father >= 72", ["count", "filter_cmp"])
E(D, "short_forms", "easy", "What is the average mid-parent height?",
  "SELECT AVG(midparentHeight) FROM families", ["aggregate"])
E(D, "short_forms", "hard",
  "What is the average height of the kids in families with a midparent height above 72?",
  "SELECT AVG(c.childHeight) FROM children c JOIN families f ON f.family = c.family "
  "WHERE f.midparentHeight > 72", ["aggregate", "join", "filter_cmp"])
E(D, "values", "easy", "How tall is the father of family 072?",
  "SELECT father FROM families WHERE family = '072'", ["filter_eq"])
E(D, "values", "medium", "List the heights and genders of the children of family 185.",
  "SELECT childHeight, gender FROM children WHERE family = '185'", ["filter_eq", "list"])
E(D, "comparatives", "medium", "How many families have at least 8 children?",
  "SELECT COUNT(*) FROM families WHERE children >= 8", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "How many families have fewer than 2 children?",
  "SELECT COUNT(*) FROM families WHERE children < 2", ["count", "filter_cmp"])
E(D, "comparatives", "hard", "How many families have no daughters at all?",
  "SELECT COUNT(*) FROM families f WHERE NOT EXISTS (SELECT 1 FROM children c "
  "WHERE c.family = f.family AND c.gender = 'female')", ["count", "anti_join", "negation"])
E(D, "superlative_rows", "medium", "Which family has the most children, and how many?",
  "SELECT family, children FROM families ORDER BY children DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Who was the tallest child? Give the family and the height.",
  "SELECT family, childHeight FROM children ORDER BY childHeight DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "arithmetic_periods", "medium",
  "What is the difference between the average height of sons and of daughters?",
  "SELECT (SELECT AVG(childHeight) FROM children WHERE gender = 'male') - "
  "(SELECT AVG(childHeight) FROM children WHERE gender = 'female')",
  ["aggregate", "arithmetic", "subquery"])
E(D, "arithmetic_periods", "medium",
  "What is the ratio of the average father's height to the average mother's height?",
  "SELECT AVG(father) / AVG(mother) FROM families", ["aggregate", "arithmetic", "ratio"])
SCATTER(D, "medium", "Plot father's height against mother's height.",
        "SELECT father, mother FROM families")
CHART(D, "easy", "Chart the average child height by gender.",
      "SELECT gender, AVG(childHeight) FROM children GROUP BY gender", ["group_by", "aggregate"])
SCATTER(D, "hard", "Show the relationship between mid-parent height and child height.",
        "SELECT f.midparentHeight, c.childHeight FROM children c "
        "JOIN families f ON f.family = c.family", ["join"])
E(D, "counting_listing", "easy", "How many records are there for family 004?",
  "SELECT COUNT(*) FROM children WHERE family = '004'", ["count", "filter_eq"])
E(D, "counting_listing", "easy", "List every family with its father's and mother's height.",
  "SELECT family, father, mother FROM families", ["list"])
E(D, "context_words", "medium", "According to Galton's data, how tall are sons on average?",
  "SELECT AVG(childHeight) FROM children WHERE gender = 'male'",
  ["aggregate", "value_synonym"])
E(D, "context_words", "easy", "Across all families combined, how many children are there?",
  "SELECT COUNT(*) FROM children", ["count"])

E(D, "counting_listing", "easy", "List every family that has 10 or more children.",
  "SELECT family FROM families WHERE children >= 10", ["list", "filter_cmp"])

# --------------------------------------------------------------------------- pig_growth
D = "pig_growth"
E(D, "plain", "easy", "What is the average WeightKg in week 12?",
  "SELECT AVG(WeightKg) FROM weighings WHERE Week = 12", ["aggregate", "filter_eq"])
E(D, "plain", "easy", "How many pigs had a CopperDose of 175?",
  "SELECT COUNT(*) FROM pigs WHERE CopperDose = 175", ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many animals were in the experiment?",
  "SELECT COUNT(*) FROM pigs", ["count"])
E(D, "row_nouns", "easy", "How many weigh-ins are there altogether?",
  "SELECT COUNT(*) FROM weighings", ["count"])
E(D, "row_nouns", "medium", "How many hogs received no vitamin E?",
  "SELECT COUNT(*) FROM pigs WHERE VitaminEDose = 0", ["count", "filter_eq"])
E(D, "measure_words", "medium", "How many weighings recorded more than 100 kilograms?",
  "SELECT COUNT(*) FROM weighings WHERE WeightKg > 100", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "What was the heaviest weight recorded?",
  "SELECT MAX(WeightKg) FROM weighings", ["aggregate"])
E(D, "measure_words", "medium", "How much did the pigs weigh on average in the first week?",
  "SELECT AVG(WeightKg) FROM weighings WHERE Week = 1", ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "What was the average feed intake in week 12?",
  "SELECT AVG(FeedKg) FROM weighings WHERE Week = 12", ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "How many pigs had a Cu dose of 35?",
  "SELECT COUNT(*) FROM pigs WHERE CopperDose = 35", ["count", "filter_eq"])
E(D, "short_forms", "medium", "How many pigs got the highest vitamin E dose?",
  "SELECT COUNT(*) FROM pigs WHERE VitaminEDose = (SELECT MAX(VitaminEDose) FROM pigs)",
  ["count", "subquery"])
E(D, "values", "easy", "What did pig 4601 weigh in week 12?",
  "SELECT WeightKg FROM weighings WHERE PigID = 4601 AND Week = 12", ["filter_eq", "multi_filter"])
E(D, "values", "easy", "Which pigs are from litter 3?",
  "SELECT PigID FROM pigs WHERE Litter = 3", ["filter_eq"])
E(D, "comparatives", "medium", "In which weeks was the average weight above 60 kg?",
  "SELECT Week FROM weighings GROUP BY Week HAVING AVG(WeightKg) > 60", ["group_by", "having"])
E(D, "comparatives", "hard", "How many pigs were never weighed at more than 100 kg?",
  "SELECT COUNT(*) FROM pigs p WHERE NOT EXISTS (SELECT 1 FROM weighings w "
  "WHERE w.PigID = p.PigID AND w.WeightKg > 100)", ["count", "anti_join", "negation"])
E(D, "comparatives", "medium", "Which litters contributed more than three pigs?",
  "SELECT Litter FROM pigs GROUP BY Litter HAVING COUNT(*) > 3", ["group_by", "having"])
E(D, "comparatives", "medium",
  "How many weighings are there, leaving out those without a feed figure?",
  "SELECT COUNT(*) FROM weighings WHERE FeedKg IS NOT NULL", ["count", "null_check"])
E(D, "superlative_rows", "medium", "Which pig was heaviest in week 12, and what did it weigh?",
  "SELECT PigID, WeightKg FROM weighings WHERE Week = 12 ORDER BY WeightKg DESC LIMIT 1",
  ["top_n", "superlative", "filter_eq"])
E(D, "superlative_rows", "medium", "Which pig was the lightest at the first weighing?",
  "SELECT PigID, WeightKg FROM weighings WHERE Week = 1 ORDER BY WeightKg ASC LIMIT 1",
  ["top_n", "superlative", "filter_eq"])
E(D, "arithmetic_periods", "medium", "How much weight did pig 4601 gain between week 1 and week 12?",
  "SELECT (SELECT WeightKg FROM weighings WHERE PigID = 4601 AND Week = 12) - "
  "(SELECT WeightKg FROM weighings WHERE PigID = 4601 AND Week = 1)",
  ["arithmetic", "change", "subquery"])
E(D, "arithmetic_periods", "medium", "What was the average weight in each week?",
  "SELECT Week, AVG(WeightKg) FROM weighings GROUP BY Week", ["group_by", "aggregate"])
E(D, "arithmetic_periods", "hard", "In how many weeks was the average feed intake above 50 kg?",
  "SELECT COUNT(*) FROM (SELECT Week FROM weighings GROUP BY Week HAVING AVG(FeedKg) > 50)",
  ["count", "having", "subquery"])
CHART(D, "medium", "Plot the average weight over the weeks.",
      "SELECT Week, AVG(WeightKg) FROM weighings GROUP BY Week ORDER BY Week",
      ["time_series", "order", "aggregate"], order=True)
CHART(D, "medium", "Chart the weight of pig 4601 week by week.",
      "SELECT Week, WeightKg FROM weighings WHERE PigID = 4601 ORDER BY Week",
      ["time_series", "order", "filter_eq"], order=True)
E(D, "counting_listing", "easy", "List all pigs that got 200 of vitamin E and 175 of copper.",
  "SELECT PigID FROM pigs WHERE VitaminEDose = 200 AND CopperDose = 175",
  ["list", "multi_filter"])
E(D, "counting_listing", "easy", "How many weighings are there for pig 4643?",
  "SELECT COUNT(*) FROM weighings WHERE PigID = 4643", ["count", "filter_eq"])
E(D, "context_words", "medium", "By how much did the average weight grow from week 1 to week 12?",
  "SELECT (SELECT AVG(WeightKg) FROM weighings WHERE Week = 12) - "
  "(SELECT AVG(WeightKg) FROM weighings WHERE Week = 1)", ["arithmetic", "change", "subquery"])
E(D, "context_words", "medium", "All groups combined, what did the pigs weigh on average in week 6?",
  "SELECT AVG(WeightKg) FROM weighings WHERE Week = 6", ["aggregate", "filter_eq"])

E(D, "context_words", "medium", "How much feed had pig 4601 eaten by week 12?",
  "SELECT FeedKg FROM weighings WHERE PigID = 4601 AND Week = 12", ["filter_eq", "multi_filter"])

# --------------------------------------------------------------------------- judge_ratings
D = "judge_ratings"
E(D, "plain", "easy", "What is the average RTEN?",
  "SELECT AVG(RTEN) FROM usjudgeratings", ["aggregate"])
E(D, "plain", "easy", "List the judges with an INTG above 9.",
  "SELECT JUDGE FROM usjudgeratings WHERE INTG > 9", ["filter_cmp"])
E(D, "row_nouns", "easy", "How many judges are rated?",
  "SELECT COUNT(*) FROM usjudgeratings", ["count"])
E(D, "row_nouns", "medium", "How many entries have an RTEN of 8.5 or more?",
  "SELECT COUNT(*) FROM usjudgeratings WHERE RTEN >= 8.5", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "Who is the most diligent judge?",
  "SELECT JUDGE, DILG FROM usjudgeratings ORDER BY DILG DESC LIMIT 1", ["top_n", "superlative"])
E(D, "measure_words", "medium", "Which judge is the most physically able?",
  "SELECT JUDGE, PHYS FROM usjudgeratings ORDER BY PHYS DESC LIMIT 1", ["top_n", "superlative"])
E(D, "short_forms", "easy", "What is the average physical ability rating?",
  "SELECT AVG(PHYS) FROM usjudgeratings", ["aggregate"])
E(D, "short_forms", "medium", "Which judge has the lowest demeanor score?",
  "SELECT JUDGE, DMNR FROM usjudgeratings ORDER BY DMNR ASC LIMIT 1", ["top_n", "superlative"])
E(D, "short_forms", "medium", "What is the average rating for sound written rulings?",
  "SELECT AVG(WRIT) FROM usjudgeratings", ["aggregate"])
E(D, "short_forms", "medium", "What is the highest case flow managing rating?",
  "SELECT MAX(CFMG) FROM usjudgeratings", ["aggregate"])
E(D, "short_forms", "medium", "How many judges have a rating for prompt decisions above 8.5?",
  "SELECT COUNT(*) FROM usjudgeratings WHERE DECI > 8.5", ["count", "filter_cmp"])
E(D, "values", "medium", "What are the ratings of judge CALLAHAN?",
  "SELECT * FROM usjudgeratings WHERE JUDGE LIKE 'CALLAHAN%'", ["like"])
E(D, "values", "medium", "What is the retention rating of the judge named Wright?",
  "SELECT RTEN FROM usjudgeratings WHERE JUDGE LIKE '%WRIGHT%'", ["like"])
E(D, "values", "easy", "What integrity rating does SHEA,D.M. have?",
  "SELECT INTG FROM usjudgeratings WHERE JUDGE = 'SHEA,D.M.'", ["filter_eq"])
E(D, "comparatives", "medium", "How many judges have a CONT of 8 or more?",
  "SELECT COUNT(*) FROM usjudgeratings WHERE CONT >= 8", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "Which judges scored under 5.5 for oral rulings?",
  "SELECT JUDGE FROM usjudgeratings WHERE ORAL < 5.5", ["filter_cmp"])
E(D, "superlative_rows", "medium",
  "Which judge had the most contacts with lawyers, and how many?",
  "SELECT JUDGE, CONT FROM usjudgeratings ORDER BY CONT DESC LIMIT 1", ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Who has the highest preparation for trial rating?",
  "SELECT JUDGE, PREP FROM usjudgeratings ORDER BY PREP DESC LIMIT 1", ["top_n", "superlative"])
E(D, "arithmetic_periods", "medium",
  "What is the difference between the highest and the lowest retention rating?",
  "SELECT MAX(RTEN) - MIN(RTEN) FROM usjudgeratings", ["aggregate", "arithmetic"])
E(D, "arithmetic_periods", "medium",
  "What is the ratio of the average integrity rating to the average demeanor rating?",
  "SELECT AVG(INTG) / AVG(DMNR) FROM usjudgeratings", ["aggregate", "arithmetic", "ratio"])
SCATTER(D, "medium", "Plot integrity against worthiness of retention.",
        "SELECT INTG, RTEN FROM usjudgeratings")
SCATTER(D, "easy", "Scatter CONT vs RTEN.",
        "SELECT CONT, RTEN FROM usjudgeratings")
E(D, "counting_listing", "easy", "List all judges whose retention rating is below 6.",
  "SELECT JUDGE FROM usjudgeratings WHERE RTEN < 6", ["list", "filter_cmp"])
E(D, "context_words", "medium", "Overall, how do lawyers rate the judges' integrity on average?",
  "SELECT AVG(INTG) FROM usjudgeratings", ["aggregate"])

E(D, "counting_listing", "easy", "Show all the judges and their retention ratings.",
  "SELECT JUDGE, RTEN FROM usjudgeratings", ["list"])
E(D, "context_words", "medium", "In the lawyers' view, which judge most deserves to be kept on?",
  "SELECT JUDGE, RTEN FROM usjudgeratings ORDER BY RTEN DESC LIMIT 1", ["top_n", "superlative"])

# --------------------------------------------------------------------------- hill_races
D = "hill_races"
E(D, "plain", "easy", "What is the average distance_mi?",
  "SELECT AVG(distance_mi) FROM scottish_hill_races", ["aggregate"])
E(D, "plain", "easy", "Show the record_time_min of Ben Nevis.",
  "SELECT record_time_min FROM scottish_hill_races WHERE race = 'Ben Nevis'", ["filter_eq"])
E(D, "row_nouns", "easy", "How many hill runs are longer than 10 miles?",
  "SELECT COUNT(*) FROM scottish_hill_races WHERE distance_mi > 10", ["count", "filter_cmp"])
E(D, "row_nouns", "medium", "How many events climb more than 3000 feet?",
  "SELECT COUNT(*) FROM scottish_hill_races WHERE climb_ft > 3000", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How many races take more than two hours at record pace?",
  "SELECT COUNT(*) FROM scottish_hill_races WHERE record_time_min > 120",
  ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How high do the races climb on average?",
  "SELECT AVG(climb_ft) FROM scottish_hill_races", ["aggregate"])
E(D, "measure_words", "medium", "Which races are shorter than 3 miles?",
  "SELECT race FROM scottish_hill_races WHERE distance_mi < 3", ["filter_cmp"])
E(D, "short_forms", "easy", "What is the dist of Goatfell?",
  "SELECT distance_mi FROM scottish_hill_races WHERE race = 'Goatfell'", ["filter_eq"])
E(D, "values", "easy", "What is the record for Knock Hill?",
  "SELECT record_time_min FROM scottish_hill_races WHERE race = 'Knock Hill'", ["filter_eq"])
E(D, "values", "medium", "Which races have 'Ben' in their name?",
  "SELECT race FROM scottish_hill_races WHERE race LIKE '%Ben%'", ["like"])
E(D, "values", "easy", "Show the distance and climb of Cairngorm.",
  "SELECT distance_mi, climb_ft FROM scottish_hill_races WHERE race = 'Cairngorm'",
  ["filter_eq"])
E(D, "comparatives", "medium", "Which races are at most 3 miles long?",
  "SELECT race FROM scottish_hill_races WHERE distance_mi <= 3", ["filter_cmp"])
E(D, "comparatives", "medium", "How many races have a record of under 20 minutes?",
  "SELECT COUNT(*) FROM scottish_hill_races WHERE record_time_min < 20", ["count", "filter_cmp"])
E(D, "superlative_rows", "medium", "Which race has the biggest climb, and how much is it?",
  "SELECT race, climb_ft FROM scottish_hill_races ORDER BY climb_ft DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which race has the fastest record time?",
  "SELECT race, record_time_min FROM scottish_hill_races ORDER BY record_time_min ASC LIMIT 1",
  ["top_n", "superlative"])
E(D, "arithmetic_periods", "hard",
  "What average speed in miles per hour does the Ben Nevis record correspond to?",
  "SELECT distance_mi / (record_time_min / 60.0) FROM scottish_hill_races "
  "WHERE race = 'Ben Nevis'", ["arithmetic", "filter_eq"])
E(D, "arithmetic_periods", "medium", "What is the range of race distances?",
  "SELECT MAX(distance_mi) - MIN(distance_mi) FROM scottish_hill_races",
  ["aggregate", "arithmetic"])
SCATTER(D, "medium", "Plot record time against distance.",
        "SELECT record_time_min, distance_mi FROM scottish_hill_races")
SCATTER(D, "medium", "Show climb vs distance as a scatter chart.",
        "SELECT climb_ft, distance_mi FROM scottish_hill_races")
E(D, "counting_listing", "easy", "List all the races.",
  "SELECT race FROM scottish_hill_races", ["list"])
E(D, "context_words", "medium", "All races combined, how many miles is that?",
  "SELECT SUM(distance_mi) FROM scottish_hill_races", ["aggregate"])

E(D, "counting_listing", "easy", "How many rows are in the hill race table?",
  "SELECT COUNT(*) FROM scottish_hill_races", ["count"])
E(D, "context_words", "medium", "What is the fastest time ever run at Bens of Jura?",
  "SELECT record_time_min FROM scottish_hill_races WHERE race = 'Bens of Jura'", ["filter_eq"])

# --------------------------------------------------------------------------- water_hardness
D = "water_hardness"
W = "water_hardness"
MORT = '"Annual Mortality per 100000"'
CA = '"Calcium ppm"'
E(D, "plain", "easy", "What is the average Calcium ppm?",
  "SELECT AVG(%s) FROM %s" % (CA, W), ["aggregate"])
E(D, "plain", "easy", "List the towns in the South with a Calcium ppm above 100.",
  "SELECT Town FROM %s WHERE Location = 'South' AND %s > 100" % (W, CA),
  ["filter_cmp", "multi_filter"])
E(D, "row_nouns", "easy", "How many places are listed?",
  "SELECT COUNT(*) FROM %s" % W, ["count"])
E(D, "row_nouns", "medium", "How many cities have a mortality above 1700?",
  "SELECT COUNT(*) FROM %s WHERE %s > 1700" % (W, MORT), ["count", "filter_cmp"])
E(D, "measure_words", "hard", "Which town has the hardest water?",
  "SELECT Town, %s FROM %s ORDER BY %s DESC LIMIT 1" % (CA, W, CA), ["top_n", "superlative"])
E(D, "measure_words", "medium", "How many towns have water softer than 10 ppm?",
  "SELECT COUNT(*) FROM %s WHERE %s < 10" % (W, CA), ["count", "filter_cmp"])
E(D, "measure_words", "medium", "Where is the death rate highest?",
  "SELECT Town, %s FROM %s ORDER BY %s DESC LIMIT 1" % (MORT, W, MORT), ["top_n", "superlative"])
E(D, "short_forms", "medium", "What is the average calcium in the south?",
  "SELECT AVG(%s) FROM %s WHERE Location = 'South'" % (CA, W), ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "What is the mean mortality of the northern towns?",
  "SELECT AVG(%s) FROM %s WHERE Location = 'North'" % (MORT, W),
  ["aggregate", "filter_eq", "value_synonym"])
E(D, "values", "easy", "What is the mortality in Sheffield?",
  "SELECT %s FROM %s WHERE Town = 'Sheffield'" % (MORT, W), ["filter_eq"])
E(D, "values", "easy", "Is York in the North or the South?",
  "SELECT Location FROM %s WHERE Town = 'York'" % W, ["filter_eq"])
E(D, "values", "medium", "Which towns have 'West' in their name?",
  "SELECT Town FROM %s WHERE Town LIKE '%%West%%'" % W, ["like"])
E(D, "comparatives", "medium", "How many towns have at least 50 ppm of calcium in their water?",
  "SELECT COUNT(*) FROM %s WHERE %s >= 50" % (W, CA), ["count", "filter_cmp"])
E(D, "comparatives", "medium", "Which southern towns have a mortality below 1250?",
  "SELECT Town FROM %s WHERE Location = 'South' AND %s < 1250" % (W, MORT),
  ["filter_cmp", "multi_filter", "value_synonym"])
E(D, "superlative_rows", "medium", "Which town has the lowest mortality, and what is it?",
  "SELECT Town, %s FROM %s ORDER BY %s ASC LIMIT 1" % (MORT, W, MORT), ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which southern town has the highest mortality?",
  "SELECT Town, %s FROM %s WHERE Location = 'South' ORDER BY %s DESC LIMIT 1" % (MORT, W, MORT),
  ["top_n", "superlative", "value_synonym"])
E(D, "arithmetic_periods", "medium",
  "What is the difference between the average mortality in the North and in the South?",
  "SELECT (SELECT AVG(%s) FROM %s WHERE Location = 'North') - "
  "(SELECT AVG(%s) FROM %s WHERE Location = 'South')" % (MORT, W, MORT, W),
  ["aggregate", "arithmetic", "subquery"])
E(D, "arithmetic_periods", "medium",
  "What is the ratio of the highest to the lowest calcium concentration?",
  "SELECT MAX(%s) * 1.0 / MIN(%s) FROM %s" % (CA, CA, W), ["aggregate", "arithmetic", "ratio"])
SCATTER(D, "medium", "Plot mortality against calcium.",
        "SELECT %s, %s FROM %s" % (MORT, CA, W))
CHART(D, "easy", "Bar chart of average mortality by location.",
      "SELECT Location, AVG(%s) FROM %s GROUP BY Location" % (MORT, W), ["group_by", "aggregate"])
E(D, "counting_listing", "easy", "List all towns in the South.",
  "SELECT Town FROM %s WHERE Location = 'South'" % W, ["list", "filter_eq"])
E(D, "context_words", "medium", "According to this data, what is the average male mortality rate?",
  "SELECT AVG(%s) FROM %s" % (MORT, W), ["aggregate"])

E(D, "counting_listing", "easy", "How many records are there for the North?",
  "SELECT COUNT(*) FROM %s WHERE Location = 'North'" % W, ["count", "filter_eq"])

# --------------------------------------------------------------------------- bundesliga
D = "bundesliga"
GOALS = "(HomeGoals + AwayGoals)"
E(D, "plain", "easy", "How many matches were played in the 1990 season?",
  "SELECT COUNT(*) FROM bundesliga WHERE Year = 1990", ["count", "filter_eq"])
E(D, "plain", "easy", "What is the average number of HomeGoals?",
  "SELECT AVG(HomeGoals) FROM bundesliga", ["aggregate"])
E(D, "plain", "easy", "How many matches did Bayern Muenchen play at home?",
  "SELECT COUNT(*) FROM bundesliga WHERE HomeTeam = 'Bayern Muenchen'", ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many games are in the data?",
  "SELECT COUNT(*) FROM bundesliga", ["count"])
E(D, "row_nouns", "medium", "How many fixtures ended 0-0?",
  "SELECT COUNT(*) FROM bundesliga WHERE HomeGoals = 0 AND AwayGoals = 0",
  ["count", "multi_filter"])
E(D, "row_nouns", "medium", "How many games did the visitors win in the 2005 season?",
  "SELECT COUNT(*) FROM bundesliga WHERE Year = 2005 AND AwayGoals > HomeGoals",
  ["count", "column_compare", "multi_filter"])
E(D, "measure_words", "medium", "How many goals were scored in total in the 2000 season?",
  "SELECT SUM(HomeGoals + AwayGoals) FROM bundesliga WHERE Year = 2000",
  ["aggregate", "arithmetic", "filter_eq"])
E(D, "measure_words", "medium", "In how many matches did the home side score more than 5 goals?",
  "SELECT COUNT(*) FROM bundesliga WHERE HomeGoals > 5", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How many home wins were there in the 1980 season?",
  "SELECT COUNT(*) FROM bundesliga WHERE Year = 1980 AND HomeGoals > AwayGoals",
  ["count", "column_compare", "multi_filter"])
E(D, "short_forms", "medium", "What is the average number of away goals per game?",
  "SELECT AVG(AwayGoals) FROM bundesliga", ["aggregate"])
E(D, "values", "medium", "How many times did Hamburger SV host Werder Bremen?",
  "SELECT COUNT(*) FROM bundesliga WHERE HomeTeam = 'Hamburger SV' AND AwayTeam = 'Werder Bremen'",
  ["count", "multi_filter"])
E(D, "values", "medium", "How many goals did Borussia Dortmund score in away games?",
  "SELECT SUM(AwayGoals) FROM bundesliga WHERE AwayTeam = 'Borussia Dortmund'",
  ["aggregate", "filter_eq"])
E(D, "values", "hard", "How many home matches did teams with 'Muenchen' in their name play?",
  "SELECT COUNT(*) FROM bundesliga WHERE HomeTeam LIKE '%Muenchen%'", ["count", "like"])
E(D, "values", "medium", "How many matches were played on 1999-05-29?",
  "SELECT COUNT(*) FROM bundesliga WHERE Date = '1999-05-29'", ["count", "date_value"])
E(D, "comparatives", "medium", "How many matches had 8 or more goals?",
  "SELECT COUNT(*) FROM bundesliga WHERE HomeGoals + AwayGoals >= 8", ["count", "filter_cmp"])
E(D, "comparatives", "hard", "Which teams played fewer than 60 home matches?",
  "SELECT HomeTeam FROM bundesliga GROUP BY HomeTeam HAVING COUNT(*) < 60",
  ["group_by", "having"])
E(D, "comparatives", "easy", "What was the date of the first match in the data?",
  "SELECT MIN(Date) FROM bundesliga", ["aggregate"])
E(D, "comparatives", "medium", "What was the last date on which a match was played?",
  "SELECT MAX(Date) FROM bundesliga", ["aggregate"])
E(D, "comparatives", "medium", "How many matches in the 2000 season or later ended in a draw?",
  "SELECT COUNT(*) FROM bundesliga WHERE Year >= 2000 AND HomeGoals = AwayGoals",
  ["count", "filter_cmp", "column_compare"])
E(D, "superlative_rows", "medium", "Which season had the most goals, and how many?",
  "SELECT Year, SUM(%s) FROM bundesliga GROUP BY Year ORDER BY SUM(%s) DESC LIMIT 1"
  % (GOALS, GOALS), ["top_n", "superlative", "group_by"])
E(D, "superlative_rows", "medium", "Which team scored the most goals at home overall?",
  "SELECT HomeTeam, SUM(HomeGoals) FROM bundesliga GROUP BY HomeTeam "
  "ORDER BY SUM(HomeGoals) DESC LIMIT 1", ["top_n", "superlative", "group_by"])
E(D, "superlative_rows", "hard", "On which date were the most goals scored?",
  "SELECT Date, SUM(%s) FROM bundesliga GROUP BY Date ORDER BY SUM(%s) DESC LIMIT 1"
  % (GOALS, GOALS), ["top_n", "superlative", "group_by"])
E(D, "arithmetic_periods", "hard", "In how many seasons were more than 1000 goals scored?",
  "SELECT COUNT(*) FROM (SELECT Year FROM bundesliga GROUP BY Year HAVING SUM(%s) > 1000)"
  % GOALS, ["count", "having", "subquery"])
E(D, "arithmetic_periods", "medium",
  "What is the difference between the average home goals and the average away goals?",
  "SELECT AVG(HomeGoals) - AVG(AwayGoals) FROM bundesliga", ["aggregate", "arithmetic"])
E(D, "arithmetic_periods", "hard",
  "In the 2000 season, how many matches were played in each calendar month?",
  "SELECT strftime('%m', Date), COUNT(*) FROM bundesliga WHERE Year = 2000 "
  "GROUP BY strftime('%m', Date)", ["group_by", "date_part", "month_of_year"])
E(D, "arithmetic_periods", "medium", "On how many different days were matches played in the 1999 season?",
  "SELECT COUNT(DISTINCT Date) FROM bundesliga WHERE Year = 1999", ["count", "distinct"])
CHART(D, "medium", "Plot the total goals per season over time.",
      "SELECT Year, SUM(%s) FROM bundesliga GROUP BY Year ORDER BY Year" % GOALS,
      ["time_series", "order", "aggregate"], order=True)
CHART(D, "medium", "Draw a chart of the average number of goals per game in each season.",
      "SELECT Year, AVG(%s) FROM bundesliga GROUP BY Year ORDER BY Year" % GOALS,
      ["time_series", "order", "aggregate"], order=True)
CHART(D, "hard", "Chart the number of home wins per season.",
      "SELECT Year, COUNT(*) FROM bundesliga WHERE HomeGoals > AwayGoals GROUP BY Year "
      "ORDER BY Year", ["time_series", "order", "count", "column_compare"], order=True)
E(D, "counting_listing", "easy", "List all teams that played in the 1963 season.",
  "SELECT DISTINCT HomeTeam FROM bundesliga WHERE Year = 1963", ["list", "distinct"])
E(D, "counting_listing", "easy", "How many records are there for the 1991 season?",
  "SELECT COUNT(*) FROM bundesliga WHERE Year = 1991", ["count", "filter_eq"])
E(D, "context_words", "medium", "Across all seasons combined, how many goals did away teams score?",
  "SELECT SUM(AwayGoals) FROM bundesliga", ["aggregate"])
E(D, "context_words", "hard",
  "How much did the total number of goals change between the 1963 season and the 2007 season?",
  "SELECT (SELECT SUM(%s) FROM bundesliga WHERE Year = 2007) - "
  "(SELECT SUM(%s) FROM bundesliga WHERE Year = 1963)" % (GOALS, GOALS),
  ["arithmetic", "change", "subquery"])
E(D, "context_words", "medium", "How many matches were played on the first matchday, all seasons together?",
  "SELECT COUNT(*) FROM bundesliga WHERE Round = 1", ["count", "filter_eq"])

E(D, "counting_listing", "easy", "How many entries are there for Hamburger SV as the away team?",
  "SELECT COUNT(*) FROM bundesliga WHERE AwayTeam = 'Hamburger SV'", ["count", "filter_eq"])
E(D, "context_words", "hard",
  "Did scoring rise or fall between the 1970 and the 1990 season? Give the change in goals per game.",
  "SELECT (SELECT AVG(%s) FROM bundesliga WHERE Year = 1990) - "
  "(SELECT AVG(%s) FROM bundesliga WHERE Year = 1970)" % (GOALS, GOALS),
  ["arithmetic", "change", "subquery"])

# --------------------------------------------------------------------------- titanic_lifeboats
D = "titanic_lifeboats"
E(D, "plain", "easy", "How many lifeboats were launched from the Port side?",
  "SELECT COUNT(*) FROM titanic_lifeboats WHERE side = 'Port'", ["count", "filter_eq"])
E(D, "plain", "easy", "What is the average cap?",
  "SELECT AVG(cap) FROM titanic_lifeboats", ["aggregate"])
E(D, "row_nouns", "easy", "How many boats are listed?",
  "SELECT COUNT(*) FROM titanic_lifeboats", ["count"])
E(D, "row_nouns", "medium", "How many vessels launched from Starboard carried more than 50 people?",
  "SELECT COUNT(*) FROM titanic_lifeboats WHERE side = 'Starboard' AND total > 50",
  ["count", "multi_filter"])
E(D, "measure_words", "medium", "How many people were rescued in the lifeboats?",
  "SELECT SUM(total) FROM titanic_lifeboats", ["aggregate"])
E(D, "measure_words", "medium", "Which boats could hold fewer than 50 people?",
  "SELECT boat FROM titanic_lifeboats WHERE cap < 50", ["filter_cmp"])
E(D, "short_forms", "easy", "What is the total capacity of all the boats?",
  "SELECT SUM(cap) FROM titanic_lifeboats", ["aggregate"])
E(D, "values", "easy", "How many women were in boat 7?",
  "SELECT women FROM titanic_lifeboats WHERE boat = '7'", ["filter_eq"])
E(D, "values", "easy", "When was boat D launched?",
  "SELECT launch FROM titanic_lifeboats WHERE boat = 'D'", ["filter_eq"])
E(D, "comparatives", "hard", "Which boats were launched after 1:30?",
  "SELECT boat FROM titanic_lifeboats WHERE launch > '1912-04-15 01:30:00'",
  ["filter_cmp", "date_value"])
E(D, "comparatives", "medium", "How many boats had no men aboard?",
  "SELECT COUNT(*) FROM titanic_lifeboats WHERE men = 0", ["count", "filter_eq", "negation"])
E(D, "comparatives", "easy", "What was the earliest launch time?",
  "SELECT MIN(launch) FROM titanic_lifeboats", ["aggregate"])
E(D, "superlative_rows", "medium", "Which boat was launched last, and how many people were aboard?",
  "SELECT boat, total FROM titanic_lifeboats ORDER BY launch DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which boat had the most crew members?",
  "SELECT boat, crew FROM titanic_lifeboats ORDER BY crew DESC LIMIT 1", ["top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "What percentage of the total capacity was used?",
  "SELECT SUM(total) * 100.0 / SUM(cap) FROM titanic_lifeboats",
  ["aggregate", "arithmetic", "percent"])
E(D, "arithmetic_periods", "medium", "How many empty seats were there altogether?",
  "SELECT SUM(cap - total) FROM titanic_lifeboats", ["aggregate", "arithmetic"])
CHART(D, "easy", "Bar chart of the number of people aboard by side.",
      "SELECT side, SUM(total) FROM titanic_lifeboats GROUP BY side", ["group_by", "aggregate"])
SCATTER(D, "medium", "Plot capacity against people aboard.",
        "SELECT cap, total FROM titanic_lifeboats")
E(D, "counting_listing", "easy", "List all the boats launched from the starboard side.",
  "SELECT boat FROM titanic_lifeboats WHERE side = 'Starboard'", ["list", "filter_eq"])
E(D, "context_words", "medium", "All boats combined, how many women got away?",
  "SELECT SUM(women) FROM titanic_lifeboats", ["aggregate"])

E(D, "counting_listing", "easy", "Show every boat with its launch time.",
  "SELECT boat, launch FROM titanic_lifeboats", ["list"])

# --------------------------------------------------------------------------- joins
# Added in a second commit (before any engine run): questions that need both tables of
# galton_heights and of pig_growth, appended so that the ids above stay as first committed.
D = "galton_heights"
FC = "children c JOIN families f ON f.family = c.family"
E(D, "values", "medium", "How tall are the children whose father is 78.5 inches tall?",
  "SELECT c.childHeight FROM %s WHERE f.father = 78.5" % FC, ["join", "filter_eq"])
E(D, "superlative_rows", "hard", "How tall is the father of the tallest child?",
  "SELECT f.father FROM %s ORDER BY c.childHeight DESC LIMIT 1" % FC,
  ["join", "top_n", "superlative"])
E(D, "comparatives", "medium", "How many children have a father shorter than 65 inches?",
  "SELECT COUNT(*) FROM %s WHERE f.father < 65" % FC, ["join", "count", "filter_cmp"])
E(D, "row_nouns", "medium", "How many daughters have a mother taller than 66 inches?",
  "SELECT COUNT(*) FROM %s WHERE c.gender = 'female' AND f.mother > 66" % FC,
  ["join", "count", "multi_filter", "value_synonym"])
E(D, "context_words", "hard",
  "How tall, on average, are the sons of fathers who are at least 6 feet tall?",
  "SELECT AVG(c.childHeight) FROM %s WHERE c.gender = 'male' AND f.father >= 72" % FC,
  ["join", "aggregate", "multi_filter", "value_synonym"])
E(D, "arithmetic_periods", "hard", "On average, how much taller are sons than their fathers?",
  "SELECT AVG(c.childHeight - f.father) FROM %s WHERE c.gender = 'male'" % FC,
  ["join", "aggregate", "arithmetic", "value_synonym"])

D = "pig_growth"
PW = "weighings w JOIN pigs p ON p.PigID = w.PigID"
E(D, "plain", "medium", "What is the average WeightKg in week 12 of pigs with a CopperDose of 175?",
  "SELECT AVG(w.WeightKg) FROM %s WHERE w.Week = 12 AND p.CopperDose = 175" % PW,
  ["join", "aggregate", "multi_filter"])
E(D, "superlative_rows", "hard", "Which vitamin E dose gave the heaviest pigs on average in week 12?",
  "SELECT p.VitaminEDose, AVG(w.WeightKg) FROM %s WHERE w.Week = 12 GROUP BY p.VitaminEDose "
  "ORDER BY AVG(w.WeightKg) DESC LIMIT 1" % PW, ["join", "group_by", "top_n", "superlative"])
CHART(D, "medium", "Bar chart of the average week-12 weight by copper dose.",
      "SELECT p.CopperDose, AVG(w.WeightKg) FROM %s WHERE w.Week = 12 GROUP BY p.CopperDose" % PW,
      ["join", "group_by", "aggregate"])
E(D, "comparatives", "medium", "How many pigs from litter 1 weighed over 100 kg in week 12?",
  "SELECT COUNT(*) FROM %s WHERE p.Litter = 1 AND w.Week = 12 AND w.WeightKg > 100" % PW,
  ["join", "count", "multi_filter", "filter_cmp"])
E(D, "values", "medium", "What did the pigs of litter 5 weigh in week 12?",
  "SELECT w.PigID, w.WeightKg FROM %s WHERE p.Litter = 5 AND w.Week = 12" % PW,
  ["join", "multi_filter"])
E(D, "counting_listing", "medium", "How many weighings are there of pigs that got no copper?",
  "SELECT COUNT(*) FROM %s WHERE p.CopperDose = 0" % PW, ["join", "count", "filter_eq"])
E(D, "context_words", "hard",
  "By week 12, how much heavier on average were the pigs on the highest copper dose than "
  "those given no copper?",
  "SELECT (SELECT AVG(w.WeightKg) FROM %s WHERE w.Week = 12 AND p.CopperDose = 175) - "
  "(SELECT AVG(w.WeightKg) FROM %s WHERE w.Week = 12 AND p.CopperDose = 0)" % (PW, PW),
  ["join", "arithmetic", "subquery"])

if __name__ == "__main__":
    S.write()
