#!/usr/bin/env python3
"""The sixteenth blind NLQ evaluation set: questions and gold SQL (SQLite) on the tables of
prepare_data.py, written from the data alone. Recomputes gold_rows with ../load.py through
../question_set.py and writes questions.jsonl and datasets.json (stdlib only).

    python3 build_questions.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)  # this set's prepare_data.py, not ../prepare_data.py
from prepare_data import DATASETS  # noqa: E402
from question_set import QuestionSet  # noqa: E402

Q = QuestionSet("f16", DATASETS, HERE)
E, CHART, SCATTER = Q.E, Q.CHART, Q.SCATTER

K = "kidney_catheter"
V = "veterans_lung_cancer"
P = "pima_diabetes"
C = "cat_hearts"
N = "country_incomes"
X = "us_personal_expenditure"
R = "paris_registrations"
T = "new_haven_temperature"

# ---------------------------------------------------------------- plain
E(K, "plain", "easy", "How many patients are in kidney_patients?",
  "SELECT COUNT(*) FROM kidney_patients", ["count"])
E(K, "plain", "easy", "What is the average time_days in catheter_infections?",
  "SELECT AVG(time_days) FROM catheter_infections", ["aggregate"])
E(K, "plain", "easy", "How many catheter_infections rows have infection equal to 1?",
  "SELECT COUNT(*) FROM catheter_infections WHERE infection = 1", ["count", "filter_eq"])
E(V, "plain", "easy", "How many rows of veteran have celltype adeno?",
  "SELECT COUNT(*) FROM veteran WHERE celltype = 'adeno'", ["count", "filter_eq"])
E(V, "plain", "easy", "What is the average age in the veteran table?",
  "SELECT AVG(age) FROM veteran", ["aggregate"])
E(P, "plain", "easy", "What is the average bmi in the pima table?",
  "SELECT AVG(bmi) FROM pima", ["aggregate"])
E(P, "plain", "easy", "How many rows have type Yes?",
  "SELECT COUNT(*) FROM pima WHERE type = 'Yes'", ["count", "filter_eq"])
E(P, "plain", "easy", "What is the average glu for each type?",
  "SELECT type, AVG(glu) FROM pima GROUP BY type", ["aggregate", "group_by"])
E(C, "plain", "easy", "What is the maximum Hwt in cats?",
  "SELECT MAX(Hwt) FROM cats", ["aggregate"])
E(C, "plain", "easy", "What is the average Bwt by Sex?",
  "SELECT Sex, AVG(Bwt) FROM cats GROUP BY Sex", ["aggregate", "group_by"])
E(N, "plain", "easy", "What is the average income by region?",
  "SELECT region, AVG(income) FROM nations GROUP BY region", ["aggregate", "group_by"])
E(N, "plain", "easy", "What is the maximum infant in the nations table?",
  "SELECT MAX(infant) FROM nations", ["aggregate"])
E(X, "plain", "easy", "What is the total billions_usd in 1960?",
  "SELECT SUM(billions_usd) FROM personal_expenditure WHERE year = 1960", ["aggregate", "filter_eq"])
E(X, "plain", "easy", "Show billions_usd by category for 1950.",
  "SELECT category, billions_usd FROM personal_expenditure WHERE year = 1950", ["filter_eq"])
E(R, "plain", "easy", "What is the total count for Year 1830?",
  "SELECT SUM(count) FROM paris_monthly_registrations WHERE Year = 1830", ["aggregate", "filter_eq"])
E(R, "plain", "easy", "What is the maximum count?",
  "SELECT MAX(count) FROM paris_monthly_registrations", ["aggregate"])
E(T, "plain", "easy", "What is the average avg_temp_F?",
  "SELECT AVG(avg_temp_F) FROM new_haven_temps", ["aggregate"])
E(T, "plain", "easy", "What was avg_temp_F in 1950?",
  "SELECT avg_temp_F FROM new_haven_temps WHERE year = 1950", ["filter_eq"])

# ---------------------------------------------------------------- row_nouns
E(K, "row_nouns", "easy", "How many catheter insertions were recorded in total?",
  "SELECT COUNT(*) FROM catheter_infections", ["count"])
E(K, "row_nouns", "easy", "How many people are in the kidney patients data?",
  "SELECT COUNT(*) FROM kidney_patients", ["count"])
E(V, "row_nouns", "easy", "How many veterans were enrolled in the trial?",
  "SELECT COUNT(*) FROM veteran", ["count"])
E(V, "row_nouns", "medium", "How many men in the study had prior therapy (prior = 10)?",
  "SELECT COUNT(*) FROM veteran WHERE prior = 10", ["count", "filter_eq"])
E(V, "row_nouns", "easy", "How many subjects with celltype squamous are in the dataset?",
  "SELECT COUNT(*) FROM veteran WHERE celltype = 'squamous'", ["count", "filter_eq"])
E(P, "row_nouns", "easy", "How many women in the dataset have type Yes?",
  "SELECT COUNT(*) FROM pima WHERE type = 'Yes'", ["count", "filter_eq"])
E(P, "row_nouns", "easy", "How many participants are older than 50?",
  "SELECT COUNT(*) FROM pima WHERE age > 50", ["count", "filter_cmp"])
E(P, "row_nouns", "easy", "How many subjects have npreg of 0?",
  "SELECT COUNT(*) FROM pima WHERE npreg = 0", ["count", "filter_eq"])
E(C, "row_nouns", "easy", "How many animals are in the data altogether?",
  "SELECT COUNT(*) FROM cats", ["count"])
E(C, "row_nouns", "easy", "How many of the specimens are male (Sex M)?",
  "SELECT COUNT(*) FROM cats WHERE Sex = 'M'", ["count", "filter_eq"])
E(N, "row_nouns", "easy", "How many countries are in the data?",
  "SELECT COUNT(*) FROM nations", ["count"])
E(N, "row_nouns", "medium", "How many oil exporters are there?",
  "SELECT COUNT(*) FROM nations WHERE oil = 'yes'", ["count", "filter_eq"])
E(X, "row_nouns", "easy", "How many entries are there for Medical and Health?",
  "SELECT COUNT(*) FROM personal_expenditure WHERE category = 'Medical and Health'",
  ["count", "filter_eq"])
E(X, "row_nouns", "easy", "How many observations does the expenditure table hold in total?",
  "SELECT COUNT(*) FROM personal_expenditure", ["count"])
E(R, "row_nouns", "easy", "How many months of records are there?",
  "SELECT COUNT(*) FROM paris_monthly_registrations", ["count"])
E(R, "row_nouns", "medium", "How many monthly entries have a count over 4000?",
  "SELECT COUNT(*) FROM paris_monthly_registrations WHERE count > 4000", ["count", "filter_cmp"])
E(T, "row_nouns", "easy", "How many yearly readings are in the data?",
  "SELECT COUNT(*) FROM new_haven_temps", ["count"])
E(T, "row_nouns", "easy", "How many annual observations have avg_temp_F below 50?",
  "SELECT COUNT(*) FROM new_haven_temps WHERE avg_temp_F < 50", ["count", "filter_cmp"])

# ---------------------------------------------------------------- measure_words
E(C, "measure_words", "easy", "How many cats weigh more than 3 kilograms?",
  "SELECT COUNT(*) FROM cats WHERE Bwt > 3", ["count", "filter_cmp"])
E(C, "measure_words", "medium", "How many grams does the heart of a male cat weigh on average?",
  "SELECT AVG(Hwt) FROM cats WHERE Sex = 'M'", ["aggregate", "filter_eq"])
E(C, "measure_words", "medium", "How heavy is the heaviest heart, in grams?",
  "SELECT MAX(Hwt) FROM cats", ["aggregate"])
E(P, "measure_words", "easy", "How old is the oldest woman?",
  "SELECT MAX(age) FROM pima", ["aggregate"])
E(P, "measure_words", "medium", "How many women have a skin fold thicker than 40 mm?",
  "SELECT COUNT(*) FROM pima WHERE skin > 40", ["count", "filter_cmp"])
E(V, "measure_words", "medium", "How long, in days, did the patients with celltype large survive on average?",
  "SELECT AVG(time) FROM veteran WHERE celltype = 'large'", ["aggregate", "filter_eq"])
E(V, "measure_words", "easy", "How old was the youngest veteran?",
  "SELECT MIN(age) FROM veteran", ["aggregate"])
E(V, "measure_words", "medium", "How many veterans survived longer than 365 days?",
  "SELECT COUNT(*) FROM veteran WHERE time > 365", ["count", "filter_cmp"])
E(N, "measure_words", "medium", "How many countries earn more than 2000 dollars per person?",
  "SELECT COUNT(*) FROM nations WHERE income > 2000", ["count", "filter_cmp"])
E(N, "measure_words", "medium", "On average, how many infants die per 1000 births in Asia?",
  "SELECT AVG(infant) FROM nations WHERE region = 'Asia'", ["aggregate", "filter_eq"])
E(N, "measure_words", "medium", "How poor is the poorest country, in dollars?",
  "SELECT MIN(income) FROM nations", ["aggregate"])
E(X, "measure_words", "easy", "How much was spent on Personal Care in 1955, in billions of dollars?",
  "SELECT billions_usd FROM personal_expenditure WHERE category = 'Personal Care' AND year = 1955",
  ["filter_eq", "multi_filter"])
E(X, "measure_words", "medium", "How many billion dollars went to Private Education over all the years together?",
  "SELECT SUM(billions_usd) FROM personal_expenditure WHERE category = 'Private Education'",
  ["aggregate", "filter_eq"])
E(R, "measure_words", "medium", "How many women were registered in Paris in 1850?",
  "SELECT SUM(count) FROM paris_monthly_registrations WHERE Year = 1850", ["aggregate", "filter_eq"])
E(R, "measure_words", "medium", "What is the largest number of registrations in a single month?",
  "SELECT MAX(count) FROM paris_monthly_registrations", ["aggregate"])
E(T, "measure_words", "easy", "How warm was it in New Haven in 1930, in degrees Fahrenheit?",
  "SELECT avg_temp_F FROM new_haven_temps WHERE year = 1930", ["filter_eq"])
E(T, "measure_words", "medium", "How many years were warmer than 53 degrees?",
  "SELECT COUNT(*) FROM new_haven_temps WHERE avg_temp_F > 53", ["count", "filter_cmp"])
E(K, "measure_words", "easy", "How old was the oldest patient at a catheter insertion?",
  "SELECT MAX(age) FROM catheter_infections", ["aggregate"])

# ---------------------------------------------------------------- short_forms
E(P, "short_forms", "medium", "What is the average glucose of the women with type Yes?",
  "SELECT AVG(glu) FROM pima WHERE type = 'Yes'", ["aggregate", "filter_eq"])
E(P, "short_forms", "easy", "What is the average diastolic blood pressure?",
  "SELECT AVG(bp) FROM pima", ["aggregate"])
E(P, "short_forms", "medium", "What is the mean body mass index of the women over 40?",
  "SELECT AVG(bmi) FROM pima WHERE age > 40", ["aggregate", "filter_cmp"])
E(P, "short_forms", "medium", "What is the highest diabetes pedigree function value?",
  "SELECT MAX(ped) FROM pima", ["aggregate"])
E(P, "short_forms", "easy", "What is the average number of pregnancies?",
  "SELECT AVG(npreg) FROM pima", ["aggregate"])
E(P, "short_forms", "medium", "What is the average triceps skin fold thickness?",
  "SELECT AVG(skin) FROM pima", ["aggregate"])
E(V, "short_forms", "easy", "What is the average Karnofsky score?",
  "SELECT AVG(karno) FROM veteran", ["aggregate"])
E(V, "short_forms", "medium", "What is the average diagnosis time in months?",
  "SELECT AVG(diagtime) FROM veteran", ["aggregate"])
E(V, "short_forms", "medium", "How many patients had treatment 2?",
  "SELECT COUNT(*) FROM veteran WHERE trt = 2", ["count", "filter_eq"])
E(V, "short_forms", "medium", "What is the average Karnofsky performance score for each cell type?",
  "SELECT celltype, AVG(karno) FROM veteran GROUP BY celltype", ["aggregate", "group_by"])
E(C, "short_forms", "easy", "What is the average body weight of the cats with Sex F?",
  "SELECT AVG(Bwt) FROM cats WHERE Sex = 'F'", ["aggregate", "filter_eq"])
E(C, "short_forms", "easy", "What is the average heart weight?",
  "SELECT AVG(Hwt) FROM cats", ["aggregate"])
E(C, "short_forms", "medium", "What is the largest body wt among Sex F?",
  "SELECT MAX(Bwt) FROM cats WHERE Sex = 'F'", ["aggregate", "filter_eq"])
E(N, "short_forms", "medium", "What is the average infant mortality of the countries with oil yes?",
  "SELECT AVG(infant) FROM nations WHERE oil = 'yes'", ["aggregate", "filter_eq"])
E(K, "short_forms", "medium", "What is the mean time in days for recurrence 2?",
  "SELECT AVG(time_days) FROM catheter_infections WHERE recurrence = 2", ["aggregate", "filter_eq"])
E(T, "short_forms", "medium", "What was the average temp from 1960 to 1969?",
  "SELECT AVG(avg_temp_F) FROM new_haven_temps WHERE year BETWEEN 1960 AND 1969",
  ["aggregate", "between"])
E(X, "short_forms", "easy", "What was the total spending in billions of USD in 1945?",
  "SELECT SUM(billions_usd) FROM personal_expenditure WHERE year = 1945", ["aggregate", "filter_eq"])
E(R, "short_forms", "medium", "What was the count for Jan 1840?",
  "SELECT count FROM paris_monthly_registrations WHERE date = '1840-01-01'", ["filter_eq", "date_value"])

# ---------------------------------------------------------------- values
E(N, "values", "easy", "What is the income of Saudi Arabia?",
  "SELECT income FROM nations WHERE country = 'Saudi Arabia'", ["filter_eq"])
E(N, "values", "easy", "What is the infant mortality in Trinidad and Tobago?",
  "SELECT infant FROM nations WHERE country = 'Trinidad and Tobago'", ["filter_eq"])
E(N, "values", "easy", "Which region is Papua New Guinea in?",
  "SELECT region FROM nations WHERE country = 'Papua New Guinea'", ["filter_eq"])
E(N, "values", "easy", "What is the income of the United States?",
  "SELECT income FROM nations WHERE country = 'United States'", ["filter_eq"])
E(N, "values", "medium", "How many countries in the Americas are oil exporters?",
  "SELECT COUNT(*) FROM nations WHERE region = 'Americas' AND oil = 'yes'",
  ["count", "filter_eq", "multi_filter", "value_synonym"])
E(N, "values", "medium", "What is the income of the country with 'Korea' in its name?",
  "SELECT income FROM nations WHERE country LIKE '%Korea%'", ["filter_eq", "like"])
E(X, "values", "easy", "What was spent on Household Operation in 1960?",
  "SELECT billions_usd FROM personal_expenditure WHERE category = 'Household Operation' AND year = 1960",
  ["filter_eq", "multi_filter"])
E(X, "values", "medium", "How much was spent on food and tobacco in 1940?",
  "SELECT billions_usd FROM personal_expenditure WHERE category = 'Food and Tobacco' AND year = 1940",
  ["filter_eq", "multi_filter"])
E(X, "values", "easy", "What was the average yearly spending on Private Education?",
  "SELECT AVG(billions_usd) FROM personal_expenditure WHERE category = 'Private Education'",
  ["aggregate", "filter_eq"])
E(K, "values", "easy", "How many patients have GN?",
  "SELECT COUNT(*) FROM kidney_patients WHERE disease = 'GN'", ["count", "filter_eq"])
E(K, "values", "medium", "How many patients have PKD?",
  "SELECT COUNT(*) FROM kidney_patients WHERE disease = 'PKD'", ["count", "filter_eq"])
E(K, "values", "medium", "How many female patients have the disease AN?",
  "SELECT COUNT(*) FROM kidney_patients WHERE sex = 'female' AND disease = 'AN'",
  ["count", "filter_eq", "multi_filter"])
E(V, "values", "medium", "How many patients had small cell tumours?",
  "SELECT COUNT(*) FROM veteran WHERE celltype = 'smallcell'", ["count", "filter_eq", "value_synonym"])
E(V, "values", "easy", "What is the average survival time for adeno patients?",
  "SELECT AVG(time) FROM veteran WHERE celltype = 'adeno'", ["aggregate", "filter_eq"])
E(P, "values", "medium", "How many women without diabetes are over 30?",
  "SELECT COUNT(*) FROM pima WHERE type = 'No' AND age > 30",
  ["count", "filter_eq", "filter_cmp", "multi_filter", "value_synonym"])
E(C, "values", "medium", "What is the average heart weight of the females?",
  "SELECT AVG(Hwt) FROM cats WHERE Sex = 'F'", ["aggregate", "filter_eq", "value_synonym"])
E(R, "values", "medium", "What was the count in March 1848?",
  "SELECT count FROM paris_monthly_registrations WHERE date = '1848-03-01'", ["filter_eq", "date_value"])
E(R, "values", "medium", "What is the total count for Dec over all years?",
  "SELECT SUM(count) FROM paris_monthly_registrations WHERE month = 'Dec'", ["aggregate", "filter_eq"])

# ---------------------------------------------------------------- comparatives
E(N, "comparatives", "easy", "How many countries have an income of at least 1000?",
  "SELECT COUNT(*) FROM nations WHERE income >= 1000", ["count", "filter_cmp"])
E(N, "comparatives", "easy", "How many countries have an infant mortality below 20?",
  "SELECT COUNT(*) FROM nations WHERE infant < 20", ["count", "filter_cmp"])
E(N, "comparatives", "medium", "How many countries have an income between 500 and 1000?",
  "SELECT COUNT(*) FROM nations WHERE income BETWEEN 500 AND 1000", ["count", "between"])
E(N, "comparatives", "medium", "Excluding countries without an infant mortality figure, how many African countries are there?",
  "SELECT COUNT(*) FROM nations WHERE region = 'Africa' AND infant IS NOT NULL",
  ["count", "filter_eq", "null_check"])
E(N, "comparatives", "medium", "Which regions have more than 25 countries?",
  "SELECT region FROM nations GROUP BY region HAVING COUNT(*) > 25", ["group_by", "having"])
E(K, "comparatives", "hard", "How many patients never had an infection?",
  "SELECT COUNT(*) FROM kidney_patients WHERE patient_id NOT IN "
  "(SELECT patient_id FROM catheter_infections WHERE infection = 1)",
  ["count", "anti_join", "negation", "subquery"])
E(K, "comparatives", "easy", "How many catheter records have a time of 100 days or more?",
  "SELECT COUNT(*) FROM catheter_infections WHERE time_days >= 100", ["count", "filter_cmp"])
E(K, "comparatives", "easy", "How many insertions were in patients aged 60 or older?",
  "SELECT COUNT(*) FROM catheter_infections WHERE age >= 60", ["count", "filter_cmp"])
E(V, "comparatives", "easy", "How many veterans had a Karnofsky score of at most 30?",
  "SELECT COUNT(*) FROM veteran WHERE karno <= 30", ["count", "filter_cmp"])
E(V, "comparatives", "medium", "How many patients older than 65 had trt 1?",
  "SELECT COUNT(*) FROM veteran WHERE age > 65 AND trt = 1", ["count", "filter_cmp", "multi_filter"])
E(V, "comparatives", "hard", "How many cell types have fewer than 30 patients?",
  "SELECT COUNT(*) FROM (SELECT celltype FROM veteran GROUP BY celltype HAVING COUNT(*) < 30)",
  ["count", "group_by", "having", "subquery"])
E(P, "comparatives", "easy", "How many women have a glucose of 150 or more?",
  "SELECT COUNT(*) FROM pima WHERE glu >= 150", ["count", "filter_cmp"])
E(P, "comparatives", "easy", "How many women have no more than 2 pregnancies?",
  "SELECT COUNT(*) FROM pima WHERE npreg <= 2", ["count", "filter_cmp"])
E(C, "comparatives", "easy", "How many cats have Hwt over 15?",
  "SELECT COUNT(*) FROM cats WHERE Hwt > 15", ["count", "filter_cmp"])
E(R, "comparatives", "medium", "What is the first month with more than 4000 registrations?",
  "SELECT MIN(date) FROM paris_monthly_registrations WHERE count > 4000", ["aggregate", "filter_cmp"])
E(R, "comparatives", "medium", "When was the last month with fewer than 2000 registrations?",
  "SELECT MAX(date) FROM paris_monthly_registrations WHERE count < 2000", ["aggregate", "filter_cmp"])
E(T, "comparatives", "medium", "How many years from 1950 onwards had avg_temp_F below 51?",
  "SELECT COUNT(*) FROM new_haven_temps WHERE year >= 1950 AND avg_temp_F < 51",
  ["count", "filter_cmp", "multi_filter"])
E(X, "comparatives", "medium", "Which categories had more than 50 billion dollars in 1960?",
  "SELECT category FROM personal_expenditure WHERE year = 1960 AND billions_usd > 50",
  ["filter_cmp", "multi_filter"])

# ---------------------------------------------------------------- superlative_rows
E(N, "superlative_rows", "easy", "Which country has the highest income?",
  "SELECT country, income FROM nations ORDER BY income DESC LIMIT 1", ["top_n", "superlative"])
E(N, "superlative_rows", "medium", "Which country has the lowest infant mortality?",
  "SELECT country, infant FROM nations WHERE infant IS NOT NULL ORDER BY infant ASC LIMIT 1",
  ["top_n", "superlative"])
E(N, "superlative_rows", "medium", "Which African country has the highest income?",
  "SELECT country, income FROM nations WHERE region = 'Africa' ORDER BY income DESC LIMIT 1",
  ["top_n", "superlative", "filter_eq"])
E(N, "superlative_rows", "medium", "Which region has the highest average infant mortality?",
  "SELECT region, AVG(infant) FROM nations GROUP BY region ORDER BY AVG(infant) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(K, "superlative_rows", "medium", "Which patient had the longest catheter time?",
  "SELECT patient_id, time_days FROM catheter_infections ORDER BY time_days DESC LIMIT 1",
  ["top_n", "superlative"])
E(K, "superlative_rows", "medium", "Which disease has the most patients?",
  "SELECT disease, COUNT(*) FROM kidney_patients GROUP BY disease ORDER BY COUNT(*) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(V, "superlative_rows", "medium", "Which cell type has the longest average survival?",
  "SELECT celltype, AVG(time) FROM veteran GROUP BY celltype ORDER BY AVG(time) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(V, "superlative_rows", "medium", "Which cell type has the lowest average Karnofsky score?",
  "SELECT celltype, AVG(karno) FROM veteran GROUP BY celltype ORDER BY AVG(karno) ASC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(P, "superlative_rows", "medium", "How old is the woman with the highest BMI?",
  "SELECT age, bmi FROM pima ORDER BY bmi DESC LIMIT 1", ["top_n", "superlative"])
E(P, "superlative_rows", "medium", "How many pregnancies did the woman with the highest pedigree value have?",
  "SELECT npreg, ped FROM pima ORDER BY ped DESC LIMIT 1", ["top_n", "superlative"])
E(C, "superlative_rows", "easy", "Which cat has the heaviest heart?",
  "SELECT cat_id, Hwt FROM cats ORDER BY Hwt DESC LIMIT 1", ["top_n", "superlative"])
E(C, "superlative_rows", "medium", "Which sex has the higher average heart weight?",
  "SELECT Sex, AVG(Hwt) FROM cats GROUP BY Sex ORDER BY AVG(Hwt) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(X, "superlative_rows", "easy", "Which category had the highest spending in 1960?",
  "SELECT category, billions_usd FROM personal_expenditure WHERE year = 1960 "
  "ORDER BY billions_usd DESC LIMIT 1", ["top_n", "superlative", "filter_eq"])
E(X, "superlative_rows", "easy", "Which category had the lowest spending in 1940?",
  "SELECT category, billions_usd FROM personal_expenditure WHERE year = 1940 "
  "ORDER BY billions_usd ASC LIMIT 1", ["top_n", "superlative", "filter_eq"])
E(R, "superlative_rows", "medium", "In which month were registrations highest?",
  "SELECT date, count FROM paris_monthly_registrations ORDER BY count DESC LIMIT 1",
  ["top_n", "superlative"])
E(R, "superlative_rows", "medium", "Which year had the most registrations in total?",
  "SELECT Year, SUM(count) FROM paris_monthly_registrations GROUP BY Year ORDER BY SUM(count) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(T, "superlative_rows", "easy", "Which year was the warmest?",
  "SELECT year, avg_temp_F FROM new_haven_temps ORDER BY avg_temp_F DESC LIMIT 1",
  ["top_n", "superlative"])
E(T, "superlative_rows", "easy", "Which year was the coldest?",
  "SELECT year, avg_temp_F FROM new_haven_temps ORDER BY avg_temp_F ASC LIMIT 1",
  ["top_n", "superlative"])

# ---------------------------------------------------------------- arithmetic_periods
E(T, "arithmetic_periods", "medium", "What is the difference between the warmest and the coldest year's temperature?",
  "SELECT MAX(avg_temp_F) - MIN(avg_temp_F) FROM new_haven_temps", ["arithmetic", "aggregate"])
E(T, "arithmetic_periods", "medium", "What is the range of temperatures from 1920 to 1929?",
  "SELECT MAX(avg_temp_F) - MIN(avg_temp_F) FROM new_haven_temps WHERE year BETWEEN 1920 AND 1929",
  ["arithmetic", "aggregate", "between"])
E(T, "arithmetic_periods", "easy", "In how many years was the temperature above 52 degrees?",
  "SELECT COUNT(DISTINCT year) FROM new_haven_temps WHERE avg_temp_F > 52",
  ["count", "distinct", "filter_cmp"])
E(R, "arithmetic_periods", "medium", "In how many years was there a month with more than 4000 registrations?",
  "SELECT COUNT(DISTINCT Year) FROM paris_monthly_registrations WHERE count > 4000",
  ["count", "distinct", "filter_cmp"])
E(R, "arithmetic_periods", "hard", "What is the average count for each month, across all years?",
  "SELECT strftime('%m', date) AS m, AVG(count) FROM paris_monthly_registrations GROUP BY m",
  ["aggregate", "group_by", "date_part", "month_of_year"])
E(R, "arithmetic_periods", "medium", "In how many months of 1830 were more than 3000 women registered?",
  "SELECT COUNT(DISTINCT strftime('%m', date)) FROM paris_monthly_registrations "
  "WHERE Year = 1830 AND count > 3000", ["count", "distinct", "date_part", "multi_filter"])
E(R, "arithmetic_periods", "medium", "What is the ratio of the total count in 1850 to the total count in 1820?",
  "SELECT (SELECT SUM(count) FROM paris_monthly_registrations WHERE Year = 1850) * 1.0 / "
  "(SELECT SUM(count) FROM paris_monthly_registrations WHERE Year = 1820)",
  ["arithmetic", "ratio", "subquery"])
E(R, "arithmetic_periods", "medium", "What is the difference between the highest and lowest monthly count in 1840?",
  "SELECT MAX(count) - MIN(count) FROM paris_monthly_registrations WHERE Year = 1840",
  ["arithmetic", "aggregate", "filter_eq"])
E(X, "arithmetic_periods", "hard", "What is the ratio of Food and Tobacco spending to Medical and Health spending in 1960?",
  "SELECT (SELECT billions_usd FROM personal_expenditure WHERE category = 'Food and Tobacco' AND year = 1960) / "
  "(SELECT billions_usd FROM personal_expenditure WHERE category = 'Medical and Health' AND year = 1960)",
  ["arithmetic", "ratio", "subquery"])
E(X, "arithmetic_periods", "medium", "What is the difference between the highest and lowest category spending in 1950?",
  "SELECT MAX(billions_usd) - MIN(billions_usd) FROM personal_expenditure WHERE year = 1950",
  ["arithmetic", "aggregate", "filter_eq"])
E(X, "arithmetic_periods", "hard", "What share of the 1960 spending went to Medical and Health, as a percentage?",
  "SELECT 100.0 * SUM(CASE WHEN category = 'Medical and Health' THEN billions_usd ELSE 0 END) / "
  "SUM(billions_usd) FROM personal_expenditure WHERE year = 1960", ["arithmetic", "percent"])
E(N, "arithmetic_periods", "hard", "What is the ratio of the average income in Europe to the average income in Africa?",
  "SELECT (SELECT AVG(income) FROM nations WHERE region = 'Europe') / "
  "(SELECT AVG(income) FROM nations WHERE region = 'Africa')", ["arithmetic", "ratio", "subquery"])
E(N, "arithmetic_periods", "medium", "What is the range of incomes in the Americas?",
  "SELECT MAX(income) - MIN(income) FROM nations WHERE region = 'Americas'",
  ["arithmetic", "aggregate", "filter_eq"])
E(C, "arithmetic_periods", "medium", "What is the ratio of the average Hwt to the average Bwt?",
  "SELECT AVG(Hwt) / AVG(Bwt) FROM cats", ["arithmetic", "ratio"])
E(C, "arithmetic_periods", "medium", "What is the difference between the largest and smallest Bwt among the males?",
  "SELECT MAX(Bwt) - MIN(Bwt) FROM cats WHERE Sex = 'M'", ["arithmetic", "aggregate", "filter_eq"])
E(V, "arithmetic_periods", "medium", "What is the difference between the longest and shortest survival time?",
  "SELECT MAX(time) - MIN(time) FROM veteran", ["arithmetic", "aggregate"])
E(K, "arithmetic_periods", "easy", "What is the range of ages at insertion?",
  "SELECT MAX(age) - MIN(age) FROM catheter_infections", ["arithmetic", "aggregate"])
E(P, "arithmetic_periods", "hard", "What is the difference in average glucose between women with type Yes and women with type No?",
  "SELECT (SELECT AVG(glu) FROM pima WHERE type = 'Yes') - (SELECT AVG(glu) FROM pima WHERE type = 'No')",
  ["arithmetic", "subquery"])

# ---------------------------------------------------------------- charts
CHART(T, "easy", "Plot the average temperature over the years.",
      "SELECT year, avg_temp_F FROM new_haven_temps ORDER BY year", ["time_series", "order"], order=True)
CHART(T, "medium", "Chart avg_temp_F over time from 1950 on.",
      "SELECT year, avg_temp_F FROM new_haven_temps WHERE year >= 1950 ORDER BY year",
      ["time_series", "order", "filter_cmp"], order=True)
CHART(R, "medium", "Plot the yearly total count over time.",
      "SELECT Year, SUM(count) FROM paris_monthly_registrations GROUP BY Year ORDER BY Year",
      ["time_series", "order", "group_by"], order=True)
CHART(R, "medium", "Chart the monthly count in 1848.",
      "SELECT date, count FROM paris_monthly_registrations WHERE Year = 1848 ORDER BY date",
      ["time_series", "order", "filter_eq"], order=True)
CHART(R, "hard", "Draw a bar chart of the average count for each calendar month.",
      "SELECT strftime('%m', date) AS m, AVG(count) FROM paris_monthly_registrations GROUP BY m",
      ["group_by", "date_part", "month_of_year"])
CHART(X, "medium", "Plot Food and Tobacco spending over the years.",
      "SELECT year, billions_usd FROM personal_expenditure WHERE category = 'Food and Tobacco' ORDER BY year",
      ["time_series", "order", "filter_eq"], order=True)
CHART(X, "easy", "Bar chart of spending by category in 1960.",
      "SELECT category, billions_usd FROM personal_expenditure WHERE year = 1960", ["filter_eq"])
SCATTER(N, "medium", "Plot income against infant mortality.",
        "SELECT income, infant FROM nations WHERE infant IS NOT NULL")
CHART(N, "easy", "Bar chart of the number of countries per region.",
      "SELECT region, COUNT(*) FROM nations GROUP BY region", ["count", "group_by"])
SCATTER(C, "easy", "Scatter Hwt vs Bwt.",
        "SELECT Hwt, Bwt FROM cats")
SCATTER(C, "medium", "Plot body weight against heart weight for the cats with Sex F.",
        "SELECT Bwt, Hwt FROM cats WHERE Sex = 'F'", ["filter_eq"])
SCATTER(P, "medium", "Show the relationship between glucose and BMI.",
        "SELECT glu, bmi FROM pima")
CHART(P, "medium", "Chart the number of women by number of pregnancies.",
      "SELECT npreg, COUNT(*) FROM pima GROUP BY npreg", ["count", "group_by"])
SCATTER(P, "medium", "Visualize age versus npreg.",
        "SELECT age, npreg FROM pima")
CHART(V, "medium", "Bar chart of the average survival time by cell type.",
      "SELECT celltype, AVG(time) FROM veteran GROUP BY celltype", ["aggregate", "group_by"])
SCATTER(V, "medium", "Plot Karnofsky score against survival time.",
        "SELECT karno, time FROM veteran")
CHART(K, "easy", "Chart the number of patients per disease.",
      "SELECT disease, COUNT(*) FROM kidney_patients GROUP BY disease", ["count", "group_by"])
SCATTER(K, "medium", "Plot age vs time_days for the catheter records.",
        "SELECT age, time_days FROM catheter_infections")

# ---------------------------------------------------------------- counting_listing
E(N, "counting_listing", "easy", "List every country in Europe.",
  "SELECT country FROM nations WHERE region = 'Europe'", ["list", "filter_eq"])
E(N, "counting_listing", "easy", "How many records are there for Asia?",
  "SELECT COUNT(*) FROM nations WHERE region = 'Asia'", ["count", "filter_eq"])
E(N, "counting_listing", "medium", "Show all the countries with oil yes, with their incomes.",
  "SELECT country, income FROM nations WHERE oil = 'yes'", ["list", "filter_eq"])
E(N, "counting_listing", "medium", "List the countries that have no infant mortality value.",
  "SELECT country FROM nations WHERE infant IS NULL", ["list", "null_check"])
E(K, "counting_listing", "easy", "List all patients with PKD.",
  "SELECT patient_id FROM kidney_patients WHERE disease = 'PKD'", ["list", "filter_eq"])
E(K, "counting_listing", "easy", "How many records are there for patient 21?",
  "SELECT COUNT(*) FROM catheter_infections WHERE patient_id = 21", ["count", "filter_eq"])
E(K, "counting_listing", "hard", "How many catheter records are there for male patients?",
  "SELECT COUNT(*) FROM catheter_infections c JOIN kidney_patients p ON p.patient_id = c.patient_id "
  "WHERE p.sex = 'male'", ["count", "join", "filter_eq"])
E(V, "counting_listing", "easy", "How many entries are there for celltype large?",
  "SELECT COUNT(*) FROM veteran WHERE celltype = 'large'", ["count", "filter_eq"])
E(V, "counting_listing", "medium", "List the age and survival time of every patient who survived more than 500 days.",
  "SELECT age, time FROM veteran WHERE time > 500", ["list", "filter_cmp"])
E(P, "counting_listing", "easy", "How many rows are there for women aged 21?",
  "SELECT COUNT(*) FROM pima WHERE age = 21", ["count", "filter_eq"])
E(P, "counting_listing", "medium", "List every woman with a BMI over 50, showing her age and glucose.",
  "SELECT age, glu, bmi FROM pima WHERE bmi > 50", ["list", "filter_cmp"])
E(C, "counting_listing", "medium", "How many records are there for cats with Sex M and Bwt 3?",
  "SELECT COUNT(*) FROM cats WHERE Sex = 'M' AND Bwt = 3", ["count", "filter_eq", "multi_filter"])
E(C, "counting_listing", "easy", "List all cats with a Hwt above 17.",
  "SELECT cat_id, Hwt FROM cats WHERE Hwt > 17", ["list", "filter_cmp"])
E(X, "counting_listing", "easy", "List all the categories.",
  "SELECT DISTINCT category FROM personal_expenditure", ["list", "distinct"])
E(X, "counting_listing", "easy", "How many records are there for 1955?",
  "SELECT COUNT(*) FROM personal_expenditure WHERE year = 1955", ["count", "filter_eq"])
E(R, "counting_listing", "easy", "How many records are there for 1854?",
  "SELECT COUNT(*) FROM paris_monthly_registrations WHERE Year = 1854", ["count", "filter_eq"])
E(R, "counting_listing", "medium", "List all months of 1812 with a count above 1200.",
  "SELECT date, count FROM paris_monthly_registrations WHERE Year = 1812 AND count > 1200",
  ["list", "filter_cmp", "multi_filter"])
E(T, "counting_listing", "easy", "List every year with a temperature above 54 degrees.",
  "SELECT year FROM new_haven_temps WHERE avg_temp_F > 54", ["list", "filter_cmp"])

# ---------------------------------------------------------------- context_words
E(T, "context_words", "easy", "According to this data, what was New Haven's average temperature over the whole period?",
  "SELECT AVG(avg_temp_F) FROM new_haven_temps", ["aggregate"])
E(T, "context_words", "medium", "By how much did the temperature rise from 1912 to 1971?",
  "SELECT (SELECT avg_temp_F FROM new_haven_temps WHERE year = 1971) - "
  "(SELECT avg_temp_F FROM new_haven_temps WHERE year = 1912)", ["arithmetic", "change", "subquery"])
E(T, "context_words", "medium", "How much did the temperature drop from 1953 to 1956?",
  "SELECT (SELECT avg_temp_F FROM new_haven_temps WHERE year = 1953) - "
  "(SELECT avg_temp_F FROM new_haven_temps WHERE year = 1956)", ["arithmetic", "change", "subquery"])
E(R, "context_words", "medium", "According to the records, how many women were registered in Paris altogether in 1812?",
  "SELECT SUM(count) FROM paris_monthly_registrations WHERE Year = 1812", ["aggregate", "filter_eq"])
E(R, "context_words", "hard", "How much did the average monthly count rise from 1812 to 1854?",
  "SELECT (SELECT AVG(count) FROM paris_monthly_registrations WHERE Year = 1854) - "
  "(SELECT AVG(count) FROM paris_monthly_registrations WHERE Year = 1812)",
  ["arithmetic", "change", "subquery"])
E(R, "context_words", "easy", "What is the first month the data covers?",
  "SELECT MIN(date) FROM paris_monthly_registrations", ["aggregate"])
E(X, "context_words", "easy", "All categories combined, how much was spent in 1950?",
  "SELECT SUM(billions_usd) FROM personal_expenditure WHERE year = 1950", ["aggregate", "filter_eq"])
E(X, "context_words", "medium", "How much did Medical and Health spending grow from 1940 to 1960?",
  "SELECT (SELECT billions_usd FROM personal_expenditure WHERE category = 'Medical and Health' AND year = 1960) - "
  "(SELECT billions_usd FROM personal_expenditure WHERE category = 'Medical and Health' AND year = 1940)",
  ["arithmetic", "change", "subquery"])
E(X, "context_words", "medium", "How much did the spending on Private Education rise between 1945 and 1955?",
  "SELECT (SELECT billions_usd FROM personal_expenditure WHERE category = 'Private Education' AND year = 1955) - "
  "(SELECT billions_usd FROM personal_expenditure WHERE category = 'Private Education' AND year = 1945)",
  ["arithmetic", "change", "subquery"])
E(N, "context_words", "easy", "Across the whole world, what is the average per-capita income according to the data?",
  "SELECT AVG(income) FROM nations", ["aggregate"])
E(N, "context_words", "easy", "Overall, what is the highest infant mortality in the data?",
  "SELECT MAX(infant) FROM nations", ["aggregate"])
E(K, "context_words", "medium", "Across all patients, how many infections were there in total?",
  "SELECT COUNT(*) FROM catheter_infections WHERE infection = 1", ["count", "filter_eq"])
E(K, "context_words", "medium", "Overall, what is the average time in days for the insertions that ended in an infection?",
  "SELECT AVG(time_days) FROM catheter_infections WHERE infection = 1", ["aggregate", "filter_eq"])
E(V, "context_words", "medium", "In this trial, how many patients died (status 1)?",
  "SELECT COUNT(*) FROM veteran WHERE status = 1", ["count", "filter_eq"])
E(V, "context_words", "easy", "Taking all cell types together, what is the average survival in days?",
  "SELECT AVG(time) FROM veteran", ["aggregate"])
E(P, "context_words", "hard", "In this population, what share of the women have type Yes, as a percentage?",
  "SELECT 100.0 * SUM(CASE WHEN type = 'Yes' THEN 1 ELSE 0 END) / COUNT(*) FROM pima",
  ["arithmetic", "percent"])
E(C, "context_words", "easy", "Both sexes combined, what is the average body weight?",
  "SELECT AVG(Bwt) FROM cats", ["aggregate"])
E(C, "context_words", "easy", "In this experiment, what is the heaviest body weight recorded?",
  "SELECT MAX(Bwt) FROM cats", ["aggregate"])

if __name__ == "__main__":
    Q.write()
