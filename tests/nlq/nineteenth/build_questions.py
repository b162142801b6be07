#!/usr/bin/env python3
"""The nineteenth blind NLQ evaluation set: questions and gold SQL (ids f19-001...).

    python3 build_questions.py

Recomputes gold_rows with ../load.py through ../question_set.py, checks SQL errors, empty
answers and answers that depend on how ties are broken, and writes questions.jsonl and
datasets.json. Standard library only; needs the committed data/*.csv.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)                   # this set's prepare_data.py first
import prepare_data  # noqa: E402
assert os.path.dirname(os.path.abspath(prepare_data.__file__)) == HERE
from question_set import QuestionSet  # noqa: E402

QS = QuestionSet("f19", prepare_data.DATASETS, HERE)
E, CHART, SCATTER = QS.E, QS.CHART, QS.SCATTER

B = "baseball_1986"
M = "mgus"
I = "us_income_inequality"  # noqa: E741
R = "rio_negro"
S = "solder_skips"
A = "refugee_appeals"
C = "california_house_2006"
T = "sat_act"

# ---------------------------------------------------------------- plain
E(B, "plain", "easy", "What is the average sal87 of players whose league86 is A?",
  "SELECT AVG(sal87) FROM hitters WHERE league86 = 'A'", ["aggregate", "filter_eq"])
E(B, "plain", "easy", "How many players have team86 equal to Bos?",
  "SELECT COUNT(*) FROM hitters WHERE team86 = 'Bos'", ["count", "filter_eq"])
E(M, "plain", "easy", "What is the average hgb for each sex?",
  "SELECT sex, AVG(hgb) FROM mgus GROUP BY sex", ["aggregate", "group_by"])
E(M, "plain", "easy", "What is the maximum futime in the mgus table?",
  "SELECT MAX(futime) FROM mgus", ["aggregate"])
E(I, "plain", "easy", "What was the median in 1990?",
  "SELECT median FROM income_inequality WHERE Year = 1990", ["filter_eq"])
E(I, "plain", "easy", "What is the minimum personsPerFamily?",
  "SELECT MIN(personsPerFamily) FROM income_inequality", ["aggregate"])
E(R, "plain", "easy", "What is the maximum manaus value?",
  "SELECT MAX(manaus) FROM rio_negro", ["aggregate"])
E(R, "plain", "medium", "What was the average manaus value in 1926?",
  "SELECT AVG(manaus) FROM rio_negro WHERE strftime('%Y', month) = '1926'",
  ["aggregate", "date_part"])
E(S, "plain", "easy", "What is the average skips for each Opening?",
  "SELECT Opening, AVG(skips) FROM solder GROUP BY Opening", ["aggregate", "group_by"])
E(S, "plain", "easy", "What is the sum of skips where Mask is B6?",
  "SELECT SUM(skips) FROM solder WHERE Mask = 'B6'", ["aggregate", "filter_eq"])
E(A, "plain", "easy", "How many appeals are there for each judge?",
  "SELECT judge, COUNT(*) FROM appeals GROUP BY judge", ["count", "group_by"])
E(A, "plain", "easy", "What is the success value of the nation Iran?",
  "SELECT success FROM nations WHERE nation = 'Iran'", ["filter_eq"])
E(C, "plain", "easy", "What is D in district 5?",
  "SELECT D FROM ca2006 WHERE district = 5", ["filter_eq"])
E(C, "plain", "easy", "What is the average Bush2004 for each IncParty?",
  "SELECT IncParty, AVG(Bush2004) FROM ca2006 GROUP BY IncParty", ["aggregate", "group_by"])
E(T, "plain", "easy", "What is the average SATQ by gender?",
  "SELECT gender, AVG(SATQ) FROM sat_act GROUP BY gender", ["aggregate", "group_by"])
E(T, "plain", "easy", "What is the maximum age where education is 0?",
  "SELECT MAX(age) FROM sat_act WHERE education = 0", ["aggregate", "filter_eq"])
E(B, "plain", "easy", "How many players are there per div86?",
  "SELECT div86, COUNT(*) FROM hitters GROUP BY div86", ["count", "group_by"])
E(I, "plain", "easy", "Show Year and P95IRSvsCensus where P95IRSvsCensus is greater than 0.95.",
  "SELECT Year, P95IRSvsCensus FROM income_inequality WHERE P95IRSvsCensus > 0.95",
  ["filter_cmp"])

# ---------------------------------------------------------------- row_nouns
E(B, "row_nouns", "easy", "How many ballplayers are listed?",
  "SELECT COUNT(*) FROM hitters", ["count"])
E(B, "row_nouns", "easy", "How many batters played in the National League in 1986?",
  "SELECT COUNT(*) FROM hitters WHERE league86 = 'N'", ["count", "filter_eq", "code_value"])
E(M, "row_nouns", "easy", "How many subjects does the study follow?",
  "SELECT COUNT(*) FROM mgus", ["count"])
E(M, "row_nouns", "easy", "How many of the patients are men?",
  "SELECT COUNT(*) FROM mgus WHERE sex = 'male'", ["count", "filter_eq", "value_synonym"])
E(I, "row_nouns", "easy", "How many years of figures does the table cover?",
  "SELECT COUNT(*) FROM income_inequality", ["count"])
E(I, "row_nouns", "easy", "How many annual observations come after 1980?",
  "SELECT COUNT(*) FROM income_inequality WHERE Year > 1980", ["count", "filter_cmp"])
E(R, "row_nouns", "easy", "How many monthly readings are there altogether?",
  "SELECT COUNT(*) FROM rio_negro", ["count"])
E(R, "row_nouns", "medium", "How many monthly gauge readings were taken in the 1950s?",
  "SELECT COUNT(*) FROM rio_negro WHERE month BETWEEN '1950-01-01' AND '1959-12-31'",
  ["count", "date_range"])
E(S, "row_nouns", "easy", "How many test runs were carried out in the experiment?",
  "SELECT COUNT(*) FROM solder", ["count"])
E(S, "row_nouns", "medium", "How many boards soldered with thin solder came out with no skips at all?",
  "SELECT COUNT(*) FROM solder WHERE Solder = 'Thin' AND skips = 0",
  ["count", "multi_filter"])
E(A, "row_nouns", "easy", "How many cases are in the data?",
  "SELECT COUNT(*) FROM appeals", ["count"])
E(A, "row_nouns", "easy", "How many applications were heard in French?",
  "SELECT COUNT(*) FROM appeals WHERE language = 'French'", ["count", "filter_eq"])
E(C, "row_nouns", "easy", "How many seats are covered?",
  "SELECT COUNT(*) FROM ca2006", ["count"])
E(C, "row_nouns", "easy", "How many races had a Republican incumbent?",
  "SELECT COUNT(*) FROM ca2006 WHERE IncParty = 'R'", ["count", "filter_eq", "code_value"])
E(T, "row_nouns", "easy", "How many respondents took part in the survey?",
  "SELECT COUNT(*) FROM sat_act", ["count"])
E(T, "row_nouns", "easy", "How many of the test takers are women?",
  "SELECT COUNT(*) FROM sat_act WHERE gender = 2", ["count", "filter_eq", "code_value"])
E(M, "row_nouns", "medium", "How many individuals in the cohort were followed until their death?",
  "SELECT COUNT(*) FROM mgus WHERE death = 1", ["count", "filter_eq", "code_value"])
E(A, "row_nouns", "medium", "How many claimants from Lebanon were there in total?",
  "SELECT COUNT(*) FROM appeals WHERE nation = 'Lebanon'", ["count", "filter_eq"])

# ---------------------------------------------------------------- measure_words
E(B, "measure_words", "medium", "How many players were paid more than 2 million dollars in 1987?",
  "SELECT COUNT(*) FROM hitters WHERE sal87 > 2000", ["count", "filter_cmp"])
E(B, "measure_words", "medium", "How many players had been in the big leagues for more than 15 years?",
  "SELECT COUNT(*) FROM hitters WHERE years > 15", ["count", "filter_cmp"])
E(B, "measure_words", "medium", "How many hitters homered 30 or more times in 1986?",
  "SELECT COUNT(*) FROM hitters WHERE homer86 >= 30", ["count", "filter_cmp"])
E(B, "measure_words", "medium", "How many batters drove in more than 100 runs in 1986?",
  "SELECT COUNT(*) FROM hitters WHERE rbi86 > 100", ["count", "filter_cmp"])
E(M, "measure_words", "easy", "How old is the oldest patient?",
  "SELECT MAX(age) FROM mgus", ["aggregate"])
E(M, "measure_words", "medium", "How long, in days, was the longest follow-up?",
  "SELECT MAX(futime) FROM mgus", ["aggregate"])
E(M, "measure_words", "medium", "How many patients were followed for more than 10,000 days?",
  "SELECT COUNT(*) FROM mgus WHERE futime > 10000", ["count", "filter_cmp"])
E(I, "measure_words", "medium", "How many families were there in 2000, in thousands?",
  "SELECT \"Number.thousands\" FROM income_inequality WHERE Year = 2000", ["filter_eq"])
E(I, "measure_words", "medium", "How many people lived in the US in 1960, in thousands?",
  "SELECT PopulationK FROM income_inequality WHERE Year = 1960", ["filter_eq"])
E(I, "measure_words", "medium", "How big was the real economy in 1980, in millions of dollars?",
  "SELECT \"realGDP.M\" FROM income_inequality WHERE Year = 1980", ["filter_eq"])
E(R, "measure_words", "medium", "How high did the river get in 1953?",
  "SELECT MAX(manaus) FROM rio_negro WHERE strftime('%Y', month) = '1953'",
  ["aggregate", "date_part"])
E(R, "measure_words", "medium", "How low did the water fall in 1963?",
  "SELECT MIN(manaus) FROM rio_negro WHERE strftime('%Y', month) = '1963'",
  ["aggregate", "date_part"])
E(S, "measure_words", "medium", "How many runs produced more than 20 defects?",
  "SELECT COUNT(*) FROM solder WHERE skips > 20", ["count", "filter_cmp"])
E(A, "measure_words", "medium", "How many cases did the judges grant leave to appeal?",
  "SELECT COUNT(*) FROM appeals WHERE decision = 'yes'", ["count", "filter_eq"])
E(C, "measure_words", "hard", "In how many districts did the Republican outpoll the Democrat?",
  "SELECT COUNT(*) FROM ca2006 WHERE R > D OR (R IS NOT NULL AND D IS NULL)",
  ["count", "column_compare"])
E(C, "measure_words", "medium", "In how many districts did Bush beat Kerry in 2004?",
  "SELECT COUNT(*) FROM ca2006 WHERE Bush2004 > Kerry2004", ["count", "column_compare"])
E(T, "measure_words", "easy", "How many test takers are younger than 18?",
  "SELECT COUNT(*) FROM sat_act WHERE age < 18", ["count", "filter_cmp"])
E(T, "measure_words", "easy", "How old is the youngest participant?",
  "SELECT MIN(age) FROM sat_act", ["aggregate"])

# ---------------------------------------------------------------- short_forms
E(B, "short_forms", "medium", "What is the average RBI in 1986 for players in the American League?",
  "SELECT AVG(rbi86) FROM hitters WHERE league86 = 'A'", ["aggregate", "filter_eq"])
E(B, "short_forms", "medium", "What is the average number of career HRs of players with more than 15 years in the majors?",
  "SELECT AVG(homeruns) FROM hitters WHERE years > 15", ["aggregate", "filter_cmp"])
E(B, "short_forms", "medium", "What is the average number of 1986 putouts by players listed at 1B?",
  "SELECT AVG(outs86) FROM hitters WHERE posit86 = '1B'", ["aggregate", "filter_eq"])
E(M, "short_forms", "easy", "What is the average albumin level?",
  "SELECT AVG(alb) FROM mgus", ["aggregate"])
E(M, "short_forms", "easy", "What is the highest creatinine in the data?",
  "SELECT MAX(creat) FROM mgus", ["aggregate"])
E(M, "short_forms", "medium", "What is the average hemoglobin of female patients?",
  "SELECT AVG(hgb) FROM mgus WHERE sex = 'female'", ["aggregate", "filter_eq"])
E(M, "short_forms", "medium", "What is the average M-spike size among men?",
  "SELECT AVG(mspike) FROM mgus WHERE sex = 'male'", ["aggregate", "filter_eq"])
E(I, "short_forms", "easy", "What was the GDP deflator in 1980?",
  "SELECT \"GDP.Deflator\" FROM income_inequality WHERE Year = 1980", ["filter_eq"])
E(I, "short_forms", "easy", "What was real GDP per capita in 2000?",
  "SELECT realGDPperCap FROM income_inequality WHERE Year = 2000", ["filter_eq"])
E(I, "short_forms", "medium", "What was the 99th percentile of family income in 1990?",
  "SELECT P99 FROM income_inequality WHERE Year = 1990", ["filter_eq"])
E(I, "short_forms", "medium", "What was the IRS vs Census ratio in 1959?",
  "SELECT P95IRSvsCensus FROM income_inequality WHERE Year = 1959", ["filter_eq"])
E(I, "short_forms", "medium", "What is the highest top 0.1 percent threshold (P99.9) in the table?",
  "SELECT MAX(\"P99.9\") FROM income_inequality", ["aggregate"])
E(S, "short_forms", "easy", "What is the total number of skips for pad type W9?",
  "SELECT SUM(skips) FROM solder WHERE PadType = 'W9'", ["aggregate", "filter_eq"])
E(C, "short_forms", "easy", "How many votes did Kerry get in district 9?",
  "SELECT Kerry2004 FROM ca2006 WHERE district = 9", ["filter_eq"])
E(C, "short_forms", "medium", "What is the incumbent's name in district 30?",
  "SELECT IncName FROM ca2006 WHERE district = 30", ["filter_eq"])
E(T, "short_forms", "easy", "What is the average SAT verbal score?",
  "SELECT AVG(SATV) FROM sat_act", ["aggregate"])
E(T, "short_forms", "medium", "What is the average SAT quantitative score of participants with graduate work (education 5)?",
  "SELECT AVG(SATQ) FROM sat_act WHERE education = 5", ["aggregate", "filter_eq"])
E(T, "short_forms", "easy", "How many people have a perfect ACT of 36?",
  "SELECT COUNT(*) FROM sat_act WHERE ACT = 36", ["count", "filter_eq"])

# ---------------------------------------------------------------- values
E(B, "values", "easy", "How many home runs did Wade Boggs hit in 1986?",
  "SELECT homer86 FROM hitters WHERE player = 'Wade Boggs'", ["filter_eq"])
E(B, "values", "medium", "What was Cal Ripken's salary in 1987?",
  "SELECT sal87 FROM hitters WHERE player = 'Cal Ripken'", ["filter_eq"])
E(B, "values", "medium", "How many players played for Toronto in 1986?",
  "SELECT COUNT(*) FROM hitters WHERE team86 = 'Tor'", ["count", "filter_eq", "value_synonym"])
E(B, "values", "medium", "How many players are listed purely as catchers?",
  "SELECT COUNT(*) FROM hitters WHERE posit86 = 'C'", ["count", "filter_eq", "value_synonym"])
E(M, "values", "medium", "How many patients progressed to amyloidosis?",
  "SELECT COUNT(*) FROM mgus WHERE pcdx = 'AM'", ["count", "filter_eq", "value_synonym"])
E(M, "values", "easy", "How many patients developed MM?",
  "SELECT COUNT(*) FROM mgus WHERE pcdx = 'MM'", ["count", "filter_eq", "code_value"])
E(R, "values", "easy", "What was the level of the river in March 1950?",
  "SELECT manaus FROM rio_negro WHERE month = '1950-03-01'", ["filter_eq", "date_value"])
E(S, "values", "easy", "How many skips were recorded with the B3 mask?",
  "SELECT SUM(skips) FROM solder WHERE Mask = 'B3'", ["aggregate", "filter_eq", "code_value"])
E(S, "values", "medium", "What is the average number of skips with thick solder and the small opening?",
  "SELECT AVG(skips) FROM solder WHERE Solder = 'Thick' AND Opening = 'S'",
  ["aggregate", "multi_filter", "value_synonym"])
E(A, "values", "easy", "How many cases did Marceau hear?",
  "SELECT COUNT(*) FROM appeals WHERE judge = 'Marceau'", ["count", "filter_eq"])
E(A, "values", "easy", "How many claimants came from Czechoslovakia?",
  "SELECT COUNT(*) FROM appeals WHERE nation = 'Czechoslovakia'", ["count", "filter_eq"])
E(A, "values", "hard", "How many cases came from El Salvador?",
  "SELECT COUNT(*) FROM appeals WHERE nation = 'El.Salvador'", ["count", "filter_eq"])
E(A, "values", "medium", "How many Montreal cases were granted leave?",
  "SELECT COUNT(*) FROM appeals WHERE location = 'Montreal' AND decision = 'yes'",
  ["count", "multi_filter"])
E(C, "values", "easy", "How many votes did the Democrat get in Pelosi's district?",
  "SELECT D FROM ca2006 WHERE IncName = 'Pelosi'", ["filter_eq"])
E(C, "values", "medium", "Which districts have an incumbent named Miller?",
  "SELECT district FROM ca2006 WHERE IncName = 'Miller'", ["filter_eq"])
E(T, "values", "medium", "What is the average ACT score of the women?",
  "SELECT AVG(ACT) FROM sat_act WHERE gender = 2", ["aggregate", "filter_eq", "value_synonym"])
E(T, "values", "medium", "How many participants reported only high school education (level 1)?",
  "SELECT COUNT(*) FROM sat_act WHERE education = 1", ["count", "filter_eq", "code_value"])
E(B, "values", "hard", "How many players with the surname Davis are listed?",
  "SELECT COUNT(*) FROM hitters WHERE player LIKE '% Davis'", ["count", "like"])

# ---------------------------------------------------------------- comparatives
E(B, "comparatives", "medium", "How many players had at least 600 at bats in 1986?",
  "SELECT COUNT(*) FROM hitters WHERE atbat86 >= 600", ["count", "filter_cmp"])
E(B, "comparatives", "medium", "How many players earned no more than 100 thousand dollars in 1987?",
  "SELECT COUNT(*) FROM hitters WHERE sal87 <= 100", ["count", "filter_cmp"])
E(B, "comparatives", "hard", "Which 1986 team codes have more than 14 players in the data?",
  "SELECT team86 FROM hitters GROUP BY team86 HAVING COUNT(*) > 14",
  ["count", "group_by", "having"])
E(B, "comparatives", "medium", "Leaving out players without a 1987 salary, how many players are there?",
  "SELECT COUNT(*) FROM hitters WHERE sal87 IS NOT NULL", ["count", "null_check"])
E(M, "comparatives", "medium", "How many patients were between 50 and 60 years old?",
  "SELECT COUNT(*) FROM mgus WHERE age BETWEEN 50 AND 60", ["count", "between"])
E(M, "comparatives", "medium", "Excluding patients with no creatinine measurement, how many patients are left?",
  "SELECT COUNT(*) FROM mgus WHERE creat IS NOT NULL", ["count", "null_check"])
E(M, "comparatives", "medium", "How many patients were diagnosed in 1968 or later?",
  "SELECT COUNT(*) FROM mgus WHERE dxyr >= 68", ["count", "filter_cmp"])
E(I, "comparatives", "medium", "In how many years was the median family income above 60,000 dollars?",
  "SELECT COUNT(*) FROM income_inequality WHERE median > 60000", ["count", "filter_cmp"])
E(I, "comparatives", "medium", "What was the first year in which the median family income exceeded 50,000?",
  "SELECT MIN(Year) FROM income_inequality WHERE median > 50000", ["aggregate", "filter_cmp"])
E(R, "comparatives", "medium", "What was the first month in which the river fell below -5 metres?",
  "SELECT MIN(month) FROM rio_negro WHERE manaus < -5", ["aggregate", "filter_cmp"])
E(R, "comparatives", "medium", "When was the river last below -3 metres?",
  "SELECT MAX(month) FROM rio_negro WHERE manaus < -3", ["aggregate", "filter_cmp"])
E(S, "comparatives", "hard", "Which pad types had more than 400 skips in total?",
  "SELECT PadType FROM solder GROUP BY PadType HAVING SUM(skips) > 400",
  ["aggregate", "group_by", "having"])
E(A, "comparatives", "hard", "Which judges heard fewer than 30 cases?",
  "SELECT judge FROM appeals GROUP BY judge HAVING COUNT(*) < 30", ["count", "group_by", "having"])
E(A, "comparatives", "hard", "Which nations never had a case granted leave to appeal?",
  "SELECT nation FROM nations WHERE nation NOT IN (SELECT nation FROM appeals WHERE decision = 'yes')",
  ["anti_join", "negation", "subquery"])
E(A, "comparatives", "hard", "Which nations had no cases at all heard by judge MacGuigan?",
  "SELECT nation FROM nations WHERE nation NOT IN (SELECT nation FROM appeals WHERE judge = 'MacGuigan')",
  ["anti_join", "negation", "subquery"])
E(C, "comparatives", "medium", "In how many districts did the Democratic candidate get at least 100,000 votes?",
  "SELECT COUNT(*) FROM ca2006 WHERE D >= 100000", ["count", "filter_cmp"])
E(C, "comparatives", "medium", "Excluding districts where no third-party candidate ran, what is the average number of votes for other candidates?",
  "SELECT AVG(Other) FROM ca2006 WHERE Other IS NOT NULL", ["aggregate", "null_check"])
E(T, "comparatives", "easy", "How many participants are 50 or older?",
  "SELECT COUNT(*) FROM sat_act WHERE age >= 50", ["count", "filter_cmp"])
E(T, "comparatives", "medium", "How many participants scored below 400 on the SAT verbal?",
  "SELECT COUNT(*) FROM sat_act WHERE SATV < 400", ["count", "filter_cmp"])

# ---------------------------------------------------------------- superlative_rows
E(B, "superlative_rows", "easy", "Which player hit the most home runs in 1986?",
  "SELECT player, homer86 FROM hitters ORDER BY homer86 DESC LIMIT 1", ["top_n", "superlative"])
E(B, "superlative_rows", "medium", "Who was the best paid player on opening day 1987?",
  "SELECT player, sal87 FROM hitters WHERE sal87 IS NOT NULL ORDER BY sal87 DESC LIMIT 1",
  ["top_n", "superlative"])
E(B, "superlative_rows", "medium", "Which player made the most errors in 1986?",
  "SELECT player, error86 FROM hitters ORDER BY error86 DESC LIMIT 1", ["top_n", "superlative"])
E(B, "superlative_rows", "medium", "Who has the most career hits?",
  "SELECT player, hits FROM hitters ORDER BY hits DESC LIMIT 1", ["top_n", "superlative"])
E(B, "superlative_rows", "medium", "Who was the lowest-paid player in 1987?",
  "SELECT player, sal87 FROM hitters WHERE sal87 IS NOT NULL ORDER BY sal87 ASC LIMIT 1",
  ["top_n", "superlative"])
E(M, "superlative_rows", "medium", "Which patient had the highest creatinine?",
  "SELECT id, creat FROM mgus ORDER BY creat DESC LIMIT 1", ["top_n", "superlative"])
E(M, "superlative_rows", "medium", "Which patient was followed the longest?",
  "SELECT id, futime FROM mgus ORDER BY futime DESC LIMIT 1", ["top_n", "superlative"])
E(M, "superlative_rows", "hard", "Which patient had the lowest hemoglobin?",
  "SELECT id, hgb FROM mgus WHERE hgb IS NOT NULL ORDER BY hgb ASC LIMIT 1", ["top_n", "superlative"])
E(I, "superlative_rows", "easy", "In which year was the median family income highest?",
  "SELECT Year, median FROM income_inequality ORDER BY median DESC LIMIT 1", ["top_n", "superlative"])
E(I, "superlative_rows", "medium", "Which year had the smallest families on average?",
  "SELECT Year, personsPerFamily FROM income_inequality ORDER BY personsPerFamily ASC LIMIT 1",
  ["top_n", "superlative"])
E(R, "superlative_rows", "easy", "In which month was the river at its lowest?",
  "SELECT month, manaus FROM rio_negro ORDER BY manaus ASC LIMIT 1", ["top_n", "superlative"])
E(R, "superlative_rows", "medium", "Which month saw the highest water?",
  "SELECT month, manaus FROM rio_negro ORDER BY manaus DESC LIMIT 1", ["top_n", "superlative"])
E(S, "superlative_rows", "medium", "Which pad type had the most skips in total?",
  "SELECT PadType, SUM(skips) FROM solder GROUP BY PadType ORDER BY SUM(skips) DESC LIMIT 1",
  ["aggregate", "group_by", "top_n", "superlative"])
E(A, "superlative_rows", "medium", "Which judge heard the most cases?",
  "SELECT judge, COUNT(*) FROM appeals GROUP BY judge ORDER BY COUNT(*) DESC LIMIT 1",
  ["count", "group_by", "top_n", "superlative"])
E(A, "superlative_rows", "medium", "Claimants from which nation had the best success rate?",
  "SELECT nation, success FROM nations ORDER BY success DESC LIMIT 1", ["top_n", "superlative"])
E(C, "superlative_rows", "medium", "Which district gave the Democratic candidate the most votes?",
  "SELECT district, D FROM ca2006 ORDER BY D DESC LIMIT 1", ["top_n", "superlative"])
E(C, "superlative_rows", "hard", "Whose district gave Bush the most votes in 2004?",
  "SELECT IncName, Bush2004 FROM ca2006 ORDER BY Bush2004 DESC LIMIT 1", ["top_n", "superlative"])
E(T, "superlative_rows", "easy", "Which participant is the oldest?",
  "SELECT id, age FROM sat_act ORDER BY age DESC LIMIT 1", ["top_n", "superlative"])

# ---------------------------------------------------------------- arithmetic_periods
E(B, "arithmetic_periods", "medium", "What is the range of 1987 salaries?",
  "SELECT MAX(sal87) - MIN(sal87) FROM hitters", ["aggregate", "arithmetic"])
E(B, "arithmetic_periods", "hard", "What is the difference between Don Mattingly's and Wade Boggs's hits in 1986?",
  "SELECT (SELECT hits86 FROM hitters WHERE player = 'Don Mattingly') - "
  "(SELECT hits86 FROM hitters WHERE player = 'Wade Boggs')", ["arithmetic", "subquery"])
E(B, "arithmetic_periods", "hard", "What is the ratio of Reggie Jackson's career home runs to his career hits?",
  "SELECT homeruns * 1.0 / hits FROM hitters WHERE player = 'Reggie Jackson'",
  ["arithmetic", "ratio"])
E(M, "arithmetic_periods", "easy", "What is the difference between the oldest and the youngest patient's age?",
  "SELECT MAX(age) - MIN(age) FROM mgus", ["aggregate", "arithmetic"])
E(M, "arithmetic_periods", "medium", "In how many different years were patients diagnosed?",
  "SELECT COUNT(DISTINCT dxyr) FROM mgus", ["count", "distinct"])
E(T, "arithmetic_periods", "hard", "How much higher is the average SAT quantitative score of men than of women?",
  "SELECT (SELECT AVG(SATQ) FROM sat_act WHERE gender = 1) - "
  "(SELECT AVG(SATQ) FROM sat_act WHERE gender = 2)", ["aggregate", "arithmetic", "subquery"])
E(A, "arithmetic_periods", "medium", "What percentage of cases were granted leave to appeal?",
  "SELECT 100.0 * SUM(decision = 'yes') / COUNT(*) FROM appeals", ["aggregate", "percent"])
E(A, "arithmetic_periods", "hard", "What percentage of the cases heard in French were granted leave?",
  "SELECT 100.0 * SUM(decision = 'yes') / COUNT(*) FROM appeals WHERE language = 'French'",
  ["aggregate", "percent", "filter_eq"])
E(I, "arithmetic_periods", "medium", "What was the ratio of the 99th percentile to the median family income in 2012?",
  "SELECT P99 * 1.0 / median FROM income_inequality WHERE Year = 2012", ["arithmetic", "ratio"])
E(I, "arithmetic_periods", "medium", "What is the range of the average number of persons per family?",
  "SELECT MAX(personsPerFamily) - MIN(personsPerFamily) FROM income_inequality",
  ["aggregate", "arithmetic"])
E(I, "arithmetic_periods", "medium", "In how many years was real GDP per capita above 40,000 dollars?",
  "SELECT COUNT(DISTINCT Year) FROM income_inequality WHERE realGDPperCap > 40000",
  ["count", "distinct", "filter_cmp"])
E(R, "arithmetic_periods", "medium", "What is the difference between the highest and the lowest river level on record?",
  "SELECT MAX(manaus) - MIN(manaus) FROM rio_negro", ["aggregate", "arithmetic"])
E(R, "arithmetic_periods", "medium", "In how many years did the river rise above 3 metres?",
  "SELECT COUNT(DISTINCT strftime('%Y', month)) FROM rio_negro WHERE manaus > 3",
  ["count", "distinct", "date_part", "filter_cmp"])
E(R, "arithmetic_periods", "hard", "For each calendar month, across all years, what was the highest level?",
  "SELECT strftime('%m', month), MAX(manaus) FROM rio_negro GROUP BY strftime('%m', month)",
  ["aggregate", "group_by", "month_of_year", "date_part"])
E(R, "arithmetic_periods", "medium", "In how many months of 1926 was the level below -4?",
  "SELECT COUNT(DISTINCT strftime('%m', month)) FROM rio_negro "
  "WHERE strftime('%Y', month) = '1926' AND manaus < -4", ["count", "distinct", "date_part"])
E(S, "arithmetic_periods", "hard", "What is the ratio of the average skips with thin solder to the average with thick solder?",
  "SELECT (SELECT AVG(skips) FROM solder WHERE Solder = 'Thin') / "
  "(SELECT AVG(skips) FROM solder WHERE Solder = 'Thick')", ["aggregate", "ratio", "subquery"])
E(C, "arithmetic_periods", "medium", "What is the ratio of all Democratic votes to all Republican votes?",
  "SELECT SUM(D) * 1.0 / SUM(R) FROM ca2006", ["aggregate", "ratio"])
E(C, "arithmetic_periods", "medium", "What was Kerry's margin over Bush in district 8?",
  "SELECT Kerry2004 - Bush2004 FROM ca2006 WHERE district = 8", ["arithmetic", "filter_eq"])

# ---------------------------------------------------------------- charts
CHART(I, "easy", "Plot the median family income over the years.",
      "SELECT Year, median FROM income_inequality ORDER BY Year", ["time_series", "order"],
      order=True)
SCATTER(I, "medium", "Plot real GDP per capita against the median family income.",
        "SELECT realGDPperCap, median FROM income_inequality")
CHART(I, "medium", "Draw a line of real GDP per person over time.",
      "SELECT Year, realGDPperCap FROM income_inequality ORDER BY Year", ["time_series", "order"],
      order=True)
CHART(R, "medium", "Chart the river level for each month of 1926.",
      "SELECT month, manaus FROM rio_negro WHERE strftime('%Y', month) = '1926' ORDER BY month",
      ["time_series", "order", "date_part"], order=True)
CHART(R, "hard", "Plot the river's yearly peak over time.",
      "SELECT strftime('%Y', month), MAX(manaus) FROM rio_negro GROUP BY strftime('%Y', month) "
      "ORDER BY strftime('%Y', month)", ["time_series", "order", "aggregate", "date_part"],
      order=True)
SCATTER(B, "medium", "Show 1986 at bats versus 1986 hits.",
        "SELECT atbat86, hits86 FROM hitters")
CHART(B, "easy", "Bar chart of the average 1987 salary by league.",
      "SELECT league86, AVG(sal87) FROM hitters GROUP BY league86", ["aggregate", "group_by"])
CHART(M, "medium", "Chart how many patients were diagnosed each year.",
      "SELECT dxyr, COUNT(*) FROM mgus GROUP BY dxyr ORDER BY dxyr",
      ["count", "group_by", "time_series", "order"], order=True)
SCATTER(M, "medium", "Visualize the relationship between age and follow-up time.",
        "SELECT age, futime FROM mgus")
CHART(M, "medium", "Graph the number of patients by type of malignancy, for those who progressed.",
      "SELECT pcdx, COUNT(*) FROM mgus WHERE pcdx IS NOT NULL GROUP BY pcdx",
      ["count", "group_by", "null_check"])
CHART(S, "easy", "Make a bar chart of total skips by mask.",
      "SELECT Mask, SUM(skips) FROM solder GROUP BY Mask", ["aggregate", "group_by"])
CHART(S, "medium", "Visualize the average number of skips for each pad type.",
      "SELECT PadType, AVG(skips) FROM solder GROUP BY PadType", ["aggregate", "group_by"])
CHART(A, "easy", "Chart the number of cases per judge.",
      "SELECT judge, COUNT(*) FROM appeals GROUP BY judge", ["count", "group_by"])
CHART(A, "medium", "Plot how many appeals were granted in each location.",
      "SELECT location, COUNT(*) FROM appeals WHERE decision = 'yes' GROUP BY location",
      ["count", "group_by", "filter_eq"])
SCATTER(C, "medium", "Plot Bush's 2000 vote against his 2004 vote, district by district.",
        "SELECT Bush2000, Bush2004 FROM ca2006")
CHART(C, "easy", "Show a bar chart of the number of districts by incumbent party.",
      "SELECT IncParty, COUNT(*) FROM ca2006 GROUP BY IncParty", ["count", "group_by"])
CHART(T, "easy", "Bar chart of the average ACT score by education level.",
      "SELECT education, AVG(ACT) FROM sat_act GROUP BY education", ["aggregate", "group_by"])
SCATTER(T, "medium", "For participants over 45, plot age against ACT score.",
        "SELECT age, ACT FROM sat_act WHERE age > 45", ["filter_cmp"])

# ---------------------------------------------------------------- counting_listing
E(B, "counting_listing", "easy", "List every player whose only position is designated hitter.",
  "SELECT player FROM hitters WHERE posit86 = 'DH'", ["filter_eq"])
E(B, "counting_listing", "easy", "How many records are there for the Chicago teams in 1986?",
  "SELECT COUNT(*) FROM hitters WHERE team86 = 'Chi'", ["count", "filter_eq"])
E(B, "counting_listing", "medium", "List all players who hit more than 30 home runs in 1986.",
  "SELECT player FROM hitters WHERE homer86 > 30", ["filter_cmp"])
E(M, "counting_listing", "medium", "List the ids of the patients who progressed to macroglobulinemia.",
  "SELECT id FROM mgus WHERE pcdx = 'MA'", ["filter_eq", "value_synonym"])
E(M, "counting_listing", "easy", "How many entries are there for patients diagnosed in 1970?",
  "SELECT COUNT(*) FROM mgus WHERE dxyr = 70", ["count", "filter_eq"])
E(I, "counting_listing", "medium", "List the years in which the population exceeded 300 million.",
  "SELECT Year FROM income_inequality WHERE PopulationK > 300000", ["filter_cmp"])
E(I, "counting_listing", "easy", "How many rows are there for the 1990s?",
  "SELECT COUNT(*) FROM income_inequality WHERE Year BETWEEN 1990 AND 1999", ["count", "between"])
E(R, "counting_listing", "easy", "How many records are there for 1926?",
  "SELECT COUNT(*) FROM rio_negro WHERE strftime('%Y', month) = '1926'", ["count", "date_part"])
E(R, "counting_listing", "medium", "List all the months in which the river stood above 4 metres.",
  "SELECT month FROM rio_negro WHERE manaus > 4", ["filter_cmp"])
E(S, "counting_listing", "easy", "How many records have pad type L9 on panel 2?",
  "SELECT COUNT(*) FROM solder WHERE PadType = 'L9' AND Panel = 2", ["count", "multi_filter"])
E(S, "counting_listing", "easy", "List the different mask types.",
  "SELECT DISTINCT Mask FROM solder", ["distinct"])
E(A, "counting_listing", "easy", "List all the nations in Africa.",
  "SELECT nation FROM nations WHERE region = 'Africa'", ["filter_eq"])
E(A, "counting_listing", "easy", "How many entries are there for judge Urie?",
  "SELECT COUNT(*) FROM appeals WHERE judge = 'Urie'", ["count", "filter_eq"])
E(A, "counting_listing", "easy", "Show every nation with its region.",
  "SELECT nation, region FROM nations", [])
E(C, "counting_listing", "medium", "List every district where no incumbent was running.",
  "SELECT district FROM ca2006 WHERE open = 1", ["filter_eq"])
E(C, "counting_listing", "easy", "How many records are there for Democratic incumbents?",
  "SELECT COUNT(*) FROM ca2006 WHERE IncParty = 'D'", ["count", "filter_eq", "code_value"])
E(T, "counting_listing", "easy", "How many entries are there for 13-year-olds?",
  "SELECT COUNT(*) FROM sat_act WHERE age = 13", ["count", "filter_eq"])
E(T, "counting_listing", "medium", "List the ids of the participants aged 60 or over.",
  "SELECT id FROM sat_act WHERE age >= 60", ["filter_cmp"])

# ---------------------------------------------------------------- context_words
E(I, "context_words", "medium", "How much did the median family income rise from 1970 to 2000?",
  "SELECT (SELECT median FROM income_inequality WHERE Year = 2000) - "
  "(SELECT median FROM income_inequality WHERE Year = 1970)", ["change", "arithmetic", "subquery"])
E(I, "context_words", "hard", "How much did the bottom quintile fall between 2000 and 2012?",
  "SELECT (SELECT quintile1 FROM income_inequality WHERE Year = 2000) - "
  "(SELECT quintile1 FROM income_inequality WHERE Year = 2012)", ["change", "arithmetic", "subquery"])
E(I, "context_words", "medium", "By how much did real GDP per person grow from 1947 to 2012?",
  "SELECT (SELECT realGDPperCap FROM income_inequality WHERE Year = 2012) - "
  "(SELECT realGDPperCap FROM income_inequality WHERE Year = 1947)",
  ["change", "arithmetic", "subquery"])
E(I, "context_words", "medium", "According to this data, what was the average family size in 1950?",
  "SELECT personsPerFamily FROM income_inequality WHERE Year = 1950", ["filter_eq"])
E(R, "context_words", "hard", "How much did the yearly average level drop from 1925 to 1926?",
  "SELECT (SELECT AVG(manaus) FROM rio_negro WHERE strftime('%Y', month) = '1925') - "
  "(SELECT AVG(manaus) FROM rio_negro WHERE strftime('%Y', month) = '1926')",
  ["change", "aggregate", "date_part", "subquery"])
E(R, "context_words", "medium", "Over the whole 90-year record, how many months had the river above 3 metres?",
  "SELECT COUNT(*) FROM rio_negro WHERE manaus > 3", ["count", "filter_cmp"])
E(R, "context_words", "hard", "How much did the river rise between May 1926 and December 1926?",
  "SELECT (SELECT manaus FROM rio_negro WHERE month = '1926-12-01') - "
  "(SELECT manaus FROM rio_negro WHERE month = '1926-05-01')",
  ["change", "date_value", "subquery"])
E(C, "context_words", "medium", "Across California, how many votes did Democratic House candidates get altogether?",
  "SELECT SUM(D) FROM ca2006", ["aggregate"])
E(C, "context_words", "medium", "How many more votes did Kerry get than Bush statewide in 2004?",
  "SELECT SUM(Kerry2004) - SUM(Bush2004) FROM ca2006", ["aggregate", "arithmetic"])
E(C, "context_words", "hard", "How much did Bush's vote grow from 2000 to 2004, all districts combined?",
  "SELECT SUM(Bush2004) - SUM(Bush2000) FROM ca2006", ["change", "aggregate", "arithmetic"])
E(B, "context_words", "easy", "According to this data, how many seasons has the average player spent in the majors?",
  "SELECT AVG(years) FROM hitters", ["aggregate"])
E(B, "context_words", "medium", "All teams combined, how many home runs did these hitters hit in 1986?",
  "SELECT SUM(homer86) FROM hitters", ["aggregate"])
E(B, "context_words", "medium", "What did the average player make on opening day 1987?",
  "SELECT AVG(sal87) FROM hitters", ["aggregate"])
E(A, "context_words", "medium", "Across the whole court, in how many cases did the independent rater see merit?",
  "SELECT COUNT(*) FROM appeals WHERE rater = 'yes'", ["count", "filter_eq"])
E(M, "context_words", "easy", "In this Mayo Clinic cohort, what is the average age at diagnosis?",
  "SELECT AVG(age) FROM mgus", ["aggregate"])
E(S, "context_words", "easy", "Across the whole experiment, how many solder skips were counted?",
  "SELECT SUM(skips) FROM solder", ["aggregate"])
E(T, "context_words", "easy", "In this SAPA sample, what is the average ACT score overall?",
  "SELECT AVG(ACT) FROM sat_act", ["aggregate"])
E(T, "context_words", "medium", "In this online sample, what was the lowest SAT math score reported by someone with graduate work?",
  "SELECT MIN(SATQ) FROM sat_act WHERE education = 5", ["aggregate", "filter_eq"])

# ---------------------------------------------------------------- more, on the parent/child pair and solder
E(A, "values", "medium", "How many cases came from Eastern Europe?",
  "SELECT COUNT(*) FROM appeals a JOIN nations n ON a.nation = n.nation "
  "WHERE n.region = 'Eastern Europe'", ["count", "filter_eq", "join"])
E(A, "superlative_rows", "hard", "Which region had the most claimants granted leave?",
  "SELECT n.region, COUNT(*) FROM appeals a JOIN nations n ON a.nation = n.nation "
  "WHERE a.decision = 'yes' GROUP BY n.region ORDER BY COUNT(*) DESC LIMIT 1",
  ["count", "group_by", "join", "top_n", "superlative"])
E(A, "arithmetic_periods", "hard", "What percentage of Asian claimants were granted leave?",
  "SELECT 100.0 * SUM(a.decision = 'yes') / COUNT(*) FROM appeals a "
  "JOIN nations n ON a.nation = n.nation WHERE n.region = 'Asia'", ["percent", "join", "filter_eq"])
E(A, "comparatives", "hard", "Which regions sent more than 50 claimants?",
  "SELECT n.region FROM appeals a JOIN nations n ON a.nation = n.nation "
  "GROUP BY n.region HAVING COUNT(*) > 50", ["count", "group_by", "having", "join"])
E(S, "superlative_rows", "medium", "On which panel were the most skips found?",
  "SELECT Panel, SUM(skips) FROM solder GROUP BY Panel ORDER BY SUM(skips) DESC LIMIT 1",
  ["aggregate", "group_by", "top_n", "superlative"])

if __name__ == "__main__":
    QS.write()
