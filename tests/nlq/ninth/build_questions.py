#!/usr/bin/env python3
"""The ninth blind NLQ evaluation set: questions and gold SQL (ids f9-001...), written from the
tables in data/ alone, as analysts new to each table would ask. Recomputes gold_rows with
../load.py (through ../question_set.py) and writes questions.jsonl and datasets.json.

    python3 build_questions.py

Standard library only; needs the committed CSVs in data/.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)
from prepare_data import DATASETS  # noqa: E402
from question_set import QuestionSet  # noqa: E402

qs = QuestionSet("f9", DATASETS, HERE)
E, CHART, SCATTER = qs.E, qs.CHART, qs.SCATTER

# ---------------------------------------------------------------- us_accidental_deaths
D = "us_accidental_deaths"
E(D, "plain", "easy", "What is the highest monthly number of accidental deaths?",
  'SELECT MAX("Accidental deaths") FROM accidental_deaths', ["aggregate"])
E(D, "plain", "easy", "What was the average number of accidental deaths per month?",
  'SELECT AVG("Accidental deaths") FROM accidental_deaths', ["aggregate"])
E(D, "row_nouns", "easy", "How many months of figures does the dataset contain?",
  "SELECT COUNT(*) FROM accidental_deaths", ["count"])
E(D, "row_nouns", "easy", "How many entries are there for 1975?",
  "SELECT COUNT(*) FROM accidental_deaths WHERE strftime('%Y', Month) = '1975'",
  ["count", "date_part"])
E(D, "measure_words", "easy", "How many people died in accidents in 1976?",
  """SELECT SUM("Accidental deaths") FROM accidental_deaths WHERE strftime('%Y', Month) = '1976'""",
  ["aggregate", "date_part"])
E(D, "measure_words", "medium", "How many Americans were killed in accidents during the summer "
  "months (June to August) of 1977?",
  """SELECT SUM("Accidental deaths") FROM accidental_deaths
     WHERE Month BETWEEN '1977-06-01' AND '1977-08-01'""", ["aggregate", "date_range"])
E(D, "short_forms", "medium", "What were the total accidental deaths in Q1 1977?",
  """SELECT SUM("Accidental deaths") FROM accidental_deaths
     WHERE Month BETWEEN '1977-01-01' AND '1977-03-01'""", ["aggregate", "date_range"])
E(D, "values", "easy", "How many accidental deaths were recorded in March 1975?",
  """SELECT "Accidental deaths" FROM accidental_deaths WHERE Month = '1975-03-01'""",
  ["filter_eq", "date_value"])
E(D, "comparatives", "easy", "How many months had at least 10,000 accidental deaths?",
  """SELECT COUNT(*) FROM accidental_deaths WHERE "Accidental deaths" >= 10000""",
  ["count", "filter_cmp"])
E(D, "comparatives", "medium", "What was the first month with fewer than 7,000 accidental deaths?",
  """SELECT MIN(Month) FROM accidental_deaths WHERE "Accidental deaths" < 7000""",
  ["aggregate", "filter_cmp"])
E(D, "comparatives", "medium", "When was the last month with more than 10,000 accidental deaths?",
  """SELECT MAX(Month) FROM accidental_deaths WHERE "Accidental deaths" > 10000""",
  ["aggregate", "filter_cmp"])
E(D, "superlative_rows", "medium", "Which month had the most accidental deaths?",
  """SELECT Month, "Accidental deaths" FROM accidental_deaths
     ORDER BY "Accidental deaths" DESC LIMIT 1""", ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "In 1976, which month was the least deadly?",
  """SELECT Month, "Accidental deaths" FROM accidental_deaths WHERE strftime('%Y', Month) = '1976'
     ORDER BY "Accidental deaths" ASC LIMIT 1""", ["top_n", "superlative", "date_part"])
E(D, "arithmetic_periods", "medium", "For each calendar month, what is the average number of "
  "accidental deaths across all years?",
  """SELECT strftime('%m', Month) AS m, AVG("Accidental deaths") FROM accidental_deaths
     GROUP BY m""", ["aggregate", "group_by", "month_of_year"])
E(D, "arithmetic_periods", "easy", "What is the difference between the worst and the best month "
  "for accidental deaths?",
  """SELECT MAX("Accidental deaths") - MIN("Accidental deaths") FROM accidental_deaths""",
  ["arithmetic"])
E(D, "arithmetic_periods", "medium", "In how many years did at least one month exceed 10,000 "
  "accidental deaths?",
  """SELECT COUNT(DISTINCT strftime('%Y', Month)) FROM accidental_deaths
     WHERE "Accidental deaths" > 10000""", ["count", "distinct", "date_part"])
CHART(D, "easy", "Plot accidental deaths over time.",
      """SELECT Month, "Accidental deaths" FROM accidental_deaths ORDER BY Month""",
      ["time_series", "order"], order=True)
CHART(D, "medium", "Chart the yearly total of accidental deaths.",
      """SELECT strftime('%Y', Month) AS y, SUM("Accidental deaths") FROM accidental_deaths
         GROUP BY y ORDER BY y""", ["time_series", "order", "date_part"], order=True)
E(D, "counting_listing", "easy", "List the months of 1978 with more than 9,000 accidental deaths.",
  """SELECT Month FROM accidental_deaths WHERE strftime('%Y', Month) = '1978'
     AND "Accidental deaths" > 9000""", ["filter_cmp", "multi_filter", "date_part"])
E(D, "counting_listing", "easy", "How many monthly records are there for 1973 and 1974 together?",
  """SELECT COUNT(*) FROM accidental_deaths WHERE strftime('%Y', Month) IN ('1973', '1974')""",
  ["count", "date_part"])
E(D, "context_words", "medium", "By how much did the yearly total of accidental deaths fall from "
  "1973 to 1974?",
  """SELECT (SELECT SUM("Accidental deaths") FROM accidental_deaths WHERE strftime('%Y', Month) = '1973')
          - (SELECT SUM("Accidental deaths") FROM accidental_deaths WHERE strftime('%Y', Month) = '1974')""",
  ["change", "arithmetic", "subquery"])
E(D, "context_words", "easy", "According to this data, how many accidental deaths occurred in the "
  "US altogether?",
  """SELECT SUM("Accidental deaths") FROM accidental_deaths""", ["aggregate"])

# ---------------------------------------------------------------- crude_oil_yields
D = "crude_oil_yields"
E(D, "plain", "easy", "How many crude oils are there?", "SELECT COUNT(*) FROM crude_oils", ["count"])
E(D, "plain", "easy", "What is the average gasoline yield percentage over all distillation runs?",
  "SELECT AVG(gasoline_yield_pct) FROM distillation_runs", ["aggregate"])
E(D, "plain", "easy", "What is the vapour pressure of oil E?",
  "SELECT vapour_pressure_psi FROM crude_oils WHERE oil = 'E'", ["filter_eq"])
E(D, "row_nouns", "easy", "How many distillations were made on crude oil A?",
  "SELECT COUNT(*) FROM distillation_runs WHERE oil = 'A'", ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many experiments were carried out in total?",
  "SELECT COUNT(*) FROM distillation_runs", ["count"])
E(D, "measure_words", "easy", "What was the hottest end point used in any run?",
  "SELECT MAX(end_point_f) FROM distillation_runs", ["aggregate"])
E(D, "measure_words", "medium", "How much gasoline, as a percentage of the crude, did the most "
  "productive run give?", "SELECT MAX(gasoline_yield_pct) FROM distillation_runs", ["aggregate"])
E(D, "short_forms", "easy", "What is the average API gravity of the crudes?",
  "SELECT AVG(gravity_api) FROM crude_oils", ["aggregate"])
E(D, "short_forms", "easy", "Which oils have a VP below 2 psi?",
  "SELECT oil FROM crude_oils WHERE vapour_pressure_psi < 2", ["filter_cmp"])
E(D, "short_forms", "medium", "Which crude has the highest ASTM 10% point?",
  "SELECT oil, astm_10pct_point_f FROM crude_oils ORDER BY astm_10pct_point_f DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "values", "easy", "What yields did oil J give?",
  "SELECT gasoline_yield_pct FROM distillation_runs WHERE oil = 'J'", ["filter_eq"])
E(D, "values", "easy", "What is the API gravity of crude G?",
  "SELECT gravity_api FROM crude_oils WHERE oil = 'G'", ["filter_eq"])
E(D, "comparatives", "hard", "Which oils never yielded more than 30 percent gasoline in any run?",
  """SELECT oil FROM crude_oils WHERE oil NOT IN
     (SELECT oil FROM distillation_runs WHERE gasoline_yield_pct > 30)""",
  ["anti_join", "negation", "join", "subquery"])
E(D, "comparatives", "easy", "How many runs used an end point of 400 degrees or more?",
  "SELECT COUNT(*) FROM distillation_runs WHERE end_point_f >= 400", ["count", "filter_cmp"])
E(D, "superlative_rows", "medium", "Which run had the highest yield, and from which oil?",
  """SELECT run_id, oil, gasoline_yield_pct FROM distillation_runs
     ORDER BY gasoline_yield_pct DESC LIMIT 1""", ["top_n", "superlative"])
E(D, "superlative_rows", "easy", "Which crude has the lowest API gravity?",
  "SELECT oil, gravity_api FROM crude_oils ORDER BY gravity_api ASC LIMIT 1",
  ["top_n", "superlative"])
E(D, "arithmetic_periods", "easy", "What is the range of end points used across the runs?",
  "SELECT MAX(end_point_f) - MIN(end_point_f) FROM distillation_runs", ["arithmetic"])
E(D, "arithmetic_periods", "medium", "What is the ratio of oil A's vapour pressure to oil B's?",
  """SELECT (SELECT vapour_pressure_psi FROM crude_oils WHERE oil = 'A')
          / (SELECT vapour_pressure_psi FROM crude_oils WHERE oil = 'B')""",
  ["arithmetic", "ratio", "subquery"])
SCATTER(D, "medium", "Plot end point vs gasoline yield for the runs.",
        "SELECT end_point_f, gasoline_yield_pct FROM distillation_runs")
CHART(D, "medium", "Bar chart of the average gasoline yield per crude oil.",
      "SELECT oil, AVG(gasoline_yield_pct) FROM distillation_runs GROUP BY oil",
      ["aggregate", "group_by"])
E(D, "counting_listing", "easy", "List every crude oil with its API gravity.",
  "SELECT oil, gravity_api FROM crude_oils", ["list"])
E(D, "counting_listing", "medium", "How many runs were made on crudes with a vapour pressure "
  "above 5 psi?",
  """SELECT COUNT(*) FROM distillation_runs r JOIN crude_oils c ON r.oil = c.oil
     WHERE c.vapour_pressure_psi > 5""", ["count", "join", "filter_cmp"])
E(D, "context_words", "easy", "Across all the distillations, what was the average end point?",
  "SELECT AVG(end_point_f) FROM distillation_runs", ["aggregate"])
E(D, "context_words", "hard", "What is the average gasoline yield of runs on crudes lighter than "
  "40 degrees API, i.e. with an API gravity above 40?",
  """SELECT AVG(r.gasoline_yield_pct) FROM distillation_runs r JOIN crude_oils c ON r.oil = c.oil
     WHERE c.gravity_api > 40""", ["aggregate", "join", "filter_cmp"])

# ---------------------------------------------------------------- canadian_occupations
D = "canadian_occupations"
E(D, "plain", "easy", "What is the average prestige score?",
  "SELECT AVG(prestige) FROM prestige", ["aggregate"])
E(D, "plain", "easy", "How many occupations are of type prof?",
  "SELECT COUNT(*) FROM prestige WHERE type = 'prof'", ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many jobs in the list pay more than $10,000 on average?",
  "SELECT COUNT(*) FROM prestige WHERE income > 10000", ["count", "filter_cmp"])
E(D, "row_nouns", "easy", "How many professions are covered altogether?",
  "SELECT COUNT(*) FROM prestige", ["count"])
E(D, "measure_words", "easy", "Which occupation is the best paid?",
  "SELECT occupation, income FROM prestige ORDER BY income DESC LIMIT 1", ["top_n", "superlative"])
E(D, "measure_words", "medium", "Which occupation is the most female?",
  "SELECT occupation, women FROM prestige ORDER BY women DESC LIMIT 1", ["top_n", "superlative"])
E(D, "measure_words", "easy", "How many occupations earn less than 5,000 dollars a year?",
  "SELECT COUNT(*) FROM prestige WHERE income < 5000", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How well educated are lawyers, in years of school?",
  "SELECT education FROM prestige WHERE occupation = 'lawyers'", ["filter_eq"])
E(D, "short_forms", "easy", "What is the census code of nurses?",
  "SELECT census FROM prestige WHERE occupation = 'nurses'", ["filter_eq"])
E(D, "short_forms", "medium", "What is the average income of white-collar occupations?",
  "SELECT AVG(income) FROM prestige WHERE type = 'wc'", ["aggregate", "filter_eq", "value_synonym"])
E(D, "values", "easy", "How much do mail carriers earn?",
  "SELECT income FROM prestige WHERE occupation = 'mail carriers'", ["filter_eq"])
E(D, "values", "medium", "Give the prestige score of every occupation with 'teachers' in its name.",
  "SELECT occupation, prestige FROM prestige WHERE occupation LIKE '%teachers%'", ["like"])
E(D, "values", "easy", "How many blue-collar occupations are there?",
  "SELECT COUNT(*) FROM prestige WHERE type = 'bc'", ["count", "filter_eq", "value_synonym"])
E(D, "comparatives", "easy", "How many occupations have at least 12 years of average education?",
  "SELECT COUNT(*) FROM prestige WHERE education >= 12", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "Which occupations have a prestige above 70 and fewer than 10 "
  "percent women?",
  "SELECT occupation FROM prestige WHERE prestige > 70 AND women < 10",
  ["filter_cmp", "multi_filter"])
E(D, "comparatives", "medium", "Leaving out the occupations without a type, what is the average "
  "income?",
  "SELECT AVG(income) FROM prestige WHERE type IS NOT NULL", ["aggregate", "null_check"])
E(D, "superlative_rows", "easy", "Which occupation has the lowest prestige?",
  "SELECT occupation, prestige FROM prestige ORDER BY prestige ASC LIMIT 1", ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Among blue-collar jobs, which one pays the most?",
  "SELECT occupation, income FROM prestige WHERE type = 'bc' ORDER BY income DESC LIMIT 1",
  ["top_n", "superlative", "filter_eq"])
E(D, "arithmetic_periods", "easy", "What is the difference between the highest and the lowest "
  "income?", "SELECT MAX(income) - MIN(income) FROM prestige", ["arithmetic"])
E(D, "arithmetic_periods", "hard", "What is the ratio of the average income of professional "
  "occupations to that of blue-collar ones?",
  """SELECT (SELECT AVG(income) FROM prestige WHERE type = 'prof')
          / (SELECT AVG(income) FROM prestige WHERE type = 'bc')""", ["arithmetic", "ratio", "subquery"])
SCATTER(D, "medium", "Scatter plot of education against income.",
        "SELECT education, income FROM prestige")
CHART(D, "medium", "Bar chart of the average prestige for each occupation type (bc, prof, wc).",
      "SELECT type, AVG(prestige) FROM prestige WHERE type IS NOT NULL GROUP BY type",
      ["aggregate", "group_by"])
E(D, "counting_listing", "easy", "List all occupations that have no type.",
  "SELECT occupation FROM prestige WHERE type IS NULL", ["null_check"])
E(D, "counting_listing", "easy", "How many occupations are more than half women?",
  "SELECT COUNT(*) FROM prestige WHERE women > 50", ["count", "filter_cmp"])
E(D, "context_words", "easy", "In Canada in 1971, what was the average income across all the "
  "listed occupations?", "SELECT AVG(income) FROM prestige", ["aggregate"])
E(D, "context_words", "medium", "What share of the workforce in the nursing profession (nurses) "
  "is female, according to the census?",
  "SELECT women FROM prestige WHERE occupation = 'nurses'", ["filter_eq", "percent"])

# ---------------------------------------------------------------- world_telephones
D = "world_telephones"
E(D, "plain", "easy", "How many telephones did Europe have in 1961 (in thousands)?",
  "SELECT EUROPE FROM world_phones WHERE YEAR = 1961", ["filter_eq"])
E(D, "row_nouns", "easy", "How many years are covered by the table?",
  "SELECT COUNT(*) FROM world_phones", ["count"])
E(D, "short_forms", "easy", "What was the number of phones in North America in 1958, in thousands?",
  "SELECT N_AMER FROM world_phones WHERE YEAR = 1958", ["filter_eq"])
E(D, "short_forms", "easy", "What was the average number of telephones in Middle America "
  "over the years shown, in thousands?",
  "SELECT AVG(MID_AMER) FROM world_phones", ["aggregate"])
E(D, "short_forms", "easy", "How many phones (thousands) did South America have in 1951?",
  "SELECT S_AMER FROM world_phones WHERE YEAR = 1951", ["filter_eq"])
E(D, "comparatives", "medium", "In which years did Asia have more than 6 million telephones?",
  "SELECT YEAR FROM world_phones WHERE ASIA > 6000", ["filter_cmp"])
E(D, "comparatives", "easy", "In which years did Africa have fewer than 1.6 million phones?",
  "SELECT YEAR FROM world_phones WHERE AFRICA < 1600", ["filter_cmp"])
E(D, "arithmetic_periods", "medium", "What is the ratio of North American to European telephones "
  "in 1961?", "SELECT N_AMER * 1.0 / EUROPE FROM world_phones WHERE YEAR = 1961",
  ["arithmetic", "ratio"])
E(D, "arithmetic_periods", "medium", "What was the total number of telephones in all regions in "
  "1961, in thousands?",
  "SELECT N_AMER + EUROPE + ASIA + S_AMER + OCEANIA + AFRICA + MID_AMER FROM world_phones "
  "WHERE YEAR = 1961", ["arithmetic"])
CHART(D, "easy", "Plot the number of telephones in Asia over the years.",
      "SELECT YEAR, ASIA FROM world_phones ORDER BY YEAR", ["time_series", "order"], order=True)
SCATTER(D, "medium", "Chart Europe against North America.",
        "SELECT EUROPE, N_AMER FROM world_phones")
E(D, "counting_listing", "easy", "List the years in the data.",
  "SELECT YEAR FROM world_phones", ["list"])
E(D, "context_words", "medium", "By how much did the number of telephones in Africa grow from "
  "1951 to 1961 (thousands)?",
  """SELECT (SELECT AFRICA FROM world_phones WHERE YEAR = 1961)
          - (SELECT AFRICA FROM world_phones WHERE YEAR = 1951)""", ["change", "arithmetic", "subquery"])
E(D, "context_words", "medium", "How much did Oceania's phone count rise between 1956 and 1960, "
  "in thousands?",
  """SELECT (SELECT OCEANIA FROM world_phones WHERE YEAR = 1960)
          - (SELECT OCEANIA FROM world_phones WHERE YEAR = 1956)""", ["change", "arithmetic", "subquery"])
E(D, "measure_words", "medium", "How many telephone sets were in use in Europe in 1957, in "
  "thousands?", "SELECT EUROPE FROM world_phones WHERE YEAR = 1957", ["filter_eq"])

# ---------------------------------------------------------------- london_christenings
D = "london_christenings"
E(D, "plain", "easy", "How many girls were christened in 1700?",
  "SELECT Females FROM christenings WHERE Year = 1700", ["filter_eq"])
E(D, "plain", "easy", "What is the average number of plague deaths per year?",
  "SELECT AVG(Plague) FROM christenings", ["aggregate"])
E(D, "row_nouns", "easy", "How many years of records are there?",
  "SELECT COUNT(*) FROM christenings", ["count"])
E(D, "row_nouns", "easy", "How many yearly bills show no plague deaths at all?",
  "SELECT COUNT(*) FROM christenings WHERE Plague = 0", ["count", "filter_eq"])
E(D, "measure_words", "medium", "In which year were the most boys baptised?",
  "SELECT Year, Males FROM christenings ORDER BY Males DESC LIMIT 1", ["top_n", "superlative"])
E(D, "measure_words", "easy", "How many people died in London in 1665?",
  "SELECT Mortality FROM christenings WHERE Year = 1665", ["filter_eq"])
E(D, "measure_words", "easy", "How many people died of the plague in 1636?",
  "SELECT Plague FROM christenings WHERE Year = 1636", ["filter_eq"])
E(D, "comparatives", "easy", "In how many years were more than 1,000 plague deaths recorded?",
  "SELECT COUNT(*) FROM christenings WHERE Plague > 1000", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "What was the last year with any plague deaths?",
  "SELECT MAX(Year) FROM christenings WHERE Plague > 0", ["aggregate", "filter_cmp"])
E(D, "comparatives", "medium", "Which years from 1700 onward had more than 7,650 girls christened?",
  "SELECT Year FROM christenings WHERE Year >= 1700 AND Females > 7650",
  ["filter_cmp", "multi_filter"])
E(D, "superlative_rows", "easy", "Which year had the highest number of deaths?",
  "SELECT Year, Mortality FROM christenings ORDER BY Mortality DESC LIMIT 1", ["top_n", "superlative"])
E(D, "superlative_rows", "easy", "In which year were the fewest boys christened?",
  "SELECT Year, Males FROM christenings ORDER BY Males ASC LIMIT 1", ["top_n", "superlative"])
E(D, "arithmetic_periods", "easy", "In 1680, how many more boys than girls were christened?",
  "SELECT Males - Females FROM christenings WHERE Year = 1680", ["arithmetic"])
E(D, "arithmetic_periods", "medium", "What is the ratio of boys to girls christened over the "
  "whole period?", "SELECT SUM(Males) * 1.0 / SUM(Females) FROM christenings",
  ["arithmetic", "ratio"])
E(D, "arithmetic_periods", "medium", "What was the average number of christenings (boys and girls "
  "together) per year in the 1690s?",
  "SELECT AVG(Males + Females) FROM christenings WHERE Year BETWEEN 1690 AND 1699",
  ["aggregate", "arithmetic", "between"])
CHART(D, "easy", "Plot the number of plague deaths per year.",
      "SELECT Year, Plague FROM christenings ORDER BY Year", ["time_series", "order"], order=True)
SCATTER(D, "medium", "Graph male christenings versus female christenings.",
        "SELECT Males, Females FROM christenings")
E(D, "counting_listing", "easy", "List the years when plague deaths exceeded 10,000.",
  "SELECT Year FROM christenings WHERE Plague > 10000", ["filter_cmp"])
E(D, "counting_listing", "easy", "How many years before 1650 are in the records?",
  "SELECT COUNT(*) FROM christenings WHERE Year < 1650", ["count", "filter_cmp"])
E(D, "context_words", "medium", "How much did total deaths in London rise from 1664 to 1665?",
  """SELECT (SELECT Mortality FROM christenings WHERE Year = 1665)
          - (SELECT Mortality FROM christenings WHERE Year = 1664)""", ["change", "arithmetic", "subquery"])
E(D, "context_words", "easy", "According to the bills of mortality, how many plague deaths were "
  "there in all years combined?", "SELECT SUM(Plague) FROM christenings", ["aggregate"])
E(D, "plain", "easy", "What was the total mortality in 1710?",
  "SELECT Mortality FROM christenings WHERE Year = 1710", ["filter_eq"])

# ---------------------------------------------------------------- cherry_trees
D = "cherry_trees"
E(D, "plain", "easy", "What is the average volume of the trees?",
  'SELECT AVG("Volume (cu ft)") FROM cherry_trees', ["aggregate"])
E(D, "plain", "easy", "How many trees are taller than 80 feet?",
  'SELECT COUNT(*) FROM cherry_trees WHERE "Height (ft)" > 80', ["count", "filter_cmp"])
E(D, "row_nouns", "easy", "How many cherry trees were felled for the study?",
  "SELECT COUNT(*) FROM cherry_trees", ["count"])
E(D, "row_nouns", "easy", "How many specimens are shorter than 70 feet?",
  'SELECT COUNT(*) FROM cherry_trees WHERE "Height (ft)" < 70', ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How tall is the tallest tree?",
  'SELECT MAX("Height (ft)") FROM cherry_trees', ["aggregate"])
E(D, "measure_words", "easy", "How thick is the thickest trunk, in inches?",
  'SELECT MAX("Girth (in)") FROM cherry_trees', ["aggregate"])
E(D, "measure_words", "medium", "How much timber did tree 20 yield?",
  'SELECT "Volume (cu ft)" FROM cherry_trees WHERE Tree = 20', ["filter_eq"])
E(D, "short_forms", "easy", "What is the average height in ft?",
  'SELECT AVG("Height (ft)") FROM cherry_trees', ["aggregate"])
E(D, "short_forms", "easy", "How many trees have more than 30 cu ft of wood?",
  'SELECT COUNT(*) FROM cherry_trees WHERE "Volume (cu ft)" > 30', ["count", "filter_cmp"])
E(D, "comparatives", "medium", "How many trees are at least 80 feet tall and under 12 inches "
  "in girth?",
  'SELECT COUNT(*) FROM cherry_trees WHERE "Height (ft)" >= 80 AND "Girth (in)" < 12',
  ["count", "filter_cmp", "multi_filter"])
E(D, "comparatives", "easy", "How many trees have a girth of 10 inches or less?",
  'SELECT COUNT(*) FROM cherry_trees WHERE "Girth (in)" <= 10', ["count", "filter_cmp"])
E(D, "superlative_rows", "easy", "Which tree has the largest volume?",
  'SELECT Tree, "Volume (cu ft)" FROM cherry_trees ORDER BY "Volume (cu ft)" DESC LIMIT 1',
  ["top_n", "superlative"])
E(D, "superlative_rows", "easy", "Which tree is the shortest?",
  'SELECT Tree, "Height (ft)" FROM cherry_trees ORDER BY "Height (ft)" ASC LIMIT 1',
  ["top_n", "superlative"])
E(D, "arithmetic_periods", "easy", "What is the difference in height between the tallest and the "
  "shortest tree?", 'SELECT MAX("Height (ft)") - MIN("Height (ft)") FROM cherry_trees',
  ["arithmetic"])
E(D, "arithmetic_periods", "medium", "How many times more wood does tree 31 hold than tree 1?",
  """SELECT (SELECT "Volume (cu ft)" FROM cherry_trees WHERE Tree = 31)
          / (SELECT "Volume (cu ft)" FROM cherry_trees WHERE Tree = 1)""",
  ["arithmetic", "ratio", "subquery"])
SCATTER(D, "easy", "Scatter girth against volume.",
        'SELECT "Girth (in)", "Volume (cu ft)" FROM cherry_trees')
SCATTER(D, "medium", "Show the relationship between height and volume in a chart.",
        'SELECT "Height (ft)", "Volume (cu ft)" FROM cherry_trees')
E(D, "counting_listing", "easy", "List the trees with a volume over 50 cubic feet.",
  'SELECT Tree FROM cherry_trees WHERE "Volume (cu ft)" > 50', ["filter_cmp"])
E(D, "context_words", "easy", "For all the cherry trees combined, what is the total timber volume?",
  'SELECT SUM("Volume (cu ft)") FROM cherry_trees', ["aggregate"])
E(D, "values", "easy", "What are the girth, height and volume of tree number 17?",
  'SELECT "Girth (in)", "Height (ft)", "Volume (cu ft)" FROM cherry_trees WHERE Tree = 17',
  ["filter_eq"])

# ---------------------------------------------------------------- young_men_panel
D = "young_men_panel"
E(D, "plain", "easy", "What is the average years of schooling of the men?",
  "SELECT AVG(schoolingYears) FROM men", ["aggregate"])
E(D, "plain", "easy", "What is the average log hourly wage in 1987?",
  "SELECT AVG(logHourlyWage) FROM job_years WHERE year = 1987", ["aggregate", "filter_eq"])
E(D, "row_nouns", "easy", "How many men took part in the survey?",
  "SELECT COUNT(*) FROM men", ["count"])
E(D, "row_nouns", "easy", "How many person-year observations are there in 1983?",
  "SELECT COUNT(*) FROM job_years WHERE year = 1983", ["count", "filter_eq"])
E(D, "row_nouns", "medium", "How many respondents are black?",
  "SELECT COUNT(*) FROM men WHERE ethnicity = 'black'", ["count", "filter_eq"])
E(D, "measure_words", "medium", "How many men studied for 16 years or more?",
  "SELECT COUNT(*) FROM men WHERE schoolingYears >= 16", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "In 1980, how many men had been working for more than 5 years?",
  "SELECT COUNT(*) FROM job_years WHERE year = 1980 AND experienceYears > 5",
  ["count", "filter_cmp", "multi_filter"])
E(D, "short_forms", "medium", "How many records report a health problem?",
  "SELECT COUNT(*) FROM job_years WHERE healthProblem = 'yes'", ["count", "filter_eq"])
E(D, "short_forms", "medium", "How many union members were there in 1984?",
  "SELECT COUNT(*) FROM job_years WHERE year = 1984 AND unionMember = 'yes'",
  ["count", "filter_eq", "multi_filter"])
E(D, "values", "easy", "How many Hispanic men are in the panel?",
  "SELECT COUNT(*) FROM men WHERE ethnicity = 'hisp'", ["count", "filter_eq", "value_synonym"])
E(D, "values", "medium", "How many records are in Manufacturing in 1987?",
  "SELECT COUNT(*) FROM job_years WHERE industry = 'Manufacturing' AND year = 1987",
  ["count", "filter_eq", "multi_filter"])
E(D, "values", "medium", "How many observations come from the rural area?",
  "SELECT COUNT(*) FROM job_years WHERE residence = 'rural area'", ["count", "filter_eq"])
E(D, "comparatives", "hard", "How many men were never union members in any year?",
  """SELECT COUNT(*) FROM men WHERE manId NOT IN
     (SELECT manId FROM job_years WHERE unionMember = 'yes')""",
  ["count", "anti_join", "negation", "subquery"])
E(D, "comparatives", "medium", "Leaving out records without a residence, how many are there "
  "in 1986?",
  "SELECT COUNT(*) FROM job_years WHERE residence IS NOT NULL AND year = 1986",
  ["count", "null_check"])
E(D, "comparatives", "hard", "Which industries have fewer than 100 records?",
  "SELECT industry FROM job_years GROUP BY industry HAVING COUNT(*) < 100",
  ["group_by", "having"])
E(D, "superlative_rows", "easy", "Which industry has the most records?",
  "SELECT industry, COUNT(*) FROM job_years GROUP BY industry ORDER BY COUNT(*) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(D, "superlative_rows", "medium", "In which year was the average log wage highest?",
  """SELECT year, AVG(logHourlyWage) FROM job_years GROUP BY year
     ORDER BY AVG(logHourlyWage) DESC LIMIT 1""", ["top_n", "superlative", "group_by"])
E(D, "superlative_rows", "medium", "Which occupation had the lowest average log hourly wage?",
  """SELECT occupation, AVG(logHourlyWage) FROM job_years GROUP BY occupation
     ORDER BY AVG(logHourlyWage) ASC LIMIT 1""", ["top_n", "superlative", "group_by"])
E(D, "arithmetic_periods", "easy", "Over how many distinct years does the panel run?", "SELECT COUNT(DISTINCT year) FROM job_years", ["count", "distinct"])
E(D, "arithmetic_periods", "medium", "In how many years did man 13 belong to a union?",
  "SELECT COUNT(DISTINCT year) FROM job_years WHERE manId = 13 AND unionMember = 'yes'",
  ["count", "distinct", "multi_filter"])
CHART(D, "easy", "Plot the average log wage by year.",
      "SELECT year, AVG(logHourlyWage) FROM job_years GROUP BY year ORDER BY year",
      ["time_series", "order", "aggregate"], order=True)
CHART(D, "easy", "Bar chart of the number of men by ethnicity.",
      "SELECT ethnicity, COUNT(*) FROM men GROUP BY ethnicity", ["count", "group_by"])
E(D, "counting_listing", "easy", "How many records are there for man 13?",
  "SELECT COUNT(*) FROM job_years WHERE manId = 13", ["count", "filter_eq"])
E(D, "counting_listing", "easy", "List the industries found in the data.",
  "SELECT DISTINCT industry FROM job_years", ["distinct"])
E(D, "counting_listing", "medium", "Show the years and industries of man 13.",
  "SELECT year, industry FROM job_years WHERE manId = 13", ["filter_eq"])
E(D, "context_words", "hard", "Among black men, what was the average log hourly wage in 1985?",
  """SELECT AVG(j.logHourlyWage) FROM job_years j JOIN men m ON j.manId = m.manId
     WHERE m.ethnicity = 'black' AND j.year = 1985""", ["aggregate", "join", "multi_filter"])
E(D, "context_words", "medium", "How much did the average log wage rise from 1980 to 1987?",
  """SELECT (SELECT AVG(logHourlyWage) FROM job_years WHERE year = 1987)
          - (SELECT AVG(logHourlyWage) FROM job_years WHERE year = 1980)""",
  ["change", "arithmetic", "subquery"])
E(D, "context_words", "hard", "What is the average schooling of the men who worked in Finance in "
  "1987?",
  """SELECT AVG(m.schoolingYears) FROM men m JOIN job_years j ON j.manId = m.manId
     WHERE j.industry = 'Finance' AND j.year = 1987""", ["aggregate", "join", "multi_filter"])

# ---------------------------------------------------------------- loom_breaks
D = "loom_breaks"
E(D, "plain", "easy", "What is the average number of breaks?",
  "SELECT AVG(breaks) FROM warp_breaks", ["aggregate"])
E(D, "plain", "easy", "What is the total number of breaks for wool A?",
  "SELECT SUM(breaks) FROM warp_breaks WHERE wool = 'A'", ["aggregate", "filter_eq"])
E(D, "row_nouns", "easy", "How many looms were tested with wool B?",
  "SELECT COUNT(*) FROM warp_breaks WHERE wool = 'B'", ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many trials are in the data set in total?",
  "SELECT COUNT(*) FROM warp_breaks", ["count"])
E(D, "measure_words", "medium", "How often did the yarn snap on loom 9?",
  "SELECT breaks FROM warp_breaks WHERE loom = 9", ["filter_eq"])
E(D, "values", "medium", "How many breaks were there in total for wool B at high tension?",
  "SELECT SUM(breaks) FROM warp_breaks WHERE wool = 'B' AND tension = 'H'",
  ["aggregate", "filter_eq", "multi_filter", "value_synonym"])
E(D, "values", "medium", "What is the average number of breaks at low tension?",
  "SELECT AVG(breaks) FROM warp_breaks WHERE tension = 'L'",
  ["aggregate", "filter_eq", "value_synonym"])
E(D, "superlative_rows", "medium", "Which loom had the most breaks?",
  "SELECT loom, breaks FROM warp_breaks ORDER BY breaks DESC LIMIT 1", ["top_n", "superlative"])
E(D, "superlative_rows", "hard", "Which combination of wool and tension has the highest average "
  "number of breaks?",
  """SELECT wool, tension, AVG(breaks) FROM warp_breaks GROUP BY wool, tension
     ORDER BY AVG(breaks) DESC LIMIT 1""", ["top_n", "superlative", "group_by"])
E(D, "comparatives", "easy", "How many looms had fewer than 20 breaks?",
  "SELECT COUNT(*) FROM warp_breaks WHERE breaks < 20", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "How many wool A looms at medium tension had 30 or more breaks?",
  "SELECT COUNT(*) FROM warp_breaks WHERE wool = 'A' AND tension = 'M' AND breaks >= 30",
  ["count", "filter_cmp", "multi_filter"])
E(D, "arithmetic_periods", "medium", "What is the difference between the average breaks at low "
  "tension and at high tension?",
  """SELECT (SELECT AVG(breaks) FROM warp_breaks WHERE tension = 'L')
          - (SELECT AVG(breaks) FROM warp_breaks WHERE tension = 'H')""", ["arithmetic", "subquery"])
E(D, "arithmetic_periods", "easy", "What is the range of the number of breaks?",
  "SELECT MAX(breaks) - MIN(breaks) FROM warp_breaks", ["arithmetic"])
CHART(D, "easy", "Bar chart of the average breaks per tension level.",
      "SELECT tension, AVG(breaks) FROM warp_breaks GROUP BY tension", ["aggregate", "group_by"])
CHART(D, "easy", "Chart total breaks by wool type.",
      "SELECT wool, SUM(breaks) FROM warp_breaks GROUP BY wool", ["aggregate", "group_by"])
E(D, "counting_listing", "easy", "List the looms with more than 50 breaks.",
  "SELECT loom FROM warp_breaks WHERE breaks > 50", ["filter_cmp"])
E(D, "counting_listing", "easy", "How many rows are there for wool A at low tension?",
  "SELECT COUNT(*) FROM warp_breaks WHERE wool = 'A' AND tension = 'L'",
  ["count", "multi_filter"])
E(D, "context_words", "easy", "All wools and tensions together, how many warp breaks were "
  "counted?", "SELECT SUM(breaks) FROM warp_breaks", ["aggregate"])
E(D, "short_forms", "easy", "What is the average number of breaks for the M tension?",
  "SELECT AVG(breaks) FROM warp_breaks WHERE tension = 'M'", ["aggregate", "filter_eq"])

# ---------------------------------------------------------------- more, all datasets
D = "us_accidental_deaths"
E(D, "short_forms", "medium", "What was the avg monthly death toll in '78?",
  """SELECT AVG("Accidental deaths") FROM accidental_deaths WHERE strftime('%Y', Month) = '1978'""",
  ["aggregate", "date_part"])
E(D, "context_words", "medium", "How much did the January figure fall from January 1973 to "
  "January 1978?",
  """SELECT (SELECT "Accidental deaths" FROM accidental_deaths WHERE Month = '1973-01-01')
          - (SELECT "Accidental deaths" FROM accidental_deaths WHERE Month = '1978-01-01')""",
  ["change", "arithmetic", "subquery", "date_value"])
E(D, "comparatives", "easy", "How many months of 1977 saw fewer than 8,000 accidental deaths?",
  """SELECT COUNT(*) FROM accidental_deaths WHERE strftime('%Y', Month) = '1977'
     AND "Accidental deaths" < 8000""", ["count", "filter_cmp", "date_part"])
CHART(D, "medium", "Graph the monthly deaths for 1978 as a line.",
      """SELECT Month, "Accidental deaths" FROM accidental_deaths WHERE strftime('%Y', Month) = '1978'
         ORDER BY Month""", ["time_series", "order", "date_part"], order=True)

D = "crude_oil_yields"
E(D, "short_forms", "easy", "What is the average EP of the runs on oil C?",
  "SELECT AVG(end_point_f) FROM distillation_runs WHERE oil = 'C'", ["aggregate", "filter_eq"])
E(D, "values", "easy", "How many runs did oils H and I have together?",
  "SELECT COUNT(*) FROM distillation_runs WHERE oil IN ('H', 'I')", ["count", "filter_eq"])
E(D, "superlative_rows", "medium", "Which oil gave the lowest yield in a single run?",
  """SELECT oil, gasoline_yield_pct FROM distillation_runs ORDER BY gasoline_yield_pct ASC LIMIT 1""",
  ["top_n", "superlative"])
E(D, "counting_listing", "easy", "Show all runs of oil D with their end points and yields.",
  "SELECT run_id, end_point_f, gasoline_yield_pct FROM distillation_runs WHERE oil = 'D'",
  ["filter_eq"])
E(D, "comparatives", "hard", "What is the best yield obtained from crudes whose ASTM 10% point is "
  "above 250 degrees F?",
  """SELECT MAX(r.gasoline_yield_pct) FROM distillation_runs r JOIN crude_oils c ON r.oil = c.oil
     WHERE c.astm_10pct_point_f > 250""", ["aggregate", "join", "filter_cmp"])

D = "canadian_occupations"
E(D, "short_forms", "medium", "What is the avg. % of women in wc jobs?",
  "SELECT AVG(women) FROM prestige WHERE type = 'wc'", ["aggregate", "filter_eq"])
E(D, "values", "easy", "What prestige score do university teachers have?",
  "SELECT prestige FROM prestige WHERE occupation = 'university teachers'", ["filter_eq"])
E(D, "row_nouns", "easy", "How many job titles have more than 90 percent women?",
  "SELECT COUNT(*) FROM prestige WHERE women > 90", ["count", "filter_cmp"])

D = "world_telephones"
E(D, "superlative_rows", "easy", "In which year did Europe have the most telephones?",
  "SELECT YEAR, EUROPE FROM world_phones ORDER BY EUROPE DESC LIMIT 1", ["top_n", "superlative"])

D = "london_christenings"
E(D, "counting_listing", "easy", "List the years in which more than 20,000 people died.",
  "SELECT Year FROM christenings WHERE Mortality > 20000", ["filter_cmp"])
E(D, "context_words", "easy", "Over the whole span of the London bills, how many boys were "
  "christened?", "SELECT SUM(Males) FROM christenings", ["aggregate"])
CHART(D, "medium", "Draw a bar chart of plague deaths for the years 1660 to 1670.",
      "SELECT Year, Plague FROM christenings WHERE Year BETWEEN 1660 AND 1670",
      ["between"])

D = "cherry_trees"
E(D, "context_words", "easy", "In this Pennsylvania forest sample, what is the average girth?",
  'SELECT AVG("Girth (in)") FROM cherry_trees', ["aggregate"])

D = "young_men_panel"
E(D, "short_forms", "easy", "How many men have 12 yrs of schooling?",
  "SELECT COUNT(*) FROM men WHERE schoolingYears = 12", ["count", "filter_eq"])
E(D, "values", "medium", "How many records are from the north east in 1980?",
  "SELECT COUNT(*) FROM job_years WHERE residence = 'north east' AND year = 1980",
  ["count", "filter_eq", "multi_filter"])
E(D, "values", "easy", "How many records list the occupation 'Sales Workers'?",
  "SELECT COUNT(*) FROM job_years WHERE occupation = 'Sales Workers'", ["count", "filter_eq"])
E(D, "values", "hard", "How many Hispanic men were married in 1987?",
  """SELECT COUNT(*) FROM men m JOIN job_years j ON j.manId = m.manId
     WHERE m.ethnicity = 'hisp' AND j.year = 1987 AND j.married = 'yes'""",
  ["count", "join", "multi_filter", "value_synonym"])
E(D, "superlative_rows", "medium", "Which ethnic group has the highest average schooling?",
  """SELECT ethnicity, AVG(schoolingYears) FROM men GROUP BY ethnicity
     ORDER BY AVG(schoolingYears) DESC LIMIT 1""", ["top_n", "superlative", "group_by"])
E(D, "counting_listing", "easy", "List the ids of the men with 16 years of schooling.",
  "SELECT manId FROM men WHERE schoolingYears = 16", ["filter_eq"])
E(D, "comparatives", "hard", "How many men with 12 years of schooling were union members in 1987?",
  """SELECT COUNT(*) FROM men m JOIN job_years j ON j.manId = m.manId
     WHERE m.schoolingYears = 12 AND j.year = 1987 AND j.unionMember = 'yes'""",
  ["count", "join", "multi_filter"])

D = "loom_breaks"
E(D, "values", "easy", "How many breaks did loom 30 have?",
  "SELECT breaks FROM warp_breaks WHERE loom = 30", ["filter_eq"])
E(D, "measure_words", "medium", "What is the fewest times the warp broke on any loom?",
  "SELECT MIN(breaks) FROM warp_breaks", ["aggregate"])

if __name__ == "__main__":
    qs.write()
