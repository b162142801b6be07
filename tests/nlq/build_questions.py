#!/usr/bin/env python3
"""Builds questions.jsonl (natural-language-query evaluation set on new tables) and
datasets.json.

    python3 prepare_data.py        # once: writes data/*.csv (needs plotly, scikit-learn,
                                   # statsmodels, pandas)
    python3 build_questions.py     # stdlib only: recomputes gold_rows from data/*.csv

The gold SQL of every entry was written first, from the data and the question;
gold_rows are whatever that SQL returns on the tables loaded with the contract's
typing rules (load.py). No engine answer was looked at.

Each entry has the fields of ../shared/nlq/dev.jsonl plus "class", the kind of
wording it exercises (README.md). Scatter-chart entries carry the tag "scatter":
their gold rows are (x, y) pairs compared as a set (score.py).

Ids (ext-001, ...) follow the order of the E()/CHART()/SCATTER() calls: add new
questions at the end so that existing ids keep their meaning.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from question_set import QuestionSet  # noqa: E402
from prepare_data import DATASETS  # noqa: E402  (plain data, no third-party import)

QUESTIONS = QuestionSet("ext", DATASETS, HERE)
E, CHART, SCATTER = QUESTIONS.E, QUESTIONS.CHART, QUESTIONS.SCATTER


YEAR = "strftime('%Y', {0})"


# =============================================================================== gapminder
G = "gapminder"
E(G, "plain", "easy", "What is the average gdpPercap of countries in Africa in 2007?",
  "SELECT AVG(gdpPercap) FROM gapminder WHERE continent = 'Africa' AND year = 2007",
  ["aggregate", "multi_filter"])
E(G, "plain", "easy", "How many distinct countries are there in each continent?",
  "SELECT continent, COUNT(DISTINCT country) FROM gapminder GROUP BY continent",
  ["group_by", "count", "distinct"])
E(G, "plain", "medium",
  "Show the country, year and pop of every row where pop is greater than 1000000000.",
  "SELECT country, year, pop FROM gapminder WHERE pop > 1000000000",
  ["filter_cmp"])
E(G, "row_nouns", "easy", "How many observations are there for Asia?",
  "SELECT COUNT(*) FROM gapminder WHERE continent = 'Asia'", ["count", "filter_eq"])
E(G, "measure_words", "medium", "Which countries had an average life span above 80 years in 2007?",
  "SELECT country FROM gapminder WHERE year = 2007 AND lifeExp > 80",
  ["filter_cmp", "multi_filter"])
E(G, "measure_words", "medium", "Which country was the most populous in 2007?",
  "SELECT country, pop FROM gapminder WHERE year = 2007 ORDER BY pop DESC LIMIT 1",
  ["top_n", "superlative"])
E(G, "short_forms", "easy", "What is the average life expectancy per continent in 2007?",
  "SELECT continent, AVG(lifeExp) FROM gapminder WHERE year = 2007 GROUP BY continent",
  ["group_by", "aggregate"])
E(G, "short_forms", "easy", "What was China's GDP per capita in 2007?",
  "SELECT gdpPercap FROM gapminder WHERE country = 'China' AND year = 2007",
  ["filter_eq", "multi_filter"])
E(G, "short_forms", "easy", "List the ISO alpha codes of the countries in Oceania.",
  "SELECT DISTINCT iso_alpha FROM gapminder WHERE continent = 'Oceania'",
  ["distinct", "filter_eq"])
E(G, "values", "easy", "What was the population of Canada in 1952?",
  "SELECT pop FROM gapminder WHERE country = 'Canada' AND year = 1952",
  ["filter_eq", "multi_filter"])
E(G, "values", "easy", "What was the life expectancy of JPN in 1982?",
  "SELECT lifeExp FROM gapminder WHERE iso_alpha = 'JPN' AND year = 1982",
  ["filter_eq", "multi_filter", "code_value"])
E(G, "values", "medium", "How many countries have 'Guinea' in their name?",
  "SELECT COUNT(DISTINCT country) FROM gapminder WHERE country LIKE '%Guinea%'",
  ["count", "distinct", "like"])
E(G, "values", "medium", "What was the gdpPercap of Korea, Rep. in 2007?",
  "SELECT gdpPercap FROM gapminder WHERE country = 'Korea, Rep.' AND year = 2007",
  ["filter_eq", "multi_filter"])
E(G, "comparatives", "medium",
  "How many countries had a life expectancy of at least 75 in 2007?",
  "SELECT COUNT(*) FROM gapminder WHERE year = 2007 AND lifeExp >= 75",
  ["count", "filter_cmp", "multi_filter"])
E(G, "comparatives", "medium", "Which countries had a population under 1 million in 2007?",
  "SELECT country FROM gapminder WHERE year = 2007 AND pop < 1000000",
  ["filter_cmp", "multi_filter"])
E(G, "comparatives", "hard", "Which continents have more than 30 countries?",
  """SELECT continent FROM gapminder GROUP BY continent
     HAVING COUNT(DISTINCT country) > 30""", ["group_by", "having", "distinct"])
E(G, "superlative_rows", "medium", "Which country had the highest life expectancy in 2007?",
  "SELECT country, lifeExp FROM gapminder WHERE year = 2007 ORDER BY lifeExp DESC LIMIT 1",
  ["top_n", "superlative"])
E(G, "superlative_rows", "hard", "Which continent had the largest total population in 1952?",
  """SELECT continent, SUM(pop) AS total_pop FROM gapminder WHERE year = 1952
     GROUP BY continent ORDER BY total_pop DESC LIMIT 1""",
  ["group_by", "aggregate", "top_n", "superlative"])
E(G, "superlative_rows", "medium", "In which year did China have its lowest life expectancy?",
  "SELECT year, lifeExp FROM gapminder WHERE country = 'China' ORDER BY lifeExp ASC LIMIT 1",
  ["top_n", "superlative"])
E(G, "arithmetic_periods", "medium",
  "What is the difference between the highest and lowest life expectancy in 2007?",
  "SELECT MAX(lifeExp) - MIN(lifeExp) FROM gapminder WHERE year = 2007",
  ["aggregate", "arithmetic"])
E(G, "arithmetic_periods", "hard",
  "What is the ratio of the total population of Asia to that of Europe in 2007?",
  """SELECT 1.0 * SUM(CASE WHEN continent = 'Asia' THEN pop END)
          / SUM(CASE WHEN continent = 'Europe' THEN pop END)
     FROM gapminder WHERE year = 2007""", ["aggregate", "arithmetic", "ratio"])
CHART(G, "medium", "Plot Japan's life expectancy over the years.",
      "SELECT year, lifeExp FROM gapminder WHERE country = 'Japan' ORDER BY year",
      ["time_series", "order"], order=True)
SCATTER(G, "medium", "Plot gdpPercap vs lifeExp for 2007.",
        "SELECT gdpPercap, lifeExp FROM gapminder WHERE year = 2007", ["filter_eq"])
E(G, "counting_listing", "easy", "How many records are there for Germany?",
  "SELECT COUNT(*) FROM gapminder WHERE country = 'Germany'", ["count", "filter_eq"])
E(G, "counting_listing", "easy", "List every country in Oceania.",
  "SELECT DISTINCT country FROM gapminder WHERE continent = 'Oceania'",
  ["distinct", "filter_eq"])
E(G, "context_words", "hard",
  "How much did life expectancy in China grow between 1952 and 2007?",
  """SELECT (SELECT lifeExp FROM gapminder WHERE country = 'China' AND year = 2007)
          - (SELECT lifeExp FROM gapminder WHERE country = 'China' AND year = 1952)""",
  ["arithmetic", "change", "subquery"])
E(G, "context_words", "hard", "By how much did India's population rise from 1952 to 2007?",
  """SELECT (SELECT pop FROM gapminder WHERE country = 'India' AND year = 2007)
          - (SELECT pop FROM gapminder WHERE country = 'India' AND year = 1952)""",
  ["arithmetic", "change", "subquery"])

# ==================================================================================== tips
T = "tips"
E(T, "plain", "easy", "What is the average tip?", "SELECT AVG(tip) FROM tips", ["aggregate"])
E(T, "plain", "easy", "What is the sum of total_bill for dinner?",
  "SELECT SUM(total_bill) FROM tips WHERE time = 'Dinner'", ["aggregate", "filter_eq"])
E(T, "plain", "easy", "What is the average tip for each day?",
  "SELECT day, AVG(tip) FROM tips GROUP BY day", ["group_by", "aggregate"])
E(T, "plain", "easy", "What is the average size by time?",
  "SELECT time, AVG(size) FROM tips GROUP BY time", ["group_by", "aggregate"])
E(T, "row_nouns", "easy", "How many bills are there in total?",
  "SELECT COUNT(*) FROM tips", ["count"])
E(T, "row_nouns", "easy", "How many of the bills were on a Sunday?",
  "SELECT COUNT(*) FROM tips WHERE day = 'Sun'", ["count", "filter_eq", "value_synonym"])
E(T, "measure_words", "easy", "How many bills cost over 40 dollars?",
  "SELECT COUNT(*) FROM tips WHERE total_bill > 40", ["count", "filter_cmp"])
E(T, "measure_words", "easy", "What was the most anyone tipped?",
  "SELECT MAX(tip) FROM tips", ["aggregate"])
E(T, "measure_words", "medium", "How many parties had more than 4 people?",
  "SELECT COUNT(*) FROM tips WHERE size > 4", ["count", "filter_cmp"])
E(T, "short_forms", "easy", "What is the average bill on Saturdays?",
  "SELECT AVG(total_bill) FROM tips WHERE day = 'Sat'",
  ["aggregate", "filter_eq", "value_synonym"])
E(T, "values", "easy", "What is the average tip on Thursdays?",
  "SELECT AVG(tip) FROM tips WHERE day = 'Thur'", ["aggregate", "filter_eq", "value_synonym"])
E(T, "values", "medium", "How many bills were paid by women at lunch?",
  "SELECT COUNT(*) FROM tips WHERE sex = 'Female' AND time = 'Lunch'",
  ["count", "multi_filter", "value_synonym"])
E(T, "values", "easy", "What is the average total bill for non-smokers?",
  "SELECT AVG(total_bill) FROM tips WHERE smoker = 'No'",
  ["aggregate", "filter_eq", "negation", "value_synonym"])
E(T, "comparatives", "easy", "How many tips were no more than 1.5?",
  "SELECT COUNT(*) FROM tips WHERE tip <= 1.5", ["count", "filter_cmp"])
E(T, "comparatives", "hard", "Which days have fewer than 70 bills?",
  "SELECT day FROM tips GROUP BY day HAVING COUNT(*) < 70", ["group_by", "having", "count"])
E(T, "comparatives", "medium", "How many parties had between 3 and 5 people?",
  "SELECT COUNT(*) FROM tips WHERE size BETWEEN 3 AND 5", ["count", "between"])
E(T, "superlative_rows", "medium", "On which day is the average tip highest?",
  "SELECT day, AVG(tip) AS avg_tip FROM tips GROUP BY day ORDER BY avg_tip DESC LIMIT 1",
  ["group_by", "aggregate", "top_n", "superlative"])
E(T, "superlative_rows", "medium", "Which party size has the highest average bill?",
  """SELECT size, AVG(total_bill) AS avg_bill FROM tips GROUP BY size
     ORDER BY avg_bill DESC LIMIT 1""", ["group_by", "aggregate", "top_n", "superlative"])
E(T, "arithmetic_periods", "medium", "What is the ratio of total tips to total bills?",
  "SELECT SUM(tip) / SUM(total_bill) FROM tips", ["aggregate", "arithmetic", "ratio"])
SCATTER(T, "easy", "Plot total bill vs tip.", "SELECT total_bill, tip FROM tips")
CHART(T, "easy", "Draw a histogram of party sizes.",
      "SELECT size, COUNT(*) FROM tips GROUP BY size", ["group_by", "count", "distribution"])
E(T, "counting_listing", "easy", "How many records are there for Friday lunch?",
  "SELECT COUNT(*) FROM tips WHERE day = 'Fri' AND time = 'Lunch'",
  ["count", "multi_filter", "value_synonym"])
E(T, "counting_listing", "easy", "List all the days in the data.",
  "SELECT DISTINCT day FROM tips", ["distinct"])
E(T, "context_words", "medium",
  "According to this data, what is the average amount of a dinner bill, leaving the tip aside?",
  "SELECT AVG(total_bill) FROM tips WHERE time = 'Dinner'", ["aggregate", "filter_eq"])
E(T, "context_words", "medium",
  "How much money did the restaurant take in on Saturdays, not counting tips?",
  "SELECT SUM(total_bill) FROM tips WHERE day = 'Sat'",
  ["aggregate", "filter_eq", "value_synonym"])

# ==================================================================================== wine
W = "wine"
E(W, "plain", "easy", "What is the average alcohol for each cultivar?",
  "SELECT cultivar, AVG(alcohol) FROM wine GROUP BY cultivar", ["group_by", "aggregate"])
E(W, "plain", "easy", "What is the maximum proline value?", "SELECT MAX(proline) FROM wine",
  ["aggregate"])
E(W, "plain", "easy", "What is the minimum color_intensity?",
  "SELECT MIN(color_intensity) FROM wine", ["aggregate"])
E(W, "row_nouns", "easy", "How many samples are there altogether?",
  "SELECT COUNT(*) FROM wine", ["count"])
E(W, "row_nouns", "easy", "How many samples have an alcohol level above 14?",
  "SELECT COUNT(*) FROM wine WHERE alcohol > 14", ["count", "filter_cmp"])
E(W, "measure_words", "easy", "How strong is the strongest wine?",
  "SELECT MAX(alcohol) FROM wine", ["aggregate"])
E(W, "short_forms", "medium", "What is the average OD280/OD315 of class_0 wines?",
  """SELECT AVG("od280/od315_of_diluted_wines") FROM wine WHERE cultivar = 'class_0'""",
  ["aggregate", "filter_eq"])
E(W, "short_forms", "easy", "What is the average flavanoid content?",
  "SELECT AVG(flavanoids) FROM wine", ["aggregate"])
E(W, "short_forms", "medium", "Which cultivar has the highest average intensity?",
  """SELECT cultivar, AVG(color_intensity) AS avg_ci FROM wine GROUP BY cultivar
     ORDER BY avg_ci DESC LIMIT 1""", ["group_by", "aggregate", "top_n", "superlative"])
E(W, "short_forms", "easy", "What is the average alcalinity for each cultivar?",
  "SELECT cultivar, AVG(alcalinity_of_ash) FROM wine GROUP BY cultivar",
  ["group_by", "aggregate"])
E(W, "values", "medium", "How many class_2 wines have a hue below 0.7?",
  "SELECT COUNT(*) FROM wine WHERE cultivar = 'class_2' AND hue < 0.7",
  ["count", "multi_filter"])
E(W, "comparatives", "easy", "How many wines have a proline of 1000 or more?",
  "SELECT COUNT(*) FROM wine WHERE proline >= 1000", ["count", "filter_cmp"])
E(W, "comparatives", "hard", "Which cultivars have an average color intensity below 6?",
  "SELECT cultivar FROM wine GROUP BY cultivar HAVING AVG(color_intensity) < 6",
  ["group_by", "having", "aggregate"])
E(W, "superlative_rows", "medium", "Which cultivar has the highest average proline?",
  """SELECT cultivar, AVG(proline) AS avg_proline FROM wine GROUP BY cultivar
     ORDER BY avg_proline DESC LIMIT 1""", ["group_by", "aggregate", "top_n", "superlative"])
SCATTER(W, "medium", "Chart the relationship between alcohol and proline.",
        "SELECT alcohol, proline FROM wine")
CHART(W, "easy", "Plot the average alcohol by cultivar.",
      "SELECT cultivar, AVG(alcohol) FROM wine GROUP BY cultivar", ["group_by", "aggregate"])
E(W, "counting_listing", "easy", "How many records are there for each cultivar?",
  "SELECT cultivar, COUNT(*) FROM wine GROUP BY cultivar", ["group_by", "count"])
E(W, "context_words", "easy", "Overall, how much alcohol do the wines contain on average?",
  "SELECT AVG(alcohol) FROM wine", ["aggregate"])

# ================================================================================ diabetes
D = "diabetes"
E(D, "plain", "easy", "What is the average bmi?", "SELECT AVG(bmi) FROM diabetes",
  ["aggregate"])
E(D, "plain", "easy", "What are the minimum and maximum age?",
  "SELECT MIN(age), MAX(age) FROM diabetes", ["aggregate"])
E(D, "plain", "easy", "What is the average glu by sex?",
  "SELECT sex, AVG(glu) FROM diabetes GROUP BY sex", ["group_by", "aggregate"])
E(D, "row_nouns", "easy", "How many patients are there?", "SELECT COUNT(*) FROM diabetes",
  ["count"])
E(D, "row_nouns", "easy", "What is the average age of the patients in the dataset?",
  "SELECT AVG(age) FROM diabetes", ["aggregate"])
E(D, "row_nouns", "easy", "How many patients are over 60 years old?",
  "SELECT COUNT(*) FROM diabetes WHERE age > 60", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How old is the oldest patient?",
  "SELECT MAX(age) FROM diabetes", ["aggregate"])
E(D, "short_forms", "medium", "What is the average HDL of patients older than 50?",
  "SELECT AVG(hdl) FROM diabetes WHERE age > 50", ["aggregate", "filter_cmp"])
E(D, "short_forms", "easy", "What is the average glucose level?",
  "SELECT AVG(glu) FROM diabetes", ["aggregate"])
E(D, "short_forms", "easy", "How many patients have a BMI over 30?",
  "SELECT COUNT(*) FROM diabetes WHERE bmi > 30", ["count", "filter_cmp"])
E(D, "short_forms", "medium",
  "What is the average blood pressure of patients with a BMI above 35?",
  "SELECT AVG(bp) FROM diabetes WHERE bmi > 35", ["aggregate", "filter_cmp"])
E(D, "values", "easy", "How many patients have sex coded as 2?",
  "SELECT COUNT(*) FROM diabetes WHERE sex = 2", ["count", "filter_eq"])
E(D, "comparatives", "easy", "How many patients have a BMI of at most 20?",
  "SELECT COUNT(*) FROM diabetes WHERE bmi <= 20", ["count", "filter_cmp"])
E(D, "superlative_rows", "hard", "Which age has the most patients?",
  "SELECT age, COUNT(*) AS n FROM diabetes GROUP BY age ORDER BY n DESC LIMIT 1",
  ["group_by", "count", "top_n", "superlative"])
E(D, "arithmetic_periods", "easy", "What is the range of BMI values?",
  "SELECT MAX(bmi) - MIN(bmi) FROM diabetes", ["aggregate", "arithmetic"])
SCATTER(D, "medium", "Scatter plot of bmi against disease progression.",
        "SELECT bmi, disease_progression FROM diabetes")
E(D, "counting_listing", "easy", "How many records have an hdl above 80?",
  "SELECT COUNT(*) FROM diabetes WHERE hdl > 80", ["count", "filter_cmp"])
E(D, "context_words", "medium",
  "According to this data, how far had the disease progressed on average among patients over 60?",
  "SELECT AVG(disease_progression) FROM diabetes WHERE age > 60",
  ["aggregate", "filter_cmp"])

# ================================================================================ linnerud
L = "linnerud"
E(L, "plain", "easy", "What is the average number of Situps?",
  "SELECT AVG(Situps) FROM linnerud", ["aggregate"])
E(L, "row_nouns", "easy", "How many participants are there in total?",
  "SELECT COUNT(*) FROM linnerud", ["count"])
E(L, "row_nouns", "easy", "How many participants have a pulse_bpm below 55?",
  "SELECT COUNT(*) FROM linnerud WHERE pulse_bpm < 55", ["count", "filter_cmp"])
E(L, "measure_words", "easy", "How many participants weigh more than 200 pounds?",
  "SELECT COUNT(*) FROM linnerud WHERE weight_lb > 200", ["count", "filter_cmp"])
E(L, "measure_words", "medium", "What is the waist size of the heaviest participant?",
  "SELECT waist_in FROM linnerud ORDER BY weight_lb DESC LIMIT 1", ["top_n"])
E(L, "measure_words", "easy", "How many inches is the average waist?",
  "SELECT AVG(waist_in) FROM linnerud", ["aggregate"])
E(L, "measure_words", "medium", "What is the heart rate of the lightest participant?",
  "SELECT pulse_bpm FROM linnerud ORDER BY weight_lb ASC LIMIT 1", ["top_n"])
E(L, "short_forms", "easy", "What is the average bpm?", "SELECT AVG(pulse_bpm) FROM linnerud",
  ["aggregate"])
E(L, "short_forms", "easy", "What is the largest waist?", "SELECT MAX(waist_in) FROM linnerud",
  ["aggregate"])
E(L, "comparatives", "easy", "How many participants did no more than 5 chin-ups?",
  "SELECT COUNT(*) FROM linnerud WHERE Chins <= 5", ["count", "filter_cmp"])
E(L, "superlative_rows", "medium", "Which participant did the most sit-ups?",
  "SELECT athlete_id, Situps FROM linnerud ORDER BY Situps DESC LIMIT 1",
  ["top_n", "superlative"])
SCATTER(L, "easy", "Plot weight_lb against waist_in.",
        "SELECT weight_lb, waist_in FROM linnerud")
E(L, "counting_listing", "easy", "List every athlete_id with more than 200 situps.",
  "SELECT athlete_id FROM linnerud WHERE Situps > 200", ["filter_cmp"])
E(L, "context_words", "easy", "Across all participants combined, how many jumps were done?",
  "SELECT SUM(Jumps) FROM linnerud", ["aggregate"])

# ===================================================================================== co2
C = "co2"
E(C, "plain", "easy", "What is the average co2_ppm in 1990?",
  "SELECT AVG(co2_ppm) FROM co2_weekly WHERE strftime('%Y', date) = '1990'",
  ["aggregate", "date_part"])
E(C, "row_nouns", "easy", "How many observations have no CO2 value?",
  "SELECT COUNT(*) FROM co2_weekly WHERE co2_ppm IS NULL", ["count", "null_check"])
E(C, "row_nouns", "easy", "How many entries are there altogether?",
  "SELECT COUNT(*) FROM co2_weekly", ["count"])
E(C, "measure_words", "easy", "What was the highest CO2 concentration ever measured?",
  "SELECT MAX(co2_ppm) FROM co2_weekly", ["aggregate"])
E(C, "values", "easy", "What was the CO2 reading on 1990-06-02?",
  "SELECT co2_ppm FROM co2_weekly WHERE date = '1990-06-02'", ["filter_eq", "date_value"])
E(C, "comparatives", "medium", "What was the first date with a CO2 reading above 350?",
  "SELECT MIN(date) FROM co2_weekly WHERE co2_ppm > 350", ["aggregate", "filter_cmp"])
E(C, "comparatives", "medium", "When was the last week with CO2 below 320?",
  "SELECT MAX(date) FROM co2_weekly WHERE co2_ppm < 320", ["aggregate", "filter_cmp"])
E(C, "comparatives", "easy", "How many weeks had CO2 of 370 or more?",
  "SELECT COUNT(*) FROM co2_weekly WHERE co2_ppm >= 370", ["count", "filter_cmp"])
E(C, "comparatives", "medium",
  "How many weeks are there in 1964, excluding those without a CO2 value?",
  """SELECT COUNT(*) FROM co2_weekly WHERE strftime('%Y', date) = '1964'
     AND co2_ppm IS NOT NULL""", ["count", "null_check", "date_part"])
E(C, "comparatives", "medium",
  "Leaving out weeks without a CO2 value, how many weeks of 1958 are in the data?",
  """SELECT COUNT(*) FROM co2_weekly WHERE strftime('%Y', date) = '1958'
     AND co2_ppm IS NOT NULL""", ["count", "null_check", "date_part"])
E(C, "comparatives", "medium", "How many weeks from 1995 or later had CO2 above 360?",
  "SELECT COUNT(*) FROM co2_weekly WHERE date >= '1995-01-01' AND co2_ppm > 360",
  ["count", "filter_cmp", "date_range", "multi_filter"])
E(C, "superlative_rows", "medium", "On which day in 1990 was the CO2 level lowest?",
  """SELECT date, co2_ppm FROM co2_weekly WHERE strftime('%Y', date) = '1990'
     AND co2_ppm IS NOT NULL ORDER BY co2_ppm ASC LIMIT 1""",
  ["top_n", "superlative", "date_part"])
E(C, "superlative_rows", "hard", "Which year had the fewest weeks with a CO2 reading?",
  """SELECT strftime('%Y', date) AS year, COUNT(co2_ppm) AS n FROM co2_weekly
     GROUP BY year ORDER BY n ASC LIMIT 1""",
  ["group_by", "count", "date_part", "top_n", "superlative"])
E(C, "arithmetic_periods", "easy",
  "What is the difference between the highest and lowest CO2 readings?",
  "SELECT MAX(co2_ppm) - MIN(co2_ppm) FROM co2_weekly", ["aggregate", "arithmetic"])
E(C, "arithmetic_periods", "medium", "In how many different years was CO2 measured?",
  "SELECT COUNT(DISTINCT strftime('%Y', date)) FROM co2_weekly WHERE co2_ppm IS NOT NULL",
  ["count", "distinct", "date_part"])
E(C, "arithmetic_periods", "hard",
  "What is the average CO2 level for each month across all years?",
  """SELECT strftime('%m', date) AS month, AVG(co2_ppm) FROM co2_weekly
     GROUP BY month""", ["group_by", "aggregate", "date_part", "month_of_year"])
CHART(C, "medium", "Plot the average CO2 level per year.",
      """SELECT strftime('%Y', date) AS year, AVG(co2_ppm) FROM co2_weekly
         GROUP BY year ORDER BY year""",
      ["group_by", "aggregate", "date_part", "time_series", "order"], order=True)
CHART(C, "medium", "Plot the weekly CO2 readings of 2000.",
      """SELECT date, co2_ppm FROM co2_weekly WHERE strftime('%Y', date) = '2000'
         ORDER BY date""", ["date_part", "time_series", "order"], order=True)
E(C, "counting_listing", "easy", "How many records are there for 1958?",
  "SELECT COUNT(*) FROM co2_weekly WHERE strftime('%Y', date) = '1958'",
  ["count", "date_part"])
E(C, "context_words", "hard",
  "According to this data, by how much did the average CO2 level rise between 1960 and 2000?",
  """SELECT (SELECT AVG(co2_ppm) FROM co2_weekly WHERE strftime('%Y', date) = '2000')
          - (SELECT AVG(co2_ppm) FROM co2_weekly WHERE strftime('%Y', date) = '1960')""",
  ["aggregate", "arithmetic", "change", "date_part", "subquery"])
E(C, "context_words", "easy", "All weeks combined, what is the average CO2 concentration?",
  "SELECT AVG(co2_ppm) FROM co2_weekly", ["aggregate"])

# ========================================================================= world_fertility
F = "world_fertility"
JOIN_FC = "fertility f JOIN countries c ON c.country_code = f.country_code"
E(F, "plain", "easy", "How many countries are there in each continent?",
  "SELECT continent, COUNT(*) FROM countries GROUP BY continent", ["group_by", "count"])
E(F, "plain", "easy", "What was the average births_per_woman in 2011?",
  "SELECT AVG(births_per_woman) FROM fertility WHERE year = 2011",
  ["aggregate", "filter_eq"])
E(F, "plain", "easy", "What is the lowest births_per_woman value recorded?",
  "SELECT MIN(births_per_woman) FROM fertility", ["aggregate"])
E(F, "row_nouns", "hard", "How many yearly fertility records are there for European countries?",
  "SELECT COUNT(*) FROM %s WHERE c.continent = 'Europe'" % JOIN_FC,
  ["count", "join", "filter_eq"])
E(F, "short_forms", "hard",
  "What was the average number of births per woman in Africa in 2011?",
  """SELECT AVG(f.births_per_woman) FROM %s WHERE c.continent = 'Africa'
     AND f.year = 2011""" % JOIN_FC, ["aggregate", "join", "multi_filter"])
E(F, "values", "medium", "What was the fertility rate of Nigeria in 2000?",
  "SELECT f.births_per_woman FROM %s WHERE c.country = 'Nigeria' AND f.year = 2000" % JOIN_FC,
  ["join", "filter_eq", "multi_filter"])
E(F, "values", "medium", "What was the average number of births per woman in BRA across all years?",
  "SELECT AVG(births_per_woman) FROM fertility WHERE country_code = 'BRA'",
  ["aggregate", "filter_eq", "code_value"])
E(F, "comparatives", "hard", "Which countries have no fertility data at all?",
  """SELECT country FROM countries
     WHERE country_code NOT IN (SELECT country_code FROM fertility)""",
  ["anti_join", "negation", "join"])
E(F, "comparatives", "hard", "Which countries in the Americas never had a fertility rate above 3?",
  """SELECT country FROM countries WHERE continent = 'Americas' AND country_code NOT IN
     (SELECT country_code FROM fertility WHERE births_per_woman > 3)""",
  ["anti_join", "negation", "join", "filter_cmp"])
E(F, "comparatives", "hard", "How many Asian countries are without any fertility records?",
  """SELECT COUNT(*) FROM countries WHERE continent = 'Asia'
     AND country_code NOT IN (SELECT country_code FROM fertility)""",
  ["anti_join", "negation", "join", "count"])
E(F, "comparatives", "medium", "How many countries had a fertility rate below 2 in 2011?",
  "SELECT COUNT(*) FROM fertility WHERE year = 2011 AND births_per_woman < 2",
  ["count", "filter_cmp", "multi_filter"])
E(F, "superlative_rows", "hard", "Which country had the highest fertility rate in 2011?",
  """SELECT c.country, f.births_per_woman FROM %s WHERE f.year = 2011
     ORDER BY f.births_per_woman DESC LIMIT 1""" % JOIN_FC,
  ["join", "top_n", "superlative"])
E(F, "arithmetic_periods", "hard", "In how many years did Japan's fertility rate fall below 1.3?",
  """SELECT COUNT(DISTINCT f.year) FROM %s WHERE c.country = 'Japan'
     AND f.births_per_woman < 1.3""" % JOIN_FC, ["count", "join", "filter_cmp"])
CHART(F, "hard", "Graph the fertility rate of India from 1990 to 2011.",
      """SELECT f.year, f.births_per_woman FROM %s WHERE c.country = 'India'
         AND f.year BETWEEN 1990 AND 2011 ORDER BY f.year""" % JOIN_FC,
      ["join", "time_series", "order"], order=True)
E(F, "counting_listing", "easy", "List all countries in Oceania with their codes.",
  "SELECT country, country_code FROM countries WHERE continent = 'Oceania'", ["filter_eq"])
E(F, "counting_listing", "medium", "How many fertility records are there for Germany?",
  "SELECT COUNT(*) FROM %s WHERE c.country = 'Germany'" % JOIN_FC, ["count", "join"])
E(F, "context_words", "hard", "How much did Bangladesh's fertility rate fall between 1990 and 2011?",
  """SELECT (SELECT f.births_per_woman FROM %s WHERE c.country = 'Bangladesh' AND f.year = 1990)
          - (SELECT f.births_per_woman FROM %s WHERE c.country = 'Bangladesh' AND f.year = 2011)"""
  % (JOIN_FC, JOIN_FC), ["join", "arithmetic", "change", "subquery"])

# ============================================================================= state_crime
S = "state_crime"
E(S, "plain", "easy", "What is the average poverty across all rows?",
  "SELECT AVG(poverty) FROM state_crime", ["aggregate"])
E(S, "plain", "easy", "What is the highest murder rate?", "SELECT MAX(murder) FROM state_crime",
  ["aggregate"])
E(S, "plain", "easy", "What is the average hs_grad?", "SELECT AVG(hs_grad) FROM state_crime",
  ["aggregate"])
E(S, "row_nouns", "easy", "How many records in the dataset have a murder rate under 2?",
  "SELECT COUNT(*) FROM state_crime WHERE murder < 2", ["count", "filter_cmp"])
E(S, "measure_words", "medium", "Which state is the least urbanized?",
  "SELECT state, urban FROM state_crime ORDER BY urban ASC LIMIT 1",
  ["top_n", "superlative"])
E(S, "measure_words", "medium",
  "In how many states do fewer than 10 percent of residents live below the poverty line?",
  "SELECT COUNT(*) FROM state_crime WHERE poverty < 10", ["count", "filter_cmp"])
E(S, "short_forms", "easy", "What is the average high school graduation rate?",
  "SELECT AVG(hs_grad) FROM state_crime", ["aggregate"])
E(S, "short_forms", "medium", "List the codes of the states whose murder rate is between 7 and 9.",
  "SELECT state_code FROM state_crime WHERE murder BETWEEN 7 AND 9", ["between"])
E(S, "short_forms", "easy", "List the state names with a poverty rate above 20.",
  "SELECT state FROM state_crime WHERE poverty > 20", ["filter_cmp"])
E(S, "values", "easy", "What is the violent crime rate in TX?",
  "SELECT violent FROM state_crime WHERE state_code = 'TX'", ["filter_eq", "code_value"])
E(S, "values", "easy", "What is the poverty rate of New Mexico?",
  "SELECT poverty FROM state_crime WHERE state = 'New Mexico'", ["filter_eq"])
E(S, "values", "medium", "What are the murder rates of NY and CA?",
  "SELECT state_code, murder FROM state_crime WHERE state_code IN ('NY', 'CA')",
  ["filter_eq", "code_value"])
E(S, "comparatives", "easy",
  "How many states have a high school graduation rate of at least 90 percent?",
  "SELECT COUNT(*) FROM state_crime WHERE hs_grad >= 90", ["count", "filter_cmp"])
E(S, "comparatives", "medium",
  "Which states have a violent crime rate over 600 but a murder rate under 5?",
  "SELECT state FROM state_crime WHERE violent > 600 AND murder < 5",
  ["filter_cmp", "multi_filter"])
E(S, "superlative_rows", "medium", "Which state has the lowest share of single-parent households?",
  "SELECT state, single FROM state_crime ORDER BY single ASC LIMIT 1",
  ["top_n", "superlative"])
E(S, "superlative_rows", "easy", "Which state has the lowest murder rate?",
  "SELECT state, murder FROM state_crime ORDER BY murder ASC LIMIT 1",
  ["top_n", "superlative"])
E(S, "arithmetic_periods", "easy",
  "What is the difference between the highest and lowest poverty rates?",
  "SELECT MAX(poverty) - MIN(poverty) FROM state_crime", ["aggregate", "arithmetic"])
SCATTER(S, "medium", "Visualize poverty against murder rate.",
        "SELECT poverty, murder FROM state_crime")
E(S, "counting_listing", "easy", "List every state with a violent crime rate below 200.",
  "SELECT state FROM state_crime WHERE violent < 200", ["filter_cmp"])
E(S, "context_words", "easy",
  "What percent of people in Texas live below the poverty line according to this data?",
  "SELECT poverty FROM state_crime WHERE state = 'Texas'", ["filter_eq"])

# ================================================================================ election
V = "election"
E(V, "plain", "easy", "What is the total number of votes for Coderre?",
  "SELECT SUM(Coderre) FROM montreal_election", ["aggregate"])
E(V, "plain", "easy", "How many districts were won by each candidate?",
  "SELECT winner, COUNT(*) FROM montreal_election GROUP BY winner", ["group_by", "count"])
E(V, "row_nouns", "easy", "How many districts are there altogether?",
  "SELECT COUNT(*) FROM montreal_election", ["count"])
E(V, "row_nouns", "easy", "In how many districts was the result a majority?",
  "SELECT COUNT(*) FROM montreal_election WHERE result = 'majority'",
  ["count", "filter_eq"])
E(V, "measure_words", "medium", "Which district had the most votes cast?",
  "SELECT district, total FROM montreal_election ORDER BY total DESC LIMIT 1",
  ["top_n", "superlative"])
E(V, "short_forms", "medium", "What are the district ids where Joly won a majority?",
  """SELECT district_id FROM montreal_election WHERE winner = 'Joly'
     AND result = 'majority'""", ["multi_filter"])
E(V, "values", "medium", "How many votes did Bergeron get in the Mile-End district?",
  "SELECT Bergeron FROM montreal_election WHERE district LIKE '%Mile-End%'",
  ["filter_eq", "like"])
E(V, "values", "easy", "Who won in 93-Robert-Bourassa?",
  "SELECT winner FROM montreal_election WHERE district = '93-Robert-Bourassa'",
  ["filter_eq"])
E(V, "values", "easy", "How many districts did Joly win?",
  "SELECT COUNT(*) FROM montreal_election WHERE winner = 'Joly'", ["count", "filter_eq"])
E(V, "comparatives", "easy", "How many districts had more than 10,000 votes in total?",
  "SELECT COUNT(*) FROM montreal_election WHERE total > 10000", ["count", "filter_cmp"])
E(V, "comparatives", "easy", "In how many districts did Joly get at least 3000 votes?",
  "SELECT COUNT(*) FROM montreal_election WHERE Joly >= 3000", ["count", "filter_cmp"])
E(V, "superlative_rows", "medium", "In which district did Coderre get the most votes?",
  "SELECT district, Coderre FROM montreal_election ORDER BY Coderre DESC LIMIT 1",
  ["top_n", "superlative"])
E(V, "superlative_rows", "medium", "Which candidate won the most districts?",
  """SELECT winner, COUNT(*) AS n FROM montreal_election GROUP BY winner
     ORDER BY n DESC LIMIT 1""", ["group_by", "count", "top_n", "superlative"])
E(V, "arithmetic_periods", "medium",
  "What is the ratio of Coderre's total votes to Joly's total votes?",
  "SELECT 1.0 * SUM(Coderre) / SUM(Joly) FROM montreal_election",
  ["aggregate", "arithmetic", "ratio"])
CHART(V, "easy", "Chart the number of districts won by each candidate.",
      "SELECT winner, COUNT(*) FROM montreal_election GROUP BY winner", ["group_by", "count"])
SCATTER(V, "medium", "Plot the relationship between total votes and Coderre's votes.",
        "SELECT total, Coderre FROM montreal_election")
E(V, "counting_listing", "medium",
  "List all districts where Bergeron won with a majority.",
  """SELECT district FROM montreal_election WHERE winner = 'Bergeron'
     AND result = 'majority'""", ["multi_filter"])
E(V, "counting_listing", "easy", "How many districts have a plurality result?",
  "SELECT COUNT(*) FROM montreal_election WHERE result = 'plurality'", ["count", "filter_eq"])
E(V, "context_words", "medium",
  "In 13-Ahuntsic, how many votes did all the candidates receive combined?",
  "SELECT total FROM montreal_election WHERE district = '13-Ahuntsic'", ["filter_eq"])
E(V, "context_words", "easy", "How many votes were cast in all districts combined?",
  "SELECT SUM(total) FROM montreal_election", ["aggregate"])
E(V, "context_words", "hard",
  "Across the whole city, what share of the votes went to Bergeron, as a percentage?",
  "SELECT 100.0 * SUM(Bergeron) / SUM(total) FROM montreal_election",
  ["aggregate", "percent"])

# ==================================================================== electrical_equipment
X = "electrical_equipment"
E(X, "plain", "easy", "What is the average turnover_index in 2010?",
  "SELECT AVG(turnover_index) FROM electrical_equipment WHERE strftime('%Y', month) = '2010'",
  ["aggregate", "date_part"])
E(X, "row_nouns", "easy", "How many monthly readings are in the data?",
  "SELECT COUNT(*) FROM electrical_equipment", ["count"])
E(X, "short_forms", "easy", "What was the average turnover in 2015?",
  "SELECT AVG(turnover_index) FROM electrical_equipment WHERE strftime('%Y', month) = '2015'",
  ["aggregate", "date_part"])
E(X, "comparatives", "medium", "In which months was the turnover index above 130?",
  "SELECT month FROM electrical_equipment WHERE turnover_index > 130", ["filter_cmp"])
E(X, "comparatives", "medium", "What was the earliest month with a turnover index over 110?",
  "SELECT MIN(month) FROM electrical_equipment WHERE turnover_index > 110",
  ["aggregate", "filter_cmp"])
E(X, "comparatives", "medium", "When was the turnover index last below 80?",
  "SELECT MAX(month) FROM electrical_equipment WHERE turnover_index < 80",
  ["aggregate", "filter_cmp"])
E(X, "superlative_rows", "medium", "In which month was the turnover index at its lowest?",
  "SELECT month, turnover_index FROM electrical_equipment ORDER BY turnover_index ASC LIMIT 1",
  ["top_n", "superlative"])
E(X, "arithmetic_periods", "medium", "In how many months was the turnover index above 120?",
  """SELECT COUNT(DISTINCT strftime('%Y-%m', month)) FROM electrical_equipment
     WHERE turnover_index > 120""", ["count", "distinct", "filter_cmp"])
E(X, "arithmetic_periods", "hard",
  "What is the average turnover index for each calendar month across all years?",
  """SELECT strftime('%m', month) AS m, AVG(turnover_index) FROM electrical_equipment
     GROUP BY m""", ["group_by", "aggregate", "date_part", "month_of_year"])
E(X, "arithmetic_periods", "medium", "What is the range of the turnover index in 2009?",
  """SELECT MAX(turnover_index) - MIN(turnover_index) FROM electrical_equipment
     WHERE strftime('%Y', month) = '2009'""", ["aggregate", "arithmetic", "date_part"])
CHART(X, "easy", "Plot the turnover index over time.",
      "SELECT month, turnover_index FROM electrical_equipment ORDER BY month",
      ["time_series", "order"], order=True)
E(X, "counting_listing", "easy", "List every month of 2009 with its turnover index.",
  """SELECT month, turnover_index FROM electrical_equipment
     WHERE strftime('%Y', month) = '2009'""", ["date_part"])
E(X, "context_words", "hard",
  "By how much did the average turnover index drop from 2008 to 2009?",
  """SELECT (SELECT AVG(turnover_index) FROM electrical_equipment
             WHERE strftime('%Y', month) = '2008')
          - (SELECT AVG(turnover_index) FROM electrical_equipment
             WHERE strftime('%Y', month) = '2009')""",
  ["aggregate", "arithmetic", "change", "date_part", "subquery"])
E(X, "context_words", "hard",
  "How much did the turnover index grow from January 1995 to January 2015?",
  """SELECT (SELECT turnover_index FROM electrical_equipment WHERE month = '2015-01-01')
          - (SELECT turnover_index FROM electrical_equipment WHERE month = '1995-01-01')""",
  ["arithmetic", "change", "subquery"])

# ================================================================================== stocks
K = "stocks"
E(K, "plain", "easy", "What is the average MSFT value?", "SELECT AVG(MSFT) FROM tech_stocks",
  ["aggregate"])
E(K, "plain", "easy", "What is the maximum of NFLX?", "SELECT MAX(NFLX) FROM tech_stocks",
  ["aggregate"])
E(K, "row_nouns", "easy", "How many weeks of prices are in the table?",
  "SELECT COUNT(*) FROM tech_stocks", ["count"])
E(K, "values", "easy", "What was AAPL on 2019-06-03?",
  "SELECT AAPL FROM tech_stocks WHERE date = '2019-06-03'", ["filter_eq", "date_value"])
E(K, "comparatives", "easy", "How many weeks did AMZN close at or above 1.5?",
  "SELECT COUNT(*) FROM tech_stocks WHERE AMZN >= 1.5", ["count", "filter_cmp"])
E(K, "superlative_rows", "medium", "On which date did NFLX reach its highest value?",
  "SELECT date, NFLX FROM tech_stocks ORDER BY NFLX DESC LIMIT 1", ["top_n", "superlative"])
E(K, "arithmetic_periods", "medium", "What is the ratio of AMZN's highest value to its lowest?",
  "SELECT MAX(AMZN) / MIN(AMZN) FROM tech_stocks", ["aggregate", "arithmetic", "ratio"])
E(K, "arithmetic_periods", "hard",
  "In how many months of 2019 did AAPL close above 1.5 at least once?",
  """SELECT COUNT(DISTINCT strftime('%m', date)) FROM tech_stocks
     WHERE strftime('%Y', date) = '2019' AND AAPL > 1.5""",
  ["count", "distinct", "date_part", "filter_cmp"])
E(K, "arithmetic_periods", "medium", "In how many weeks was the MSFT value higher than the GOOG value?",
  "SELECT COUNT(*) FROM tech_stocks WHERE MSFT > GOOG", ["count", "column_compare"])
CHART(K, "easy", "Chart NFLX over time.", "SELECT date, NFLX FROM tech_stocks ORDER BY date",
      ["time_series", "order"], order=True)
SCATTER(K, "easy", "Plot GOOG vs MSFT.", "SELECT GOOG, MSFT FROM tech_stocks")
E(K, "counting_listing", "easy", "Show all dates where FB was below 0.8.",
  "SELECT date FROM tech_stocks WHERE FB < 0.8", ["filter_cmp"])
E(K, "context_words", "easy", "What was the highest price of MSFT?",
  "SELECT MAX(MSFT) FROM tech_stocks", ["aggregate"])
E(K, "context_words", "hard",
  "How much did AAPL's price grow between the first and the last week?",
  """SELECT (SELECT AAPL FROM tech_stocks WHERE date = (SELECT MAX(date) FROM tech_stocks))
          - (SELECT AAPL FROM tech_stocks WHERE date = (SELECT MIN(date) FROM tech_stocks))""",
  ["arithmetic", "change", "subquery"])


if __name__ == "__main__":
    QUESTIONS.write()
