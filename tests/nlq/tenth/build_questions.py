#!/usr/bin/env python3
"""The tenth blind NLQ evaluation set: questions and gold SQL over the tables of
prepare_data.py, written from the data alone. Recomputes gold_rows with ../load.py (through
../question_set.py), checks that no answer is empty or depends on how ties are broken, and
writes questions.jsonl and datasets.json. Stdlib only.

    python3 build_questions.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)
from prepare_data import DATASETS  # noqa: E402
from question_set import QuestionSet  # noqa: E402

S = QuestionSet("f10", DATASETS, HERE)
E, CHART, SCATTER = S.E, S.CHART, S.SCATTER

# ---------------------------------------------------------------- nc_county_crime
D = "nc_county_crime"
E(D, "plain", "easy", "How many counties are in the central region?",
  "SELECT COUNT(*) FROM counties WHERE region = 'central'", ["count", "filter_eq"])
E(D, "plain", "easy", "What was the average crmrte in 1987?",
  "SELECT AVG(crmrte) FROM crime_years WHERE year = 1987", ["aggregate", "filter_eq"])
E(D, "plain", "easy", "What is the maximum avgsen in the crime_years table?",
  "SELECT MAX(avgsen) FROM crime_years", ["aggregate"])
E(D, "row_nouns", "easy", "How many county-year observations are there?",
  "SELECT COUNT(*) FROM crime_years", ["count"])
E(D, "row_nouns", "easy", "How many jurisdictions are in the west?",
  "SELECT COUNT(*) FROM counties WHERE region = 'west'", ["count", "filter_eq"])
E(D, "measure_words", "medium", "How many counties had more than 0.06 crimes per person in 1987?",
  "SELECT COUNT(*) FROM crime_years WHERE year = 1987 AND crmrte > 0.06",
  ["count", "filter_cmp", "multi_filter"])
E(D, "measure_words", "medium", "How long was the average prison sentence, in days, in 1986?",
  "SELECT AVG(avgsen) FROM crime_years WHERE year = 1986", ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "What was the mean probability of arrest in 1981?",
  "SELECT AVG(prbarr) FROM crime_years WHERE year = 1981", ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "Average police per capita across all county-years?",
  "SELECT AVG(polpc) FROM crime_years", ["aggregate"])
E(D, "short_forms", "medium", "How many counties have a pct minority above 30?",
  "SELECT COUNT(*) FROM counties WHERE pctmin > 30", ["count", "filter_cmp"])
E(D, "values", "easy", "How many counties in the west are in an SMSA?",
  "SELECT COUNT(*) FROM counties WHERE region = 'west' AND smsa = 'yes'",
  ["count", "filter_eq", "multi_filter"])
E(D, "values", "medium", "List the counties in the 'other' region whose minority share is above 45 percent",
  "SELECT county FROM counties WHERE region = 'other' AND pctmin > 45",
  ["filter_eq", "filter_cmp", "multi_filter"])
E(D, "comparatives", "easy", "How many county-years had an arrest probability above 1?",
  "SELECT COUNT(*) FROM crime_years WHERE prbarr > 1", ["count", "filter_cmp"])
E(D, "comparatives", "hard", "How many counties never had a crime rate above 0.05 in any year?",
  "SELECT COUNT(*) FROM counties WHERE county NOT IN "
  "(SELECT county FROM crime_years WHERE crmrte > 0.05)",
  ["count", "anti_join", "subquery", "negation", "filter_cmp"])
E(D, "comparatives", "medium", "How many rows of crime_years have an average sentence of at least 10 days?",
  "SELECT COUNT(*) FROM crime_years WHERE avgsen >= 10", ["count", "filter_cmp"])
E(D, "superlative_rows", "medium", "Which county had the highest crime rate in 1987?",
  "SELECT county, crmrte FROM crime_years WHERE year = 1987 ORDER BY crmrte DESC LIMIT 1",
  ["top_n", "superlative", "filter_eq"])
E(D, "superlative_rows", "easy", "Which county has the largest minority percentage?",
  "SELECT county, pctmin FROM counties ORDER BY pctmin DESC LIMIT 1", ["top_n", "superlative"])
E(D, "arithmetic_periods", "medium",
  "What is the difference between the highest and lowest crime rate in 1987?",
  "SELECT MAX(crmrte) - MIN(crmrte) FROM crime_years WHERE year = 1987",
  ["aggregate", "arithmetic", "filter_eq"])
E(D, "arithmetic_periods", "hard", "In how many years did county 119 have a crime rate above 0.09?",
  "SELECT COUNT(DISTINCT year) FROM crime_years WHERE county = 119 AND crmrte > 0.09",
  ["count", "distinct", "filter_cmp", "multi_filter"])
CHART(D, "medium", "Plot the average crime rate per year over time",
      "SELECT year, AVG(crmrte) FROM crime_years GROUP BY year ORDER BY year",
      ["aggregate", "group_by", "time_series", "order"], order=True)
SCATTER(D, "medium", "Scatter plot of population density against crime rate for 1987",
        "SELECT density, crmrte FROM crime_years WHERE year = 1987", ["filter_eq"])
E(D, "counting_listing", "easy", "List every county that lies in a metropolitan area",
  "SELECT county FROM counties WHERE smsa = 'yes'", ["filter_eq", "list", "value_synonym"])
CHART(D, "easy", "Bar chart of the number of counties in each region",
      "SELECT region, COUNT(*) FROM counties GROUP BY region", ["count", "group_by"])
E(D, "counting_listing", "easy", "How many records are there for county 3?",
  "SELECT COUNT(*) FROM crime_years WHERE county = 3", ["count", "filter_eq"])
E(D, "context_words", "medium", "Across all of North Carolina, what was the average crime rate in 1983?",
  "SELECT AVG(crmrte) FROM crime_years WHERE year = 1983", ["aggregate", "filter_eq"])
E(D, "context_words", "hard", "By how much did the average crime rate rise from 1984 to 1987?",
  "SELECT (SELECT AVG(crmrte) FROM crime_years WHERE year = 1987) - "
  "(SELECT AVG(crmrte) FROM crime_years WHERE year = 1984)",
  ["aggregate", "change", "arithmetic", "subquery"])
E(D, "plain", "medium", "What was the average crime rate in 1987 for counties in the west region?",
  "SELECT AVG(y.crmrte) FROM crime_years y JOIN counties c ON c.county = y.county "
  "WHERE c.region = 'west' AND y.year = 1987", ["aggregate", "join", "multi_filter"])

# ---------------------------------------------------------------- grouse_ticks
D = "grouse_ticks"
E(D, "plain", "easy", "How many broods were sampled in 1996?",
  "SELECT COUNT(*) FROM broods WHERE YEAR = 1996", ["count", "filter_eq"])
E(D, "plain", "easy", "What is the average number of ticks per chick?",
  "SELECT AVG(TICKS) FROM grouse_chicks", ["aggregate"])
E(D, "row_nouns", "easy", "How many birds were examined altogether?",
  "SELECT COUNT(*) FROM grouse_chicks", ["count"])
E(D, "row_nouns", "medium", "How many young grouse had no ticks at all?",
  "SELECT COUNT(*) FROM grouse_chicks WHERE TICKS = 0", ["count", "filter_eq"])
E(D, "measure_words", "easy", "How many broods were found above 500 metres?",
  "SELECT COUNT(*) FROM broods WHERE HEIGHT > 500", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "What is the highest altitude of any brood site?",
  "SELECT MAX(HEIGHT) FROM broods", ["aggregate"])
E(D, "measure_words", "medium", "What was the average elevation of the 1995 broods?",
  "SELECT AVG(HEIGHT) FROM broods WHERE YEAR = 1995", ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "How many distinct locs are there in the broods table?",
  "SELECT COUNT(DISTINCT LOCATION) FROM broods", ["count", "distinct"])
E(D, "values", "easy", "How many broods were at location 32?",
  "SELECT COUNT(*) FROM broods WHERE LOCATION = 32", ["count", "filter_eq"])
E(D, "comparatives", "easy", "How many chicks carried at least 10 ticks?",
  "SELECT COUNT(*) FROM grouse_chicks WHERE TICKS >= 10", ["count", "filter_cmp"])
E(D, "comparatives", "hard", "How many broods had more than 5 chicks?",
  "SELECT COUNT(*) FROM (SELECT BROOD FROM grouse_chicks GROUP BY BROOD HAVING COUNT(*) > 5)",
  ["count", "group_by", "having", "subquery"])
E(D, "comparatives", "hard", "How many broods had no chick with any ticks?",
  "SELECT COUNT(*) FROM broods WHERE BROOD NOT IN (SELECT BROOD FROM grouse_chicks WHERE TICKS > 0)",
  ["count", "anti_join", "subquery", "negation"])
E(D, "superlative_rows", "medium", "Which brood had the highest total number of ticks?",
  "SELECT BROOD, SUM(TICKS) FROM grouse_chicks GROUP BY BROOD ORDER BY SUM(TICKS) DESC LIMIT 1",
  ["aggregate", "group_by", "top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which brood had the most chicks, and how many?",
  "SELECT BROOD, COUNT(*) FROM grouse_chicks GROUP BY BROOD ORDER BY COUNT(*) DESC LIMIT 1",
  ["count", "group_by", "top_n", "superlative"])
E(D, "arithmetic_periods", "easy", "What is the range of site altitudes?",
  "SELECT MAX(HEIGHT) - MIN(HEIGHT) FROM broods", ["aggregate", "arithmetic"])
E(D, "arithmetic_periods", "hard",
  "What is the ratio of the average ticks per chick in 1996 to that in 1995?",
  "SELECT (SELECT AVG(c.TICKS) FROM grouse_chicks c JOIN broods b ON b.BROOD = c.BROOD WHERE b.YEAR = 1996) / "
  "(SELECT AVG(c.TICKS) FROM grouse_chicks c JOIN broods b ON b.BROOD = c.BROOD WHERE b.YEAR = 1995)",
  ["aggregate", "ratio", "join", "subquery"])
CHART(D, "medium", "Bar chart of the average number of ticks per chick by year",
      "SELECT b.YEAR, AVG(c.TICKS) FROM grouse_chicks c JOIN broods b ON b.BROOD = c.BROOD "
      "GROUP BY b.YEAR", ["aggregate", "group_by", "join"])
SCATTER(D, "hard", "Plot altitude against ticks for every chick",
        "SELECT b.HEIGHT, c.TICKS FROM grouse_chicks c JOIN broods b ON b.BROOD = c.BROOD", ["join"])
E(D, "counting_listing", "easy", "List all broods at location 28",
  "SELECT BROOD FROM broods WHERE LOCATION = 28", ["filter_eq", "list"])
E(D, "counting_listing", "easy", "How many chicks are recorded for brood 501?",
  "SELECT COUNT(*) FROM grouse_chicks WHERE BROOD = 501", ["count", "filter_eq"])
E(D, "context_words", "medium", "In this red grouse survey, how many different sites were visited?",
  "SELECT COUNT(DISTINCT LOCATION) FROM broods", ["count", "distinct"])
E(D, "context_words", "hard", "How much did the average tick count per chick grow from 1995 to 1996?",
  "SELECT (SELECT AVG(c.TICKS) FROM grouse_chicks c JOIN broods b ON b.BROOD = c.BROOD WHERE b.YEAR = 1996) - "
  "(SELECT AVG(c.TICKS) FROM grouse_chicks c JOIN broods b ON b.BROOD = c.BROOD WHERE b.YEAR = 1995)",
  ["aggregate", "change", "join", "subquery"])
E(D, "plain", "medium", "How many chicks were caught in 1997?",
  "SELECT COUNT(*) FROM grouse_chicks c JOIN broods b ON b.BROOD = c.BROOD WHERE b.YEAR = 1997",
  ["count", "join", "filter_eq"])

# ---------------------------------------------------------------- fuel_economy
D = "fuel_economy"
E(D, "plain", "easy", "What is the average hwy for compact cars?",
  "SELECT AVG(hwy) FROM mpg WHERE class = 'compact'", ["aggregate", "filter_eq"])
E(D, "plain", "easy", "How many cars are from 2008?",
  "SELECT COUNT(*) FROM mpg WHERE year = 2008", ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many vehicles are in the dataset?",
  "SELECT COUNT(*) FROM mpg", ["count"])
E(D, "row_nouns", "easy", "How many Subaru entries are there?",
  "SELECT COUNT(*) FROM mpg WHERE manufacturer = 'subaru'", ["count", "filter_eq"])
E(D, "measure_words", "easy", "How many cars get more than 30 miles per gallon on the highway?",
  "SELECT COUNT(*) FROM mpg WHERE hwy > 30", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "What is the average engine size in litres of SUVs?",
  "SELECT AVG(displ) FROM mpg WHERE class = 'suv'", ["aggregate", "filter_eq"])
E(D, "measure_words", "medium", "How many cars have an engine bigger than 5 liters?",
  "SELECT COUNT(*) FROM mpg WHERE displ > 5", ["count", "filter_cmp"])
E(D, "short_forms", "easy", "What's the average city mpg?",
  "SELECT AVG(cty) FROM mpg", ["aggregate"])
E(D, "short_forms", "medium", "How many 6-cylinder cars are there?",
  "SELECT COUNT(*) FROM mpg WHERE cyl = 6", ["count", "filter_eq"])
E(D, "short_forms", "medium", "Average highway mileage of 4wd vehicles?",
  "SELECT AVG(hwy) FROM mpg WHERE drv = '4'", ["aggregate", "filter_eq", "code_value"])
E(D, "short_forms", "medium", "What is the mean displacement of front-wheel drive cars?",
  "SELECT AVG(displ) FROM mpg WHERE drv = 'f'", ["aggregate", "filter_eq", "code_value"])
E(D, "values", "medium", "How many Volkswagens run on premium fuel?",
  "SELECT COUNT(*) FROM mpg WHERE manufacturer = 'volkswagen' AND fl = 'p'",
  ["count", "filter_eq", "multi_filter", "value_synonym"])
E(D, "values", "medium", "How many diesel cars are there?",
  "SELECT COUNT(*) FROM mpg WHERE fl = 'd'", ["count", "filter_eq", "value_synonym"])
E(D, "values", "medium", "How many cars have a manual transmission?",
  "SELECT COUNT(*) FROM mpg WHERE trans LIKE 'manual%'", ["count", "like"])
E(D, "values", "easy", "What is the average city mileage of the Land Rover cars?",
  "SELECT AVG(cty) FROM mpg WHERE manufacturer = 'land rover'", ["aggregate", "filter_eq"])
E(D, "values", "medium", "How many two-seaters are listed?",
  "SELECT COUNT(*) FROM mpg WHERE class = '2seater'", ["count", "filter_eq", "value_synonym"])
E(D, "comparatives", "easy", "How many cars have a city mileage of 20 or more?",
  "SELECT COUNT(*) FROM mpg WHERE cty >= 20", ["count", "filter_cmp"])
E(D, "comparatives", "hard", "Which manufacturers have fewer than 5 cars in the data?",
  "SELECT manufacturer FROM mpg GROUP BY manufacturer HAVING COUNT(*) < 5",
  ["group_by", "having"])
E(D, "superlative_rows", "medium", "Which manufacturer has the highest average highway mileage?",
  "SELECT manufacturer, AVG(hwy) FROM mpg GROUP BY manufacturer ORDER BY AVG(hwy) DESC LIMIT 1",
  ["aggregate", "group_by", "top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which class of car has the lowest average city mpg?",
  "SELECT class, AVG(cty) FROM mpg GROUP BY class ORDER BY AVG(cty) ASC LIMIT 1",
  ["aggregate", "group_by", "top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "On average, how many more miles per gallon do cars get on the highway than in the city?",
  "SELECT AVG(hwy - cty) FROM mpg", ["aggregate", "arithmetic"])
E(D, "arithmetic_periods", "medium", "What is the ratio of average highway to average city mileage?",
  "SELECT AVG(hwy) / AVG(cty) FROM mpg", ["aggregate", "ratio"])
CHART(D, "easy", "Bar chart of the number of cars per class",
      "SELECT class, COUNT(*) FROM mpg GROUP BY class", ["count", "group_by"])
SCATTER(D, "medium", "Show displacement vs highway mpg as a scatter plot",
        "SELECT displ, hwy FROM mpg")
E(D, "counting_listing", "easy", "List all the models made by toyota",
  "SELECT DISTINCT model FROM mpg WHERE manufacturer = 'toyota'", ["filter_eq", "distinct", "list"])
E(D, "counting_listing", "easy", "How many rows are there for the a4?",
  "SELECT COUNT(*) FROM mpg WHERE model = 'a4'", ["count", "filter_eq"])
E(D, "context_words", "hard", "How much did the average city mileage change between 1999 and 2008?",
  "SELECT (SELECT AVG(cty) FROM mpg WHERE year = 2008) - (SELECT AVG(cty) FROM mpg WHERE year = 1999)",
  ["aggregate", "change", "subquery"])
E(D, "context_words", "easy", "Overall, what is the average highway fuel economy across all cars?",
  "SELECT AVG(hwy) FROM mpg", ["aggregate"])

# ---------------------------------------------------------------- movies
D = "movies"
E(D, "plain", "easy", "How many movies were released in 2000?",
  "SELECT COUNT(*) FROM movies WHERE year = 2000", ["count", "filter_eq"])
E(D, "plain", "easy", "What is the average rating of movies where Drama is 1?",
  "SELECT AVG(rating) FROM movies WHERE Drama = 1", ["aggregate", "filter_eq"])
E(D, "plain", "easy", "What is the total number of votes?",
  "SELECT SUM(votes) FROM movies", ["aggregate"])
E(D, "row_nouns", "easy", "How many films are in the data?",
  "SELECT COUNT(*) FROM movies", ["count"])
E(D, "row_nouns", "medium", "How many titles came out in the 1990s?",
  "SELECT COUNT(*) FROM movies WHERE year BETWEEN 1990 AND 1999", ["count", "between"])
E(D, "row_nouns", "medium", "How many pictures are comedies?",
  "SELECT COUNT(*) FROM movies WHERE Comedy = 1", ["count", "filter_eq"])
E(D, "measure_words", "easy", "How many movies are longer than 180 minutes?",
  "SELECT COUNT(*) FROM movies WHERE length > 180", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "What is the longest film and how long does it run?",
  "SELECT title, length FROM movies ORDER BY length DESC LIMIT 1", ["top_n", "superlative"])
E(D, "measure_words", "medium", "Which film was the most expensive to make since 2002?",
  "SELECT title, budget FROM movies WHERE year >= 2002 ORDER BY budget DESC LIMIT 1",
  ["top_n", "superlative", "filter_cmp"])
E(D, "measure_words", "medium", "Which movie is the most popular, by number of votes?",
  "SELECT title, votes FROM movies ORDER BY votes DESC LIMIT 1", ["top_n", "superlative"])
E(D, "short_forms", "medium", "How many movies have an MPAA rating of PG?",
  "SELECT COUNT(*) FROM movies WHERE mpaa = 'PG'", ["count", "filter_eq"])
E(D, "short_forms", "medium", "Average runtime of animated movies?",
  "SELECT AVG(length) FROM movies WHERE Animation = 1", ["aggregate", "filter_eq"])
E(D, "values", "easy", "How many R-rated movies are there?",
  "SELECT COUNT(*) FROM movies WHERE mpaa = 'R'", ["count", "filter_eq"])
E(D, "values", "medium", "List the movies with 'Star Wars' in the title",
  "SELECT title FROM movies WHERE title LIKE '%Star Wars%'", ["like", "list"])
E(D, "values", "easy", "What is the rating of Titanic?",
  "SELECT rating FROM movies WHERE title = 'Titanic'", ["filter_eq"])
E(D, "comparatives", "easy", "How many films have a rating of at least 8?",
  "SELECT COUNT(*) FROM movies WHERE rating >= 8", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "How many movies had a budget over 100 million dollars?",
  "SELECT COUNT(*) FROM movies WHERE budget > 100000000", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "How many movies were released in 2000 or later?",
  "SELECT COUNT(*) FROM movies WHERE year >= 2000", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "How many films have no budget recorded?",
  "SELECT COUNT(*) FROM movies WHERE budget IS NULL", ["count", "null_check"])
E(D, "comparatives", "medium", "What is the earliest release year of a documentary?",
  "SELECT MIN(year) FROM movies WHERE Documentary = 1", ["aggregate", "filter_eq"])
E(D, "superlative_rows", "medium", "Which comedy got the most votes?",
  "SELECT title, votes FROM movies WHERE Comedy = 1 ORDER BY votes DESC LIMIT 1",
  ["top_n", "superlative", "filter_eq"])
E(D, "superlative_rows", "medium", "Which year had the most films?",
  "SELECT year, COUNT(*) FROM movies GROUP BY year ORDER BY COUNT(*) DESC LIMIT 1",
  ["count", "group_by", "top_n", "superlative"])
E(D, "arithmetic_periods", "hard", "In how many years were more than 150 movies released?",
  "SELECT COUNT(*) FROM (SELECT year FROM movies GROUP BY year HAVING COUNT(*) > 150)",
  ["count", "group_by", "having", "subquery"])
E(D, "arithmetic_periods", "easy", "What is the range of the ratings?",
  "SELECT MAX(rating) - MIN(rating) FROM movies", ["aggregate", "arithmetic"])
CHART(D, "medium", "Plot the number of movies per year over time",
      "SELECT year, COUNT(*) FROM movies GROUP BY year ORDER BY year",
      ["count", "group_by", "time_series", "order"], order=True)
SCATTER(D, "medium", "Scatter chart of budget versus rating for films with a known budget",
        "SELECT budget, rating FROM movies WHERE budget IS NOT NULL", ["null_check"])
E(D, "counting_listing", "easy", "List all NC-17 movies",
  "SELECT title FROM movies WHERE mpaa = 'NC-17'", ["filter_eq", "list"])
CHART(D, "easy", "Bar chart of how many rated movies there are in each MPAA rating",
      "SELECT mpaa, COUNT(*) FROM movies WHERE mpaa IS NOT NULL GROUP BY mpaa",
      ["count", "group_by", "null_check"])
E(D, "values", "easy", "What year did Forrest Gump come out?",
  "SELECT year FROM movies WHERE title = 'Forrest Gump'", ["filter_eq"])
E(D, "counting_listing", "easy", "How many animation entries are there?",
  "SELECT COUNT(*) FROM movies WHERE Animation = 1", ["count", "filter_eq"])
E(D, "context_words", "easy", "According to IMDB users, what's the average rating of action movies?",
  "SELECT AVG(rating) FROM movies WHERE Action = 1", ["aggregate", "filter_eq"])
E(D, "context_words", "medium", "What was the combined budget of all 2004 releases?",
  "SELECT SUM(budget) FROM movies WHERE year = 2004", ["aggregate", "filter_eq"])

# ---------------------------------------------------------------- self_reported_size
D = "self_reported_size"
E(D, "plain", "easy", "What is the average weightKg?",
  "SELECT AVG(weightKg) FROM self_reports", ["aggregate"])
E(D, "plain", "easy", "What is the maximum heightCm for sex M?",
  "SELECT MAX(heightCm) FROM self_reports WHERE sex = 'M'", ["aggregate", "filter_eq"])
E(D, "row_nouns", "easy", "How many people took part?",
  "SELECT COUNT(*) FROM self_reports", ["count"])
E(D, "row_nouns", "medium", "How many participants are heavier than 90 kg?",
  "SELECT COUNT(*) FROM self_reports WHERE weightKg > 90", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How many people weigh more than 80 kilograms?",
  "SELECT COUNT(*) FROM self_reports WHERE weightKg > 80", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How tall is the tallest man, in cm?",
  "SELECT MAX(heightCm) FROM self_reports WHERE sex = 'M'", ["aggregate", "filter_eq", "value_synonym"])
E(D, "measure_words", "medium", "How many women are shorter than 160 centimetres?",
  "SELECT COUNT(*) FROM self_reports WHERE sex = 'F' AND heightCm < 160",
  ["count", "filter_cmp", "multi_filter", "value_synonym"])
E(D, "short_forms", "medium", "What's the average reported weight?",
  "SELECT AVG(reportedWeightKg) FROM self_reports", ["aggregate"])
E(D, "short_forms", "medium", "Mean self-reported height of the females?",
  "SELECT AVG(reportedHeightCm) FROM self_reports WHERE sex = 'F'", ["aggregate", "filter_eq"])
E(D, "values", "easy", "How many of the subjects are women?",
  "SELECT COUNT(*) FROM self_reports WHERE sex = 'F'", ["count", "filter_eq", "value_synonym"])
E(D, "values", "easy", "What is the average weight of the men?",
  "SELECT AVG(weightKg) FROM self_reports WHERE sex = 'M'", ["aggregate", "filter_eq", "value_synonym"])
E(D, "comparatives", "medium", "How many people said they weighed less than they actually did?",
  "SELECT COUNT(*) FROM self_reports WHERE reportedWeightKg < weightKg",
  ["count", "column_compare"])
E(D, "comparatives", "medium", "How many subjects did not report their height?",
  "SELECT COUNT(*) FROM self_reports WHERE reportedHeightCm IS NULL", ["count", "null_check"])
E(D, "comparatives", "medium",
  "Leaving out those who didn't give one, what is the average reported weight of women?",
  "SELECT AVG(reportedWeightKg) FROM self_reports WHERE sex = 'F' AND reportedWeightKg IS NOT NULL",
  ["aggregate", "null_check", "filter_eq"])
E(D, "superlative_rows", "easy", "Which subject is the heaviest?",
  "SELECT subjectId, weightKg FROM self_reports ORDER BY weightKg DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which man is the tallest, and how tall is he?",
  "SELECT subjectId, heightCm FROM self_reports WHERE sex = 'M' ORDER BY heightCm DESC LIMIT 1",
  ["top_n", "superlative", "filter_eq"])
E(D, "arithmetic_periods", "medium",
  "What is the average difference between measured and reported weight?",
  "SELECT AVG(weightKg - reportedWeightKg) FROM self_reports", ["aggregate", "arithmetic"])
E(D, "arithmetic_periods", "medium", "What is the ratio of the men's average height to the women's?",
  "SELECT (SELECT AVG(heightCm) FROM self_reports WHERE sex = 'M') / "
  "(SELECT AVG(heightCm) FROM self_reports WHERE sex = 'F')", ["aggregate", "ratio", "subquery"])
SCATTER(D, "medium", "Plot measured weight against reported weight",
        "SELECT weightKg, reportedWeightKg FROM self_reports WHERE reportedWeightKg IS NOT NULL")
CHART(D, "easy", "Bar chart of average height by sex",
      "SELECT sex, AVG(heightCm) FROM self_reports GROUP BY sex", ["aggregate", "group_by"])
E(D, "counting_listing", "medium", "List the subjects who didn't report their weight",
  "SELECT subjectId FROM self_reports WHERE reportedWeightKg IS NULL", ["null_check", "list"])
E(D, "counting_listing", "medium", "Show every woman taller than 175 cm with her height",
  "SELECT subjectId, heightCm FROM self_reports WHERE sex = 'F' AND heightCm > 175",
  ["filter_eq", "filter_cmp", "multi_filter", "list", "value_synonym"])
E(D, "counting_listing", "easy", "How many records are there for males?",
  "SELECT COUNT(*) FROM self_reports WHERE sex = 'M'", ["count", "filter_eq", "value_synonym"])
E(D, "context_words", "medium", "In this study, how much taller are men than women on average?",
  "SELECT (SELECT AVG(heightCm) FROM self_reports WHERE sex = 'M') - "
  "(SELECT AVG(heightCm) FROM self_reports WHERE sex = 'F')", ["aggregate", "arithmetic", "subquery"])
E(D, "context_words", "easy", "Overall, what is the average measured height of everyone in the study?",
  "SELECT AVG(heightCm) FROM self_reports", ["aggregate"])

# ---------------------------------------------------------------- presidential_approval
D = "presidential_approval"
Q, P = '"Quarter starting"', '"Percent approving"'
E(D, "plain", "easy", "What was the average percent approving in 1950?",
  "SELECT AVG(%s) FROM approval_ratings WHERE strftime('%%Y', %s) = '1950'" % (P, Q),
  ["aggregate", "date_part"])
E(D, "plain", "easy", "What is the lowest percent approving?",
  "SELECT MIN(%s) FROM approval_ratings" % P, ["aggregate"])
E(D, "row_nouns", "easy", "How many quarters are in the data?",
  "SELECT COUNT(*) FROM approval_ratings", ["count"])
E(D, "row_nouns", "medium", "How many readings are there for 1972?",
  "SELECT COUNT(*) FROM approval_ratings WHERE strftime('%%Y', %s) = '1972'" % Q,
  ["count", "date_part"])
E(D, "measure_words", "medium", "When was the President most popular?",
  "SELECT %s, %s FROM approval_ratings ORDER BY %s DESC LIMIT 1" % (Q, P, P),
  ["top_n", "superlative"])
E(D, "measure_words", "medium", "How many quarters had an approval rating under 30 percent?",
  "SELECT COUNT(*) FROM approval_ratings WHERE %s < 30" % P, ["count", "filter_cmp"])
E(D, "short_forms", "medium", "What was the mean approval % in 1961?",
  "SELECT AVG(%s) FROM approval_ratings WHERE strftime('%%Y', %s) = '1961'" % (P, Q),
  ["aggregate", "date_part"])
E(D, "values", "medium", "What was the approval rating in the quarter starting 1963-10-01?",
  "SELECT %s FROM approval_ratings WHERE %s = '1963-10-01'" % (P, Q), ["filter_eq", "date_value"])
E(D, "comparatives", "medium", "What was the first quarter with approval below 30?",
  "SELECT MIN(%s) FROM approval_ratings WHERE %s < 30" % (Q, P), ["aggregate", "filter_cmp"])
E(D, "comparatives", "medium", "When was approval last above 70 percent?",
  "SELECT MAX(%s) FROM approval_ratings WHERE %s > 70" % (Q, P), ["aggregate", "filter_cmp"])
E(D, "comparatives", "medium", "How many quarters have no approval figure?",
  "SELECT COUNT(*) FROM approval_ratings WHERE %s IS NULL" % P, ["count", "null_check"])
E(D, "comparatives", "medium", "How many quarters from 1960 to 1969 had an approval of 60 or more?",
  "SELECT COUNT(*) FROM approval_ratings WHERE %s >= 60 AND %s BETWEEN '1960-01-01' AND '1969-12-31'"
  % (P, Q), ["count", "filter_cmp", "date_range", "multi_filter"])
E(D, "superlative_rows", "medium", "In which quarter was approval lowest?",
  "SELECT %s, %s FROM approval_ratings WHERE %s IS NOT NULL ORDER BY %s ASC LIMIT 1" % (Q, P, P, P),
  ["top_n", "superlative"])
E(D, "superlative_rows", "hard", "Which year had the highest average approval?",
  "SELECT strftime('%%Y', %s), AVG(%s) FROM approval_ratings GROUP BY strftime('%%Y', %s) "
  "ORDER BY AVG(%s) DESC LIMIT 1" % (Q, P, Q, P),
  ["aggregate", "group_by", "date_part", "top_n", "superlative"])
E(D, "arithmetic_periods", "hard", "In how many years did approval fall below 35 at least once?",
  "SELECT COUNT(DISTINCT strftime('%%Y', %s)) FROM approval_ratings WHERE %s < 35" % (Q, P),
  ["count", "distinct", "date_part", "filter_cmp"])
E(D, "arithmetic_periods", "hard", "What is the average approval for each quarter of the year, across all years?",
  "SELECT (CAST(strftime('%%m', %s) AS INTEGER) + 2) / 3, AVG(%s) FROM approval_ratings "
  "GROUP BY (CAST(strftime('%%m', %s) AS INTEGER) + 2) / 3" % (Q, P, Q),
  ["aggregate", "group_by", "date_part", "month_of_year"])
E(D, "arithmetic_periods", "medium", "What's the difference between the highest and lowest approval in 1974?",
  "SELECT MAX(%s) - MIN(%s) FROM approval_ratings WHERE strftime('%%Y', %s) = '1974'" % (P, P, Q),
  ["aggregate", "arithmetic", "date_part"])
CHART(D, "medium", "Plot the yearly average approval rating over time",
      "SELECT strftime('%%Y', %s), AVG(%s) FROM approval_ratings GROUP BY strftime('%%Y', %s) "
      "ORDER BY strftime('%%Y', %s)" % (Q, P, Q, Q),
      ["aggregate", "group_by", "date_part", "time_series", "order"], order=True)
CHART(D, "medium", "Line chart of approval by quarter for 1973 and 1974",
      "SELECT %s, %s FROM approval_ratings WHERE %s BETWEEN '1973-01-01' AND '1974-12-31' ORDER BY %s"
      % (Q, P, Q, Q), ["date_range", "time_series", "order"], order=True)
E(D, "counting_listing", "easy", "List the quarters with no approval rating",
  "SELECT %s FROM approval_ratings WHERE %s IS NULL" % (Q, P), ["null_check", "list"])
E(D, "counting_listing", "easy", "How many entries are above 75?",
  "SELECT COUNT(*) FROM approval_ratings WHERE %s > 75" % P, ["count", "filter_cmp"])
E(D, "context_words", "hard", "How much did the President's approval drop from 1953 to 1954?",
  "SELECT (SELECT AVG(%s) FROM approval_ratings WHERE strftime('%%Y', %s) = '1953') - "
  "(SELECT AVG(%s) FROM approval_ratings WHERE strftime('%%Y', %s) = '1954')" % (P, Q, P, Q),
  ["aggregate", "change", "date_part", "subquery"])
E(D, "context_words", "medium", "According to Gallup, what was the average approval across the whole period?",
  "SELECT AVG(%s) FROM approval_ratings" % P, ["aggregate"])
E(D, "context_words", "hard", "How much did approval fall from the first quarter of 1973 to the last quarter of 1974?",
  "SELECT (SELECT %s FROM approval_ratings WHERE %s = '1973-01-01') - "
  "(SELECT %s FROM approval_ratings WHERE %s = '1974-10-01')" % (P, Q, P, Q),
  ["change", "date_value", "subquery"])

# ---------------------------------------------------------------- california_schools
D = "california_schools"
E(D, "plain", "easy", "How many districts are in Los Angeles county?",
  "SELECT COUNT(*) FROM school_districts WHERE County = 'Los Angeles'", ["count", "filter_eq"])
E(D, "plain", "easy", "What is the average Math score?",
  'SELECT AVG("Math score") FROM school_districts', ["aggregate"])
E(D, "plain", "easy", "What is the total number of Computers in Kern county?",
  "SELECT SUM(Computers) FROM school_districts WHERE County = 'Kern'", ["aggregate", "filter_eq"])
E(D, "row_nouns", "easy", "How many school districts are listed?",
  "SELECT COUNT(*) FROM school_districts", ["count"])
E(D, "row_nouns", "medium", "How many school systems in the data serve grades K through 6?",
  "SELECT COUNT(*) FROM school_districts WHERE \"Grade span\" = 'KK-06'",
  ["count", "filter_eq", "value_synonym"])
E(D, "measure_words", "medium", "How many districts spend more than $6,000 per student?",
  'SELECT COUNT(*) FROM school_districts WHERE "Spending per student" > 6000', ["count", "filter_cmp"])
E(D, "measure_words", "medium", "Which district is the biggest by enrollment?",
  'SELECT District, "Total enrollment" FROM school_districts ORDER BY "Total enrollment" DESC LIMIT 1',
  ["top_n", "superlative"])
E(D, "measure_words", "medium", "Which district is the richest?",
  'SELECT District, "Average income" FROM school_districts ORDER BY "Average income" DESC LIMIT 1',
  ["top_n", "superlative"])
E(D, "short_forms", "medium", "What is the average free lunch percentage?",
  'SELECT AVG("Free lunch pct") FROM school_districts', ["aggregate"])
E(D, "short_forms", "medium", "How many districts have an English learners pct of 50 or more?",
  'SELECT COUNT(*) FROM school_districts WHERE "English learners pct" >= 50', ["count", "filter_cmp"])
E(D, "short_forms", "medium", "Average reading score of the districts in San Diego?",
  "SELECT AVG(\"Reading score\") FROM school_districts WHERE County = 'San Diego'",
  ["aggregate", "filter_eq"])
E(D, "values", "medium", "What's the average test score in Sonoma county?",
  "SELECT AVG(\"Test score\") FROM school_districts WHERE County = 'Sonoma'", ["aggregate", "filter_eq"])
E(D, "values", "medium", "How many districts have 'Union' in their name?",
  "SELECT COUNT(*) FROM school_districts WHERE District LIKE '%Union%'", ["count", "like"])
E(D, "values", "easy", "What was the test score of Los Altos Elementary?",
  "SELECT \"Test score\" FROM school_districts WHERE District = 'Los Altos Elementary'",
  ["filter_eq"])
E(D, "comparatives", "easy", "How many districts have a reading score of at least 680?",
  'SELECT COUNT(*) FROM school_districts WHERE "Reading score" >= 680', ["count", "filter_cmp"])
E(D, "comparatives", "hard", "Which counties have only one district in the data?",
  "SELECT County FROM school_districts GROUP BY County HAVING COUNT(*) = 1", ["group_by", "having"])
E(D, "comparatives", "medium", "How many districts have no more than 100 students?",
  'SELECT COUNT(*) FROM school_districts WHERE "Total enrollment" <= 100', ["count", "filter_cmp"])
E(D, "superlative_rows", "easy", "Which district has the highest test score?",
  'SELECT District, "Test score" FROM school_districts ORDER BY "Test score" DESC LIMIT 1',
  ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which county has the most districts?",
  "SELECT County, COUNT(*) FROM school_districts GROUP BY County ORDER BY COUNT(*) DESC LIMIT 1",
  ["count", "group_by", "top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which district has the lowest math score?",
  'SELECT District, "Math score" FROM school_districts ORDER BY "Math score" ASC LIMIT 1',
  ["top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "What is the difference between the average reading score and the average math score?",
  'SELECT AVG("Reading score") - AVG("Math score") FROM school_districts', ["aggregate", "arithmetic"])
E(D, "arithmetic_periods", "hard", "What is the ratio of total enrollment to total teachers in Fresno county?",
  "SELECT SUM(\"Total enrollment\") / SUM(Teachers) FROM school_districts WHERE County = 'Fresno'",
  ["aggregate", "ratio", "filter_eq"])
SCATTER(D, "medium", "Scatter plot of average income vs test score",
        'SELECT "Average income", "Test score" FROM school_districts')
CHART(D, "easy", "Bar chart of the number of districts by grade span",
      'SELECT "Grade span", COUNT(*) FROM school_districts GROUP BY "Grade span"', ["count", "group_by"])
E(D, "counting_listing", "easy", "List all districts in Humboldt county",
  "SELECT District FROM school_districts WHERE County = 'Humboldt'", ["filter_eq", "list"])
E(D, "counting_listing", "easy", "Show all districts with more than 20,000 students",
  'SELECT District FROM school_districts WHERE "Total enrollment" > 20000', ["filter_cmp", "list"])
E(D, "counting_listing", "easy", "How many entries does Tulare county have?",
  "SELECT COUNT(*) FROM school_districts WHERE County = 'Tulare'", ["count", "filter_eq"])
E(D, "context_words", "easy", "Statewide, how many students are enrolled in these districts altogether?",
  'SELECT SUM("Total enrollment") FROM school_districts', ["aggregate"])
E(D, "context_words", "medium", "In California, what is the average spending per pupil?",
  'SELECT AVG("Spending per student") FROM school_districts', ["aggregate"])

# ---------------------------------------------------------------- sleep_deprivation
D = "sleep_deprivation"
E(D, "plain", "easy", "What was the average reaction_time_ms on day 0?",
  "SELECT AVG(reaction_time_ms) FROM reaction_times WHERE day = 0", ["aggregate", "filter_eq"])
E(D, "plain", "easy", "What is the reaction time of subject 309 on day 5?",
  "SELECT reaction_time_ms FROM reaction_times WHERE subject_id = 309 AND day = 5",
  ["filter_eq", "multi_filter"])
E(D, "row_nouns", "easy", "How many measurements are there in total?",
  "SELECT COUNT(*) FROM reaction_times", ["count"])
E(D, "row_nouns", "easy", "How many observations are from day 0?",
  "SELECT COUNT(*) FROM reaction_times WHERE day = 0", ["count", "filter_eq"])
E(D, "row_nouns", "medium", "How many trials were slower than 400 ms?",
  "SELECT COUNT(*) FROM reaction_times WHERE reaction_time_ms > 400", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How slow was the slowest response?",
  "SELECT MAX(reaction_time_ms) FROM reaction_times", ["aggregate"])
E(D, "measure_words", "medium", "What was the fastest reaction on day 9?",
  "SELECT MIN(reaction_time_ms) FROM reaction_times WHERE day = 9", ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "What was the mean RT on day 9?",
  "SELECT AVG(reaction_time_ms) FROM reaction_times WHERE day = 9", ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "Average reaction time of subject id 350?",
  "SELECT AVG(reaction_time_ms) FROM reaction_times WHERE subject_id = 350", ["aggregate", "filter_eq"])
E(D, "comparatives", "medium", "How many readings from day 5 onwards were under 250 ms?",
  "SELECT COUNT(*) FROM reaction_times WHERE day >= 5 AND reaction_time_ms < 250",
  ["count", "filter_cmp", "multi_filter"])
E(D, "comparatives", "hard", "Which subjects never took longer than 300 ms?",
  "SELECT DISTINCT subject_id FROM reaction_times WHERE subject_id NOT IN "
  "(SELECT subject_id FROM reaction_times WHERE reaction_time_ms > 300)",
  ["subquery", "negation", "distinct"])
E(D, "superlative_rows", "medium", "Which subject had the slowest reaction on day 9?",
  "SELECT subject_id, reaction_time_ms FROM reaction_times WHERE day = 9 "
  "ORDER BY reaction_time_ms DESC LIMIT 1", ["top_n", "superlative", "filter_eq"])
E(D, "superlative_rows", "medium", "On which day was the average reaction time lowest?",
  "SELECT day, AVG(reaction_time_ms) FROM reaction_times GROUP BY day "
  "ORDER BY AVG(reaction_time_ms) ASC LIMIT 1", ["aggregate", "group_by", "top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which driver had the highest average reaction time?",
  "SELECT subject_id, AVG(reaction_time_ms) FROM reaction_times GROUP BY subject_id "
  "ORDER BY AVG(reaction_time_ms) DESC LIMIT 1", ["aggregate", "group_by", "top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "What is the difference between the slowest and fastest reaction on day 0?",
  "SELECT MAX(reaction_time_ms) - MIN(reaction_time_ms) FROM reaction_times WHERE day = 0",
  ["aggregate", "arithmetic", "filter_eq"])
E(D, "arithmetic_periods", "hard", "On how many days did subject 308 react slower than 300 ms?",
  "SELECT COUNT(DISTINCT day) FROM reaction_times WHERE subject_id = 308 AND reaction_time_ms > 300",
  ["count", "distinct", "filter_cmp", "multi_filter"])
CHART(D, "medium", "Plot the average reaction time by day",
      "SELECT day, AVG(reaction_time_ms) FROM reaction_times GROUP BY day ORDER BY day",
      ["aggregate", "group_by", "time_series", "order"], order=True)
CHART(D, "easy", "Bar chart of average reaction time per subject",
      "SELECT subject_id, AVG(reaction_time_ms) FROM reaction_times GROUP BY subject_id",
      ["aggregate", "group_by"])
E(D, "counting_listing", "easy", "List the reaction times of subject 309",
  "SELECT day, reaction_time_ms FROM reaction_times WHERE subject_id = 309", ["filter_eq", "list"])
E(D, "counting_listing", "medium", "How many drivers were tested?",
  "SELECT COUNT(DISTINCT subject_id) FROM reaction_times", ["count", "distinct"])
E(D, "context_words", "medium", "Across all drivers, how much did the mean reaction time rise from day 0 to day 9?",
  "SELECT (SELECT AVG(reaction_time_ms) FROM reaction_times WHERE day = 9) - "
  "(SELECT AVG(reaction_time_ms) FROM reaction_times WHERE day = 0)",
  ["aggregate", "change", "subquery"])
E(D, "context_words", "medium", "How much did subject 308 slow down between day 0 and day 9?",
  "SELECT (SELECT reaction_time_ms FROM reaction_times WHERE subject_id = 308 AND day = 9) - "
  "(SELECT reaction_time_ms FROM reaction_times WHERE subject_id = 308 AND day = 0)",
  ["change", "subquery"])
E(D, "context_words", "easy", "For the whole sleep study, what was the average reaction time?",
  "SELECT AVG(reaction_time_ms) FROM reaction_times", ["aggregate"])

if __name__ == "__main__":
    S.write()
