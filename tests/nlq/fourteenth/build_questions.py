#!/usr/bin/env python3
"""The fourteenth blind NLQ question set (ids f14-001...): questions and gold SQL, written
from the tables in data/ alone. Recomputes gold_rows with ../load.py and writes
questions.jsonl and datasets.json; exits 1 on an SQL error, an empty answer or an answer that
depends on how ties are broken (stdlib only)."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)
from question_set import QuestionSet  # noqa: E402
from prepare_data import DATASETS  # noqa: E402

Q = QuestionSet("f14", DATASETS, HERE)
E, CHART, SCATTER = Q.E, Q.CHART, Q.SCATTER

BO, LU, SA, GL, IN, LY, UN, PO = ("boston_housing", "uk_lung_deaths", "sat_states",
                                  "forensic_glass", "car_insurance", "canadian_lynx",
                                  "un_countries", "polio_trials")
DEATHS = '"Lung disease deaths"'
IM = '"Infant mortality per 1000"'
GDP = '"GDP per capita USD"'
YEAR = "CAST(strftime('%Y', Month) AS INTEGER)"

# ---------------------------------------------------------------- plain
E(BO, "plain", "easy", "What is the average MEDV?",
  "SELECT AVG(MEDV) FROM boston_tracts", ["aggregate"])
E(BO, "plain", "easy", "How many tracts have CHAS equal to 1?",
  "SELECT COUNT(*) FROM boston_tracts WHERE CHAS = 1", ["count", "filter_eq"])
E(BO, "plain", "easy", "What is the minimum NOX?",
  "SELECT MIN(NOX) FROM boston_tracts", ["aggregate"])
E(LU, "plain", "easy", "What is the maximum Lung disease deaths?",
  "SELECT MAX(%s) FROM lung_deaths" % DEATHS, ["aggregate"])
E(LU, "plain", "medium", "What is the total of lung disease deaths in 1975?",
  "SELECT SUM(%s) FROM lung_deaths WHERE %s = 1975" % (DEATHS, YEAR), ["aggregate", "date_part"])
E(SA, "plain", "easy", "What is the average SATM by region?",
  "SELECT region, AVG(SATM) FROM state_sat GROUP BY region", ["aggregate", "group_by"])
E(SA, "plain", "easy", "Show the state, SATV and SATM for region NE.",
  "SELECT state, SATV, SATM FROM state_sat WHERE region = 'NE'", ["list", "filter_eq"])
E(SA, "plain", "easy", "What is the region_name of region WSC?",
  "SELECT region_name FROM census_regions WHERE region = 'WSC'", ["filter_eq"])
E(GL, "plain", "easy", "What is the maximum Fe?",
  "SELECT MAX(Fe) FROM glass_fragments", ["aggregate"])
E(GL, "plain", "easy", "Average Na by type",
  "SELECT type, AVG(Na) FROM glass_fragments GROUP BY type", ["aggregate", "group_by"])
E(IN, "plain", "easy", "What is the total number of Claims?",
  "SELECT SUM(Claims) FROM insurance_claims", ["aggregate"])
E(IN, "plain", "easy", "Sum of Holders by Age",
  "SELECT Age, SUM(Holders) FROM insurance_claims GROUP BY Age", ["aggregate", "group_by"])
E(LY, "plain", "easy", "What was lynxTrapped in 1900?",
  "SELECT lynxTrapped FROM lynx_trappings WHERE year = 1900", ["filter_eq"])
E(LY, "plain", "easy", "What is the average lynxTrapped?",
  "SELECT AVG(lynxTrapped) FROM lynx_trappings", ["aggregate"])
E(UN, "plain", "easy", "What is the GDP per capita USD of Japan?",
  "SELECT %s FROM country_indicators WHERE Country = 'Japan'" % GDP, ["filter_eq"])
E(UN, "plain", "easy", "What is the average infant mortality per 1000?",
  "SELECT AVG(%s) FROM country_indicators" % IM, ["aggregate"])
E(PO, "plain", "easy", "What is the Population of the Placebo group?",
  "SELECT Population FROM polio_trials WHERE \"Group\" = 'Placebo'", ["filter_eq"])
E(PO, "plain", "easy", "Total Paralytic by Experiment",
  "SELECT Experiment, SUM(Paralytic) FROM polio_trials GROUP BY Experiment",
  ["aggregate", "group_by"])

# ---------------------------------------------------------------- row_nouns
E(BO, "row_nouns", "easy", "How many neighborhoods are in the dataset?",
  "SELECT COUNT(*) FROM boston_tracts", ["count"])
E(BO, "row_nouns", "easy", "How many suburbs border the Charles River?",
  "SELECT COUNT(*) FROM boston_tracts WHERE CHAS = 1", ["count", "filter_eq"])
E(BO, "row_nouns", "easy", "What is the average crime rate over all areas in the data?",
  "SELECT AVG(CRIM) FROM boston_tracts", ["aggregate"])
E(LU, "row_nouns", "easy", "How many months of data are there?",
  "SELECT COUNT(*) FROM lung_deaths", ["count"])
E(LU, "row_nouns", "easy", "What is the average number of deaths per month in the data?",
  "SELECT AVG(%s) FROM lung_deaths" % DEATHS, ["aggregate"])
E(SA, "row_nouns", "easy", "How many US states (DC included) are in the data altogether?",
  "SELECT COUNT(*) FROM state_sat", ["count"])
E(SA, "row_nouns", "easy", "How many census divisions are there?",
  "SELECT COUNT(*) FROM census_regions", ["count"])
E(GL, "row_nouns", "easy", "How many samples are in the dataset?",
  "SELECT COUNT(*) FROM glass_fragments", ["count"])
E(GL, "row_nouns", "easy", "How many specimens are of type WinF?",
  "SELECT COUNT(*) FROM glass_fragments WHERE type = 'WinF'", ["count", "filter_eq"])
E(GL, "row_nouns", "easy", "How many categories of glass are there?",
  "SELECT COUNT(*) FROM glass_types", ["count"])
E(GL, "row_nouns", "medium", "How many pieces of glass contain no barium at all?",
  "SELECT COUNT(*) FROM glass_fragments WHERE Ba = 0", ["count", "filter_eq"])
E(IN, "row_nouns", "easy", "How many rows are in the insurance data?",
  "SELECT COUNT(*) FROM insurance_claims", ["count"])
E(IN, "row_nouns", "medium", "How many rating cells in district 3 have more than 50 claims?",
  "SELECT COUNT(*) FROM insurance_claims WHERE District = 3 AND Claims > 50",
  ["count", "multi_filter"])
E(LY, "row_nouns", "easy", "How many years of observations are there?",
  "SELECT COUNT(*) FROM lynx_trappings", ["count"])
E(LY, "row_nouns", "easy", "What is the average catch per season?",
  "SELECT AVG(lynxTrapped) FROM lynx_trappings", ["aggregate"])
E(UN, "row_nouns", "easy", "How many nations are in the data?",
  "SELECT COUNT(*) FROM country_indicators", ["count"])
E(PO, "row_nouns", "easy", "How many study groups are there?",
  "SELECT COUNT(*) FROM polio_trials", ["count"])
E(PO, "row_nouns", "medium", "In how many groups were there no non-paralytic cases?",
  "SELECT COUNT(*) FROM polio_trials WHERE NonParalytic = 0", ["count", "filter_eq"])

# ---------------------------------------------------------------- measure_words
E(BO, "measure_words", "medium", "How many tracts have homes worth more than $40k?",
  "SELECT COUNT(*) FROM boston_tracts WHERE MEDV > 40", ["count", "filter_cmp"])
E(BO, "measure_words", "medium", "How crowded are the classrooms on average?",
  "SELECT AVG(PTRATIO) FROM boston_tracts", ["aggregate"])
E(BO, "measure_words", "medium", "How roomy are homes along the Charles River on average?",
  "SELECT AVG(RM) FROM boston_tracts WHERE CHAS = 1", ["aggregate", "filter_eq"])
E(LU, "measure_words", "medium", "How many people died of lung disease in 1979?",
  "SELECT SUM(%s) FROM lung_deaths WHERE %s = 1979" % (DEATHS, YEAR), ["aggregate", "date_part"])
E(SA, "measure_words", "medium", "Which states pay teachers more than 40 thousand dollars?",
  "SELECT state, teacher_pay_kusd FROM state_sat WHERE teacher_pay_kusd > 40",
  ["list", "filter_cmp"])
E(SA, "measure_words", "easy", "How much is spent per pupil on average?",
  "SELECT AVG(spend_per_pupil_kusd) FROM state_sat", ["aggregate"])
E(SA, "measure_words", "easy", "What is the most populous state?",
  "SELECT state, population_thousands FROM state_sat ORDER BY population_thousands DESC LIMIT 1",
  ["top_n", "superlative"])
E(SA, "measure_words", "easy", "What do teachers earn on average?",
  "SELECT AVG(teacher_pay_kusd) FROM state_sat", ["aggregate"])
E(GL, "measure_words", "medium", "How refractive are the headlamp fragments on average?",
  "SELECT AVG(RI) FROM glass_fragments WHERE type = 'Head'", ["aggregate", "filter_eq"])
E(IN, "measure_words", "easy", "How many policyholders are there in total?",
  "SELECT SUM(Holders) FROM insurance_claims", ["aggregate"])
E(IN, "measure_words", "easy", "How many claims were filed in district 4?",
  "SELECT SUM(Claims) FROM insurance_claims WHERE District = 4", ["aggregate", "filter_eq"])
E(LY, "measure_words", "easy", "How many lynx were caught in 1904?",
  "SELECT lynxTrapped FROM lynx_trappings WHERE year = 1904", ["filter_eq"])
E(LY, "measure_words", "easy", "What is the biggest catch ever recorded?",
  "SELECT MAX(lynxTrapped) FROM lynx_trappings", ["aggregate"])
E(UN, "measure_words", "medium", "How rich is Norway per person?",
  "SELECT %s FROM country_indicators WHERE Country = 'Norway'" % GDP, ["filter_eq"])
E(UN, "measure_words", "medium",
  "How many countries lose more than 100 babies per 1000 live births?",
  "SELECT COUNT(*) FROM country_indicators WHERE %s > 100" % IM, ["count", "filter_cmp"])
E(PO, "measure_words", "medium",
  "How many children were vaccinated in the randomized control experiment?",
  "SELECT Population FROM polio_trials WHERE Experiment = 'RandomizedControl' "
  "AND \"Group\" = 'Vaccinated'", ["multi_filter"])
E(PO, "measure_words", "easy", "How many children got paralytic polio in all?",
  "SELECT SUM(Paralytic) FROM polio_trials", ["aggregate"])
E(BO, "measure_words", "medium", "How expensive are homes on average in tracts with a tax above 600?",
  "SELECT AVG(MEDV) FROM boston_tracts WHERE TAX > 600", ["aggregate", "filter_cmp"])

# ---------------------------------------------------------------- short_forms
E(BO, "short_forms", "easy", "What is the average nitrogen oxides concentration?",
  "SELECT AVG(NOX) FROM boston_tracts", ["aggregate"])
E(BO, "short_forms", "easy", "What is the mean pupil-teacher ratio?",
  "SELECT AVG(PTRATIO) FROM boston_tracts", ["aggregate"])
E(BO, "short_forms", "easy", "What is the highest property tax rate?",
  "SELECT MAX(TAX) FROM boston_tracts", ["aggregate"])
E(BO, "short_forms", "easy", "What is the average median home value?",
  "SELECT AVG(MEDV) FROM boston_tracts", ["aggregate"])
E(BO, "short_forms", "medium",
  "Average distance to employment centres for tracts with a radial highway index of 24",
  "SELECT AVG(DIS) FROM boston_tracts WHERE RAD = 24", ["aggregate", "filter_eq"])
E(SA, "short_forms", "easy", "What is the average SAT math score?",
  "SELECT AVG(SATM) FROM state_sat", ["aggregate"])
E(SA, "short_forms", "easy", "How many states have an average verbal score above 500?",
  "SELECT COUNT(*) FROM state_sat WHERE SATV > 500", ["count", "filter_cmp"])
E(SA, "short_forms", "easy", "What is the average SAT participation percentage?",
  "SELECT AVG(pct_taking_sat) FROM state_sat", ["aggregate"])
E(SA, "short_forms", "easy", "What is the full name of division MTN?",
  "SELECT region_name FROM census_regions WHERE region = 'MTN'", ["filter_eq"])
E(GL, "short_forms", "easy", "What is the average sodium content of the fragments?",
  "SELECT AVG(Na) FROM glass_fragments", ["aggregate"])
E(GL, "short_forms", "easy", "Maximum potassium in any fragment",
  "SELECT MAX(K) FROM glass_fragments", ["aggregate"])
E(GL, "short_forms", "medium", "Average silicon and calcium for each glass type",
  "SELECT type, AVG(Si), AVG(Ca) FROM glass_fragments GROUP BY type", ["aggregate", "group_by"])
E(GL, "short_forms", "easy", "How many fragments contain barium?",
  "SELECT COUNT(*) FROM glass_fragments WHERE Ba > 0", ["count", "filter_cmp"])
E(GL, "short_forms", "medium", "What is the average refractive index of Tabl fragments?",
  "SELECT AVG(RI) FROM glass_fragments WHERE type = 'Tabl'", ["aggregate", "filter_eq"])
E(UN, "short_forms", "easy", "What is the infant mortality rate in Brazil?",
  "SELECT %s FROM country_indicators WHERE Country = 'Brazil'" % IM, ["filter_eq"])
E(UN, "short_forms", "easy", "What is the average GDP?",
  "SELECT AVG(%s) FROM country_indicators" % GDP, ["aggregate"])
E(PO, "short_forms", "easy", "How many false reports were there in total?",
  "SELECT SUM(FalseReports) FROM polio_trials", ["aggregate"])
E(PO, "short_forms", "medium", "Total non-paralytic cases in the observed control experiment",
  "SELECT SUM(NonParalytic) FROM polio_trials WHERE Experiment = 'ObservedControl'",
  ["aggregate", "filter_eq"])

# ---------------------------------------------------------------- values
E(SA, "values", "easy", "What is the SAT math average in TX?",
  "SELECT SATM FROM state_sat WHERE state = 'TX'", ["filter_eq", "code_value"])
E(SA, "values", "easy", "Teacher pay in NY?",
  "SELECT teacher_pay_kusd FROM state_sat WHERE state = 'NY'", ["filter_eq", "code_value"])
E(SA, "values", "medium", "Which states are in New England?",
  "SELECT s.state FROM state_sat s JOIN census_regions r ON s.region = r.region "
  "WHERE r.region_name = 'New England'", ["list", "join"])
E(SA, "values", "hard", "Average spending per pupil in the South Atlantic states",
  "SELECT AVG(s.spend_per_pupil_kusd) FROM state_sat s JOIN census_regions r "
  "ON s.region = r.region WHERE r.region_name = 'South Atlantic'", ["aggregate", "join"])
E(SA, "values", "easy", "What is the code of the Mountain division?",
  "SELECT region FROM census_regions WHERE region_name = 'Mountain'", ["filter_eq"])
E(GL, "values", "medium", "How many fragments are vehicle headlamps?",
  "SELECT COUNT(*) FROM glass_fragments WHERE type = 'Head'", ["count", "value_synonym"])
E(GL, "values", "medium", "Average aluminium content of container glass",
  "SELECT AVG(Al) FROM glass_fragments WHERE type = 'Con'", ["aggregate", "value_synonym"])
E(GL, "values", "easy", "How many WinNF fragments are there?",
  "SELECT COUNT(*) FROM glass_fragments WHERE type = 'WinNF'", ["count", "code_value"])
E(IN, "values", "medium", "How many claims did drivers over 35 make?",
  "SELECT SUM(Claims) FROM insurance_claims WHERE Age = '>35'", ["aggregate", "value_synonym"])
E(IN, "values", "medium", "Total holders with engines over 2 litres",
  "SELECT SUM(Holders) FROM insurance_claims WHERE \"Group\" = '>2l'",
  ["aggregate", "value_synonym"])
E(IN, "values", "medium", "Claims in district 1 for the 25-29 age group",
  "SELECT SUM(Claims) FROM insurance_claims WHERE District = 1 AND Age = '25-29'",
  ["aggregate", "multi_filter"])
E(UN, "values", "medium", "GDP per capita of the United Kingdom?",
  "SELECT %s FROM country_indicators WHERE Country = 'United.Kingdom'" % GDP, ["filter_eq"])
E(UN, "values", "medium", "Which countries have 'Guinea' in their name?",
  "SELECT Country FROM country_indicators WHERE Country LIKE '%Guinea%'", ["list", "like"])
E(PO, "values", "easy", "How many paralytic cases were there in the placebo group?",
  "SELECT Paralytic FROM polio_trials WHERE \"Group\" = 'Placebo'", ["filter_eq"])
E(PO, "values", "medium", "Population of the grade 2 not inoculated group",
  "SELECT Population FROM polio_trials WHERE \"Group\" = 'Grade2NotInoculated'", ["filter_eq"])
E(PO, "values", "medium", "How many non-paralytic cases in the incomplete vaccinations groups?",
  "SELECT SUM(NonParalytic) FROM polio_trials WHERE \"Group\" = 'IncompleteVaccinations'",
  ["aggregate", "filter_eq"])
E(LU, "values", "easy", "How many lung deaths were there in March 1977?",
  "SELECT %s FROM lung_deaths WHERE Month = '1977-03-01'" % DEATHS, ["filter_eq", "date_value"])
E(BO, "values", "medium", "How many tracts are not on the Charles River?",
  "SELECT COUNT(*) FROM boston_tracts WHERE CHAS = 0", ["count", "value_synonym"])

# ---------------------------------------------------------------- comparatives
E(BO, "comparatives", "easy", "How many tracts have a crime rate above 10?",
  "SELECT COUNT(*) FROM boston_tracts WHERE CRIM > 10", ["count", "filter_cmp"])
E(BO, "comparatives", "easy", "How many tracts average at least 8 rooms per dwelling?",
  "SELECT COUNT(*) FROM boston_tracts WHERE RM >= 8", ["count", "filter_cmp"])
E(BO, "comparatives", "easy", "Tracts with a pupil-teacher ratio of 13 or less",
  "SELECT TRACT, PTRATIO FROM boston_tracts WHERE PTRATIO <= 13", ["list", "filter_cmp"])
E(BO, "comparatives", "medium",
  "Average home value for tracts where under 5 percent of the population is lower status",
  "SELECT AVG(MEDV) FROM boston_tracts WHERE LSTAT < 5", ["aggregate", "filter_cmp"])
E(LU, "comparatives", "easy", "In which months were there more than 3500 deaths?",
  "SELECT Month, %s FROM lung_deaths WHERE %s > 3500" % (DEATHS, DEATHS), ["list", "filter_cmp"])
E(LU, "comparatives", "easy", "What is the first month in the data?",
  "SELECT MIN(Month) FROM lung_deaths", ["aggregate"])
E(LU, "comparatives", "easy", "What is the latest month recorded?",
  "SELECT MAX(Month) FROM lung_deaths", ["aggregate"])
E(SA, "comparatives", "easy", "How many states spend no more than 4 thousand dollars per pupil?",
  "SELECT COUNT(*) FROM state_sat WHERE spend_per_pupil_kusd <= 4", ["count", "filter_cmp"])
E(SA, "comparatives", "medium", "Which regions have more than 6 states?",
  "SELECT region FROM state_sat GROUP BY region HAVING COUNT(*) > 6", ["group_by", "having"])
E(SA, "comparatives", "hard",
  "Which census divisions have no state where more than 60 percent take the SAT?",
  "SELECT region FROM census_regions WHERE region NOT IN "
  "(SELECT region FROM state_sat WHERE pct_taking_sat > 60)", ["anti_join", "subquery"])
E(GL, "comparatives", "medium", "Which glass types have fewer than 15 fragments?",
  "SELECT type FROM glass_fragments GROUP BY type HAVING COUNT(*) < 15", ["group_by", "having"])
E(GL, "comparatives", "easy", "How many fragments have a refractive index below 0?",
  "SELECT COUNT(*) FROM glass_fragments WHERE RI < 0", ["count", "filter_cmp"])
E(GL, "comparatives", "hard", "Which glass types never contain any barium?",
  "SELECT type FROM glass_types WHERE type NOT IN "
  "(SELECT type FROM glass_fragments WHERE Ba > 0)", ["anti_join", "subquery"])
E(IN, "comparatives", "easy", "In how many rows are there 100 or more claims?",
  "SELECT COUNT(*) FROM insurance_claims WHERE Claims >= 100", ["count", "filter_cmp"])
E(LY, "comparatives", "easy", "Which years had fewer than 50 lynx trapped?",
  "SELECT year, lynxTrapped FROM lynx_trappings WHERE lynxTrapped < 50", ["list", "filter_cmp"])
E(LY, "comparatives", "medium", "How many lynx were trapped in 1900 or later in total?",
  "SELECT SUM(lynxTrapped) FROM lynx_trappings WHERE year >= 1900", ["aggregate", "filter_cmp"])
E(UN, "comparatives", "easy",
  "How many countries have a GDP per capita of at least 20000 dollars?",
  "SELECT COUNT(*) FROM country_indicators WHERE %s >= 20000" % GDP, ["count", "filter_cmp"])
E(UN, "comparatives", "medium",
  "Average infant mortality, excluding countries without a GDP figure",
  "SELECT AVG(%s) FROM country_indicators WHERE %s IS NOT NULL" % (IM, GDP),
  ["aggregate", "null_check"])
E(UN, "comparatives", "medium", "How many countries have no infant mortality value?",
  "SELECT COUNT(*) FROM country_indicators WHERE %s IS NULL" % IM, ["count", "null_check"])
E(PO, "comparatives", "easy", "Which groups had more than 100 paralytic cases?",
  "SELECT Experiment, \"Group\", Paralytic FROM polio_trials WHERE Paralytic > 100",
  ["list", "filter_cmp"])

# ---------------------------------------------------------------- superlative_rows
E(BO, "superlative_rows", "easy", "Which tract has the highest crime rate?",
  "SELECT TRACT, CRIM FROM boston_tracts ORDER BY CRIM DESC LIMIT 1", ["top_n", "superlative"])
E(BO, "superlative_rows", "easy", "Which tract has the fewest rooms per dwelling?",
  "SELECT TRACT, RM FROM boston_tracts ORDER BY RM ASC LIMIT 1", ["top_n", "superlative"])
E(BO, "superlative_rows", "medium", "Which tract is closest to the employment centres?",
  "SELECT TRACT, DIS FROM boston_tracts ORDER BY DIS ASC LIMIT 1", ["top_n", "superlative"])
E(LU, "superlative_rows", "easy", "Which month had the most deaths?",
  "SELECT Month, %s FROM lung_deaths ORDER BY %s DESC LIMIT 1" % (DEATHS, DEATHS),
  ["top_n", "superlative"])
E(LU, "superlative_rows", "easy", "In which month were lung deaths lowest?",
  "SELECT Month, %s FROM lung_deaths ORDER BY %s ASC LIMIT 1" % (DEATHS, DEATHS),
  ["top_n", "superlative"])
E(SA, "superlative_rows", "easy", "Which state has the highest SAT math average?",
  "SELECT state, SATM FROM state_sat ORDER BY SATM DESC LIMIT 1", ["top_n", "superlative"])
E(SA, "superlative_rows", "easy", "Which state spends the most per pupil?",
  "SELECT state, spend_per_pupil_kusd FROM state_sat ORDER BY spend_per_pupil_kusd DESC LIMIT 1",
  ["top_n", "superlative"])
E(SA, "superlative_rows", "easy", "Which state has the smallest population?",
  "SELECT state, population_thousands FROM state_sat ORDER BY population_thousands ASC LIMIT 1",
  ["top_n", "superlative"])
E(GL, "superlative_rows", "easy", "Which fragment has the most magnesium?",
  "SELECT fragmentId, Mg FROM glass_fragments ORDER BY Mg DESC LIMIT 1", ["top_n", "superlative"])
E(GL, "superlative_rows", "medium", "Which glass type has the highest average magnesium?",
  "SELECT type, AVG(Mg) FROM glass_fragments GROUP BY type ORDER BY AVG(Mg) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(IN, "superlative_rows", "medium", "Which district, engine group and age group had the most claims?",
  "SELECT District, \"Group\", Age, Claims FROM insurance_claims ORDER BY Claims DESC LIMIT 1",
  ["top_n", "superlative"])
E(IN, "superlative_rows", "medium", "Which age group has the most policyholders in total?",
  "SELECT Age, SUM(Holders) FROM insurance_claims GROUP BY Age ORDER BY SUM(Holders) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(LY, "superlative_rows", "easy", "In which year were the most lynx trapped?",
  "SELECT year, lynxTrapped FROM lynx_trappings ORDER BY lynxTrapped DESC LIMIT 1",
  ["top_n", "superlative"])
E(LY, "superlative_rows", "easy", "Which year had the smallest catch?",
  "SELECT year, lynxTrapped FROM lynx_trappings ORDER BY lynxTrapped ASC LIMIT 1",
  ["top_n", "superlative"])
E(UN, "superlative_rows", "easy", "Which country has the highest infant mortality?",
  "SELECT Country, %s FROM country_indicators ORDER BY %s DESC LIMIT 1" % (IM, IM),
  ["top_n", "superlative"])
E(UN, "superlative_rows", "medium", "Which country is the poorest by GDP per capita?",
  "SELECT Country, %s FROM country_indicators WHERE %s IS NOT NULL ORDER BY %s ASC LIMIT 1"
  % (GDP, GDP, GDP),
  ["top_n", "superlative"])
E(PO, "superlative_rows", "easy", "Which group had the largest population?",
  "SELECT \"Group\", Population FROM polio_trials ORDER BY Population DESC LIMIT 1",
  ["top_n", "superlative"])
E(SA, "superlative_rows", "hard", "Which division has the highest average SAT verbal score?",
  "SELECT r.region_name, AVG(s.SATV) FROM state_sat s JOIN census_regions r "
  "ON s.region = r.region GROUP BY r.region_name ORDER BY AVG(s.SATV) DESC LIMIT 1",
  ["top_n", "superlative", "join", "group_by"])

# ---------------------------------------------------------------- arithmetic_periods
E(LU, "arithmetic_periods", "medium",
  "What is the difference between the highest and the lowest monthly deaths?",
  "SELECT MAX(%s) - MIN(%s) FROM lung_deaths" % (DEATHS, DEATHS), ["arithmetic"])
E(LU, "arithmetic_periods", "hard", "Average deaths for each calendar month across all years",
  "SELECT CAST(strftime('%%m', Month) AS INTEGER) AS month, AVG(%s) FROM lung_deaths "
  "GROUP BY month" % DEATHS, ["aggregate", "month_of_year", "date_part"])
E(LU, "arithmetic_periods", "medium", "Total deaths per year",
  "SELECT %s AS year, SUM(%s) FROM lung_deaths GROUP BY year" % (YEAR, DEATHS),
  ["aggregate", "date_part", "group_by"])
E(LU, "arithmetic_periods", "medium", "In how many months did deaths exceed 2000?",
  "SELECT COUNT(DISTINCT Month) FROM lung_deaths WHERE %s > 2000" % DEATHS,
  ["count", "distinct", "filter_cmp"])
E(LU, "arithmetic_periods", "hard",
  "What was the average number of deaths in the winter months (December, January, February)?",
  "SELECT AVG(%s) FROM lung_deaths WHERE strftime('%%m', Month) IN ('12', '01', '02')" % DEATHS,
  ["aggregate", "month_of_year"])
E(LY, "arithmetic_periods", "easy", "What is the range of lynxTrapped?",
  "SELECT MAX(lynxTrapped) - MIN(lynxTrapped) FROM lynx_trappings", ["arithmetic"])
E(LY, "arithmetic_periods", "medium", "In how many years were more than 3000 lynx trapped?",
  "SELECT COUNT(DISTINCT year) FROM lynx_trappings WHERE lynxTrapped > 3000",
  ["count", "distinct", "filter_cmp"])
E(LY, "arithmetic_periods", "hard", "Total lynx trapped per decade",
  "SELECT (year / 10) * 10 AS decade, SUM(lynxTrapped) FROM lynx_trappings GROUP BY decade",
  ["aggregate", "group_by", "date_part"])
E(SA, "arithmetic_periods", "medium",
  "What is the ratio of the average SAT math score to the average verbal score?",
  "SELECT AVG(SATM) * 1.0 / AVG(SATV) FROM state_sat", ["arithmetic", "ratio"])
E(SA, "arithmetic_periods", "medium",
  "Difference between the highest and the lowest teacher pay",
  "SELECT MAX(teacher_pay_kusd) - MIN(teacher_pay_kusd) FROM state_sat", ["arithmetic"])
E(BO, "arithmetic_periods", "easy", "What is the range of median home values?",
  "SELECT MAX(MEDV) - MIN(MEDV) FROM boston_tracts", ["arithmetic"])
E(BO, "arithmetic_periods", "hard",
  "What is the ratio of the average home value on the river to the average off it?",
  "SELECT (SELECT AVG(MEDV) FROM boston_tracts WHERE CHAS = 1) / "
  "(SELECT AVG(MEDV) FROM boston_tracts WHERE CHAS = 0)", ["arithmetic", "ratio", "subquery"])
E(GL, "arithmetic_periods", "easy",
  "Difference between the maximum and minimum silicon content",
  "SELECT MAX(Si) - MIN(Si) FROM glass_fragments", ["arithmetic"])
E(IN, "arithmetic_periods", "medium", "Claims per policyholder overall",
  "SELECT SUM(Claims) * 1.0 / SUM(Holders) FROM insurance_claims", ["arithmetic", "ratio"])
E(IN, "arithmetic_periods", "hard", "Ratio of claims to holders for each age group",
  "SELECT Age, SUM(Claims) * 1.0 / SUM(Holders) FROM insurance_claims GROUP BY Age",
  ["arithmetic", "ratio", "group_by"])
E(PO, "arithmetic_periods", "hard",
  "Paralytic cases per 100,000 children in the placebo group",
  "SELECT Paralytic * 100000.0 / Population FROM polio_trials WHERE \"Group\" = 'Placebo'",
  ["arithmetic", "ratio"])
E(PO, "arithmetic_periods", "hard",
  "Ratio of paralytic cases in the placebo group to the vaccinated group of the randomized "
  "experiment",
  "SELECT (SELECT Paralytic FROM polio_trials WHERE \"Group\" = 'Placebo') * 1.0 / "
  "(SELECT Paralytic FROM polio_trials WHERE \"Group\" = 'Vaccinated' "
  "AND Experiment = 'RandomizedControl')", ["arithmetic", "ratio", "subquery"])
E(UN, "arithmetic_periods", "medium",
  "How much higher is Switzerland's GDP per capita than Mexico's?",
  "SELECT (SELECT %s FROM country_indicators WHERE Country = 'Switzerland') - "
  "(SELECT %s FROM country_indicators WHERE Country = 'Mexico')" % (GDP, GDP),
  ["arithmetic", "subquery"])

# ---------------------------------------------------------------- charts
CHART(LU, "easy", "Plot lung disease deaths over time",
      "SELECT Month, %s FROM lung_deaths ORDER BY Month" % DEATHS, ["time_series"], order=True)
CHART(LU, "medium", "Chart total deaths by year",
      "SELECT %s AS year, SUM(%s) FROM lung_deaths GROUP BY year ORDER BY year" % (YEAR, DEATHS),
      ["aggregate", "date_part"], order=True)
CHART(LY, "easy", "Plot lynx trapped per year",
      "SELECT year, lynxTrapped FROM lynx_trappings ORDER BY year", ["time_series"], order=True)
CHART(LY, "medium", "Draw a line chart of the lynx catch from 1900 to 1934",
      "SELECT year, lynxTrapped FROM lynx_trappings WHERE year BETWEEN 1900 AND 1934 ORDER BY year",
      ["time_series", "between"], order=True)
SCATTER(BO, "easy", "Scatter plot of rooms against median value",
        "SELECT RM, MEDV FROM boston_tracts")
SCATTER(BO, "medium", "Plot the percentage of lower-status population vs median home value",
        "SELECT LSTAT, MEDV FROM boston_tracts")
CHART(BO, "medium", "Bar chart of the average median value by highway access index",
      "SELECT RAD, AVG(MEDV) FROM boston_tracts GROUP BY RAD", ["aggregate", "group_by"])
SCATTER(SA, "easy", "Scatter the SAT participation rate against the SAT verbal score",
        "SELECT pct_taking_sat, SATV FROM state_sat")
SCATTER(SA, "medium", "Show the relationship between teacher pay and spending per pupil",
        "SELECT teacher_pay_kusd, spend_per_pupil_kusd FROM state_sat")
CHART(SA, "easy", "Bar chart of the number of states per region",
      "SELECT region, COUNT(*) FROM state_sat GROUP BY region", ["count", "group_by"])
CHART(GL, "easy", "Bar chart of fragments per glass type",
      "SELECT type, COUNT(*) FROM glass_fragments GROUP BY type", ["count", "group_by"])
SCATTER(GL, "easy", "Plot calcium vs refractive index",
        "SELECT Ca, RI FROM glass_fragments")
CHART(GL, "easy", "Chart the average sodium by glass type",
      "SELECT type, AVG(Na) FROM glass_fragments GROUP BY type", ["aggregate", "group_by"])
CHART(IN, "easy", "Bar chart of claims by age group",
      "SELECT Age, SUM(Claims) FROM insurance_claims GROUP BY Age", ["aggregate", "group_by"])
CHART(IN, "easy", "Visualize policyholders by district",
      "SELECT District, SUM(Holders) FROM insurance_claims GROUP BY District",
      ["aggregate", "group_by"])
SCATTER(UN, "medium", "Scatter GDP per capita against infant mortality",
        "SELECT %s, %s FROM country_indicators WHERE %s IS NOT NULL AND %s IS NOT NULL"
        % (GDP, IM, GDP, IM))
CHART(PO, "medium", "Bar chart of paralytic cases by group in the randomized control experiment",
      "SELECT \"Group\", Paralytic FROM polio_trials WHERE Experiment = 'RandomizedControl'",
      ["filter_eq"])
CHART(SA, "hard", "Chart average teacher pay by division name",
      "SELECT r.region_name, AVG(s.teacher_pay_kusd) FROM state_sat s JOIN census_regions r "
      "ON s.region = r.region GROUP BY r.region_name", ["aggregate", "group_by", "join"])

# ---------------------------------------------------------------- counting_listing
E(BO, "counting_listing", "easy", "How many records have a RAD of 24?",
  "SELECT COUNT(*) FROM boston_tracts WHERE RAD = 24", ["count", "filter_eq"])
E(BO, "counting_listing", "easy", "List all tracts with a crime rate above 40",
  "SELECT TRACT, CRIM FROM boston_tracts WHERE CRIM > 40", ["list", "filter_cmp"])
E(LU, "counting_listing", "easy", "List every month of 1978 with its deaths",
  "SELECT Month, %s FROM lung_deaths WHERE %s = 1978" % (DEATHS, YEAR), ["list", "date_part"])
E(LU, "counting_listing", "easy", "How many records are there for 1976?",
  "SELECT COUNT(*) FROM lung_deaths WHERE %s = 1976" % YEAR, ["count", "date_part"])
E(SA, "counting_listing", "easy", "List every state in region MTN",
  "SELECT state FROM state_sat WHERE region = 'MTN'", ["list", "filter_eq"])
E(SA, "counting_listing", "easy", "Show all census regions with their names",
  "SELECT region, region_name FROM census_regions", ["list"])
E(SA, "counting_listing", "easy", "How many states are in the SA region?",
  "SELECT COUNT(*) FROM state_sat WHERE region = 'SA'", ["count", "filter_eq"])
E(GL, "counting_listing", "easy", "List the glass types with their descriptions",
  "SELECT type, description FROM glass_types", ["list"])
E(GL, "counting_listing", "easy", "How many records are there for tableware?",
  "SELECT COUNT(*) FROM glass_fragments WHERE type = 'Tabl'", ["count", "value_synonym"])
E(GL, "counting_listing", "easy", "Show all fragments with more than 2 percent barium",
  "SELECT fragmentId, Ba FROM glass_fragments WHERE Ba > 2", ["list", "filter_cmp"])
E(IN, "counting_listing", "easy", "How many rows are there for district 2?",
  "SELECT COUNT(*) FROM insurance_claims WHERE District = 2", ["count", "filter_eq"])
E(IN, "counting_listing", "medium", "List the engine groups, holders and claims for drivers under 25 in district 4",
  "SELECT \"Group\", Holders, Claims FROM insurance_claims WHERE District = 4 AND Age = '<25'",
  ["list", "multi_filter"])
E(LY, "counting_listing", "easy", "List the years with more than 6000 lynx trapped",
  "SELECT year, lynxTrapped FROM lynx_trappings WHERE lynxTrapped > 6000", ["list", "filter_cmp"])
E(LY, "counting_listing", "easy", "How many years are recorded before 1900?",
  "SELECT COUNT(*) FROM lynx_trappings WHERE year < 1900", ["count", "filter_cmp"])
E(UN, "counting_listing", "easy", "List all countries with an infant mortality above 150",
  "SELECT Country, %s FROM country_indicators WHERE %s > 150" % (IM, IM), ["list", "filter_cmp"])
E(UN, "counting_listing", "medium", "How many countries have a GDP per capita recorded?",
  "SELECT COUNT(*) FROM country_indicators WHERE %s IS NOT NULL" % GDP, ["count", "null_check"])
E(PO, "counting_listing", "easy", "List all groups in the observed control experiment",
  "SELECT \"Group\" FROM polio_trials WHERE Experiment = 'ObservedControl'", ["list", "filter_eq"])
E(PO, "counting_listing", "easy", "How many records are there for the randomized control experiment?",
  "SELECT COUNT(*) FROM polio_trials WHERE Experiment = 'RandomizedControl'", ["count", "filter_eq"])

# ---------------------------------------------------------------- context_words
E(LU, "context_words", "hard", "By how much did lung deaths fall from January 1974 to January 1979?",
  "SELECT (SELECT %s FROM lung_deaths WHERE Month = '1974-01-01') - "
  "(SELECT %s FROM lung_deaths WHERE Month = '1979-01-01')" % (DEATHS, DEATHS),
  ["arithmetic", "change", "subquery"])
E(LU, "context_words", "hard", "How much did yearly deaths drop between 1974 and 1979?",
  "SELECT (SELECT SUM(%s) FROM lung_deaths WHERE %s = 1974) - "
  "(SELECT SUM(%s) FROM lung_deaths WHERE %s = 1979)" % (DEATHS, YEAR, DEATHS, YEAR),
  ["arithmetic", "change", "subquery"])
E(LU, "context_words", "hard", "How much did total deaths change between 1975 and 1976?",
  "SELECT (SELECT SUM(%s) FROM lung_deaths WHERE %s = 1976) - "
  "(SELECT SUM(%s) FROM lung_deaths WHERE %s = 1975)" % (DEATHS, YEAR, DEATHS, YEAR),
  ["arithmetic", "change", "subquery"])
E(LY, "context_words", "medium", "How much did the lynx catch rise from 1900 to 1904?",
  "SELECT (SELECT lynxTrapped FROM lynx_trappings WHERE year = 1904) - "
  "(SELECT lynxTrapped FROM lynx_trappings WHERE year = 1900)", ["arithmetic", "change"])
E(LY, "context_words", "easy",
  "According to this data, how many lynx were trapped in total in the Mackenzie River district?",
  "SELECT SUM(lynxTrapped) FROM lynx_trappings", ["aggregate"])
E(LY, "context_words", "easy", "Throughout the whole record, what was the average yearly catch?",
  "SELECT AVG(lynxTrapped) FROM lynx_trappings", ["aggregate"])
E(BO, "context_words", "easy", "Across the whole Boston area, what is the average property tax?",
  "SELECT AVG(TAX) FROM boston_tracts", ["aggregate"])
E(BO, "context_words", "medium", "Overall, what percentage of tracts border the Charles?",
  "SELECT 100.0 * SUM(CHAS) / COUNT(*) FROM boston_tracts", ["arithmetic", "percent"])
E(SA, "context_words", "easy", "Across all US states, what is the total population in thousands?",
  "SELECT SUM(population_thousands) FROM state_sat", ["aggregate"])
E(SA, "context_words", "easy", "Nationally, what is the average SAT math score of the states?",
  "SELECT AVG(SATM) FROM state_sat", ["aggregate"])
E(GL, "context_words", "medium",
  "In this forensic collection, how many fragments come from vehicles (windows or headlamps)?",
  "SELECT COUNT(*) FROM glass_fragments WHERE type IN ('Veh', 'Head')", ["count", "value_synonym"])
E(GL, "context_words", "easy", "According to the data, what is the average calcium content of all glass?",
  "SELECT AVG(Ca) FROM glass_fragments", ["aggregate"])
E(IN, "context_words", "medium", "All districts combined, how many claims were there for cars under 1 litre?",
  "SELECT SUM(Claims) FROM insurance_claims WHERE \"Group\" = '<1l'",
  ["aggregate", "value_synonym"])
E(IN, "context_words", "medium", "What is the overall claim rate in percent, all groups combined?",
  "SELECT 100.0 * SUM(Claims) / SUM(Holders) FROM insurance_claims", ["arithmetic", "percent"])
E(UN, "context_words", "easy", "Worldwide, what is the average infant mortality?",
  "SELECT AVG(%s) FROM country_indicators" % IM, ["aggregate"])
E(UN, "context_words", "medium", "According to the UN figures, how wealthy is Canada per head?",
  "SELECT %s FROM country_indicators WHERE Country = 'Canada'" % GDP, ["filter_eq"])
E(PO, "context_words", "easy", "In the Salk vaccine trials as a whole, how many children were studied?",
  "SELECT SUM(Population) FROM polio_trials", ["aggregate"])
E(PO, "context_words", "easy", "All experiments combined, how many non-paralytic cases were there?",
  "SELECT SUM(NonParalytic) FROM polio_trials", ["aggregate"])

if __name__ == "__main__":
    Q.write()
