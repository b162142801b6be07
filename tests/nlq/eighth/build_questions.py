#!/usr/bin/env python3
"""The eighth blind NLQ evaluation set: questions and gold SQL over the tables that
prepare_data.py writes, written from the data alone (see README.md). Recomputes gold_rows
with ../load.py through ../question_set.py and writes questions.jsonl and datasets.json.

    python3 build_questions.py

Stdlib only. Fails on SQL errors, empty answers and answers that depend on how ties are
broken.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)
from prepare_data import DATASETS  # noqa: E402
from question_set import QuestionSet  # noqa: E402

Q = QuestionSet("f8", DATASETS, HERE)
E, CHART, SCATTER = Q.E, Q.CHART, Q.SCATTER

# ------------------------------------------------------------------ birth_weight
# births(id, low 0/1, age, lwt pounds, race 1/2/3, smoke 0/1, ptl, ht 0/1, ui 0/1, ftv, bwt grams)
D = "birth_weight"
E(D, "plain", "easy", "What is the average bwt for mothers with smoke = 1?",
  "SELECT AVG(bwt) FROM births WHERE smoke = 1", ["aggregate", "filter_eq"])
E(D, "plain", "easy", "How many births have low equal to 1?",
  "SELECT COUNT(*) FROM births WHERE low = 1", ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many babies are in the study?",
  "SELECT COUNT(*) FROM births", ["count"])
E(D, "row_nouns", "easy", "How many of the women in the dataset are older than 30?",
  "SELECT COUNT(*) FROM births WHERE age > 30", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How many babies weighed less than 2000 grams at birth?",
  "SELECT COUNT(*) FROM births WHERE bwt < 2000", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How heavy was the lightest newborn, in grams?",
  "SELECT MIN(bwt) FROM births", ["aggregate"])
E(D, "short_forms", "medium", "How many mothers had uterine irritability?",
  "SELECT COUNT(*) FROM births WHERE ui = 1", ["count", "filter_eq"])
E(D, "short_forms", "medium", "How many mothers have a history of hypertension?",
  "SELECT COUNT(*) FROM births WHERE ht = 1", ["count", "filter_eq"])
E(D, "values", "easy", "How many mothers are of race 2?",
  "SELECT COUNT(*) FROM births WHERE race = 2", ["count", "filter_eq"])
E(D, "values", "medium", "What is the average birth weight of babies whose mothers are of race 3 and smoked?",
  "SELECT AVG(bwt) FROM births WHERE race = 3 AND smoke = 1", ["aggregate", "multi_filter"])
E(D, "comparatives", "easy", "How many mothers saw a doctor 2 or more times in the first trimester?",
  "SELECT COUNT(*) FROM births WHERE ftv >= 2", ["count", "filter_cmp"])
E(D, "comparatives", "easy", "How many mothers weighed at most 100 pounds before pregnancy?",
  "SELECT COUNT(*) FROM births WHERE lwt <= 100", ["count", "filter_cmp"])
E(D, "superlative_rows", "medium", "Which birth id had the heaviest baby, and what did it weigh?",
  "SELECT id, bwt FROM births ORDER BY bwt DESC LIMIT 1", ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "What is the id of the heaviest mother, and her weight in pounds?",
  "SELECT id, lwt FROM births ORDER BY lwt DESC LIMIT 1", ["top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "What is the difference between the highest and the lowest birth weight?",
  "SELECT MAX(bwt) - MIN(bwt) FROM births", ["arithmetic"])
E(D, "arithmetic_periods", "hard", "What is the ratio of the average birth weight of babies of non-smokers to that of babies of smokers?",
  "SELECT (SELECT AVG(bwt) FROM births WHERE smoke = 0) / (SELECT AVG(bwt) FROM births WHERE smoke = 1)",
  ["arithmetic", "ratio"])
SCATTER(D, "medium", "Plot birth weight against the mother's weight.",
        "SELECT lwt, bwt FROM births")
CHART(D, "easy", "Bar chart of the number of births for each race code.",
      "SELECT race, COUNT(*) FROM births GROUP BY race", ["bar", "group_by"])
E(D, "counting_listing", "easy", "How many records are there for mothers who smoked?",
  "SELECT COUNT(*) FROM births WHERE smoke = 1", ["count", "filter_eq"])
E(D, "counting_listing", "medium", "List the ids of the births where the mother had 3 earlier premature labours.",
  "SELECT id FROM births WHERE ptl = 3", ["list", "filter_eq"])
E(D, "context_words", "easy", "In this study overall, what is the average age of the mothers?",
  "SELECT AVG(age) FROM births", ["aggregate"])
E(D, "context_words", "medium", "All mothers combined, how many first-trimester physician visits were there?",
  "SELECT SUM(ftv) FROM births", ["aggregate"])
E(D, "counting_listing", "easy", "Show every birth with a weight under 1000 grams, with the mother's age.",
  "SELECT age, bwt FROM births WHERE bwt < 1000", ["list", "filter_cmp"])

# ------------------------------------------------------------------ singapore_diamonds
# diamond_rings(Carat, Colour D..I, Clarity IF/VVS1/VVS2/VS1/VS2, "Certified by" GIA/IGI/HRD, "Price (SGD)")
D = "singapore_diamonds"
P = '"Price (SGD)"'
C = '"Certified by"'
E(D, "plain", "easy", "What is the average price of the diamonds with colour D?",
  "SELECT AVG(%s) FROM diamond_rings WHERE Colour = 'D'" % P, ["aggregate", "filter_eq"])
E(D, "plain", "easy", "How many diamonds have clarity IF?",
  "SELECT COUNT(*) FROM diamond_rings WHERE Clarity = 'IF'", ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many rings are listed?",
  "SELECT COUNT(*) FROM diamond_rings", ["count"])
E(D, "row_nouns", "easy", "How many stones in the data are bigger than 1 carat?",
  "SELECT COUNT(*) FROM diamond_rings WHERE Carat > 1", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How many diamonds cost more than 10,000 Singapore dollars?",
  "SELECT COUNT(*) FROM diamond_rings WHERE %s > 10000" % P, ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How heavy is the heaviest diamond, in carats?",
  "SELECT MAX(Carat) FROM diamond_rings", ["aggregate"])
E(D, "measure_words", "medium", "How much does the cheapest VVS1 diamond cost?",
  "SELECT MIN(%s) FROM diamond_rings WHERE Clarity = 'VVS1'" % P, ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "How many stones does each cert body account for?",
  "SELECT %s, COUNT(*) FROM diamond_rings GROUP BY %s" % (C, C), ["count", "group_by"])
E(D, "short_forms", "medium", "What is the average ct of the diamonds?",
  "SELECT AVG(Carat) FROM diamond_rings", ["aggregate"])
E(D, "values", "easy", "How many diamonds were certified by HRD?",
  "SELECT COUNT(*) FROM diamond_rings WHERE %s = 'HRD'" % C, ["count", "filter_eq"])
E(D, "values", "medium", "What is the average price of the IGI stones of colour F?",
  "SELECT AVG(%s) FROM diamond_rings WHERE %s = 'IGI' AND Colour = 'F'" % (P, C), ["aggregate", "multi_filter"])
E(D, "comparatives", "medium", "How many diamonds weigh at least half a carat but less than one carat?",
  "SELECT COUNT(*) FROM diamond_rings WHERE Carat >= 0.5 AND Carat < 1", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "Which clarity grades have fewer than 60 diamonds?",
  "SELECT Clarity FROM diamond_rings GROUP BY Clarity HAVING COUNT(*) < 60", ["group_by", "having"])
E(D, "superlative_rows", "medium", "What are the colour, clarity and weight of the most expensive diamond?",
  "SELECT Colour, Clarity, Carat FROM diamond_rings ORDER BY %s DESC LIMIT 1" % P, ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which certification body has the highest average price, and what is it?",
  "SELECT %s, AVG(%s) FROM diamond_rings GROUP BY %s ORDER BY AVG(%s) DESC LIMIT 1" % (C, P, C, P),
  ["top_n", "superlative", "group_by"])
E(D, "arithmetic_periods", "medium", "What is the price range of the GIA diamonds (most expensive minus cheapest)?",
  "SELECT MAX(%s) - MIN(%s) FROM diamond_rings WHERE %s = 'GIA'" % (P, P, C), ["arithmetic", "filter_eq"])
E(D, "arithmetic_periods", "hard", "What is the ratio of the average price of colour D diamonds to that of colour I diamonds?",
  "SELECT (SELECT AVG(%s) FROM diamond_rings WHERE Colour = 'D') / "
  "(SELECT AVG(%s) FROM diamond_rings WHERE Colour = 'I')" % (P, P), ["arithmetic", "ratio"])
SCATTER(D, "easy", "Scatter plot of price against carat weight.",
        "SELECT Carat, %s FROM diamond_rings" % P)
CHART(D, "easy", "Chart the average price for each clarity grade.",
      "SELECT Clarity, AVG(%s) FROM diamond_rings GROUP BY Clarity" % P, ["bar", "group_by"])
E(D, "counting_listing", "medium", "List the prices of all colour D diamonds over 1 carat.",
  "SELECT %s FROM diamond_rings WHERE Colour = 'D' AND Carat > 1" % P, ["list", "multi_filter"])
E(D, "counting_listing", "easy", "How many entries are there with clarity VS2?",
  "SELECT COUNT(*) FROM diamond_rings WHERE Clarity = 'VS2'", ["count", "filter_eq"])
E(D, "context_words", "easy", "In this Singapore listing, what is the total asking price of all the diamonds on offer?",
  "SELECT SUM(%s) FROM diamond_rings" % P, ["aggregate"])
E(D, "context_words", "easy", "All certifiers combined, how many diamonds are of colour G?",
  "SELECT COUNT(*) FROM diamond_rings WHERE Colour = 'G'", ["count", "filter_eq"])

# ------------------------------------------------------------------ mammal_brains
# mammals(animal, body kg, brain g)
D = "mammal_brains"
E(D, "plain", "easy", "What is the brain weight of the Human?",
  "SELECT brain FROM mammals WHERE animal = 'Human'", ["lookup"])
E(D, "plain", "easy", "What is the average body weight of the animals?",
  "SELECT AVG(body) FROM mammals", ["aggregate"])
E(D, "row_nouns", "easy", "How many species are in the table?",
  "SELECT COUNT(*) FROM mammals", ["count"])
E(D, "row_nouns", "easy", "How many of the species listed weigh under 1 kg?",
  "SELECT COUNT(*) FROM mammals WHERE body < 1", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How heavy is a giraffe?",
  "SELECT body FROM mammals WHERE animal = 'Giraffe'", ["lookup"])
E(D, "measure_words", "easy", "How many animals have brains weighing more than 500 grams?",
  "SELECT COUNT(*) FROM mammals WHERE brain > 500", ["count", "filter_cmp"])
E(D, "short_forms", "medium", "What is the brain mass of the chimp?",
  "SELECT brain FROM mammals WHERE animal = 'Chimpanzee'", ["lookup"])
E(D, "short_forms", "medium", "Body wt of the Asian elephant?",
  "SELECT body FROM mammals WHERE animal = 'Asian elephant'", ["lookup"])
E(D, "values", "medium", "What are the brain weights of the hedgehogs?",
  "SELECT animal, brain FROM mammals WHERE animal LIKE '%hedgehog%'", ["like"])
E(D, "values", "easy", "What does the Okapi weigh?",
  "SELECT body FROM mammals WHERE animal = 'Okapi'", ["lookup"])
E(D, "comparatives", "easy", "How many species have a body weight of 10 kg or more?",
  "SELECT COUNT(*) FROM mammals WHERE body >= 10", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "Which animals weigh between 40 and 90 kg?",
  "SELECT animal FROM mammals WHERE body BETWEEN 40 AND 90", ["filter_cmp"])
E(D, "superlative_rows", "easy", "Which species has the smallest brain, and how much does it weigh?",
  "SELECT animal, brain FROM mammals ORDER BY brain ASC LIMIT 1", ["top_n", "superlative"])
E(D, "superlative_rows", "easy", "Which is the heaviest animal and what is its body weight?",
  "SELECT animal, body FROM mammals ORDER BY body DESC LIMIT 1", ["top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "How many times heavier is the African elephant than the Asian elephant?",
  "SELECT (SELECT body FROM mammals WHERE animal = 'African elephant') / "
  "(SELECT body FROM mammals WHERE animal = 'Asian elephant')", ["arithmetic", "ratio"])
E(D, "arithmetic_periods", "medium", "What is the difference between the brain weights of the Human and the Chimpanzee?",
  "SELECT (SELECT brain FROM mammals WHERE animal = 'Human') - "
  "(SELECT brain FROM mammals WHERE animal = 'Chimpanzee')", ["arithmetic"])
SCATTER(D, "easy", "Plot brain weight vs body weight.",
        "SELECT body, brain FROM mammals")
CHART(D, "medium", "Bar chart of the brain weight of the animals heavier than 200 kg.",
      "SELECT animal, brain FROM mammals WHERE body > 200", ["bar", "filter_cmp"])
E(D, "counting_listing", "easy", "List every species with a brain under 1 gram.",
  "SELECT animal FROM mammals WHERE brain < 1", ["list", "filter_cmp"])
E(D, "counting_listing", "medium", "How many entries have 'monkey' in their name?",
  "SELECT COUNT(*) FROM mammals WHERE animal LIKE '%monkey%'", ["count", "like"])
E(D, "context_words", "easy", "Across all the mammals in this dataset, what is the total body weight?",
  "SELECT SUM(body) FROM mammals", ["aggregate"])
E(D, "context_words", "medium", "Overall, what is the average brain weight of the species recorded?",
  "SELECT AVG(brain) FROM mammals", ["aggregate"])

# ------------------------------------------------------------------ uk_driver_casualties
# uk_drivers_ksi(MONTH first day of month 1969-01-01..1984-12-01, DRIVERS_KSI)
D = "uk_driver_casualties"
T = "uk_drivers_ksi"
E(D, "plain", "easy", "What is the average DRIVERS_KSI?",
  "SELECT AVG(DRIVERS_KSI) FROM %s" % T, ["aggregate"])
E(D, "plain", "easy", "What is the maximum value of DRIVERS_KSI?",
  "SELECT MAX(DRIVERS_KSI) FROM %s" % T, ["aggregate"])
E(D, "row_nouns", "easy", "How many months of figures are there?",
  "SELECT COUNT(*) FROM %s" % T, ["count"])
E(D, "row_nouns", "medium", "How many monthly observations are above 2000?",
  "SELECT COUNT(*) FROM %s WHERE DRIVERS_KSI > 2000" % T, ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How many drivers were killed or seriously injured in 1984 in total?",
  "SELECT SUM(DRIVERS_KSI) FROM %s WHERE MONTH BETWEEN '1984-01-01' AND '1984-12-31'" % T,
  ["aggregate", "filter_date"])
E(D, "measure_words", "medium", "On average, how many drivers were killed or badly hurt per month in 1970?",
  "SELECT AVG(DRIVERS_KSI) FROM %s WHERE MONTH BETWEEN '1970-01-01' AND '1970-12-31'" % T,
  ["aggregate", "filter_date"])
E(D, "short_forms", "easy", "What was the KSI count for December 1979?",
  "SELECT DRIVERS_KSI FROM %s WHERE MONTH = '1979-12-01'" % T, ["lookup", "filter_date"])
E(D, "short_forms", "medium", "Total KSI in 1983?",
  "SELECT SUM(DRIVERS_KSI) FROM %s WHERE MONTH BETWEEN '1983-01-01' AND '1983-12-31'" % T,
  ["aggregate", "filter_date"])
E(D, "values", "easy", "How many drivers were killed or seriously injured in January 1983?",
  "SELECT DRIVERS_KSI FROM %s WHERE MONTH = '1983-01-01'" % T, ["lookup", "filter_date"])
E(D, "comparatives", "medium", "From February 1983 onwards, in how many months were fewer than 1400 drivers killed or seriously injured?",
  "SELECT COUNT(*) FROM %s WHERE MONTH >= '1983-02-01' AND DRIVERS_KSI < 1400" % T, ["count", "filter_cmp"])
E(D, "comparatives", "medium", "What was the first month in which fewer than 1100 drivers were killed or seriously injured?",
  "SELECT MIN(MONTH) FROM %s WHERE DRIVERS_KSI < 1100" % T, ["aggregate", "filter_cmp"])
E(D, "superlative_rows", "easy", "Which month had the most drivers killed or seriously injured, and how many?",
  "SELECT MONTH, DRIVERS_KSI FROM %s ORDER BY DRIVERS_KSI DESC LIMIT 1" % T, ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "In which month of 1984 was the casualty figure lowest?",
  "SELECT MONTH, DRIVERS_KSI FROM %s WHERE MONTH BETWEEN '1984-01-01' AND '1984-12-31' "
  "ORDER BY DRIVERS_KSI ASC LIMIT 1" % T, ["top_n", "superlative", "filter_date"])
E(D, "arithmetic_periods", "hard", "For each calendar month, across all years, what is the average number of drivers killed or seriously injured?",
  "SELECT strftime('%%m', MONTH), AVG(DRIVERS_KSI) FROM %s GROUP BY strftime('%%m', MONTH)" % T,
  ["group_by", "month_of_year"])
E(D, "arithmetic_periods", "easy", "What is the difference between the highest and the lowest monthly figures?",
  "SELECT MAX(DRIVERS_KSI) - MIN(DRIVERS_KSI) FROM %s" % T, ["arithmetic"])
E(D, "arithmetic_periods", "medium", "In how many years did at least one month exceed 2500 drivers killed or seriously injured?",
  "SELECT COUNT(DISTINCT strftime('%%Y', MONTH)) FROM %s WHERE DRIVERS_KSI > 2500" % T,
  ["count", "distinct", "period"])
CHART(D, "easy", "Plot the number of drivers killed or seriously injured over time.",
      "SELECT MONTH, DRIVERS_KSI FROM %s ORDER BY MONTH" % T, ["line", "time_series"], order=True)
CHART(D, "medium", "Chart the yearly totals of drivers killed or seriously injured.",
      "SELECT strftime('%%Y', MONTH), SUM(DRIVERS_KSI) FROM %s GROUP BY strftime('%%Y', MONTH) "
      "ORDER BY strftime('%%Y', MONTH)" % T, ["line", "time_series", "group_by"], order=True)
E(D, "counting_listing", "medium", "List the months of 1984 with more than 1500 casualties.",
  "SELECT MONTH FROM %s WHERE MONTH BETWEEN '1984-01-01' AND '1984-12-31' AND DRIVERS_KSI > 1500" % T,
  ["list", "filter_date", "filter_cmp"])
E(D, "counting_listing", "easy", "How many records are there for 1969?",
  "SELECT COUNT(*) FROM %s WHERE MONTH BETWEEN '1969-01-01' AND '1969-12-31'" % T, ["count", "filter_date"])
E(D, "context_words", "hard", "How did the yearly number of drivers killed or seriously injured change from 1982 to 1983, when seat belts became compulsory?",
  "SELECT (SELECT SUM(DRIVERS_KSI) FROM %s WHERE MONTH BETWEEN '1983-01-01' AND '1983-12-31') - "
  "(SELECT SUM(DRIVERS_KSI) FROM %s WHERE MONTH BETWEEN '1982-01-01' AND '1982-12-31')" % (T, T),
  ["arithmetic", "change"])
E(D, "context_words", "easy", "Over the whole period covered, how many drivers were killed or seriously injured in Great Britain?",
  "SELECT SUM(DRIVERS_KSI) FROM %s" % T, ["aggregate"])

# ------------------------------------------------------------------ california_quakes
# earthquakes(event_id 1..23, magnitude); recordings(record_id, event_id, station_code text or empty,
# distance_km, peak_accel_g)
D = "california_quakes"
E(D, "plain", "easy", "How many earthquakes have a magnitude above 7?",
  "SELECT COUNT(*) FROM earthquakes WHERE magnitude > 7", ["count", "filter_cmp"])
E(D, "plain", "easy", "What is the average distance_km of the recordings of event 2?",
  "SELECT AVG(distance_km) FROM recordings WHERE event_id = 2", ["aggregate", "filter_eq"])
E(D, "row_nouns", "easy", "How many quakes are there?",
  "SELECT COUNT(*) FROM earthquakes", ["count"])
E(D, "row_nouns", "easy", "How many station records are in the data?",
  "SELECT COUNT(*) FROM recordings", ["count"])
E(D, "measure_words", "easy", "How strong was the strongest earthquake?",
  "SELECT MAX(magnitude) FROM earthquakes", ["aggregate"])
E(D, "measure_words", "easy", "How many recordings were made more than 100 km from the epicentre?",
  "SELECT COUNT(*) FROM recordings WHERE distance_km > 100", ["count", "filter_cmp"])
E(D, "short_forms", "medium", "What is the max peak accel recorded for event 10?",
  "SELECT MAX(peak_accel_g) FROM recordings WHERE event_id = 10", ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "What is the mean dist of the recordings with a known station?",
  "SELECT AVG(distance_km) FROM recordings WHERE station_code IS NOT NULL", ["aggregate", "not_null"])
E(D, "values", "easy", "How many recordings come from station 117?",
  "SELECT COUNT(*) FROM recordings WHERE station_code = '117'", ["count", "filter_eq"])
E(D, "values", "medium", "What was the largest acceleration measured at station 1028?",
  "SELECT MAX(peak_accel_g) FROM recordings WHERE station_code = '1028'", ["aggregate", "filter_eq"])
E(D, "comparatives", "hard", "Which earthquakes have no recording closer than 20 km?",
  "SELECT event_id FROM earthquakes WHERE event_id NOT IN "
  "(SELECT event_id FROM recordings WHERE distance_km < 20)", ["anti_join", "negation", "subquery"])
E(D, "comparatives", "medium", "Which events have fewer than 3 recordings?",
  "SELECT event_id FROM recordings GROUP BY event_id HAVING COUNT(*) < 3", ["group_by", "having"])
E(D, "comparatives", "medium", "Leaving out the records without a station code, how many recordings are there?",
  "SELECT COUNT(*) FROM recordings WHERE station_code IS NOT NULL", ["count", "not_null"])
E(D, "superlative_rows", "medium", "Which earthquake has the most recordings, and how many?",
  "SELECT event_id, COUNT(*) FROM recordings GROUP BY event_id ORDER BY COUNT(*) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(D, "superlative_rows", "medium", "Which recording had the strongest shaking, how far from the epicentre was it, and how strong?",
  "SELECT record_id, distance_km, peak_accel_g FROM recordings ORDER BY peak_accel_g DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "arithmetic_periods", "easy", "What is the range of the earthquake magnitudes?",
  "SELECT MAX(magnitude) - MIN(magnitude) FROM earthquakes", ["arithmetic"])
E(D, "arithmetic_periods", "medium", "What is the ratio of the farthest recording distance to the nearest?",
  "SELECT MAX(distance_km) / MIN(distance_km) FROM recordings", ["arithmetic", "ratio"])
SCATTER(D, "easy", "Show peak acceleration against distance from the epicentre.",
        "SELECT distance_km, peak_accel_g FROM recordings")
CHART(D, "medium", "Bar chart of the number of recordings per earthquake.",
      "SELECT event_id, COUNT(*) FROM recordings GROUP BY event_id", ["bar", "group_by"])
E(D, "counting_listing", "easy", "How many records have no station code?",
  "SELECT COUNT(*) FROM recordings WHERE station_code IS NULL", ["count", "null"])
E(D, "counting_listing", "hard", "List the recordings of the magnitude 7.7 earthquake with their distances.",
  "SELECT r.record_id, r.distance_km FROM recordings r JOIN earthquakes e ON e.event_id = r.event_id "
  "WHERE e.magnitude = 7.7", ["list", "join", "filter_eq"])
E(D, "context_words", "easy", "Across all the California quakes, what is the average peak ground acceleration recorded?",
  "SELECT AVG(peak_accel_g) FROM recordings", ["aggregate"])
E(D, "context_words", "hard", "All stations combined, how many recordings were made of quakes of magnitude 6 or more?",
  "SELECT COUNT(*) FROM recordings r JOIN earthquakes e ON e.event_id = r.event_id WHERE e.magnitude >= 6",
  ["count", "join", "filter_cmp"])

# ------------------------------------------------------------------ dutch_schools
# classes(classId, groupSize, multiGrade yes/no); pupils(pupilId, classId, langScore, verbalIQ, SES)
D = "dutch_schools"
E(D, "plain", "easy", "What is the average langScore?",
  "SELECT AVG(langScore) FROM pupils", ["aggregate"])
E(D, "plain", "easy", "How many classes have multiGrade equal to yes?",
  "SELECT COUNT(*) FROM classes WHERE multiGrade = 'yes'", ["count", "filter_eq"])
E(D, "row_nouns", "easy", "How many children took the test?",
  "SELECT COUNT(*) FROM pupils", ["count"])
E(D, "row_nouns", "easy", "How many school classes are in the data?",
  "SELECT COUNT(*) FROM classes", ["count"])
E(D, "measure_words", "easy", "How many pupils scored above 50 on the language test?",
  "SELECT COUNT(*) FROM pupils WHERE langScore > 50", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How big is the largest class group?",
  "SELECT MAX(groupSize) FROM classes", ["aggregate"])
E(D, "short_forms", "easy", "What is the average IQ of the pupils?",
  "SELECT AVG(verbalIQ) FROM pupils", ["aggregate"])
E(D, "short_forms", "medium", "What is the mean lang score in class 180?",
  "SELECT AVG(langScore) FROM pupils WHERE classId = 180", ["aggregate", "filter_eq"])
E(D, "values", "hard", "How many pupils are in multi-grade classes?",
  "SELECT COUNT(*) FROM pupils p JOIN classes c ON c.classId = p.classId WHERE c.multiGrade = 'yes'",
  ["count", "join", "filter_eq"])
E(D, "values", "medium", "What is the average language score of the pupils of class 15580?",
  "SELECT AVG(langScore) FROM pupils WHERE classId = 15580", ["aggregate", "filter_eq"])
E(D, "comparatives", "easy", "How many classes have a group size of at least 30?",
  "SELECT COUNT(*) FROM classes WHERE groupSize >= 30", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "Which classes have fewer than 5 pupils in the data?",
  "SELECT classId FROM pupils GROUP BY classId HAVING COUNT(*) < 5", ["group_by", "having"])
E(D, "comparatives", "medium", "How many pupils have a verbal IQ of 15 or less?",
  "SELECT COUNT(*) FROM pupils WHERE verbalIQ <= 15", ["count", "filter_cmp"])
E(D, "superlative_rows", "medium", "Which class has the highest average language score, and what is it?",
  "SELECT classId, AVG(langScore) FROM pupils GROUP BY classId ORDER BY AVG(langScore) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(D, "superlative_rows", "medium", "Which class has the most pupils in the data, and how many?",
  "SELECT classId, COUNT(*) FROM pupils GROUP BY classId ORDER BY COUNT(*) DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(D, "arithmetic_periods", "hard", "How much higher is the average language score in single-grade classes than in multi-grade classes?",
  "SELECT (SELECT AVG(p.langScore) FROM pupils p JOIN classes c ON c.classId = p.classId WHERE c.multiGrade = 'no') - "
  "(SELECT AVG(p.langScore) FROM pupils p JOIN classes c ON c.classId = p.classId WHERE c.multiGrade = 'yes')",
  ["arithmetic", "join"])
E(D, "arithmetic_periods", "easy", "What is the range of verbal IQ scores?",
  "SELECT MAX(verbalIQ) - MIN(verbalIQ) FROM pupils", ["arithmetic"])
SCATTER(D, "easy", "Plot language score against verbal IQ.",
        "SELECT verbalIQ, langScore FROM pupils")
CHART(D, "medium", "Show the number of classes for each group size as a bar chart.",
      "SELECT groupSize, COUNT(*) FROM classes GROUP BY groupSize", ["bar", "group_by"])
E(D, "counting_listing", "medium", "List the ids of the multi-grade classes with a group size under 12.",
  "SELECT classId FROM classes WHERE multiGrade = 'yes' AND groupSize < 12", ["list", "multi_filter"])
E(D, "counting_listing", "easy", "How many pupil records does class 180 have?",
  "SELECT COUNT(*) FROM pupils WHERE classId = 180", ["count", "filter_eq"])
E(D, "context_words", "easy", "Across all the Dutch schools in the study, what is the average socio-economic status of the pupils?",
  "SELECT AVG(SES) FROM pupils", ["aggregate"])
E(D, "context_words", "easy", "Overall, what is the average class group size?",
  "SELECT AVG(groupSize) FROM classes", ["aggregate"])

# ------------------------------------------------------------------ life_cycle_savings
# savings(country, sr %, pop15 %, pop75 %, dpi US$, ddpi % growth)
D = "life_cycle_savings"
E(D, "plain", "easy", "What is the sr of Japan?",
  "SELECT sr FROM savings WHERE country = 'Japan'", ["lookup"])
E(D, "plain", "easy", "Which countries have pop75 above 4?",
  "SELECT country FROM savings WHERE pop75 > 4", ["filter_cmp"])
E(D, "row_nouns", "easy", "How many nations are covered?",
  "SELECT COUNT(*) FROM savings", ["count"])
E(D, "row_nouns", "easy", "How many countries in the data have a savings rate above 15%?",
  "SELECT COUNT(*) FROM savings WHERE sr > 15", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How many countries have more than 40% of their people under 15?",
  "SELECT COUNT(*) FROM savings WHERE pop15 > 40", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How fast did disposable income per head grow in Japan?",
  "SELECT ddpi FROM savings WHERE country = 'Japan'", ["lookup"])
E(D, "short_forms", "medium", "What is the average dpi growth rate?",
  "SELECT AVG(ddpi) FROM savings", ["aggregate"])
E(D, "short_forms", "medium", "What is the savings ratio of Sweden?",
  "SELECT sr FROM savings WHERE country = 'Sweden'", ["lookup"])
E(D, "values", "easy", "What was the disposable income per person in South Rhodesia?",
  "SELECT dpi FROM savings WHERE country = 'South Rhodesia'", ["lookup"])
E(D, "values", "medium", "Compare the savings rates of France and Germany.",
  "SELECT country, sr FROM savings WHERE country IN ('France', 'Germany')", ["filter_in"])
E(D, "comparatives", "easy", "How many countries have a per-capita disposable income of at least 2000 dollars?",
  "SELECT COUNT(*) FROM savings WHERE dpi >= 2000", ["count", "filter_cmp"])
E(D, "comparatives", "easy", "Which countries save less than 5% of their income?",
  "SELECT country FROM savings WHERE sr < 5", ["filter_cmp"])
E(D, "superlative_rows", "easy", "Which country has the highest savings rate, and what is it?",
  "SELECT country, sr FROM savings ORDER BY sr DESC LIMIT 1", ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which country has the oldest population, that is the largest share over 75?",
  "SELECT country, pop75 FROM savings ORDER BY pop75 DESC LIMIT 1", ["top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "What is the ratio of the United States' per-capita income to India's?",
  "SELECT (SELECT dpi FROM savings WHERE country = 'United States') / "
  "(SELECT dpi FROM savings WHERE country = 'India')", ["arithmetic", "ratio"])
E(D, "arithmetic_periods", "easy", "What is the difference between the highest and the lowest savings rates?",
  "SELECT MAX(sr) - MIN(sr) FROM savings", ["arithmetic"])
SCATTER(D, "easy", "Plot the savings rate against the share of the population under 15.",
        "SELECT pop15, sr FROM savings")
CHART(D, "medium", "Bar chart of the savings rate of the countries with an income per head over 2500 dollars.",
      "SELECT country, sr FROM savings WHERE dpi > 2500", ["bar", "filter_cmp"])
E(D, "counting_listing", "easy", "List all the countries with their income growth rates.",
  "SELECT country, ddpi FROM savings", ["list"])
E(D, "counting_listing", "easy", "How many countries have income growth below 2%?",
  "SELECT COUNT(*) FROM savings WHERE ddpi < 2", ["count", "filter_cmp"])
E(D, "context_words", "easy", "According to this data, what is the average savings rate of the 50 countries?",
  "SELECT AVG(sr) FROM savings", ["aggregate"])
E(D, "context_words", "easy", "All countries taken together, what is the average share of people over 75?",
  "SELECT AVG(pop75) FROM savings", ["aggregate"])

# ------------------------------------------------------------------ midwest_counties
# midwest(PID, county UPPER CASE, state IL/IN/MI/OH/WI, area, poptotal, popdensity, popwhite,
# popblack, percwhite, percblack, perchsd, percollege, percprof, percbelowpoverty, inmetro 0/1)
D = "midwest_counties"
E(D, "plain", "easy", "How many counties have state OH?",
  "SELECT COUNT(*) FROM midwest WHERE state = 'OH'", ["count", "filter_eq"])
E(D, "plain", "easy", "What is the total poptotal of WI?",
  "SELECT SUM(poptotal) FROM midwest WHERE state = 'WI'", ["aggregate", "filter_eq"])
E(D, "row_nouns", "easy", "How many counties are in the data?",
  "SELECT COUNT(*) FROM midwest", ["count"])
E(D, "row_nouns", "easy", "How many places in the data have over 1 million people?",
  "SELECT COUNT(*) FROM midwest WHERE poptotal > 1000000", ["count", "filter_cmp"])
E(D, "measure_words", "easy", "How many counties have more than 30% college graduates?",
  "SELECT COUNT(*) FROM midwest WHERE percollege > 30", ["count", "filter_cmp"])
E(D, "measure_words", "medium", "How many black residents do the Illinois counties have altogether?",
  "SELECT SUM(popblack) FROM midwest WHERE state = 'IL'", ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "What is the average high school diploma rate in Ohio counties?",
  "SELECT AVG(perchsd) FROM midwest WHERE state = 'OH'", ["aggregate", "filter_eq"])
E(D, "short_forms", "medium", "How many counties are in a metro area?",
  "SELECT COUNT(*) FROM midwest WHERE inmetro = 1", ["count", "filter_eq"])
E(D, "values", "medium", "Which state is Cook county in, and what is its population?",
  "SELECT state, poptotal FROM midwest WHERE county = 'COOK'", ["lookup"])
E(D, "values", "medium", "In which states is there a county called Washington?",
  "SELECT state FROM midwest WHERE county = 'WASHINGTON'", ["lookup"])
E(D, "comparatives", "easy", "How many Wisconsin counties have fewer than 10,000 inhabitants?",
  "SELECT COUNT(*) FROM midwest WHERE state = 'WI' AND poptotal < 10000", ["count", "filter_cmp"])
E(D, "comparatives", "medium", "Which states have more than 90 counties?",
  "SELECT state FROM midwest GROUP BY state HAVING COUNT(*) > 90", ["group_by", "having"])
E(D, "superlative_rows", "easy", "Which county has the highest poverty rate, in which state, and what is the rate?",
  "SELECT county, state, percbelowpoverty FROM midwest ORDER BY percbelowpoverty DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "superlative_rows", "medium", "Which Michigan county has the largest share of professionals?",
  "SELECT county, percprof FROM midwest WHERE state = 'MI' ORDER BY percprof DESC LIMIT 1",
  ["top_n", "superlative", "filter_eq"])
E(D, "superlative_rows", "easy", "What is the most populous county, and how many people live there?",
  "SELECT county, poptotal FROM midwest ORDER BY poptotal DESC LIMIT 1", ["top_n", "superlative"])
E(D, "arithmetic_periods", "medium", "What is the ratio of the total population of Illinois to that of Indiana?",
  "SELECT (SELECT SUM(poptotal) FROM midwest WHERE state = 'IL') * 1.0 / "
  "(SELECT SUM(poptotal) FROM midwest WHERE state = 'IN')", ["arithmetic", "ratio"])
E(D, "arithmetic_periods", "easy", "What is the difference between the highest and lowest percentage of college-educated people?",
  "SELECT MAX(percollege) - MIN(percollege) FROM midwest", ["arithmetic"])
SCATTER(D, "easy", "Show the poverty rate vs the share of college graduates.",
        "SELECT percollege, percbelowpoverty FROM midwest")
CHART(D, "easy", "Bar chart of the total population by state.",
      "SELECT state, SUM(poptotal) FROM midwest GROUP BY state", ["bar", "group_by"])
E(D, "counting_listing", "easy", "List all Ohio counties with more than 500,000 people.",
  "SELECT county FROM midwest WHERE state = 'OH' AND poptotal > 500000", ["list", "multi_filter"])
E(D, "counting_listing", "easy", "How many records are there for Indiana?",
  "SELECT COUNT(*) FROM midwest WHERE state = 'IN'", ["count", "filter_eq"])
E(D, "context_words", "easy", "Across the whole Midwest, what is the total population?",
  "SELECT SUM(poptotal) FROM midwest", ["aggregate"])
E(D, "context_words", "medium", "All five states combined, how many counties lie in metropolitan areas?",
  "SELECT COUNT(*) FROM midwest WHERE inmetro = 1", ["count", "filter_eq"])

# ------------------------------------------------------------------ us_population
# us_census(census_year 1790..1970 every 10 years, population_millions)
D = "us_population"
E(D, "plain", "easy", "What is population_millions in 1900?",
  "SELECT population_millions FROM us_census WHERE census_year = 1900", ["lookup"])
E(D, "row_nouns", "easy", "How many censuses are listed?",
  "SELECT COUNT(*) FROM us_census", ["count"])
E(D, "measure_words", "easy", "How many million people lived in the US in 1850?",
  "SELECT population_millions FROM us_census WHERE census_year = 1850", ["lookup"])
E(D, "short_forms", "easy", "US pop in 1970?",
  "SELECT population_millions FROM us_census WHERE census_year = 1970", ["lookup"])
E(D, "comparatives", "easy", "In which census years was the population below 10 million?",
  "SELECT census_year FROM us_census WHERE population_millions < 10", ["filter_cmp"])
E(D, "comparatives", "medium", "What was the first census year with more than 100 million people?",
  "SELECT MIN(census_year) FROM us_census WHERE population_millions > 100", ["aggregate", "filter_cmp"])
E(D, "arithmetic_periods", "medium", "What is the ratio of the 1970 population to the 1870 population?",
  "SELECT (SELECT population_millions FROM us_census WHERE census_year = 1970) / "
  "(SELECT population_millions FROM us_census WHERE census_year = 1870)", ["arithmetic", "ratio"])
CHART(D, "easy", "Plot the population over time.",
      "SELECT census_year, population_millions FROM us_census ORDER BY census_year",
      ["line", "time_series"], order=True)
E(D, "counting_listing", "easy", "List the census years after 1900 with their population.",
  "SELECT census_year, population_millions FROM us_census WHERE census_year > 1900", ["list", "filter_cmp"])
E(D, "context_words", "medium", "By how many million did the population grow from 1930 to 1940?",
  "SELECT (SELECT population_millions FROM us_census WHERE census_year = 1940) - "
  "(SELECT population_millions FROM us_census WHERE census_year = 1930)", ["arithmetic", "change"])
E(D, "superlative_rows", "hard", "Which census showed the largest population, and what was it?",
  "SELECT census_year, population_millions FROM us_census ORDER BY population_millions DESC LIMIT 1",
  ["top_n", "superlative"])
E(D, "values", "easy", "What was the population in the census of 1790?",
  "SELECT population_millions FROM us_census WHERE census_year = 1790", ["lookup"])

# ------------------------------------------------------------------ more, across the datasets
E("singapore_diamonds", "values", "easy", "How many GIA diamonds are graded VVS2?",
  "SELECT COUNT(*) FROM diamond_rings WHERE \"Certified by\" = 'GIA' AND Clarity = 'VVS2'", ["count", "multi_filter"])
E("midwest_counties", "values", "easy", "What is the population density of Dane county?",
  "SELECT popdensity FROM midwest WHERE county = 'DANE'", ["lookup"])
E("life_cycle_savings", "values", "easy", "What share of Korea's population is under 15?",
  "SELECT pop15 FROM savings WHERE country = 'Korea'", ["lookup"])
E("midwest_counties", "plain", "easy", "What is the average percbelowpoverty in MI?",
  "SELECT AVG(percbelowpoverty) FROM midwest WHERE state = 'MI'", ["aggregate", "filter_eq"])
E("birth_weight", "row_nouns", "easy", "How many newborns weighed over 4000 grams?",
  "SELECT COUNT(*) FROM births WHERE bwt > 4000", ["count", "filter_cmp"])
E("california_quakes", "row_nouns", "easy", "How many seismograph readings are there for quake number 5?",
  "SELECT COUNT(*) FROM recordings WHERE event_id = 5", ["count", "filter_eq"])
E("midwest_counties", "short_forms", "medium", "What is the pop density of Marion county in Indiana?",
  "SELECT popdensity FROM midwest WHERE county = 'MARION' AND state = 'IN'", ["lookup", "multi_filter"])
E("life_cycle_savings", "short_forms", "medium", "What is the per-capita disp. income of Canada?",
  "SELECT dpi FROM savings WHERE country = 'Canada'", ["lookup"])
E("midwest_counties", "context_words", "easy", "Taken as a whole, what is the average poverty rate of the counties in this census data?",
  "SELECT AVG(percbelowpoverty) FROM midwest", ["aggregate"])
E("uk_driver_casualties", "context_words", "hard", "How much did the annual number of drivers killed or seriously injured change between 1975 and 1980?",
  "SELECT (SELECT SUM(DRIVERS_KSI) FROM uk_drivers_ksi WHERE MONTH BETWEEN '1980-01-01' AND '1980-12-31') - "
  "(SELECT SUM(DRIVERS_KSI) FROM uk_drivers_ksi WHERE MONTH BETWEEN '1975-01-01' AND '1975-12-31')",
  ["arithmetic", "change"])
CHART("birth_weight", "medium", "Chart the average birth weight by the number of first-trimester doctor visits.",
      "SELECT ftv, AVG(bwt) FROM births GROUP BY ftv", ["bar", "group_by"])
E("midwest_counties", "counting_listing", "medium", "List every Illinois county where more than a quarter of the people are black.",
  "SELECT county FROM midwest WHERE state = 'IL' AND percblack > 25", ["list", "multi_filter"])
E("birth_weight", "comparatives", "medium", "Among the non-smoking mothers, how many babies weighed under 2500 grams?",
  "SELECT COUNT(*) FROM births WHERE smoke = 0 AND bwt < 2500", ["count", "multi_filter"])
E("uk_driver_casualties", "arithmetic_periods", "medium", "For each year, what was the average monthly number of drivers killed or seriously injured?",
  "SELECT strftime('%Y', MONTH), AVG(DRIVERS_KSI) FROM uk_drivers_ksi GROUP BY strftime('%Y', MONTH)",
  ["group_by", "period"])
E("life_cycle_savings", "superlative_rows", "easy", "Which country had the fastest growth in income per head, and how fast was it?",
  "SELECT country, ddpi FROM savings ORDER BY ddpi DESC LIMIT 1", ["top_n", "superlative"])
E("midwest_counties", "measure_words", "medium", "How many Ohio counties are home to more than 200,000 people?",
  "SELECT COUNT(*) FROM midwest WHERE state = 'OH' AND poptotal > 200000", ["count", "multi_filter"])
E("mammal_brains", "values", "easy", "How heavy is the brain of the Red fox compared with the Arctic fox?",
  "SELECT animal, brain FROM mammals WHERE animal IN ('Red fox', 'Arctic fox')", ["filter_in"])

# ------------------------------------------------------------------ more questions that need both tables
E("dutch_schools", "comparatives", "hard", "Which multi-grade classes have no pupil scoring above 50 on the language test?",
  "SELECT classId FROM classes WHERE multiGrade = 'yes' AND classId NOT IN "
  "(SELECT classId FROM pupils WHERE langScore > 50)", ["anti_join", "negation", "subquery"])
E("dutch_schools", "row_nouns", "hard", "How many children sit in classes with a group size of at least 35?",
  "SELECT COUNT(*) FROM pupils p JOIN classes c ON c.classId = p.classId WHERE c.groupSize >= 35",
  ["count", "join", "filter_cmp"])
E("california_quakes", "superlative_rows", "hard", "Which earthquake had the highest average peak acceleration over its recordings, and what was its magnitude?",
  "SELECT e.event_id, e.magnitude FROM earthquakes e JOIN recordings r ON r.event_id = e.event_id "
  "GROUP BY e.event_id, e.magnitude ORDER BY AVG(r.peak_accel_g) DESC LIMIT 1", ["top_n", "superlative", "join"])
E("california_quakes", "values", "hard", "What is the average distance of the recordings of the magnitude 5.0 earthquake?",
  "SELECT AVG(r.distance_km) FROM recordings r JOIN earthquakes e ON e.event_id = r.event_id WHERE e.magnitude = 5.0",
  ["aggregate", "join", "filter_eq"])

if __name__ == "__main__":
    Q.write()
