#!/usr/bin/env python3
"""The fourth blind NLQ evaluation set: questions and gold SQL about the tables of
prepare_data.py, written from the data alone (see README.md). Recomputes gold_rows with
../load.py and writes questions.jsonl and datasets.json (stdlib only).

    python3 build_questions.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)  # this set's prepare_data.py before ../prepare_data.py
from prepare_data import DATASETS  # noqa: E402
from question_set import QuestionSet  # noqa: E402

S = QuestionSet("f4", DATASETS, HERE)
E, CHART, SCATTER = S.E, S.CHART, S.SCATTER

# ============================================================================ travel_mode
# travellers(traveller_id, household_income_k, party_size)
# trip_options(traveller_id, mode air|train|bus|car, chosen yes|no, terminal_wait_min,
#              vehicle_cost_usd, in_vehicle_time_min, generalized_cost)
T = "travel_mode"
E(T, "plain", "easy", "How many rows does the travellers table have?",
  "SELECT COUNT(*) FROM travellers", ["count"])
E(T, "plain", "easy", "What is the average vehicle cost in USD of the bus options?",
  "SELECT AVG(vehicle_cost_usd) FROM trip_options WHERE mode = 'bus'", ["aggregate", "filter_eq"])
E(T, "plain", "medium", "How many travellers with a party size of 2 chose air?",
  """SELECT COUNT(*) FROM travellers t JOIN trip_options o ON o.traveller_id = t.traveller_id
     WHERE t.party_size = 2 AND o.mode = 'air' AND o.chosen = 'yes'""",
  ["count", "join", "multi_filter"])
E(T, "row_nouns", "easy", "How many people took part in the survey?",
  "SELECT COUNT(*) FROM travellers", ["count"])
E(T, "row_nouns", "easy", "How many respondents were travelling alone?",
  "SELECT COUNT(*) FROM travellers WHERE party_size = 1", ["count", "filter_eq"])
E(T, "row_nouns", "medium", "How many of the alternatives in the data have a terminal waiting time of zero?",
  "SELECT COUNT(*) FROM trip_options WHERE terminal_wait_min = 0", ["count", "filter_eq"])
E(T, "measure_words", "medium", "How many train options take more than 600 minutes in the vehicle?",
  "SELECT COUNT(*) FROM trip_options WHERE mode = 'train' AND in_vehicle_time_min > 600",
  ["count", "filter_cmp", "multi_filter"])
E(T, "measure_words", "easy", "How many air options cost more than 100 dollars?",
  "SELECT COUNT(*) FROM trip_options WHERE mode = 'air' AND vehicle_cost_usd > 100",
  ["count", "filter_cmp", "multi_filter"])
E(T, "measure_words", "medium", "How much do the travellers' households earn on average, in thousands of dollars?",
  "SELECT AVG(household_income_k) FROM travellers", ["aggregate"])
E(T, "short_forms", "medium", "Average GC of the car alternatives?",
  "SELECT AVG(generalized_cost) FROM trip_options WHERE mode = 'car'", ["aggregate", "filter_eq"])
E(T, "short_forms", "easy", "What is the average terminal wait of the air options?",
  "SELECT AVG(terminal_wait_min) FROM trip_options WHERE mode = 'air'", ["aggregate", "filter_eq"])
E(T, "values", "easy", "How many travellers chose the train?",
  "SELECT COUNT(*) FROM trip_options WHERE mode = 'train' AND chosen = 'yes'", ["count", "multi_filter"])
E(T, "values", "medium", "How many travellers went by plane?",
  "SELECT COUNT(*) FROM trip_options WHERE mode = 'air' AND chosen = 'yes'",
  ["count", "multi_filter", "value_synonym"])
E(T, "values", "medium", "What is the average household income of the travellers who chose the bus?",
  """SELECT AVG(t.household_income_k) FROM travellers t JOIN trip_options o
     ON o.traveller_id = t.traveller_id WHERE o.mode = 'bus' AND o.chosen = 'yes'""",
  ["aggregate", "join", "multi_filter"])
E(T, "comparatives", "easy", "How many travellers have a household income of at least 50 thousand dollars?",
  "SELECT COUNT(*) FROM travellers WHERE household_income_k >= 50", ["count", "filter_cmp"])
E(T, "comparatives", "medium", "Which party sizes have fewer than 20 travellers?",
  "SELECT party_size FROM travellers GROUP BY party_size HAVING COUNT(*) < 20",
  ["group_by", "having", "count"])
E(T, "comparatives", "hard", "How many travellers have no option at all with a terminal wait over 60 minutes?",
  """SELECT COUNT(*) FROM travellers WHERE traveller_id NOT IN
     (SELECT traveller_id FROM trip_options WHERE terminal_wait_min > 60)""",
  ["count", "anti_join", "subquery", "negation"])
E(T, "superlative_rows", "medium", "Which traveller has the highest household income?",
  "SELECT traveller_id, household_income_k FROM travellers ORDER BY household_income_k DESC LIMIT 1",
  ["superlative", "top_n"])
E(T, "superlative_rows", "medium", "Which mode has the longest average in-vehicle time?",
  """SELECT mode, AVG(in_vehicle_time_min) FROM trip_options GROUP BY mode
     ORDER BY AVG(in_vehicle_time_min) DESC LIMIT 1""",
  ["superlative", "group_by", "aggregate"])
E(T, "arithmetic_periods", "medium",
  "What is the difference between the highest and the lowest vehicle cost of the train options?",
  "SELECT MAX(vehicle_cost_usd) - MIN(vehicle_cost_usd) FROM trip_options WHERE mode = 'train'",
  ["arithmetic", "aggregate", "filter_eq"])
E(T, "arithmetic_periods", "hard",
  "What is the ratio of the average in-vehicle time by bus to the average in-vehicle time by air?",
  """SELECT (SELECT AVG(in_vehicle_time_min) FROM trip_options WHERE mode = 'bus')
          / (SELECT AVG(in_vehicle_time_min) FROM trip_options WHERE mode = 'air')""",
  ["arithmetic", "ratio", "subquery"])
SCATTER(T, "medium", "Plot vehicle cost against in-vehicle time for the air options.",
        "SELECT vehicle_cost_usd, in_vehicle_time_min FROM trip_options WHERE mode = 'air'",
        ["filter_eq"])
CHART(T, "medium", "Bar chart of how many travellers chose each mode.",
      "SELECT mode, COUNT(*) FROM trip_options WHERE chosen = 'yes' GROUP BY mode",
      ["group_by", "count"])
E(T, "counting_listing", "easy", "List the travellers whose party has 5 or more people, with their household income.",
  "SELECT traveller_id, household_income_k FROM travellers WHERE party_size >= 5", ["filter_cmp"])
E(T, "counting_listing", "easy", "How many options are recorded for traveller 17?",
  "SELECT COUNT(*) FROM trip_options WHERE traveller_id = 17", ["count", "filter_eq"])
E(T, "context_words", "hard", "According to this survey, what percentage of the trips were made by car?",
  """SELECT 100.0 * COUNT(*) / (SELECT COUNT(*) FROM travellers) FROM trip_options
     WHERE mode = 'car' AND chosen = 'yes'""",
  ["percent", "subquery", "multi_filter"])
E(T, "context_words", "medium",
  "Across all four modes combined, what was the average in-vehicle cost of the option the travellers actually took?",
  "SELECT AVG(vehicle_cost_usd) FROM trip_options WHERE chosen = 'yes'", ["aggregate", "filter_eq"])

# ========================================================================== state_economy
# States(StateCode, StateName, CensusRegion)
# StateOutput(StateCode, Year, PublicCapital, HighwayCapital, WaterSewerCapital,
#             OtherPublicCapital, PrivateCapital, GSP, NonfarmJobsK, UnemploymentRate)
P = "state_economy"
E(P, "plain", "easy", "How many states are in the West census region?",
  "SELECT COUNT(*) FROM states WHERE CensusRegion = 'West'", ["count", "filter_eq"])
E(P, "plain", "easy", "What was the GSP for state code TX in 1986?",
  "SELECT GSP FROM stateoutput WHERE StateCode = 'TX' AND Year = 1986", ["multi_filter", "code_value"])
E(P, "plain", "easy", "What was the average UnemploymentRate in 1982?",
  "SELECT AVG(UnemploymentRate) FROM stateoutput WHERE Year = 1982", ["aggregate", "filter_eq"])
E(P, "row_nouns", "easy", "How many state-year observations are there?",
  "SELECT COUNT(*) FROM stateoutput", ["count"])
E(P, "row_nouns", "easy", "How many records in the output data show an unemployment rate above 10?",
  "SELECT COUNT(*) FROM stateoutput WHERE UnemploymentRate > 10", ["count", "filter_cmp"])
E(P, "measure_words", "medium",
  "In 1970, which state employed the most people? Give its state code and the figure.",
  "SELECT StateCode, NonfarmJobsK FROM stateoutput WHERE Year = 1970 ORDER BY NonfarmJobsK DESC LIMIT 1",
  ["superlative", "top_n", "filter_eq"])
E(P, "measure_words", "hard", "How many states had more than 2 million nonfarm jobs in 1986?",
  "SELECT COUNT(*) FROM stateoutput WHERE Year = 1986 AND NonfarmJobsK > 2000",
  ["count", "filter_cmp", "multi_filter"])
E(P, "short_forms", "medium", "What was the total hwy capital of all the states in 1975?",
  "SELECT SUM(HighwayCapital) FROM stateoutput WHERE Year = 1975", ["aggregate", "filter_eq"])
E(P, "short_forms", "medium", "Average unemployment in the Midwest in 1983?",
  """SELECT AVG(o.UnemploymentRate) FROM stateoutput o JOIN states s ON s.StateCode = o.StateCode
     WHERE s.CensusRegion = 'Midwest' AND o.Year = 1983""",
  ["aggregate", "join", "multi_filter"])
E(P, "short_forms", "medium", "What was the water and sewer capital of NY in 1980?",
  "SELECT WaterSewerCapital FROM stateoutput WHERE StateCode = 'NY' AND Year = 1980",
  ["multi_filter", "code_value"])
E(P, "values", "medium", "What was Michigan's unemployment rate in 1982?",
  """SELECT o.UnemploymentRate FROM stateoutput o JOIN states s ON s.StateCode = o.StateCode
     WHERE s.StateName = 'Michigan' AND o.Year = 1982""",
  ["join", "multi_filter"])
E(P, "values", "easy", "How many Northeast states are there?",
  "SELECT COUNT(*) FROM states WHERE CensusRegion = 'Northeast'", ["count", "filter_eq"])
E(P, "comparatives", "medium", "Which states had an unemployment rate of at least 12 percent in 1983?",
  """SELECT s.StateName FROM states s JOIN stateoutput o ON o.StateCode = s.StateCode
     WHERE o.Year = 1983 AND o.UnemploymentRate >= 12""",
  ["join", "filter_cmp", "multi_filter"])
E(P, "comparatives", "hard", "How many states never had an unemployment rate above 8 percent?",
  """SELECT COUNT(*) FROM states WHERE StateCode NOT IN
     (SELECT StateCode FROM stateoutput WHERE UnemploymentRate > 8)""",
  ["count", "anti_join", "subquery", "negation"])
E(P, "comparatives", "medium", "What was the first year in which the GSP of Texas exceeded 200000?",
  """SELECT MIN(o.Year) FROM stateoutput o JOIN states s ON s.StateCode = o.StateCode
     WHERE s.StateName = 'Texas' AND o.GSP > 200000""",
  ["aggregate", "join", "filter_cmp"])
E(P, "superlative_rows", "medium", "Which state had the highest unemployment rate in 1986, and what was it?",
  """SELECT s.StateName, o.UnemploymentRate FROM stateoutput o JOIN states s ON s.StateCode = o.StateCode
     WHERE o.Year = 1986 ORDER BY o.UnemploymentRate DESC LIMIT 1""",
  ["superlative", "top_n", "join"])
E(P, "superlative_rows", "medium", "In which year was Florida's unemployment rate lowest?",
  """SELECT o.Year, o.UnemploymentRate FROM stateoutput o JOIN states s ON s.StateCode = o.StateCode
     WHERE s.StateName = 'Florida' ORDER BY o.UnemploymentRate ASC LIMIT 1""",
  ["superlative", "top_n", "join"])
E(P, "arithmetic_periods", "medium", "In how many years was California's unemployment rate above 9 percent?",
  """SELECT COUNT(DISTINCT o.Year) FROM stateoutput o JOIN states s ON s.StateCode = o.StateCode
     WHERE s.StateName = 'California' AND o.UnemploymentRate > 9""",
  ["count", "distinct", "join", "filter_cmp"])
E(P, "arithmetic_periods", "medium", "What was the ratio of private capital to public capital in California in 1986?",
  "SELECT PrivateCapital / PublicCapital FROM stateoutput WHERE StateCode = 'CA' AND Year = 1986",
  ["arithmetic", "ratio", "multi_filter"])
CHART(P, "medium", "Plot the unemployment rate of Pennsylvania over the years.",
      """SELECT o.Year, o.UnemploymentRate FROM stateoutput o JOIN states s ON s.StateCode = o.StateCode
         WHERE s.StateName = 'Pennsylvania' ORDER BY o.Year""",
      ["time_series", "order", "join"], order=True)
SCATTER(P, "medium", "Scatter public capital vs GSP for 1986.",
        "SELECT PublicCapital, GSP FROM stateoutput WHERE Year = 1986", ["filter_eq"])
CHART(P, "hard", "Chart the average unemployment rate by census region in 1982.",
      """SELECT s.CensusRegion, AVG(o.UnemploymentRate) FROM stateoutput o JOIN states s
         ON s.StateCode = o.StateCode WHERE o.Year = 1982 GROUP BY s.CensusRegion""",
      ["group_by", "aggregate", "join"])
E(P, "counting_listing", "easy", "Show all the states in the West with their codes.",
  "SELECT StateName, StateCode FROM states WHERE CensusRegion = 'West'", ["filter_eq"])
E(P, "counting_listing", "medium", "How many rows of output data are there for Vermont?",
  """SELECT COUNT(*) FROM stateoutput o JOIN states s ON s.StateCode = o.StateCode
     WHERE s.StateName = 'Vermont'""",
  ["count", "join", "filter_eq"])
E(P, "context_words", "medium",
  "Across all 48 states combined, what was the total gross state product in 1986?",
  "SELECT SUM(GSP) FROM stateoutput WHERE Year = 1986", ["aggregate", "filter_eq"])
E(P, "context_words", "hard", "How much did the unemployment rate of West Virginia drop from 1983 to 1986?",
  """SELECT (SELECT UnemploymentRate FROM stateoutput WHERE StateCode = 'WV' AND Year = 1983)
          - (SELECT UnemploymentRate FROM stateoutput WHERE StateCode = 'WV' AND Year = 1986)""",
  ["arithmetic", "change", "subquery"])
E(P, "context_words", "hard", "By how much did Ohio's gross state product grow from 1970 to 1986?",
  """SELECT (SELECT o.GSP FROM stateoutput o JOIN states s ON s.StateCode = o.StateCode
             WHERE s.StateName = 'Ohio' AND o.Year = 1986)
          - (SELECT o.GSP FROM stateoutput o JOIN states s ON s.StateCode = o.StateCode
             WHERE s.StateName = 'Ohio' AND o.Year = 1970)""",
  ["arithmetic", "change", "subquery", "join"])

# ============================================================================= us_economy
# economics(date month end, pce, pop, psavert, uempmed, unemploy)
U = "us_economy"
Y = "strftime('%Y', date)"
E(U, "plain", "easy", "What was the average psavert in 1980?",
  "SELECT AVG(psavert) FROM economics WHERE %s = '1980'" % Y, ["aggregate", "date_part"])
E(U, "plain", "easy", "What is the highest value of unemploy?",
  "SELECT MAX(unemploy) FROM economics", ["aggregate"])
E(U, "row_nouns", "easy", "How many monthly observations does the data have?",
  "SELECT COUNT(*) FROM economics", ["count"])
E(U, "row_nouns", "easy", "How many entries are there for 1990?",
  "SELECT COUNT(*) FROM economics WHERE %s = '1990'" % Y, ["count", "date_part"])
E(U, "measure_words", "medium", "In which month were the most people unemployed?",
  "SELECT date, unemploy FROM economics ORDER BY unemploy DESC LIMIT 1", ["superlative", "top_n"])
E(U, "measure_words", "medium", "In how many months did the median spell of unemployment last longer than 10 weeks?",
  "SELECT COUNT(*) FROM economics WHERE uempmed > 10", ["count", "filter_cmp"])
E(U, "measure_words", "medium",
  "On average, how much did Americans spend on personal consumption in 2000, in billions of dollars?",
  "SELECT AVG(pce) FROM economics WHERE %s = '2000'" % Y, ["aggregate", "date_part"])
E(U, "short_forms", "easy", "What was the average personal savings rate in 1975?",
  "SELECT AVG(psavert) FROM economics WHERE %s = '1975'" % Y, ["aggregate", "date_part"])
E(U, "short_forms", "medium", "What was the median unemployment duration in January 2000?",
  "SELECT uempmed FROM economics WHERE strftime('%Y-%m', date) = '2000-01'", ["date_part", "filter_eq"])
E(U, "short_forms", "medium", "What was the PCE in the last month of the data?",
  "SELECT pce FROM economics WHERE date = (SELECT MAX(date) FROM economics)", ["subquery"])
E(U, "short_forms", "easy", "What was the average population in 1990, in thousands?",
  "SELECT AVG(pop) FROM economics WHERE %s = '1990'" % Y, ["aggregate", "date_part"])
E(U, "values", "easy", "What was the number of unemployed on 1990-06-30?",
  "SELECT unemploy FROM economics WHERE date = '1990-06-30'", ["date_value", "filter_eq"])
E(U, "comparatives", "easy", "How many months had a savings rate below 2 percent?",
  "SELECT COUNT(*) FROM economics WHERE psavert < 2", ["count", "filter_cmp"])
E(U, "comparatives", "medium", "When was the savings rate last at or above 10 percent?",
  "SELECT MAX(date) FROM economics WHERE psavert >= 10", ["aggregate", "filter_cmp"])
E(U, "comparatives", "hard", "What was the first month in which more than 10 million people were unemployed?",
  "SELECT MIN(date) FROM economics WHERE unemploy > 10000", ["aggregate", "filter_cmp"])
E(U, "superlative_rows", "medium", "In which month was the personal savings rate lowest?",
  "SELECT date, psavert FROM economics ORDER BY psavert ASC LIMIT 1", ["superlative", "top_n"])
E(U, "superlative_rows", "hard", "Which year had the highest average median duration of unemployment?",
  """SELECT %s, AVG(uempmed) FROM economics GROUP BY %s ORDER BY AVG(uempmed) DESC LIMIT 1""" % (Y, Y),
  ["superlative", "group_by", "date_part"])
E(U, "arithmetic_periods", "medium", "In how many years did the savings rate fall below 5 percent at least once?",
  "SELECT COUNT(DISTINCT %s) FROM economics WHERE psavert < 5" % Y, ["count", "distinct", "date_part"])
E(U, "arithmetic_periods", "hard",
  "For each calendar month across all years, what is the average number of unemployed?",
  "SELECT strftime('%m', date), AVG(unemploy) FROM economics GROUP BY strftime('%m', date)",
  ["group_by", "month_of_year", "date_part"])
E(U, "arithmetic_periods", "easy", "What is the range of the median unemployment duration?",
  "SELECT MAX(uempmed) - MIN(uempmed) FROM economics", ["arithmetic", "aggregate"])
CHART(U, "easy", "Plot the number of unemployed over time.",
      "SELECT date, unemploy FROM economics ORDER BY date", ["time_series", "order"], order=True)
CHART(U, "medium", "Chart the yearly average savings rate.",
      "SELECT %s, AVG(psavert) FROM economics GROUP BY %s ORDER BY %s" % (Y, Y, Y),
      ["time_series", "order", "date_part", "group_by"], order=True)
SCATTER(U, "medium", "Scatter the savings rate against the median unemployment duration.",
        "SELECT psavert, uempmed FROM economics")
E(U, "counting_listing", "easy", "List the months of 2006 with their savings rate.",
  "SELECT date, psavert FROM economics WHERE %s = '2006'" % Y, ["date_part"])
E(U, "counting_listing", "easy", "How many records are there for 1967?",
  "SELECT COUNT(*) FROM economics WHERE %s = '1967'" % Y, ["count", "date_part"])
E(U, "context_words", "hard",
  "By how much did the number of unemployed rise from 2000 to 2003, comparing yearly averages?",
  """SELECT (SELECT AVG(unemploy) FROM economics WHERE %s = '2003')
          - (SELECT AVG(unemploy) FROM economics WHERE %s = '2000')""" % (Y, Y),
  ["arithmetic", "change", "subquery", "date_part"])
E(U, "context_words", "hard", "How much did consumer spending grow between January 1990 and January 2000?",
  """SELECT (SELECT pce FROM economics WHERE strftime('%Y-%m', date) = '2000-01')
          - (SELECT pce FROM economics WHERE strftime('%Y-%m', date) = '1990-01')""",
  ["arithmetic", "change", "subquery"])
E(U, "context_words", "easy", "Overall, what was the average savings rate over the whole period?",
  "SELECT AVG(psavert) FROM economics", ["aggregate"])

# ============================================================================= executions
# executions(STATE, EXECUTIONS, INCOME, PERPOVERTY, PERBLACK, VC100k96, SOUTH 1/0, DEGREE 0-1)
X = "executions"
E(X, "plain", "easy", "What is the total number of EXECUTIONS?",
  "SELECT SUM(EXECUTIONS) FROM executions", ["aggregate"])
E(X, "plain", "easy", "What is the INCOME of Virginia?",
  "SELECT INCOME FROM executions WHERE STATE = 'Virginia'", ["filter_eq"])
E(X, "row_nouns", "easy", "How many states are listed?",
  "SELECT COUNT(*) FROM executions", ["count"])
E(X, "row_nouns", "medium", "How many of the states in the data are in the South?",
  "SELECT COUNT(*) FROM executions WHERE SOUTH = 1", ["count", "filter_eq"])
E(X, "measure_words", "medium", "Which state is the richest by median per capita income?",
  "SELECT STATE, INCOME FROM executions ORDER BY INCOME DESC LIMIT 1", ["superlative", "top_n"])
E(X, "measure_words", "medium", "Which states executed more than 5 people?",
  "SELECT STATE FROM executions WHERE EXECUTIONS > 5", ["filter_cmp"])
E(X, "measure_words", "medium", "How violent is Florida: what is its violent crime rate per 100,000 residents?",
  "SELECT VC100k96 FROM executions WHERE STATE = 'Florida'", ["filter_eq"])
E(X, "short_forms", "easy", "What is the average poverty percentage of the southern states?",
  "SELECT AVG(PERPOVERTY) FROM executions WHERE SOUTH = 1", ["aggregate", "filter_eq"])
E(X, "short_forms", "medium", "Which state has the highest violent crime rate?",
  "SELECT STATE, VC100k96 FROM executions ORDER BY VC100k96 DESC LIMIT 1", ["superlative", "top_n"])
E(X, "short_forms", "easy", "What is the average percent black across these states?",
  "SELECT AVG(PERBLACK) FROM executions", ["aggregate"])
E(X, "values", "easy", "How many executions did South Carolina carry out?",
  "SELECT EXECUTIONS FROM executions WHERE STATE = 'South Carolina'", ["filter_eq"])
E(X, "values", "medium", "Show the poverty rate and income of Texas and Oklahoma.",
  "SELECT STATE, PERPOVERTY, INCOME FROM executions WHERE STATE IN ('Texas', 'Oklahoma')", ["filter_eq"])
E(X, "comparatives", "easy", "How many states have a poverty rate of 15 percent or more?",
  "SELECT COUNT(*) FROM executions WHERE PERPOVERTY >= 15", ["count", "filter_cmp"])
E(X, "comparatives", "easy", "Which states have at most 10 percent of their population in poverty?",
  "SELECT STATE FROM executions WHERE PERPOVERTY <= 10", ["filter_cmp"])
E(X, "superlative_rows", "easy", "Which state has the highest share of college degree holders?",
  "SELECT STATE, DEGREE FROM executions ORDER BY DEGREE DESC LIMIT 1", ["superlative", "top_n"])
E(X, "superlative_rows", "medium", "Which state outside the South has the largest Black population share?",
  "SELECT STATE, PERBLACK FROM executions WHERE SOUTH = 0 ORDER BY PERBLACK DESC LIMIT 1",
  ["superlative", "top_n", "filter_eq"])
E(X, "arithmetic_periods", "medium", "What is the ratio of Texas's executions to Virginia's?",
  """SELECT 1.0 * (SELECT EXECUTIONS FROM executions WHERE STATE = 'Texas')
          / (SELECT EXECUTIONS FROM executions WHERE STATE = 'Virginia')""",
  ["arithmetic", "ratio", "subquery"])
E(X, "arithmetic_periods", "easy", "What is the difference between the highest and the lowest median income?",
  "SELECT MAX(INCOME) - MIN(INCOME) FROM executions", ["arithmetic", "aggregate"])
SCATTER(X, "easy", "Plot poverty rate against violent crime rate.",
        "SELECT PERPOVERTY, VC100k96 FROM executions")
CHART(X, "easy", "Bar chart of executions by state.",
      "SELECT STATE, EXECUTIONS FROM executions", [])
E(X, "counting_listing", "easy", "List all the southern states.",
  "SELECT STATE FROM executions WHERE SOUTH = 1", ["filter_eq"])
E(X, "counting_listing", "easy", "How many states carried out exactly one execution?",
  "SELECT COUNT(*) FROM executions WHERE EXECUTIONS = 1", ["count", "filter_eq"])
E(X, "context_words", "medium", "Leaving Texas out, how many executions were there altogether in 1997?",
  "SELECT SUM(EXECUTIONS) FROM executions WHERE STATE <> 'Texas'", ["aggregate", "negation"])
E(X, "context_words", "hard",
  "According to this data, what percentage of all executions happened in the South?",
  "SELECT 100.0 * SUM(CASE WHEN SOUTH = 1 THEN EXECUTIONS ELSE 0 END) / SUM(EXECUTIONS) FROM executions",
  ["percent", "aggregate"])

# ======================================================================= house_committees
# house_committees(COMMITTEE, BILLS104, SIZE, SUBS, STAFF, PRESTIGE 1/0, BILLS103)
H = "house_committees"
E(H, "plain", "easy", "How many committees have PRESTIGE equal to 1?",
  "SELECT COUNT(*) FROM house_committees WHERE PRESTIGE = 1", ["count", "filter_eq"])
E(H, "plain", "easy", "What is the SIZE of the Judiciary committee?",
  "SELECT SIZE FROM house_committees WHERE COMMITTEE = 'Judiciary'", ["filter_eq"])
E(H, "row_nouns", "easy", "How many entries are in the committee list?",
  "SELECT COUNT(*) FROM house_committees", ["count"])
E(H, "row_nouns", "medium", "How many of the panels in the data have no subcommittees?",
  "SELECT COUNT(*) FROM house_committees WHERE SUBS = 0", ["count", "filter_eq"])
E(H, "measure_words", "medium", "Which committee is the largest by membership?",
  "SELECT COMMITTEE, SIZE FROM house_committees ORDER BY SIZE DESC LIMIT 1", ["superlative", "top_n"])
E(H, "measure_words", "medium", "Which committees employ more than 70 staff?",
  "SELECT COMMITTEE FROM house_committees WHERE STAFF > 70", ["filter_cmp"])
E(H, "measure_words", "medium", "How many members sit on the smallest committee?",
  "SELECT MIN(SIZE) FROM house_committees", ["aggregate"])
E(H, "short_forms", "medium", "Total bills assigned in the 104th House?",
  "SELECT SUM(BILLS104) FROM house_committees", ["aggregate"])
E(H, "short_forms", "easy", "How many subcommittees does Commerce have?",
  "SELECT SUBS FROM house_committees WHERE COMMITTEE = 'Commerce'", ["filter_eq"])
E(H, "short_forms", "medium", "What is the average staff of the prestige committees?",
  "SELECT AVG(STAFF) FROM house_committees WHERE PRESTIGE = 1", ["aggregate", "filter_eq"])
E(H, "values", "easy", "How many bills did Ways and Means get in the 103rd House?",
  "SELECT BILLS103 FROM house_committees WHERE COMMITTEE = 'Ways and Means'", ["filter_eq"])
E(H, "values", "medium", "How many staff does the committee with 'Oversight' in its name have?",
  "SELECT STAFF FROM house_committees WHERE COMMITTEE LIKE '%Oversight%'", ["like"])
E(H, "comparatives", "easy", "How many committees received fewer than 30 bills in the 104th House?",
  "SELECT COUNT(*) FROM house_committees WHERE BILLS104 < 30", ["count", "filter_cmp"])
E(H, "comparatives", "hard", "Which committees got more bills in the 104th House than in the 103rd?",
  "SELECT COMMITTEE FROM house_committees WHERE BILLS104 > BILLS103", ["column_compare"])
E(H, "superlative_rows", "easy", "Which committee got the most bill assignments in the 103rd House?",
  "SELECT COMMITTEE, BILLS103 FROM house_committees ORDER BY BILLS103 DESC LIMIT 1", ["superlative", "top_n"])
E(H, "superlative_rows", "easy", "Which committee has the fewest staff?",
  "SELECT COMMITTEE, STAFF FROM house_committees ORDER BY STAFF ASC LIMIT 1", ["superlative", "top_n"])
E(H, "arithmetic_periods", "medium", "What is the ratio of staff to members for Appropriations?",
  "SELECT 1.0 * STAFF / SIZE FROM house_committees WHERE COMMITTEE = 'Appropriations'",
  ["arithmetic", "ratio", "filter_eq"])
E(H, "arithmetic_periods", "easy", "What is the range of committee sizes?",
  "SELECT MAX(SIZE) - MIN(SIZE) FROM house_committees", ["arithmetic", "aggregate"])
SCATTER(H, "medium", "Chart bills in the 104th House against bills in the 103rd House.",
        "SELECT BILLS104, BILLS103 FROM house_committees")
CHART(H, "easy", "Bar chart of staff per committee.",
      "SELECT COMMITTEE, STAFF FROM house_committees", [])
E(H, "counting_listing", "easy", "List every committee with its number of subcommittees.",
  "SELECT COMMITTEE, SUBS FROM house_committees", [])
E(H, "counting_listing", "easy", "How many committees have 50 or more members?",
  "SELECT COUNT(*) FROM house_committees WHERE SIZE >= 50", ["count", "filter_cmp"])
E(H, "context_words", "medium", "Across the whole House, how many staff work for these committees altogether?",
  "SELECT SUM(STAFF) FROM house_committees", ["aggregate"])
E(H, "context_words", "hard",
  "By how much did bill assignments to the Judiciary committee rise from the 103rd House to the 104th?",
  "SELECT BILLS104 - BILLS103 FROM house_committees WHERE COMMITTEE = 'Judiciary'",
  ["arithmetic", "change", "filter_eq"])

# ===================================================================== oesophageal_cancer
# esoph("Age Group", "Alcohol g/day", "Tobacco g/day", Cases, Controls)
C = "oesophageal_cancer"
E(C, "plain", "easy", "What is the total number of Cases?",
  "SELECT SUM(Cases) FROM esoph", ["aggregate"])
E(C, "plain", "easy", "What is the sum of Controls in Age Group 75+?",
  "SELECT SUM(Controls) FROM esoph WHERE \"Age Group\" = '75+'", ["aggregate", "filter_eq"])
E(C, "row_nouns", "easy", "How many age, alcohol and tobacco combinations are in the table?",
  "SELECT COUNT(*) FROM esoph", ["count"])
E(C, "row_nouns", "medium", "How many strata have zero cases?",
  "SELECT COUNT(*) FROM esoph WHERE Cases = 0", ["count", "filter_eq"])
E(C, "measure_words", "medium", "How many cancer cases drank 120 grams of alcohol or more a day?",
  "SELECT SUM(Cases) FROM esoph WHERE \"Alcohol g/day\" = '120+'", ["aggregate", "filter_eq"])
E(C, "measure_words", "medium", "How many controls smoke 30 or more grams of tobacco a day?",
  "SELECT SUM(Controls) FROM esoph WHERE \"Tobacco g/day\" = '30+'", ["aggregate", "filter_eq"])
E(C, "short_forms", "medium", "What is the total number of cases per tobacco group?",
  "SELECT \"Tobacco g/day\", SUM(Cases) FROM esoph GROUP BY \"Tobacco g/day\"", ["group_by", "aggregate"])
E(C, "short_forms", "medium", "Sum of controls by alcohol level?",
  "SELECT \"Alcohol g/day\", SUM(Controls) FROM esoph GROUP BY \"Alcohol g/day\"", ["group_by", "aggregate"])
E(C, "values", "easy", "How many cases are there among 45-54 year olds?",
  "SELECT SUM(Cases) FROM esoph WHERE \"Age Group\" = '45-54'", ["aggregate", "filter_eq"])
E(C, "values", "medium", "How many controls aged 55-64 are in the 10-19 g/day tobacco group?",
  "SELECT SUM(Controls) FROM esoph WHERE \"Age Group\" = '55-64' AND \"Tobacco g/day\" = '10-19'",
  ["aggregate", "multi_filter"])
E(C, "values", "medium", "How many cases are in the lowest drinking group, 0-39g/day?",
  "SELECT SUM(Cases) FROM esoph WHERE \"Alcohol g/day\" = '0-39g/day'", ["aggregate", "filter_eq"])
E(C, "comparatives", "easy", "How many strata have more than 20 controls?",
  "SELECT COUNT(*) FROM esoph WHERE Controls > 20", ["count", "filter_cmp"])
E(C, "comparatives", "medium", "Which age groups have more than 50 cases in total?",
  "SELECT \"Age Group\" FROM esoph GROUP BY \"Age Group\" HAVING SUM(Cases) > 50",
  ["group_by", "having", "aggregate"])
E(C, "superlative_rows", "medium", "Which age group has the most cases?",
  "SELECT \"Age Group\", SUM(Cases) FROM esoph GROUP BY \"Age Group\" ORDER BY SUM(Cases) DESC LIMIT 1",
  ["superlative", "group_by", "aggregate"])
E(C, "superlative_rows", "hard",
  "Which combination of age, alcohol and tobacco group has the most controls, and how many?",
  """SELECT "Age Group", "Alcohol g/day", "Tobacco g/day", Controls FROM esoph
     ORDER BY Controls DESC LIMIT 1""",
  ["superlative", "top_n"])
E(C, "arithmetic_periods", "medium", "What is the ratio of total cases to total controls?",
  "SELECT 1.0 * SUM(Cases) / SUM(Controls) FROM esoph", ["arithmetic", "ratio", "aggregate"])
E(C, "arithmetic_periods", "hard", "What percentage of all cases are in the 120+ alcohol group?",
  "SELECT 100.0 * SUM(CASE WHEN \"Alcohol g/day\" = '120+' THEN Cases ELSE 0 END) / SUM(Cases) FROM esoph",
  ["percent", "aggregate"])
CHART(C, "easy", "Bar chart of cases by age group.",
      "SELECT \"Age Group\", SUM(Cases) FROM esoph GROUP BY \"Age Group\"", ["group_by", "aggregate"])
SCATTER(C, "medium", "Plot controls against cases.",
        "SELECT Controls, Cases FROM esoph")
E(C, "counting_listing", "medium",
  "List the strata of the 75+ age group with their alcohol and tobacco groups, cases and controls.",
  """SELECT "Alcohol g/day", "Tobacco g/day", Cases, Controls FROM esoph WHERE "Age Group" = '75+'""",
  ["filter_eq"])
E(C, "counting_listing", "easy", "How many rows are there for the 25-34 age group?",
  "SELECT COUNT(*) FROM esoph WHERE \"Age Group\" = '25-34'", ["count", "filter_eq"])
E(C, "context_words", "medium",
  "In this Ille-et-Vilaine study, how many people were cases or controls altogether?",
  "SELECT SUM(Cases) + SUM(Controls) FROM esoph", ["aggregate", "arithmetic"])
E(C, "context_words", "easy", "Overall, how many oesophageal cancer cases were recorded in the study?",
  "SELECT SUM(Cases) FROM esoph", ["aggregate"])

# ==================================================================== scottish_referendum
# scotvote(COUNCILDIST, YES %, COUTAX, UNEMPF, MOR, ACT, GDP, AGE, COUTAX_FEMALEUNEMP)
R = "scottish_referendum"
E(R, "plain", "easy", "What is the average YES across council districts?",
  "SELECT AVG(YES) FROM scotvote", ["aggregate"])
E(R, "plain", "easy", "What is the COUTAX of Glasgow City?",
  "SELECT COUTAX FROM scotvote WHERE COUNCILDIST = 'Glasgow City'", ["filter_eq"])
E(R, "row_nouns", "easy", "How many councils voted?",
  "SELECT COUNT(*) FROM scotvote", ["count"])
E(R, "row_nouns", "easy", "How many districts had a yes vote above 70 percent?",
  "SELECT COUNT(*) FROM scotvote WHERE YES > 70", ["count", "filter_cmp"])
E(R, "measure_words", "medium", "Where is the council tax most expensive?",
  "SELECT COUNCILDIST, COUTAX FROM scotvote ORDER BY COUTAX DESC LIMIT 1", ["superlative", "top_n"])
E(R, "measure_words", "medium", "Which districts pay less than 600 pounds of council tax?",
  "SELECT COUNCILDIST FROM scotvote WHERE COUTAX < 600", ["filter_cmp"])
E(R, "measure_words", "hard", "Which council district is the most economically active?",
  "SELECT COUNCILDIST, ACT FROM scotvote ORDER BY ACT DESC LIMIT 1", ["superlative", "top_n"])
E(R, "short_forms", "easy", "What is the average mortality of the districts?",
  "SELECT AVG(MOR) FROM scotvote", ["aggregate"])
E(R, "short_forms", "medium", "Which district has the highest female unemployment share?",
  "SELECT COUNCILDIST, UNEMPF FROM scotvote ORDER BY UNEMPF DESC LIMIT 1", ["superlative", "top_n"])
E(R, "short_forms", "medium", "What is the average council tax of the districts whose yes share is under 55?",
  "SELECT AVG(COUTAX) FROM scotvote WHERE YES < 55", ["aggregate", "filter_cmp"])
E(R, "values", "easy", "What share voted yes in the Shetland Islands?",
  "SELECT YES FROM scotvote WHERE COUNCILDIST = 'Shetland Islands'", ["filter_eq"])
E(R, "values", "medium", "Which districts have 'Lothian' in their name, and what were their yes votes?",
  "SELECT COUNCILDIST, YES FROM scotvote WHERE COUNCILDIST LIKE '%Lothian%'", ["like"])
E(R, "comparatives", "easy", "How many districts have a GDP of at least 12000?",
  "SELECT COUNT(*) FROM scotvote WHERE GDP >= 12000", ["count", "filter_cmp"])
E(R, "comparatives", "easy", "How many districts voted yes by at most 55 percent?",
  "SELECT COUNT(*) FROM scotvote WHERE YES <= 55", ["count", "filter_cmp"])
E(R, "superlative_rows", "easy", "Which council district had the lowest yes vote?",
  "SELECT COUNCILDIST, YES FROM scotvote ORDER BY YES ASC LIMIT 1", ["superlative", "top_n"])
E(R, "superlative_rows", "medium", "Which district has the largest percentage of children aged 5 to 15?",
  "SELECT COUNCILDIST, AGE FROM scotvote ORDER BY AGE DESC LIMIT 1", ["superlative", "top_n"])
E(R, "arithmetic_periods", "easy", "What is the difference between the highest and the lowest council tax?",
  "SELECT MAX(COUTAX) - MIN(COUTAX) FROM scotvote", ["arithmetic", "aggregate"])
E(R, "arithmetic_periods", "medium", "What is the ratio of Glasgow City's council tax to that of the Shetland Islands?",
  """SELECT 1.0 * (SELECT COUTAX FROM scotvote WHERE COUNCILDIST = 'Glasgow City')
          / (SELECT COUTAX FROM scotvote WHERE COUNCILDIST = 'Shetland Islands')""",
  ["arithmetic", "ratio", "subquery"])
SCATTER(R, "easy", "Plot the yes vote against council tax.",
        "SELECT YES, COUTAX FROM scotvote")
SCATTER(R, "medium", "Scatter mortality vs yes share.",
        "SELECT MOR, YES FROM scotvote")
CHART(R, "easy", "Chart the yes percentage for each council district.",
      "SELECT COUNCILDIST, YES FROM scotvote", [])
E(R, "counting_listing", "easy", "List every district with a yes vote under 50 percent.",
  "SELECT COUNCILDIST FROM scotvote WHERE YES < 50", ["filter_cmp"])
E(R, "counting_listing", "medium", "How many distinct GDP values are there?",
  "SELECT COUNT(DISTINCT GDP) FROM scotvote", ["count", "distinct"])
E(R, "context_words", "easy", "Across Scotland, what was the average yes vote?",
  "SELECT AVG(YES) FROM scotvote", ["aggregate"])
E(R, "context_words", "medium", "In the 1997 devolution referendum, which council was most in favour?",
  "SELECT COUNCILDIST, YES FROM scotvote ORDER BY YES DESC LIMIT 1", ["superlative", "top_n"])
E(R, "context_words", "medium", "How many districts had a mortality rate above the UK level of 100?",
  "SELECT COUNT(*) FROM scotvote WHERE MOR > 100", ["count", "filter_cmp"])

# ================================================================================ el_nino
# sea_temperature(month first day of the month, sst_celsius)
N = "el_nino"
NY = "strftime('%Y', month)"
E(N, "plain", "easy", "What is the average sst_celsius?",
  "SELECT AVG(sst_celsius) FROM sea_temperature", ["aggregate"])
E(N, "plain", "easy", "What was the sst_celsius for month 1997-12-01?",
  "SELECT sst_celsius FROM sea_temperature WHERE month = '1997-12-01'", ["date_value", "filter_eq"])
E(N, "row_nouns", "easy", "How many monthly readings are there?",
  "SELECT COUNT(*) FROM sea_temperature", ["count"])
E(N, "row_nouns", "medium", "How many readings are from the 1980s?",
  "SELECT COUNT(*) FROM sea_temperature WHERE month BETWEEN '1980-01-01' AND '1989-12-31'",
  ["count", "between", "date_range"])
E(N, "measure_words", "medium", "What was the warmest month on record?",
  "SELECT month, sst_celsius FROM sea_temperature ORDER BY sst_celsius DESC LIMIT 1", ["superlative", "top_n"])
E(N, "measure_words", "easy", "How many months were hotter than 28 degrees?",
  "SELECT COUNT(*) FROM sea_temperature WHERE sst_celsius > 28", ["count", "filter_cmp"])
E(N, "short_forms", "easy", "Average sea surface temperature in 1998?",
  "SELECT AVG(sst_celsius) FROM sea_temperature WHERE %s = '1998'" % NY, ["aggregate", "date_part"])
E(N, "short_forms", "easy", "What was the lowest SST recorded in 1950?",
  "SELECT MIN(sst_celsius) FROM sea_temperature WHERE %s = '1950'" % NY, ["aggregate", "date_part"])
E(N, "values", "medium", "What was the temperature in March 1983?",
  "SELECT sst_celsius FROM sea_temperature WHERE month = '1983-03-01'", ["date_value", "filter_eq"])
E(N, "comparatives", "medium", "When was the sea last colder than 20 degrees?",
  "SELECT MAX(month) FROM sea_temperature WHERE sst_celsius < 20", ["aggregate", "filter_cmp"])
E(N, "comparatives", "medium", "What was the first month with a temperature of 28 degrees or more?",
  "SELECT MIN(month) FROM sea_temperature WHERE sst_celsius >= 28", ["aggregate", "filter_cmp"])
E(N, "comparatives", "medium", "How many months from 1997 or later had a temperature above 25 degrees?",
  "SELECT COUNT(*) FROM sea_temperature WHERE month >= '1997-01-01' AND sst_celsius > 25",
  ["count", "filter_cmp", "multi_filter"])
E(N, "superlative_rows", "hard", "Which year had the highest average temperature?",
  "SELECT %s, AVG(sst_celsius) FROM sea_temperature GROUP BY %s ORDER BY AVG(sst_celsius) DESC LIMIT 1" % (NY, NY),
  ["superlative", "group_by", "date_part"])
E(N, "superlative_rows", "medium", "In which month of 2010 was the sea coldest?",
  "SELECT month, sst_celsius FROM sea_temperature WHERE %s = '2010' ORDER BY sst_celsius ASC LIMIT 1" % NY,
  ["superlative", "top_n", "date_part"])
E(N, "arithmetic_periods", "hard", "For each calendar month, what is the average temperature across all years?",
  "SELECT strftime('%m', month), AVG(sst_celsius) FROM sea_temperature GROUP BY strftime('%m', month)",
  ["group_by", "month_of_year", "date_part"])
E(N, "arithmetic_periods", "medium", "In how many years did the temperature reach 27 degrees or more at least once?",
  "SELECT COUNT(DISTINCT %s) FROM sea_temperature WHERE sst_celsius >= 27" % NY,
  ["count", "distinct", "date_part"])
E(N, "arithmetic_periods", "easy", "What was the range of temperatures in 1983?",
  "SELECT MAX(sst_celsius) - MIN(sst_celsius) FROM sea_temperature WHERE %s = '1983'" % NY,
  ["arithmetic", "aggregate", "date_part"])
CHART(N, "easy", "Plot the sea surface temperature over time.",
      "SELECT month, sst_celsius FROM sea_temperature ORDER BY month", ["time_series", "order"], order=True)
CHART(N, "medium", "Line chart of the yearly average temperature.",
      "SELECT %s, AVG(sst_celsius) FROM sea_temperature GROUP BY %s ORDER BY %s" % (NY, NY, NY),
      ["time_series", "order", "date_part", "group_by"], order=True)
E(N, "counting_listing", "easy", "List the months of 1997 with their temperatures.",
  "SELECT month, sst_celsius FROM sea_temperature WHERE %s = '1997'" % NY, ["date_part"])
E(N, "counting_listing", "easy", "How many months of data are there for 2005?",
  "SELECT COUNT(*) FROM sea_temperature WHERE %s = '2005'" % NY, ["count", "date_part"])
E(N, "context_words", "hard", "How much did the yearly average temperature rise from 1996 to 1997?",
  """SELECT (SELECT AVG(sst_celsius) FROM sea_temperature WHERE %s = '1997')
          - (SELECT AVG(sst_celsius) FROM sea_temperature WHERE %s = '1996')""" % (NY, NY),
  ["arithmetic", "change", "subquery", "date_part"])
E(N, "context_words", "medium", "According to the NOAA record, what was the sea temperature in December 1997?",
  "SELECT sst_celsius FROM sea_temperature WHERE month = '1997-12-01'", ["date_value", "filter_eq"])

if __name__ == "__main__":
    S.write()
