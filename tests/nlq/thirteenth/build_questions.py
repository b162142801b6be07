#!/usr/bin/env python3
"""The thirteenth blind NLQ question set: questions and gold SQL, written from the tables of
data/ alone (prepare_data.py), as analysts new to each table would ask them. Recomputes the
gold rows with ../load.py through ../question_set.py and writes questions.jsonl and
datasets.json; exits 1 on an SQL error, an empty answer or an answer that depends on how ties
are broken. Standard library only.

    python3 build_questions.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)
from prepare_data import DATASETS  # noqa: E402
from question_set import QuestionSet  # noqa: E402

QS = QuestionSet("f13", DATASETS, HERE)
E, CHART, SCATTER = QS.E, QS.CHART, QS.SCATTER

ADM = "berkeley_admissions"   # admissions(Admit, Gender, Dept, Freq)
AIR = "us_airmiles"           # airline_miles(Year, "Revenue passenger miles")
WHT = "playfair_wheat"        # wheat_wages(year, wheat_price_shillings, weekly_wage_shillings)
DUN = "duncan_occupations"    # occupation_types(TYPE, TYPE_NAME), occupations(OCCUPATION, TYPE, INCOME, EDUCATION, PRESTIGE)
COL = "colon_cancer_trial"    # colon_patients(patientId, treatment, sex, ageYears, ...), colon_events(patientId, eventType, observed, days)
GAS = "uk_gas"                # uk_gas(quarter, gas_mtherms)
PBC = "pbc_liver"             # pbc_patients(id, days, status, trt, age, sex, ascites, bili, chol, albumin, copper, platelet, protime, stage)
TIT = "titanic"               # titanic_people(Class, Sex, Age, Survived, Freq)

RPM = '"Revenue passenger miles"'
YEAR = "CAST(strftime('%Y', quarter) AS INTEGER)"

# --------------------------------------------------------------------------- plain
E(ADM, "plain", "easy", "What is the total Freq for Dept A?",
  "SELECT SUM(Freq) FROM admissions WHERE Dept = 'A'", ["aggregate", "filter_eq"])
E(ADM, "plain", "easy", "List Dept and Freq where Admit is Rejected and Gender is Female",
  "SELECT Dept, Freq FROM admissions WHERE Admit = 'Rejected' AND Gender = 'Female'",
  ["list", "multi_filter"])
E(AIR, "plain", "easy", "What were the revenue passenger miles in 1950?",
  f"SELECT {RPM} FROM airline_miles WHERE Year = 1950", ["filter_eq"])
E(AIR, "plain", "easy", "What is the average revenue passenger miles?",
  f"SELECT AVG({RPM}) FROM airline_miles", ["aggregate"])
E(WHT, "plain", "easy", "What is the average wheat price in shillings?",
  "SELECT AVG(wheat_price_shillings) FROM wheat_wages", ["aggregate"])
E(WHT, "plain", "easy", "Show the weekly wage in shillings for the year 1700",
  "SELECT weekly_wage_shillings FROM wheat_wages WHERE year = 1700", ["filter_eq"])
E(DUN, "plain", "easy", "What is the prestige of the occupation physician?",
  "SELECT PRESTIGE FROM occupations WHERE OCCUPATION = 'physician'", ["filter_eq"])
E(DUN, "plain", "easy", "What is the average income by type?",
  "SELECT TYPE, AVG(INCOME) FROM occupations GROUP BY TYPE", ["aggregate", "group_by"])
E(COL, "plain", "easy", "How many patients have treatment Obs?",
  "SELECT COUNT(*) FROM colon_patients WHERE treatment = 'Obs'", ["count", "filter_eq"])
E(COL, "plain", "easy", "What is the average age in years of the patients?",
  "SELECT AVG(ageYears) FROM colon_patients", ["aggregate"])
E(COL, "plain", "medium", "Count the events by event type where observed is yes",
  "SELECT eventType, COUNT(*) FROM colon_events WHERE observed = 'yes' GROUP BY eventType",
  ["count", "group_by", "filter_eq"])
E(GAS, "plain", "easy", "What is the maximum gas_mtherms?",
  "SELECT MAX(gas_mtherms) FROM uk_gas", ["aggregate"])
E(GAS, "plain", "medium", "What is the average gas mtherms in 1975?",
  "SELECT AVG(gas_mtherms) FROM uk_gas WHERE strftime('%Y', quarter) = '1975'",
  ["aggregate", "date_part"])
E(PBC, "plain", "easy", "What is the average bili by status?",
  "SELECT status, AVG(bili) FROM pbc_patients GROUP BY status", ["aggregate", "group_by"])
E(PBC, "plain", "easy", "How many patients are in stage 4?",
  "SELECT COUNT(*) FROM pbc_patients WHERE stage = 4", ["count", "filter_eq"])
E(PBC, "plain", "easy", "What is the average albumin for trt placebo?",
  "SELECT AVG(albumin) FROM pbc_patients WHERE trt = 'placebo'", ["aggregate", "filter_eq"])
E(TIT, "plain", "easy", "What is the sum of Freq where Survived is Yes?",
  "SELECT SUM(Freq) FROM titanic_people WHERE Survived = 'Yes'", ["aggregate", "filter_eq"])
E(TIT, "plain", "easy", "Total Freq by Class",
  "SELECT Class, SUM(Freq) FROM titanic_people GROUP BY Class", ["aggregate", "group_by"])

# --------------------------------------------------------------------------- row_nouns
E(COL, "row_nouns", "easy", "How many participants received Lev+5FU?",
  "SELECT COUNT(*) FROM colon_patients WHERE treatment = 'Lev+5FU'", ["count", "filter_eq"])
E(COL, "row_nouns", "easy", "How many subjects in the study are female?",
  "SELECT COUNT(*) FROM colon_patients WHERE sex = 'female'", ["count", "filter_eq"])
E(COL, "row_nouns", "easy", "How many entries in the event data have the event type death?",
  "SELECT COUNT(*) FROM colon_events WHERE eventType = 'death'", ["count", "filter_eq"])
E(COL, "row_nouns", "easy", "How many follow-up records are there in total?",
  "SELECT COUNT(*) FROM colon_events", ["count"])
E(PBC, "row_nouns", "easy", "How many cases are in the dataset?",
  "SELECT COUNT(*) FROM pbc_patients", ["count"])
E(PBC, "row_nouns", "easy", "How many individuals died?",
  "SELECT COUNT(*) FROM pbc_patients WHERE status = 'dead'", ["count", "filter_eq", "value_synonym"])
E(PBC, "row_nouns", "easy", "Number of women in the data",
  "SELECT COUNT(*) FROM pbc_patients WHERE sex = 'f'", ["count", "filter_eq", "value_synonym"])
E(DUN, "row_nouns", "easy", "How many jobs are there in the data?",
  "SELECT COUNT(*) FROM occupations", ["count"])
E(DUN, "row_nouns", "easy", "How many professions are blue-collar?",
  "SELECT COUNT(*) FROM occupations WHERE TYPE = 'bc'", ["count", "filter_eq", "code_value"])
E(GAS, "row_nouns", "easy", "How many quarters does the series cover?",
  "SELECT COUNT(*) FROM uk_gas", ["count"])
E(GAS, "row_nouns", "medium", "How many data points are there from the 1980s?",
  "SELECT COUNT(*) FROM uk_gas WHERE quarter BETWEEN '1980-01-01' AND '1989-12-31'",
  ["count", "date_range"])
E(WHT, "row_nouns", "easy", "How many time points does Playfair's table have?",
  "SELECT COUNT(*) FROM wheat_wages", ["count"])
E(WHT, "row_nouns", "medium", "How many of the observations have a wage recorded?",
  "SELECT COUNT(*) FROM wheat_wages WHERE weekly_wage_shillings IS NOT NULL",
  ["count", "null_check"])
E(AIR, "row_nouns", "easy", "How many annual figures are there altogether?",
  "SELECT COUNT(*) FROM airline_miles", ["count"])
E(TIT, "row_nouns", "medium", "How many cells of the table have a count of zero?",
  "SELECT COUNT(*) FROM titanic_people WHERE Freq = 0", ["count", "filter_eq"])
E(TIT, "row_nouns", "easy", "How many passengers and crew were aboard altogether?",
  "SELECT SUM(Freq) FROM titanic_people", ["aggregate"])
E(ADM, "row_nouns", "easy", "How many applicants were there in total?",
  "SELECT SUM(Freq) FROM admissions", ["aggregate"])
E(ADM, "row_nouns", "easy", "How many applications did department C receive?",
  "SELECT SUM(Freq) FROM admissions WHERE Dept = 'C'", ["aggregate", "filter_eq"])

# --------------------------------------------------------------------------- measure_words
E(PBC, "measure_words", "easy", "How many patients are older than 60?",
  "SELECT COUNT(*) FROM pbc_patients WHERE age > 60", ["count", "filter_cmp"])
E(PBC, "measure_words", "easy", "How long were patients followed on average, in days?",
  "SELECT AVG(days) FROM pbc_patients", ["aggregate"])
E(PBC, "measure_words", "medium", "How many patients were followed for more than 4000 days?",
  "SELECT COUNT(*) FROM pbc_patients WHERE days > 4000", ["count", "filter_cmp"])
E(COL, "measure_words", "easy", "How old is the youngest patient?",
  "SELECT MIN(ageYears) FROM colon_patients", ["aggregate"])
E(COL, "measure_words", "easy", "How many patients are over 70 years old?",
  "SELECT COUNT(*) FROM colon_patients WHERE ageYears > 70", ["count", "filter_cmp"])
E(COL, "measure_words", "hard",
  "Among patients whose cancer came back, how many days did it take on average for the "
  "recurrence?",
  "SELECT AVG(days) FROM colon_events WHERE eventType = 'recurrence' AND observed = 'yes'",
  ["aggregate", "multi_filter"])
E(WHT, "measure_words", "easy", "How much did a mechanic earn per week in 1800?",
  "SELECT weekly_wage_shillings FROM wheat_wages WHERE year = 1800", ["filter_eq"])
E(WHT, "measure_words", "easy", "How expensive was wheat in 1810?",
  "SELECT wheat_price_shillings FROM wheat_wages WHERE year = 1810", ["filter_eq"])
E(WHT, "measure_words", "medium", "In which years did wheat cost more than 60 shillings?",
  "SELECT year FROM wheat_wages WHERE wheat_price_shillings > 60", ["filter_cmp", "list"])
E(AIR, "measure_words", "easy", "How many miles did passengers fly in 1945?",
  f"SELECT {RPM} FROM airline_miles WHERE Year = 1945", ["filter_eq"])
E(AIR, "measure_words", "medium",
  "In which years did US airlines fly over 20000 revenue passenger miles?",
  f"SELECT Year FROM airline_miles WHERE {RPM} > 20000", ["filter_cmp", "list"])
E(GAS, "measure_words", "easy", "How much gas did the UK use in the first quarter of 1970?",
  "SELECT gas_mtherms FROM uk_gas WHERE quarter = '1970-01-01'", ["filter_eq", "date_value"])
E(GAS, "measure_words", "medium", "What was the total consumption in 1985?",
  "SELECT SUM(gas_mtherms) FROM uk_gas WHERE strftime('%Y', quarter) = '1985'",
  ["aggregate", "date_part"])
E(DUN, "measure_words", "medium",
  "How many occupations have more than half of their men earning $3,500 or more?",
  "SELECT COUNT(*) FROM occupations WHERE INCOME > 50", ["count", "filter_cmp"])
E(DUN, "measure_words", "easy", "How well educated are dentists?",
  "SELECT EDUCATION FROM occupations WHERE OCCUPATION = 'dentist'", ["filter_eq"])
E(DUN, "measure_words", "easy", "How prestigious is a carpenter?",
  "SELECT PRESTIGE FROM occupations WHERE OCCUPATION = 'carpenter'", ["filter_eq"])
E(ADM, "measure_words", "easy", "How many people applied to department F?",
  "SELECT SUM(Freq) FROM admissions WHERE Dept = 'F'", ["aggregate", "filter_eq"])
E(TIT, "measure_words", "easy", "How many people were travelling in first class?",
  "SELECT SUM(Freq) FROM titanic_people WHERE Class = '1st'", ["aggregate", "filter_eq"])

# --------------------------------------------------------------------------- short_forms
E(PBC, "short_forms", "easy", "What's the mean serum cholesterol?",
  "SELECT AVG(chol) FROM pbc_patients", ["aggregate"])
E(PBC, "short_forms", "easy", "How many patients have bilirubin over 5?",
  "SELECT COUNT(*) FROM pbc_patients WHERE bili > 5", ["count", "filter_cmp"])
E(PBC, "short_forms", "medium", "Average prothrombin time for men and for women",
  "SELECT sex, AVG(protime) FROM pbc_patients GROUP BY sex", ["aggregate", "group_by"])
E(PBC, "short_forms", "medium", "What is the average urine copper of the D-penicillamine group?",
  "SELECT AVG(copper) FROM pbc_patients WHERE trt = 'D-penicillamine'",
  ["aggregate", "filter_eq"])
E(PBC, "short_forms", "easy", "What's the max platelet count?",
  "SELECT MAX(platelet) FROM pbc_patients", ["aggregate"])
E(COL, "short_forms", "easy", "How many patients had a perforated colon?",
  "SELECT COUNT(*) FROM colon_patients WHERE perforation = 'yes'", ["count", "filter_eq"])
E(COL, "short_forms", "easy", "Average number of positive nodes",
  "SELECT AVG(positiveNodes) FROM colon_patients", ["aggregate"])
E(COL, "short_forms", "medium", "How many patients have a poorly differentiated tumour?",
  "SELECT COUNT(*) FROM colon_patients WHERE differentiation = 'poor'", ["count", "filter_eq"])
E(COL, "short_forms", "easy", "Count patients by surgery delay",
  "SELECT surgeryDelay, COUNT(*) FROM colon_patients GROUP BY surgeryDelay",
  ["count", "group_by"])
E(COL, "short_forms", "easy", "How many patients had a bowel obstruction?",
  "SELECT COUNT(*) FROM colon_patients WHERE obstruction = 'yes'", ["count", "filter_eq"])
E(DUN, "short_forms", "easy", "List the occupation names of type wc",
  "SELECT OCCUPATION FROM occupations WHERE TYPE = 'wc'", ["list", "filter_eq", "code_value"])
E(DUN, "short_forms", "easy", "What are the type codes and their names?",
  "SELECT TYPE, TYPE_NAME FROM occupation_types", ["list"])
E(DUN, "short_forms", "medium", "What's the average educ of the prof occupations?",
  "SELECT AVG(EDUCATION) FROM occupations WHERE TYPE = 'prof'",
  ["aggregate", "filter_eq", "code_value"])
E(GAS, "short_forms", "easy", "Average mtherms per quarter over the whole series",
  "SELECT AVG(gas_mtherms) FROM uk_gas", ["aggregate"])
E(WHT, "short_forms", "easy", "What was the wheat price in 1600?",
  "SELECT wheat_price_shillings FROM wheat_wages WHERE year = 1600", ["filter_eq"])
E(WHT, "short_forms", "easy", "Average weekly wage",
  "SELECT AVG(weekly_wage_shillings) FROM wheat_wages", ["aggregate"])
E(AIR, "short_forms", "medium", "What were the RPMs in 1960?",
  f"SELECT {RPM} FROM airline_miles WHERE Year = 1960", ["filter_eq"])
E(AIR, "short_forms", "easy", "Show passenger miles for 1940 through 1945",
  f"SELECT Year, {RPM} FROM airline_miles WHERE Year BETWEEN 1940 AND 1945",
  ["list", "between"])
E(ADM, "short_forms", "easy", "How many applicants did dept E reject?",
  "SELECT SUM(Freq) FROM admissions WHERE Dept = 'E' AND Admit = 'Rejected'",
  ["aggregate", "multi_filter"])

# --------------------------------------------------------------------------- values
E(TIT, "values", "easy", "How many children survived?",
  "SELECT SUM(Freq) FROM titanic_people WHERE Age = 'Child' AND Survived = 'Yes'",
  ["aggregate", "multi_filter", "value_synonym"])
E(TIT, "values", "easy", "How many women were in the crew?",
  "SELECT SUM(Freq) FROM titanic_people WHERE Sex = 'Female' AND Class = 'Crew'",
  ["aggregate", "multi_filter", "value_synonym"])
E(TIT, "values", "easy", "How many third-class passengers died?",
  "SELECT SUM(Freq) FROM titanic_people WHERE Class = '3rd' AND Survived = 'No'",
  ["aggregate", "multi_filter", "value_synonym"])
E(TIT, "values", "medium", "How many adult men travelled in 1st class?",
  "SELECT SUM(Freq) FROM titanic_people WHERE Age = 'Adult' AND Sex = 'Male' AND Class = '1st'",
  ["aggregate", "multi_filter", "value_synonym"])
E(ADM, "values", "easy", "How many women were admitted?",
  "SELECT SUM(Freq) FROM admissions WHERE Gender = 'Female' AND Admit = 'Admitted'",
  ["aggregate", "multi_filter", "value_synonym"])
E(ADM, "values", "medium", "How many men were turned down by department A?",
  "SELECT SUM(Freq) FROM admissions WHERE Gender = 'Male' AND Admit = 'Rejected' AND Dept = 'A'",
  ["aggregate", "multi_filter", "value_synonym"])
E(ADM, "values", "medium", "How many rejections were there in departments E and F?",
  "SELECT SUM(Freq) FROM admissions WHERE Admit = 'Rejected' AND Dept IN ('E', 'F')",
  ["aggregate", "multi_filter"])
E(DUN, "values", "medium", "What is the income figure for the RR engineer?",
  "SELECT INCOME FROM occupations WHERE OCCUPATION = 'RR.engineer'", ["filter_eq"])
E(DUN, "values", "medium", "Show the education and prestige of taxi drivers",
  "SELECT EDUCATION, PRESTIGE FROM occupations WHERE OCCUPATION = 'taxi.driver'",
  ["filter_eq"])
E(DUN, "values", "medium", "Which occupations are white-collar?",
  "SELECT OCCUPATION FROM occupations WHERE TYPE = 'wc'", ["list", "filter_eq", "value_synonym"])
E(COL, "values", "hard", "How many patients were on levamisole alone?",
  "SELECT COUNT(*) FROM colon_patients WHERE treatment = 'Lev'",
  ["count", "filter_eq", "value_synonym"])
E(COL, "values", "medium", "How many patients were in the observation arm?",
  "SELECT COUNT(*) FROM colon_patients WHERE treatment = 'Obs'",
  ["count", "filter_eq", "value_synonym"])
E(COL, "values", "medium", "How many tumours had spread to contiguous structures?",
  "SELECT COUNT(*) FROM colon_patients WHERE extent = 'contiguous structures'",
  ["count", "filter_eq"])
E(COL, "values", "easy", "How many male patients had a long surgery delay?",
  "SELECT COUNT(*) FROM colon_patients WHERE sex = 'male' AND surgeryDelay = 'long'",
  ["count", "multi_filter"])
E(PBC, "values", "easy", "How many patients got a transplant?",
  "SELECT COUNT(*) FROM pbc_patients WHERE status = 'transplant'", ["count", "filter_eq"])
E(PBC, "values", "easy", "How many placebo patients died?",
  "SELECT COUNT(*) FROM pbc_patients WHERE trt = 'placebo' AND status = 'dead'",
  ["count", "multi_filter", "value_synonym"])
E(PBC, "values", "easy", "How many men are in the study?",
  "SELECT COUNT(*) FROM pbc_patients WHERE sex = 'm'", ["count", "filter_eq", "value_synonym"])
E(GAS, "values", "easy", "Gas consumption on 1986-10-01",
  "SELECT gas_mtherms FROM uk_gas WHERE quarter = '1986-10-01'", ["filter_eq", "date_value"])

# --------------------------------------------------------------------------- comparatives
E(PBC, "comparatives", "easy", "How many patients have cholesterol above 400?",
  "SELECT COUNT(*) FROM pbc_patients WHERE chol > 400", ["count", "filter_cmp"])
E(PBC, "comparatives", "easy", "How many patients are 40 or younger?",
  "SELECT COUNT(*) FROM pbc_patients WHERE age <= 40", ["count", "filter_cmp"])
E(PBC, "comparatives", "easy", "How many patients have an albumin of at least 3.5?",
  "SELECT COUNT(*) FROM pbc_patients WHERE albumin >= 3.5", ["count", "filter_cmp"])
E(PBC, "comparatives", "medium",
  "Leaving out patients without a cholesterol measurement, what is the average cholesterol?",
  "SELECT AVG(chol) FROM pbc_patients WHERE chol IS NOT NULL", ["aggregate", "null_check"])
E(PBC, "comparatives", "medium", "How many patients have no treatment recorded?",
  "SELECT COUNT(*) FROM pbc_patients WHERE trt IS NULL", ["count", "null_check"])
E(COL, "comparatives", "easy", "How many patients had 4 or more positive nodes?",
  "SELECT COUNT(*) FROM colon_patients WHERE positiveNodes >= 4", ["count", "filter_cmp"])
E(COL, "comparatives", "hard", "How many patients never had a recurrence?",
  "SELECT COUNT(*) FROM colon_patients p WHERE NOT EXISTS (SELECT 1 FROM colon_events e "
  "WHERE e.patientId = p.patientId AND e.eventType = 'recurrence' AND e.observed = 'yes')",
  ["count", "anti_join", "subquery", "negation"])
E(COL, "comparatives", "medium", "How many patients died within 365 days?",
  "SELECT COUNT(*) FROM colon_events WHERE eventType = 'death' AND observed = 'yes' "
  "AND days <= 365", ["count", "filter_cmp", "multi_filter"])
E(COL, "comparatives", "medium", "Which treatments have fewer than 310 patients?",
  "SELECT treatment FROM colon_patients GROUP BY treatment HAVING COUNT(*) < 310",
  ["having", "group_by"])
E(GAS, "comparatives", "easy", "How many quarters had consumption of at least 1000?",
  "SELECT COUNT(*) FROM uk_gas WHERE gas_mtherms >= 1000", ["count", "filter_cmp"])
E(GAS, "comparatives", "medium",
  "What was the earliest quarter with more than 500 million therms?",
  "SELECT MIN(quarter) FROM uk_gas WHERE gas_mtherms > 500", ["aggregate", "filter_cmp"])
E(WHT, "comparatives", "easy", "In which years was the weekly wage below 6 shillings?",
  "SELECT year FROM wheat_wages WHERE weekly_wage_shillings < 6", ["filter_cmp", "list"])
E(WHT, "comparatives", "medium", "How many years from 1700 onward had wheat under 35 shillings?",
  "SELECT COUNT(*) FROM wheat_wages WHERE year >= 1700 AND wheat_price_shillings < 35",
  ["count", "filter_cmp", "multi_filter"])
E(WHT, "comparatives", "medium", "What was the last year with a wage recorded?",
  "SELECT MAX(year) FROM wheat_wages WHERE weekly_wage_shillings IS NOT NULL",
  ["aggregate", "null_check"])
E(AIR, "comparatives", "medium", "How many years before 1950 had under 2000 passenger miles?",
  f"SELECT COUNT(*) FROM airline_miles WHERE Year < 1950 AND {RPM} < 2000",
  ["count", "filter_cmp", "multi_filter"])
E(DUN, "comparatives", "easy", "Which occupations have a prestige of 90 or more?",
  "SELECT OCCUPATION FROM occupations WHERE PRESTIGE >= 90", ["list", "filter_cmp"])
E(DUN, "comparatives", "easy",
  "How many occupations have at most 20 percent high school graduates?",
  "SELECT COUNT(*) FROM occupations WHERE EDUCATION <= 20", ["count", "filter_cmp"])
E(DUN, "comparatives", "hard",
  "Which occupation types have no occupation with a prestige above 80?",
  "SELECT t.TYPE FROM occupation_types t WHERE NOT EXISTS (SELECT 1 FROM occupations o "
  "WHERE o.TYPE = t.TYPE AND o.PRESTIGE > 80)", ["anti_join", "subquery", "negation"])
E(ADM, "comparatives", "medium", "Which departments admitted more than 200 men?",
  "SELECT Dept FROM admissions WHERE Gender = 'Male' AND Admit = 'Admitted' AND Freq > 200",
  ["filter_cmp", "multi_filter", "list"])
E(TIT, "comparatives", "hard", "Which classes had more than 200 survivors?",
  "SELECT Class FROM titanic_people WHERE Survived = 'Yes' GROUP BY Class "
  "HAVING SUM(Freq) > 200", ["having", "group_by"])

# --------------------------------------------------------------------------- superlative_rows
E(DUN, "superlative_rows", "easy", "Which occupation has the highest prestige?",
  "SELECT OCCUPATION, PRESTIGE FROM occupations ORDER BY PRESTIGE DESC LIMIT 1",
  ["top_n", "superlative"])
E(DUN, "superlative_rows", "easy", "Which occupation has the lowest prestige?",
  "SELECT OCCUPATION, PRESTIGE FROM occupations ORDER BY PRESTIGE ASC LIMIT 1",
  ["top_n", "superlative"])
E(DUN, "superlative_rows", "medium", "Which blue-collar job is the most prestigious?",
  "SELECT OCCUPATION, PRESTIGE FROM occupations WHERE TYPE = 'bc' ORDER BY PRESTIGE DESC LIMIT 1",
  ["top_n", "superlative", "filter_eq"])
E(DUN, "superlative_rows", "medium", "Which occupation type has the highest average education?",
  "SELECT TYPE, AVG(EDUCATION) FROM occupations GROUP BY TYPE ORDER BY AVG(EDUCATION) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(WHT, "superlative_rows", "easy", "In which year was wheat the cheapest?",
  "SELECT year, wheat_price_shillings FROM wheat_wages ORDER BY wheat_price_shillings ASC LIMIT 1",
  ["top_n", "superlative"])
E(WHT, "superlative_rows", "easy", "Which year had the highest wage?",
  "SELECT year, weekly_wage_shillings FROM wheat_wages WHERE weekly_wage_shillings IS NOT NULL "
  "ORDER BY weekly_wage_shillings DESC LIMIT 1", ["top_n", "superlative"])
E(AIR, "superlative_rows", "easy", "Which year had the fewest passenger miles?",
  f"SELECT Year, {RPM} FROM airline_miles ORDER BY {RPM} ASC LIMIT 1", ["top_n", "superlative"])
E(GAS, "superlative_rows", "easy", "Which quarter had the highest gas consumption?",
  "SELECT quarter, gas_mtherms FROM uk_gas ORDER BY gas_mtherms DESC LIMIT 1",
  ["top_n", "superlative"])
E(GAS, "superlative_rows", "medium", "In which quarter of 1970 was consumption lowest?",
  "SELECT quarter, gas_mtherms FROM uk_gas WHERE strftime('%Y', quarter) = '1970' "
  "ORDER BY gas_mtherms ASC LIMIT 1", ["top_n", "superlative", "date_part"])
E(GAS, "superlative_rows", "hard", "Which year had the largest total gas consumption?",
  f"SELECT {YEAR}, SUM(gas_mtherms) FROM uk_gas GROUP BY {YEAR} ORDER BY SUM(gas_mtherms) DESC LIMIT 1",
  ["top_n", "superlative", "group_by", "date_part"])
E(PBC, "superlative_rows", "easy", "Which patient has the highest bilirubin?",
  "SELECT id, bili FROM pbc_patients ORDER BY bili DESC LIMIT 1", ["top_n", "superlative"])
E(PBC, "superlative_rows", "easy", "Who is the oldest patient?",
  "SELECT id, age FROM pbc_patients ORDER BY age DESC LIMIT 1", ["top_n", "superlative"])
E(PBC, "superlative_rows", "medium", "Which status has the highest average cholesterol?",
  "SELECT status, AVG(chol) FROM pbc_patients GROUP BY status ORDER BY AVG(chol) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(COL, "superlative_rows", "medium", "Which treatment group has the oldest patients on average?",
  "SELECT treatment, AVG(ageYears) FROM colon_patients GROUP BY treatment "
  "ORDER BY AVG(ageYears) DESC LIMIT 1", ["top_n", "superlative", "group_by"])
E(COL, "superlative_rows", "easy", "Which patient had the most positive nodes?",
  "SELECT patientId, positiveNodes FROM colon_patients ORDER BY positiveNodes DESC LIMIT 1",
  ["top_n", "superlative"])
E(ADM, "superlative_rows", "medium", "Which department received the most applications?",
  "SELECT Dept, SUM(Freq) FROM admissions GROUP BY Dept ORDER BY SUM(Freq) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(ADM, "superlative_rows", "medium", "Which department admitted the most women?",
  "SELECT Dept, Freq FROM admissions WHERE Gender = 'Female' AND Admit = 'Admitted' "
  "ORDER BY Freq DESC LIMIT 1", ["top_n", "superlative", "multi_filter"])
E(TIT, "superlative_rows", "medium", "Which class had the most deaths?",
  "SELECT Class, SUM(Freq) FROM titanic_people WHERE Survived = 'No' GROUP BY Class "
  "ORDER BY SUM(Freq) DESC LIMIT 1", ["top_n", "superlative", "group_by"])

# --------------------------------------------------------------------------- arithmetic_periods
E(WHT, "arithmetic_periods", "easy",
  "What is the difference between the highest and lowest wheat price?",
  "SELECT MAX(wheat_price_shillings) - MIN(wheat_price_shillings) FROM wheat_wages",
  ["arithmetic", "aggregate"])
E(WHT, "arithmetic_periods", "medium",
  "What was the ratio of the wheat price to the weekly wage in 1800?",
  "SELECT wheat_price_shillings / weekly_wage_shillings FROM wheat_wages WHERE year = 1800",
  ["arithmetic", "ratio"])
E(WHT, "arithmetic_periods", "medium", "In how many years was wheat above 45 shillings?",
  "SELECT COUNT(DISTINCT year) FROM wheat_wages WHERE wheat_price_shillings > 45",
  ["count", "distinct", "filter_cmp"])
E(AIR, "arithmetic_periods", "easy", "What is the range of revenue passenger miles?",
  f"SELECT MAX({RPM}) - MIN({RPM}) FROM airline_miles", ["arithmetic", "aggregate"])
E(AIR, "arithmetic_periods", "medium",
  "How many times larger were passenger miles in 1960 than in 1937?",
  f"SELECT 1.0 * (SELECT {RPM} FROM airline_miles WHERE Year = 1960) / "
  f"(SELECT {RPM} FROM airline_miles WHERE Year = 1937)", ["arithmetic", "ratio", "subquery"])
E(AIR, "arithmetic_periods", "easy",
  "In how many years did airlines fly more than 10,000 revenue passenger miles?",
  f"SELECT COUNT(DISTINCT Year) FROM airline_miles WHERE {RPM} > 10000",
  ["count", "distinct", "filter_cmp"])
E(GAS, "arithmetic_periods", "medium",
  "In how many years did some quarter exceed 1000 million therms?",
  "SELECT COUNT(DISTINCT strftime('%Y', quarter)) FROM uk_gas WHERE gas_mtherms > 1000",
  ["count", "distinct", "date_part"])
E(GAS, "arithmetic_periods", "hard",
  "What is the average consumption for each quarter of the year (Q1 to Q4), across all years?",
  "SELECT (CAST(strftime('%m', quarter) AS INTEGER) + 2) / 3, AVG(gas_mtherms) FROM uk_gas "
  "GROUP BY (CAST(strftime('%m', quarter) AS INTEGER) + 2) / 3",
  ["aggregate", "group_by", "date_part", "month_of_year"])
E(GAS, "arithmetic_periods", "medium",
  "Difference between the highest and lowest quarterly consumption in 1980",
  "SELECT MAX(gas_mtherms) - MIN(gas_mtherms) FROM uk_gas WHERE strftime('%Y', quarter) = '1980'",
  ["arithmetic", "aggregate", "date_part"])
E(GAS, "arithmetic_periods", "medium", "How many distinct years does the gas data span?",
  "SELECT COUNT(DISTINCT strftime('%Y', quarter)) FROM uk_gas", ["count", "distinct", "date_part"])
E(PBC, "arithmetic_periods", "easy", "What is the range of patient ages?",
  "SELECT MAX(age) - MIN(age) FROM pbc_patients", ["arithmetic", "aggregate"])
E(PBC, "arithmetic_periods", "medium", "What's the ratio of dead patients to censored ones?",
  "SELECT 1.0 * SUM(status = 'dead') / SUM(status = 'censored') FROM pbc_patients",
  ["arithmetic", "ratio"])
E(COL, "arithmetic_periods", "medium",
  "What is the difference between the average age of men and women?",
  "SELECT (SELECT AVG(ageYears) FROM colon_patients WHERE sex = 'male') - "
  "(SELECT AVG(ageYears) FROM colon_patients WHERE sex = 'female')",
  ["arithmetic", "subquery"])
E(COL, "arithmetic_periods", "hard", "What percentage of patients had a recurrence?",
  "SELECT 100.0 * SUM(observed = 'yes') / COUNT(*) FROM colon_events WHERE eventType = 'recurrence'",
  ["arithmetic", "percent"])
E(DUN, "arithmetic_periods", "easy",
  "What's the gap between the highest and the lowest prestige score?",
  "SELECT MAX(PRESTIGE) - MIN(PRESTIGE) FROM occupations", ["arithmetic", "aggregate"])
E(DUN, "arithmetic_periods", "hard",
  "What is the ratio of the average income of professional occupations to that of blue-collar ones?",
  "SELECT (SELECT AVG(INCOME) FROM occupations WHERE TYPE = 'prof') / "
  "(SELECT AVG(INCOME) FROM occupations WHERE TYPE = 'bc')", ["arithmetic", "ratio", "subquery"])
E(ADM, "arithmetic_periods", "medium", "What was the overall admission rate, in percent?",
  "SELECT 100.0 * SUM(CASE WHEN Admit = 'Admitted' THEN Freq ELSE 0 END) / SUM(Freq) FROM admissions",
  ["arithmetic", "percent"])
E(ADM, "arithmetic_periods", "medium", "What is the ratio of male to female applicants?",
  "SELECT 1.0 * SUM(CASE WHEN Gender = 'Male' THEN Freq ELSE 0 END) / "
  "SUM(CASE WHEN Gender = 'Female' THEN Freq ELSE 0 END) FROM admissions", ["arithmetic", "ratio"])
E(TIT, "arithmetic_periods", "medium", "What percentage of the people aboard survived?",
  "SELECT 100.0 * SUM(CASE WHEN Survived = 'Yes' THEN Freq ELSE 0 END) / SUM(Freq) FROM titanic_people",
  ["arithmetic", "percent"])
E(TIT, "arithmetic_periods", "medium", "How many more men than women died?",
  "SELECT SUM(CASE WHEN Sex = 'Male' THEN Freq ELSE 0 END) - "
  "SUM(CASE WHEN Sex = 'Female' THEN Freq ELSE 0 END) FROM titanic_people WHERE Survived = 'No'",
  ["arithmetic"])

# --------------------------------------------------------------------------- charts
CHART(AIR, "easy", "Plot revenue passenger miles over the years",
      f"SELECT Year, {RPM} FROM airline_miles ORDER BY Year", ["time_series"], order=True)
CHART(AIR, "easy", "Draw passenger miles by year as a bar chart",
      f"SELECT Year, {RPM} FROM airline_miles ORDER BY Year", ["time_series"])
CHART(WHT, "easy", "Chart the price of wheat over time",
      "SELECT year, wheat_price_shillings FROM wheat_wages ORDER BY year", ["time_series"],
      order=True)
SCATTER(WHT, "medium", "Plot wages against wheat prices",
        "SELECT weekly_wage_shillings, wheat_price_shillings FROM wheat_wages "
        "WHERE weekly_wage_shillings IS NOT NULL")
CHART(GAS, "easy", "Graph UK gas consumption over time",
      "SELECT quarter, gas_mtherms FROM uk_gas ORDER BY quarter", ["time_series"], order=True)
CHART(GAS, "medium", "Bar chart of total gas consumption per year",
      f"SELECT {YEAR}, SUM(gas_mtherms) FROM uk_gas GROUP BY {YEAR}",
      ["aggregate", "group_by", "date_part"])
CHART(GAS, "medium", "Plot the yearly average gas consumption as a line",
      f"SELECT {YEAR}, AVG(gas_mtherms) FROM uk_gas GROUP BY {YEAR} ORDER BY {YEAR}",
      ["aggregate", "group_by", "date_part", "time_series"], order=True)
SCATTER(DUN, "easy", "Scatter plot of education vs income for the occupations",
        "SELECT EDUCATION, INCOME FROM occupations")
SCATTER(DUN, "easy", "Plot prestige against income",
        "SELECT PRESTIGE, INCOME FROM occupations")
CHART(DUN, "medium", "Bar chart of the average prestige per occupation type",
      "SELECT TYPE, AVG(PRESTIGE) FROM occupations GROUP BY TYPE", ["aggregate", "group_by"])
SCATTER(PBC, "easy", "Scatter of bilirubin versus albumin",
        "SELECT bili, albumin FROM pbc_patients")
CHART(PBC, "easy", "Bar chart of patient counts by status",
      "SELECT status, COUNT(*) FROM pbc_patients GROUP BY status", ["count", "group_by"])
CHART(PBC, "easy", "Chart the number of patients by sex",
      "SELECT sex, COUNT(*) FROM pbc_patients GROUP BY sex", ["count", "group_by"])
CHART(COL, "easy", "Bar chart of patients per treatment arm",
      "SELECT treatment, COUNT(*) FROM colon_patients GROUP BY treatment", ["count", "group_by"])
SCATTER(COL, "medium", "Plot age against the number of positive nodes",
        "SELECT ageYears, positiveNodes FROM colon_patients WHERE positiveNodes IS NOT NULL")
CHART(COL, "hard", "Visualize the number of observed deaths by treatment",
      "SELECT p.treatment, COUNT(*) FROM colon_events e JOIN colon_patients p "
      "ON p.patientId = e.patientId WHERE e.eventType = 'death' AND e.observed = 'yes' "
      "GROUP BY p.treatment", ["count", "group_by", "join"])
CHART(ADM, "easy", "Bar chart of applicants per department",
      "SELECT Dept, SUM(Freq) FROM admissions GROUP BY Dept", ["aggregate", "group_by"])
CHART(ADM, "medium", "Draw a bar chart of how many women applied to each department",
      "SELECT Dept, SUM(Freq) FROM admissions WHERE Gender = 'Female' GROUP BY Dept",
      ["aggregate", "group_by", "filter_eq"])
CHART(TIT, "medium", "Bar chart of survivors by class",
      "SELECT Class, SUM(Freq) FROM titanic_people WHERE Survived = 'Yes' GROUP BY Class",
      ["aggregate", "group_by", "filter_eq"])

# --------------------------------------------------------------------------- counting_listing
E(DUN, "counting_listing", "easy", "List all occupations",
  "SELECT OCCUPATION FROM occupations", ["list"])
E(DUN, "counting_listing", "medium", "Show every occupation with its type name",
  "SELECT o.OCCUPATION, t.TYPE_NAME FROM occupations o JOIN occupation_types t ON t.TYPE = o.TYPE",
  ["list", "join"])
E(DUN, "counting_listing", "easy", "How many occupations of each type are there?",
  "SELECT TYPE, COUNT(*) FROM occupations GROUP BY TYPE", ["count", "group_by"])
E(DUN, "counting_listing", "easy", "List the professional occupations with their income",
  "SELECT OCCUPATION, INCOME FROM occupations WHERE TYPE = 'prof'", ["list", "filter_eq"])
E(COL, "counting_listing", "easy", "How many records are there for patient 100?",
  "SELECT COUNT(*) FROM colon_events WHERE patientId = 100", ["count", "filter_eq"])
E(COL, "counting_listing", "medium", "List all patients older than 80 with their treatment",
  "SELECT patientId, treatment FROM colon_patients WHERE ageYears > 80", ["list", "filter_cmp"])
E(COL, "counting_listing", "easy", "How many patients are there per extent?",
  "SELECT extent, COUNT(*) FROM colon_patients GROUP BY extent", ["count", "group_by"])
E(PBC, "counting_listing", "easy", "How many records are there for women in stage 4?",
  "SELECT COUNT(*) FROM pbc_patients WHERE sex = 'f' AND stage = 4", ["count", "multi_filter"])
E(PBC, "counting_listing", "easy", "List the ids of patients who had a transplant",
  "SELECT id FROM pbc_patients WHERE status = 'transplant'", ["list", "filter_eq"])
E(PBC, "counting_listing", "medium", "Show every patient over 75 with their age and status",
  "SELECT id, age, status FROM pbc_patients WHERE age > 75", ["list", "filter_cmp"])
E(GAS, "counting_listing", "easy", "List the quarters of 1986 with their consumption",
  "SELECT quarter, gas_mtherms FROM uk_gas WHERE strftime('%Y', quarter) = '1986'",
  ["list", "date_part"])
E(GAS, "counting_listing", "easy", "How many rows are there for 1970?",
  "SELECT COUNT(*) FROM uk_gas WHERE strftime('%Y', quarter) = '1970'", ["count", "date_part"])
E(WHT, "counting_listing", "easy", "List all years and wheat prices from 1750 to 1800",
  "SELECT year, wheat_price_shillings FROM wheat_wages WHERE year BETWEEN 1750 AND 1800",
  ["list", "between"])
E(WHT, "counting_listing", "medium", "Show all years without a wage figure",
  "SELECT year FROM wheat_wages WHERE weekly_wage_shillings IS NULL", ["list", "null_check"])
E(AIR, "counting_listing", "easy", "List every year with its passenger miles",
  f"SELECT Year, {RPM} FROM airline_miles", ["list"])
E(ADM, "counting_listing", "medium", "How many records are there for department D?",
  "SELECT COUNT(*) FROM admissions WHERE Dept = 'D'", ["count", "filter_eq"])
E(ADM, "counting_listing", "easy", "List all departments",
  "SELECT DISTINCT Dept FROM admissions", ["list", "distinct"])
E(TIT, "counting_listing", "medium", "How many records are there for the crew?",
  "SELECT COUNT(*) FROM titanic_people WHERE Class = 'Crew'", ["count", "filter_eq"])
E(TIT, "counting_listing", "medium", "List every combination with zero people",
  "SELECT Class, Sex, Age, Survived FROM titanic_people WHERE Freq = 0", ["list", "filter_eq"])

# --------------------------------------------------------------------------- context_words
E(GAS, "context_words", "hard", "How much did yearly gas consumption rise from 1960 to 1986?",
  "SELECT (SELECT SUM(gas_mtherms) FROM uk_gas WHERE strftime('%Y', quarter) = '1986') - "
  "(SELECT SUM(gas_mtherms) FROM uk_gas WHERE strftime('%Y', quarter) = '1960')",
  ["arithmetic", "change", "date_part", "subquery"])
E(GAS, "context_words", "easy",
  "Across the whole period, what was the UK's average quarterly gas consumption?",
  "SELECT AVG(gas_mtherms) FROM uk_gas", ["aggregate"])
E(GAS, "context_words", "medium", "According to this data, what was total UK gas use in 1965?",
  "SELECT SUM(gas_mtherms) FROM uk_gas WHERE strftime('%Y', quarter) = '1965'",
  ["aggregate", "date_part"])
E(AIR, "context_words", "medium", "By how much did air travel grow between 1950 and 1960?",
  f"SELECT (SELECT {RPM} FROM airline_miles WHERE Year = 1960) - "
  f"(SELECT {RPM} FROM airline_miles WHERE Year = 1950)", ["arithmetic", "change", "subquery"])
E(AIR, "context_words", "easy", "What was the total passenger mileage over all years combined?",
  f"SELECT SUM({RPM}) FROM airline_miles", ["aggregate"])
E(AIR, "context_words", "medium", "How much did US airline traffic drop from 1947 to 1948?",
  f"SELECT (SELECT {RPM} FROM airline_miles WHERE Year = 1947) - "
  f"(SELECT {RPM} FROM airline_miles WHERE Year = 1948)", ["arithmetic", "change", "subquery"])
E(WHT, "context_words", "medium", "By how much did the mechanic's wage rise between 1565 and 1810?",
  "SELECT (SELECT weekly_wage_shillings FROM wheat_wages WHERE year = 1810) - "
  "(SELECT weekly_wage_shillings FROM wheat_wages WHERE year = 1565)",
  ["arithmetic", "change", "subquery"])
E(WHT, "context_words", "medium", "How much did wheat fall between 1810 and 1820?",
  "SELECT (SELECT wheat_price_shillings FROM wheat_wages WHERE year = 1810) - "
  "(SELECT wheat_price_shillings FROM wheat_wages WHERE year = 1820)",
  ["arithmetic", "change", "subquery"])
E(WHT, "context_words", "easy", "Overall, what was the highest wage a good mechanic earned?",
  "SELECT MAX(weekly_wage_shillings) FROM wheat_wages", ["aggregate"])
E(DUN, "context_words", "easy",
  "In Duncan's 1950 survey, what is the average prestige of all occupations combined?",
  "SELECT AVG(PRESTIGE) FROM occupations", ["aggregate"])
E(DUN, "context_words", "medium",
  "According to this data, how much more prestige does a lawyer have than a minister?",
  "SELECT (SELECT PRESTIGE FROM occupations WHERE OCCUPATION = 'lawyer') - "
  "(SELECT PRESTIGE FROM occupations WHERE OCCUPATION = 'minister')", ["arithmetic", "subquery"])
E(ADM, "context_words", "easy", "How many applicants did Berkeley admit overall?",
  "SELECT SUM(Freq) FROM admissions WHERE Admit = 'Admitted'", ["aggregate", "filter_eq"])
E(ADM, "context_words", "easy", "Across all six departments, how many women applied?",
  "SELECT SUM(Freq) FROM admissions WHERE Gender = 'Female'", ["aggregate", "filter_eq"])
E(TIT, "context_words", "easy", "On the ship as a whole, how many children were there?",
  "SELECT SUM(Freq) FROM titanic_people WHERE Age = 'Child'", ["aggregate", "filter_eq"])
E(TIT, "context_words", "easy", "How many crew members survived the sinking?",
  "SELECT SUM(Freq) FROM titanic_people WHERE Class = 'Crew' AND Survived = 'Yes'",
  ["aggregate", "multi_filter"])
E(PBC, "context_words", "easy", "In this Mayo Clinic trial, how many patients were given placebo?",
  "SELECT COUNT(*) FROM pbc_patients WHERE trt = 'placebo'", ["count", "filter_eq"])
E(PBC, "context_words", "medium", "Overall, what is the average bilirubin of the patients who died?",
  "SELECT AVG(bili) FROM pbc_patients WHERE status = 'dead'", ["aggregate", "filter_eq"])
E(COL, "context_words", "medium", "In the whole trial, how many deaths were recorded?",
  "SELECT COUNT(*) FROM colon_events WHERE eventType = 'death' AND observed = 'yes'",
  ["count", "multi_filter"])
E(COL, "context_words", "easy", "Across all treatment arms, what's the average age?",
  "SELECT AVG(ageYears) FROM colon_patients", ["aggregate"])

if __name__ == "__main__":
    QS.write()
