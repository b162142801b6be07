#!/usr/bin/env python3
"""The twelfth blind NLQ evaluation set: questions and gold SQL over the tables of
prepare_data.py. Recomputes gold_rows with ../load.py (through ../question_set.py) and writes
questions.jsonl and datasets.json; exits 1 on an SQL error, an empty answer or an answer that
depends on how ties are broken. Standard library only.

    python3 build_questions.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # ../question_set.py, ../load.py
sys.path.insert(0, HERE)
from prepare_data import DATASETS  # noqa: E402
from question_set import QuestionSet  # noqa: E402

S = QuestionSet("f12", DATASETS, HERE)
E, CHART, SCATTER = S.E, S.CHART, S.SCATTER

FL, PR, FX, WG, CI, HU, RT, IS = ("florida_2000", "us_presidents", "exchange_rates",
                                  "ontario_wages", "canadian_interlocks", "lake_huron",
                                  "respiratory_trial", "world_islands")
LEVEL = '"Level ft"'
AREA = '"Area (1000 sq mi)"'
YEAR = "strftime('%Y', date)"

# ---------------------------------------------------------------- plain
E(FL, "plain", "easy", "What is the total number of votes for BUSH across all counties?",
  "SELECT SUM(BUSH) FROM florida_votes", ["aggregate"])
E(FL, "plain", "easy", "How many votes did NADER get in LEON county?",
  "SELECT NADER FROM florida_votes WHERE COUNTY = 'LEON'", ["filter_eq"])
E(FL, "plain", "easy", "What is the average GORE vote per county?",
  "SELECT AVG(GORE) FROM florida_votes", ["aggregate"])
E(PR, "plain", "easy", "What party was Nixon?",
  "SELECT party FROM presidential_terms WHERE name = 'Nixon'", ["filter_eq"])
E(PR, "plain", "easy", "How many terms have party Democratic?",
  "SELECT COUNT(*) FROM presidential_terms WHERE party = 'Democratic'", ["count", "filter_eq"])
E(FX, "plain", "easy", "What is the average bp?",
  "SELECT AVG(bp) FROM fx_daily", ["aggregate"])
E(FX, "plain", "easy", "What was the dm on 1985-02-25?",
  "SELECT dm FROM fx_daily WHERE date = '1985-02-25'", ["filter_eq", "date_value"])
E(WG, "plain", "easy", "What is the average hourlyWage?",
  "SELECT AVG(hourlyWage) FROM slid_ontario", ["aggregate"])
E(WG, "plain", "easy", "How many rows have sex Female?",
  "SELECT COUNT(*) FROM slid_ontario WHERE sex = 'Female'", ["count", "filter_eq"])
E(CI, "plain", "easy", "What is the average interlocks by nation?",
  "SELECT nation, AVG(interlocks) FROM firms GROUP BY nation", ["aggregate", "group_by"])
E(CI, "plain", "easy", "What is the sector_name of sector TRN?",
  "SELECT sector_name FROM sectors WHERE sector = 'TRN'", ["filter_eq"])
E(CI, "plain", "easy", "What is the maximum assets_musd?",
  "SELECT MAX(assets_musd) FROM firms", ["aggregate"])
E(HU, "plain", "easy", "What is the maximum Level ft?",
  "SELECT MAX(%s) FROM lake_huron" % LEVEL, ["aggregate"])
E(HU, "plain", "easy", "What was the level in 1950?",
  "SELECT %s FROM lake_huron WHERE Year = 1950" % LEVEL, ["filter_eq"])
E(RT, "plain", "easy", "How many patients have TREATMENT A?",
  "SELECT COUNT(*) FROM patients WHERE TREATMENT = 'A'", ["count", "filter_eq"])
E(RT, "plain", "easy", "What is the average AGE of patients by SEX?",
  "SELECT SEX, AVG(AGE) FROM patients GROUP BY SEX", ["aggregate", "group_by"])
E(IS, "plain", "easy", "What is the area of Madagascar?",
  "SELECT %s FROM landmasses WHERE Landmass = 'Madagascar'" % AREA, ["filter_eq"])
E(IS, "plain", "easy", "How many landmasses are there?",
  "SELECT COUNT(*) FROM landmasses", ["count"])

# ---------------------------------------------------------------- row_nouns
E(FL, "row_nouns", "easy", "How many counties are in the data?",
  "SELECT COUNT(*) FROM florida_votes", ["count"])
E(FL, "row_nouns", "easy", "How many counties gave Buchanan more than 1000 votes?",
  "SELECT COUNT(*) FROM florida_votes WHERE BUCHANAN > 1000", ["count", "filter_cmp"])
E(PR, "row_nouns", "easy", "How many administrations were Republican?",
  "SELECT COUNT(*) FROM presidential_terms WHERE party = 'Republican'", ["count", "filter_eq"])
E(PR, "row_nouns", "medium", "How many presidencies began after 1970?",
  "SELECT COUNT(*) FROM presidential_terms WHERE strftime('%Y', start) > '1970'",
  ["count", "filter_cmp", "date_part"])
E(FX, "row_nouns", "easy", "How many trading days are in the dataset?",
  "SELECT COUNT(*) FROM fx_daily", ["count"])
E(FX, "row_nouns", "easy", "How many observations fall on a Monday?",
  "SELECT COUNT(*) FROM fx_daily WHERE day = 'monday'", ["count", "filter_eq", "value_synonym"])
E(FX, "row_nouns", "medium", "How many quotes are there for 1984 altogether?",
  "SELECT COUNT(*) FROM fx_daily WHERE %s = '1984'" % YEAR, ["count", "date_part"])
E(WG, "row_nouns", "easy", "How many respondents are there in total?",
  "SELECT COUNT(*) FROM slid_ontario", ["count"])
E(WG, "row_nouns", "easy", "How many people in the survey are over 60?",
  "SELECT COUNT(*) FROM slid_ontario WHERE ageYears > 60", ["count", "filter_cmp"])
E(WG, "row_nouns", "medium", "How many workers reported a wage?",
  "SELECT COUNT(*) FROM slid_ontario WHERE hourlyWage IS NOT NULL", ["count", "null_check"])
E(CI, "row_nouns", "easy", "How many companies are in the data?",
  "SELECT COUNT(*) FROM firms", ["count"])
E(CI, "row_nouns", "easy", "How many corporations are controlled from the US?",
  "SELECT COUNT(*) FROM firms WHERE nation = 'US'", ["count", "filter_eq", "code_value"])
E(HU, "row_nouns", "easy", "How many annual readings does the record hold?",
  "SELECT COUNT(*) FROM lake_huron", ["count"])
E(RT, "row_nouns", "easy", "How many subjects took part in the trial?",
  "SELECT COUNT(*) FROM patients", ["count"])
E(RT, "row_nouns", "easy", "How many participants are women?",
  "SELECT COUNT(*) FROM patients WHERE SEX = 'F'", ["count", "filter_eq", "value_synonym"])
E(RT, "row_nouns", "easy", "How many assessments were recorded altogether?",
  "SELECT COUNT(*) FROM visits", ["count"])
E(IS, "row_nouns", "easy", "How many islands and continents are listed?",
  "SELECT COUNT(*) FROM landmasses", ["count"])
E(IS, "row_nouns", "easy", "How many entries have an area of at least 100?",
  "SELECT COUNT(*) FROM landmasses WHERE %s >= 100" % AREA, ["count", "filter_cmp"])

# ---------------------------------------------------------------- measure_words
E(IS, "measure_words", "easy", "How big is Borneo?",
  "SELECT %s FROM landmasses WHERE Landmass = 'Borneo'" % AREA, ["filter_eq"])
E(IS, "measure_words", "easy", "How many landmasses cover more than 100 thousand square miles?",
  "SELECT COUNT(*) FROM landmasses WHERE %s > 100" % AREA, ["count", "filter_cmp"])
E(IS, "measure_words", "easy", "How large is the smallest landmass?",
  "SELECT MIN(%s) FROM landmasses" % AREA, ["aggregate"])
E(WG, "measure_words", "easy", "How much do workers earn per hour on average?",
  "SELECT AVG(hourlyWage) FROM slid_ontario", ["aggregate"])
E(WG, "measure_words", "easy", "How old is the oldest respondent?",
  "SELECT MAX(ageYears) FROM slid_ontario", ["aggregate"])
E(WG, "measure_words", "easy", "How many people earn more than 30 dollars an hour?",
  "SELECT COUNT(*) FROM slid_ontario WHERE hourlyWage > 30", ["count", "filter_cmp"])
E(WG, "measure_words", "easy", "On average, how many years of schooling do respondents have?",
  "SELECT AVG(educationYears) FROM slid_ontario", ["aggregate"])
E(HU, "measure_words", "easy", "How high was the lake in 1900?",
  "SELECT %s FROM lake_huron WHERE Year = 1900" % LEVEL, ["filter_eq"])
E(HU, "measure_words", "medium", "In how many years did the lake stand higher than 580 feet?",
  "SELECT COUNT(*) FROM lake_huron WHERE %s > 580" % LEVEL, ["count", "filter_cmp"])
E(CI, "measure_words", "easy", "How big is the biggest firm, in millions of dollars?",
  "SELECT MAX(assets_musd) FROM firms", ["aggregate"])
E(CI, "measure_words", "hard", "How many firms have assets of more than 10 billion dollars?",
  "SELECT COUNT(*) FROM firms WHERE assets_musd > 10000", ["count", "filter_cmp"])
E(CI, "measure_words", "medium", "On average, how many interlocking positions does a firm share?",
  "SELECT AVG(interlocks) FROM firms", ["aggregate"])
E(RT, "measure_words", "easy", "How old is the youngest patient?",
  "SELECT MIN(AGE) FROM patients", ["aggregate"])
E(RT, "measure_words", "easy", "How many patients are older than 50?",
  "SELECT COUNT(*) FROM patients WHERE AGE > 50", ["count", "filter_cmp"])
E(FL, "measure_words", "easy", "How many votes were cast in Broward?",
  "SELECT TOTAL FROM florida_votes WHERE COUNTY = 'BROWARD'", ["filter_eq"])
E(FL, "measure_words", "easy", "How many ballots went to Browne in total?",
  "SELECT SUM(BROWNE) FROM florida_votes", ["aggregate"])
E(FX, "measure_words", "medium", "What did a British pound cost in dollars on 1983-06-01?",
  "SELECT bp FROM fx_daily WHERE date = '1983-06-01'", ["filter_eq", "date_value"])
E(PR, "measure_words", "medium", "How long did Kennedy serve, in days?",
  "SELECT julianday(\"end\") - julianday(start) FROM presidential_terms WHERE name = 'Kennedy'",
  ["arithmetic", "filter_eq"])

# ---------------------------------------------------------------- short_forms
E(FX, "short_forms", "medium", "What was the average Deutsche Mark rate in 1980?",
  "SELECT AVG(dm) FROM fx_daily WHERE %s = '1980'" % YEAR, ["aggregate", "date_part"])
E(FX, "short_forms", "easy", "What is the lowest British Pound value?",
  "SELECT MIN(bp) FROM fx_daily", ["aggregate"])
E(FX, "short_forms", "easy", "What was the maximum Swiss Franc rate?",
  "SELECT MAX(sf) FROM fx_daily", ["aggregate"])
E(FX, "short_forms", "easy", "Average Canadian Dollar rate over the whole period",
  "SELECT AVG(cd) FROM fx_daily", ["aggregate"])
E(FX, "short_forms", "hard", "On how many days was the daily DM change above 0.01?",
  "SELECT COUNT(*) FROM fx_daily WHERE ddm > 0.01", ["count", "filter_cmp"])
E(WG, "short_forms", "easy", "What is the average wage of women?",
  "SELECT AVG(hourlyWage) FROM slid_ontario WHERE sex = 'Female'",
  ["aggregate", "filter_eq", "value_synonym"])
E(WG, "short_forms", "easy", "Average education by sex",
  "SELECT sex, AVG(educationYears) FROM slid_ontario GROUP BY sex", ["aggregate", "group_by"])
E(WG, "short_forms", "easy", "How many respondents have English as their language?",
  "SELECT COUNT(*) FROM slid_ontario WHERE firstLanguage = 'English'", ["count", "filter_eq"])
E(WG, "short_forms", "easy", "What is the mean age?",
  "SELECT AVG(ageYears) FROM slid_ontario", ["aggregate"])
E(CI, "short_forms", "easy", "List the sector names.",
  "SELECT sector_name FROM sectors", ["list"])
E(CI, "short_forms", "easy", "What are the total assets of BNK firms?",
  "SELECT SUM(assets_musd) FROM firms WHERE sector = 'BNK'", ["aggregate", "filter_eq", "code_value"])
E(CI, "short_forms", "easy", "What are the nation codes?",
  "SELECT DISTINCT nation FROM firms", ["distinct"])
E(RT, "short_forms", "easy", "How many patients had a poor baseline?",
  "SELECT COUNT(*) FROM patients WHERE BASELINE = 'poor'", ["count", "filter_eq"])
E(RT, "short_forms", "medium", "List the patient ids in centre 2 older than 60",
  "SELECT PATIENT FROM patients WHERE CENTRE = 2 AND AGE > 60", ["list", "multi_filter"])
E(FL, "short_forms", "easy", "How many votes did McReynolds get in total?",
  "SELECT SUM(MCREYNOLDS) FROM florida_votes", ["aggregate"])
E(HU, "short_forms", "easy", "What was the average level?",
  "SELECT AVG(%s) FROM lake_huron" % LEVEL, ["aggregate"])
E(IS, "short_forms", "easy", "What is the total area of all landmasses?",
  "SELECT SUM(%s) FROM landmasses" % AREA, ["aggregate"])
E(PR, "short_forms", "easy", "List the names of the Democratic presidents",
  "SELECT name FROM presidential_terms WHERE party = 'Democratic'", ["list", "filter_eq"])

# ---------------------------------------------------------------- values
E(FL, "values", "medium", "How many votes did Bush get in Palm Beach?",
  "SELECT BUSH FROM florida_votes WHERE COUNTY = 'PALM.BEACH'", ["filter_eq"])
E(FL, "values", "easy", "What was the total vote in Dade County?",
  "SELECT TOTAL FROM florida_votes WHERE COUNTY = 'DADE'", ["filter_eq"])
E(FL, "values", "easy", "How many votes did Gore get in Seminole County?",
  "SELECT GORE FROM florida_votes WHERE COUNTY = 'SEMINOLE'", ["filter_eq"])
E(PR, "values", "easy", "When did Reagan's term end?",
  "SELECT \"end\" FROM presidential_terms WHERE name = 'Reagan'", ["filter_eq"])
E(PR, "values", "medium", "Which presidents were Democrats?",
  "SELECT name FROM presidential_terms WHERE party = 'Democratic'", ["filter_eq", "value_synonym"])
E(FX, "values", "medium", "What was the pound rate on 1 March 1985?",
  "SELECT bp FROM fx_daily WHERE date = '1985-03-01'", ["filter_eq", "date_value"])
E(FX, "values", "easy", "What was the average yen rate on Fridays?",
  "SELECT AVG(dy) FROM fx_daily WHERE day = 'friday'", ["aggregate", "filter_eq", "value_synonym"])
E(FX, "values", "easy", "How many Tuesdays are in the data?",
  "SELECT COUNT(*) FROM fx_daily WHERE day = 'tuesday'", ["count", "filter_eq", "value_synonym"])
E(WG, "values", "easy", "What is the average wage of French speakers?",
  "SELECT AVG(hourlyWage) FROM slid_ontario WHERE firstLanguage = 'French'",
  ["aggregate", "filter_eq", "value_synonym"])
E(WG, "values", "easy", "How many men are in the survey?",
  "SELECT COUNT(*) FROM slid_ontario WHERE sex = 'Male'", ["count", "filter_eq", "value_synonym"])
E(CI, "values", "medium", "How many firms are in the mining sector?",
  "SELECT COUNT(*) FROM firms WHERE sector = 'MIN'", ["count", "filter_eq", "join"])
E(CI, "values", "medium", "How many British-controlled firms are there?",
  "SELECT COUNT(*) FROM firms WHERE nation = 'UK'", ["count", "filter_eq", "value_synonym"])
E(CI, "values", "easy", "Average interlocks of Canadian firms",
  "SELECT AVG(interlocks) FROM firms WHERE nation = 'CAN'", ["aggregate", "filter_eq", "code_value"])
E(RT, "values", "easy", "How many patients received the placebo?",
  "SELECT COUNT(*) FROM patients WHERE TREATMENT = 'P'", ["count", "filter_eq", "value_synonym"])
E(RT, "values", "easy", "How many visits had a good status?",
  "SELECT COUNT(*) FROM visits WHERE STATUS = 'good'", ["count", "filter_eq"])
E(RT, "values", "easy", "What is the age of patient C2-15?",
  "SELECT AGE FROM patients WHERE PATIENT = 'C2-15'", ["filter_eq", "code_value"])
E(IS, "values", "easy", "How large is New Guinea?",
  "SELECT %s FROM landmasses WHERE Landmass = 'New Guinea'" % AREA, ["filter_eq"])
E(IS, "values", "hard", "What is the combined area of the 'New Zealand' islands?",
  "SELECT SUM(%s) FROM landmasses WHERE Landmass LIKE '%%New Zealand%%'" % AREA,
  ["aggregate", "like"])

# ---------------------------------------------------------------- comparatives
E(FL, "comparatives", "easy", "Which counties gave Nader more than 5000 votes?",
  "SELECT COUNTY FROM florida_votes WHERE NADER > 5000", ["filter_cmp", "list"])
E(FL, "comparatives", "easy", "How many counties had at least 100,000 votes in total?",
  "SELECT COUNT(*) FROM florida_votes WHERE TOTAL >= 100000", ["count", "filter_cmp"])
E(FL, "comparatives", "easy", "How many counties gave Buchanan fewer than 100 votes?",
  "SELECT COUNT(*) FROM florida_votes WHERE BUCHANAN < 100", ["count", "filter_cmp"])
E(PR, "comparatives", "medium", "Which presidents took office before 1970?",
  "SELECT name FROM presidential_terms WHERE start < '1970-01-01'", ["filter_cmp", "list"])
E(PR, "comparatives", "easy", "When did the earliest term in the table start?",
  "SELECT MIN(start) FROM presidential_terms", ["aggregate"])
E(PR, "comparatives", "easy", "What is the latest end date?",
  "SELECT MAX(\"end\") FROM presidential_terms", ["aggregate"])
E(FX, "comparatives", "easy", "On how many days was the pound below 1.1 dollars?",
  "SELECT COUNT(*) FROM fx_daily WHERE bp < 1.1", ["count", "filter_cmp"])
E(FX, "comparatives", "medium", "What was the first date on which the pound fell below 1.2?",
  "SELECT MIN(date) FROM fx_daily WHERE bp < 1.2", ["aggregate", "filter_cmp"])
E(FX, "comparatives", "medium", "When was the pound last above 2 dollars?",
  "SELECT MAX(date) FROM fx_daily WHERE bp > 2", ["aggregate", "filter_cmp"])
E(FX, "comparatives", "medium", "How many days have no value for ddm?",
  "SELECT COUNT(*) FROM fx_daily WHERE ddm IS NULL", ["count", "null_check"])
E(WG, "comparatives", "medium", "How many respondents aged 65 or older reported a wage?",
  "SELECT COUNT(*) FROM slid_ontario WHERE ageYears >= 65 AND hourlyWage IS NOT NULL",
  ["count", "filter_cmp", "null_check", "multi_filter"])
E(WG, "comparatives", "hard", "What is the average wage, leaving out people without a recorded education?",
  "SELECT AVG(hourlyWage) FROM slid_ontario WHERE educationYears IS NOT NULL",
  ["aggregate", "null_check"])
E(WG, "comparatives", "easy", "How many respondents have no more than 8 years of education?",
  "SELECT COUNT(*) FROM slid_ontario WHERE educationYears <= 8", ["count", "filter_cmp"])
E(WG, "comparatives", "easy", "How many people are between 25 and 34 years old?",
  "SELECT COUNT(*) FROM slid_ontario WHERE ageYears BETWEEN 25 AND 34", ["count", "between"])
E(CI, "comparatives", "medium", "Which sectors have fewer than 10 firms?",
  "SELECT sector FROM firms GROUP BY sector HAVING COUNT(*) < 10", ["having", "group_by"])
E(CI, "comparatives", "hard", "Which sectors have no firm with more than 50 interlocks?",
  "SELECT sector FROM sectors WHERE sector NOT IN (SELECT sector FROM firms WHERE interlocks > 50)",
  ["anti_join", "negation", "subquery"])
E(CI, "comparatives", "easy", "How many firms have no interlocks at all?",
  "SELECT COUNT(*) FROM firms WHERE interlocks = 0", ["count", "filter_eq", "negation"])
E(HU, "comparatives", "easy", "In which years was the level below 577 feet?",
  "SELECT Year FROM lake_huron WHERE %s < 577" % LEVEL, ["filter_cmp", "list"])
E(HU, "comparatives", "medium", "What was the first year the level dropped under 578 feet?",
  "SELECT MIN(Year) FROM lake_huron WHERE %s < 578" % LEVEL, ["aggregate", "filter_cmp"])
E(HU, "comparatives", "medium", "How many years from 1900 to 1950 had a level of at least 579?",
  "SELECT COUNT(*) FROM lake_huron WHERE Year BETWEEN 1900 AND 1950 AND %s >= 579" % LEVEL,
  ["count", "between", "filter_cmp", "multi_filter"])
E(RT, "comparatives", "hard", "How many patients never had a poor status at any visit?",
  "SELECT COUNT(*) FROM patients WHERE PATIENT NOT IN (SELECT PATIENT FROM visits WHERE STATUS = 'poor')",
  ["count", "anti_join", "negation", "subquery"])
E(RT, "comparatives", "medium", "How many patients aged 30 or under got the active treatment?",
  "SELECT COUNT(*) FROM patients WHERE AGE <= 30 AND TREATMENT = 'A'",
  ["count", "filter_cmp", "multi_filter", "value_synonym"])
E(IS, "comparatives", "easy", "Which landmasses are larger than 1000 thousand square miles?",
  "SELECT Landmass FROM landmasses WHERE %s > 1000" % AREA, ["filter_cmp", "list"])
E(IS, "comparatives", "easy", "How many islands are smaller than 20 thousand square miles?",
  "SELECT COUNT(*) FROM landmasses WHERE %s < 20" % AREA, ["count", "filter_cmp"])

# ---------------------------------------------------------------- superlative_rows
E(FL, "superlative_rows", "easy", "Which county gave Bush the most votes?",
  "SELECT COUNTY, BUSH FROM florida_votes ORDER BY BUSH DESC LIMIT 1", ["top_n", "superlative"])
E(FL, "superlative_rows", "easy", "Which county had the fewest votes in total?",
  "SELECT COUNTY, TOTAL FROM florida_votes ORDER BY TOTAL ASC LIMIT 1", ["top_n", "superlative"])
E(FL, "superlative_rows", "easy", "In which county did Buchanan get the most votes?",
  "SELECT COUNTY, BUCHANAN FROM florida_votes ORDER BY BUCHANAN DESC LIMIT 1",
  ["top_n", "superlative"])
E(PR, "superlative_rows", "easy", "Which president's term started most recently?",
  "SELECT name, start FROM presidential_terms ORDER BY start DESC LIMIT 1", ["top_n", "superlative"])
E(PR, "superlative_rows", "hard", "Who had the shortest term?",
  "SELECT name, julianday(\"end\") - julianday(start) FROM presidential_terms ORDER BY 2 ASC LIMIT 1",
  ["top_n", "superlative", "arithmetic"])
E(FX, "superlative_rows", "easy", "On which day was the Deutsche mark at its highest?",
  "SELECT date, dm FROM fx_daily ORDER BY dm DESC LIMIT 1", ["top_n", "superlative"])
E(FX, "superlative_rows", "easy", "On which date was the pound strongest?",
  "SELECT date, bp FROM fx_daily ORDER BY bp DESC LIMIT 1", ["top_n", "superlative"])
E(FX, "superlative_rows", "medium", "Which weekday has the highest average yen rate?",
  "SELECT day, AVG(dy) FROM fx_daily GROUP BY day ORDER BY 2 DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(WG, "superlative_rows", "medium", "Which first language has the highest average wage?",
  "SELECT firstLanguage, AVG(hourlyWage) FROM slid_ontario WHERE firstLanguage IS NOT NULL "
  "GROUP BY firstLanguage ORDER BY 2 DESC LIMIT 1", ["top_n", "superlative", "group_by"])
E(WG, "superlative_rows", "medium", "Which age has the most respondents?",
  "SELECT ageYears, COUNT(*) FROM slid_ontario GROUP BY ageYears ORDER BY 2 DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(CI, "superlative_rows", "easy", "Which firm has the most interlocks?",
  "SELECT firm_no, interlocks FROM firms ORDER BY interlocks DESC LIMIT 1", ["top_n", "superlative"])
E(CI, "superlative_rows", "hard", "Which sector, by name, has the largest total assets?",
  "SELECT s.sector_name, SUM(f.assets_musd) FROM firms f JOIN sectors s ON s.sector = f.sector "
  "GROUP BY s.sector_name ORDER BY 2 DESC LIMIT 1", ["top_n", "superlative", "join", "group_by"])
E(CI, "superlative_rows", "medium", "Which nation's firms have the lowest average number of interlocks?",
  "SELECT nation, AVG(interlocks) FROM firms GROUP BY nation ORDER BY 2 ASC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(HU, "superlative_rows", "easy", "In which year was Lake Huron at its highest?",
  "SELECT Year, %s FROM lake_huron ORDER BY 2 DESC LIMIT 1" % LEVEL, ["top_n", "superlative"])
E(HU, "superlative_rows", "easy", "Which year had the lowest level?",
  "SELECT Year, %s FROM lake_huron ORDER BY 2 ASC LIMIT 1" % LEVEL, ["top_n", "superlative"])
E(RT, "superlative_rows", "easy", "Who is the oldest patient?",
  "SELECT PATIENT, AGE FROM patients ORDER BY AGE DESC LIMIT 1", ["top_n", "superlative"])
E(RT, "superlative_rows", "medium", "Which centre has the most patients?",
  "SELECT CENTRE, COUNT(*) FROM patients GROUP BY CENTRE ORDER BY 2 DESC LIMIT 1",
  ["top_n", "superlative", "group_by"])
E(IS, "superlative_rows", "easy", "Which landmass is the biggest?",
  "SELECT Landmass, %s FROM landmasses ORDER BY 2 DESC LIMIT 1" % AREA, ["top_n", "superlative"])
E(IS, "superlative_rows", "easy", "What is the smallest landmass in the list?",
  "SELECT Landmass, %s FROM landmasses ORDER BY 2 ASC LIMIT 1" % AREA, ["top_n", "superlative"])

# ---------------------------------------------------------------- arithmetic_periods
E(FL, "arithmetic_periods", "medium", "What is the difference between Bush's and Gore's statewide totals?",
  "SELECT SUM(BUSH) - SUM(GORE) FROM florida_votes", ["arithmetic", "aggregate"])
E(FL, "arithmetic_periods", "medium", "What is the ratio of Gore votes to Bush votes in Broward?",
  "SELECT GORE * 1.0 / BUSH FROM florida_votes WHERE COUNTY = 'BROWARD'", ["ratio", "arithmetic"])
E(FL, "arithmetic_periods", "medium", "What share of all votes did Nader get, as a percentage?",
  "SELECT 100.0 * SUM(NADER) / SUM(TOTAL) FROM florida_votes", ["percent", "arithmetic"])
E(PR, "arithmetic_periods", "medium", "In how many different years did a term begin?",
  "SELECT COUNT(DISTINCT strftime('%Y', start)) FROM presidential_terms", ["distinct", "date_part"])
E(PR, "arithmetic_periods", "medium", "How many days did Reagan serve?",
  "SELECT julianday(\"end\") - julianday(start) FROM presidential_terms WHERE name = 'Reagan'",
  ["arithmetic", "filter_eq"])
E(FX, "arithmetic_periods", "easy", "What was the range of the pound over the whole period?",
  "SELECT MAX(bp) - MIN(bp) FROM fx_daily", ["arithmetic", "aggregate"])
E(FX, "arithmetic_periods", "hard", "In how many months of 1985 did the pound go below 1.2?",
  "SELECT COUNT(DISTINCT strftime('%%m', date)) FROM fx_daily WHERE %s = '1985' AND bp < 1.2" % YEAR,
  ["distinct", "date_part", "filter_cmp"])
E(FX, "arithmetic_periods", "medium", "Average Swiss franc rate for each month across all years",
  "SELECT strftime('%m', date), AVG(sf) FROM fx_daily GROUP BY strftime('%m', date)",
  ["month_of_year", "group_by", "aggregate"])
E(FX, "arithmetic_periods", "medium", "In how many years was the yen above 0.005 at some point?",
  "SELECT COUNT(DISTINCT %s) FROM fx_daily WHERE dy > 0.005" % YEAR,
  ["distinct", "date_part", "filter_cmp"])
E(FX, "arithmetic_periods", "medium", "What is the ratio of the average pound rate to the average mark rate?",
  "SELECT AVG(bp) / AVG(dm) FROM fx_daily", ["ratio", "arithmetic"])
E(WG, "arithmetic_periods", "medium", "What is the difference between the average wage of men and women?",
  "SELECT AVG(CASE WHEN sex = 'Male' THEN hourlyWage END) - AVG(CASE WHEN sex = 'Female' THEN hourlyWage END) "
  "FROM slid_ontario", ["arithmetic", "aggregate"])
E(WG, "arithmetic_periods", "easy", "What is the age range of respondents?",
  "SELECT MAX(ageYears) - MIN(ageYears) FROM slid_ontario", ["arithmetic", "aggregate"])
E(CI, "arithmetic_periods", "easy", "Difference between the largest and smallest assets",
  "SELECT MAX(assets_musd) - MIN(assets_musd) FROM firms", ["arithmetic", "aggregate"])
E(CI, "arithmetic_periods", "hard",
  "What is the ratio of the average assets of Canadian-controlled firms to US-controlled ones?",
  "SELECT AVG(CASE WHEN nation = 'CAN' THEN assets_musd END) / AVG(CASE WHEN nation = 'US' THEN assets_musd END) "
  "FROM firms", ["ratio", "arithmetic", "value_synonym"])
E(HU, "arithmetic_periods", "easy", "Difference between the highest and lowest lake level",
  "SELECT MAX(%s) - MIN(%s) FROM lake_huron" % (LEVEL, LEVEL), ["arithmetic", "aggregate"])
E(HU, "arithmetic_periods", "medium", "Average level for each decade",
  "SELECT (Year / 10) * 10, AVG(%s) FROM lake_huron GROUP BY Year / 10" % LEVEL,
  ["group_by", "aggregate", "date_part"])
E(HU, "arithmetic_periods", "medium", "In how many years of the 1930s was the level below 578?",
  "SELECT COUNT(*) FROM lake_huron WHERE Year BETWEEN 1930 AND 1939 AND %s < 578" % LEVEL,
  ["count", "between", "filter_cmp"])
E(RT, "arithmetic_periods", "medium", "What percentage of visits had a good status?",
  "SELECT 100.0 * SUM(STATUS = 'good') / COUNT(*) FROM visits", ["percent", "arithmetic"])
E(IS, "arithmetic_periods", "medium", "What is the ratio of Asia's area to Europe's?",
  "SELECT (SELECT %s FROM landmasses WHERE Landmass = 'Asia') * 1.0 / "
  "(SELECT %s FROM landmasses WHERE Landmass = 'Europe')" % (AREA, AREA), ["ratio", "subquery"])

# ---------------------------------------------------------------- charts
CHART(FX, "easy", "Plot the pound rate over time.",
      "SELECT date, bp FROM fx_daily ORDER BY date", ["time_series", "order"], order=True)
CHART(FX, "medium", "Chart the yearly average Deutsche mark rate.",
      "SELECT %s, AVG(dm) FROM fx_daily GROUP BY %s ORDER BY %s" % (YEAR, YEAR, YEAR),
      ["time_series", "order", "date_part"], order=True)
SCATTER(FX, "easy", "Scatter the Deutsche mark against the Swiss franc.",
        "SELECT dm, sf FROM fx_daily")
SCATTER(FX, "easy", "Plot the Canadian dollar vs the British pound",
        "SELECT cd, bp FROM fx_daily")
CHART(HU, "easy", "Plot the lake level over the years.",
      "SELECT Year, %s FROM lake_huron ORDER BY Year" % LEVEL, ["time_series", "order"], order=True)
CHART(HU, "medium", "Plot the average lake level per decade",
      "SELECT (Year / 10) * 10, AVG(%s) FROM lake_huron GROUP BY Year / 10 ORDER BY Year / 10" % LEVEL,
      ["time_series", "order", "group_by"], order=True)
SCATTER(FL, "easy", "Plot Bush votes against Gore votes by county",
        "SELECT BUSH, GORE FROM florida_votes")
SCATTER(FL, "easy", "Scatter plot of Nader votes vs total votes",
        "SELECT NADER, TOTAL FROM florida_votes")
CHART(FL, "medium", "Bar chart of the total votes of the 10 largest counties",
      "SELECT COUNTY, TOTAL FROM florida_votes ORDER BY TOTAL DESC LIMIT 10", ["top_n"])
CHART(WG, "easy", "Bar chart of the average wage by sex",
      "SELECT sex, AVG(hourlyWage) FROM slid_ontario GROUP BY sex", ["group_by", "aggregate"])
CHART(WG, "medium", "Chart the number of respondents at each age",
      "SELECT ageYears, COUNT(*) FROM slid_ontario GROUP BY ageYears", ["group_by", "count", "distribution"])
CHART(CI, "easy", "Bar chart of the number of firms per nation",
      "SELECT nation, COUNT(*) FROM firms GROUP BY nation", ["group_by", "count"])
SCATTER(CI, "easy", "Plot assets against interlocks",
        "SELECT assets_musd, interlocks FROM firms")
CHART(CI, "easy", "Chart the average interlocks per sector",
      "SELECT sector, AVG(interlocks) FROM firms GROUP BY sector", ["group_by", "aggregate"])
CHART(PR, "easy", "Bar chart of the number of terms per party",
      "SELECT party, COUNT(*) FROM presidential_terms GROUP BY party", ["group_by", "count"])
CHART(RT, "easy", "Bar chart of patients by treatment",
      "SELECT TREATMENT, COUNT(*) FROM patients GROUP BY TREATMENT", ["group_by", "count"])
CHART(RT, "medium", "Chart the number of good statuses at each visit",
      "SELECT VISIT, COUNT(*) FROM visits WHERE STATUS = 'good' GROUP BY VISIT",
      ["group_by", "count", "filter_eq"])
CHART(IS, "medium", "Bar chart of the areas of landmasses larger than 1000 thousand square miles",
      "SELECT Landmass, %s FROM landmasses WHERE %s > 1000" % (AREA, AREA), ["filter_cmp"])

# ---------------------------------------------------------------- counting_listing
E(FL, "counting_listing", "easy", "List every county.",
  "SELECT COUNTY FROM florida_votes", ["list"])
E(FL, "counting_listing", "medium", "Show all counties where Gore got more votes than Bush",
  "SELECT COUNTY FROM florida_votes WHERE GORE > BUSH", ["list", "column_compare"])
E(FL, "counting_listing", "easy", "How many records are there for Alachua?",
  "SELECT COUNT(*) FROM florida_votes WHERE COUNTY = 'ALACHUA'", ["count", "filter_eq"])
E(PR, "counting_listing", "easy", "List all presidents with their party.",
  "SELECT name, party FROM presidential_terms", ["list"])
E(PR, "counting_listing", "easy", "How many records for Bush?",
  "SELECT COUNT(*) FROM presidential_terms WHERE name = 'Bush'", ["count", "filter_eq"])
E(FX, "counting_listing", "easy", "How many records are there for 1987?",
  "SELECT COUNT(*) FROM fx_daily WHERE %s = '1987'" % YEAR, ["count", "date_part"])
E(FX, "counting_listing", "medium", "List the dates in May 1987 with their pound rate",
  "SELECT date, bp FROM fx_daily WHERE date BETWEEN '1987-05-01' AND '1987-05-31'",
  ["list", "date_range"])
E(FX, "counting_listing", "easy", "How many entries are there for Wednesdays?",
  "SELECT COUNT(*) FROM fx_daily WHERE day = 'wednesday'", ["count", "filter_eq", "value_synonym"])
E(WG, "counting_listing", "medium", "How many records have no first language?",
  "SELECT COUNT(*) FROM slid_ontario WHERE firstLanguage IS NULL", ["count", "null_check"])
E(WG, "counting_listing", "medium", "How many rows are there for French speakers under 20?",
  "SELECT COUNT(*) FROM slid_ontario WHERE firstLanguage = 'French' AND ageYears < 20",
  ["count", "multi_filter", "filter_cmp"])
E(CI, "counting_listing", "easy", "List every sector with its name.",
  "SELECT sector, sector_name FROM sectors", ["list"])
E(CI, "counting_listing", "easy", "Show all firms in the CON sector",
  "SELECT firm_no FROM firms WHERE sector = 'CON'", ["list", "filter_eq", "code_value"])
E(CI, "counting_listing", "easy", "How many firms are there for each nation?",
  "SELECT nation, COUNT(*) FROM firms GROUP BY nation", ["count", "group_by"])
E(HU, "counting_listing", "easy", "List the years with a level above 581 feet",
  "SELECT Year FROM lake_huron WHERE %s > 581" % LEVEL, ["list", "filter_cmp"])
E(RT, "counting_listing", "medium", "List the patients of centre 1 who are women",
  "SELECT PATIENT FROM patients WHERE CENTRE = 1 AND SEX = 'F'",
  ["list", "multi_filter", "value_synonym"])
E(RT, "counting_listing", "easy", "How many visit records are there for patient C1-07?",
  "SELECT COUNT(*) FROM visits WHERE PATIENT = 'C1-07'", ["count", "filter_eq"])
E(RT, "counting_listing", "medium", "How many patients are there per centre and treatment?",
  "SELECT CENTRE, TREATMENT, COUNT(*) FROM patients GROUP BY CENTRE, TREATMENT", ["count", "group_by"])
E(IS, "counting_listing", "easy", "List all landmasses with their areas.",
  "SELECT Landmass, %s FROM landmasses" % AREA, ["list"])
E(IS, "counting_listing", "medium", "Show every landmass with 'New' in its name",
  "SELECT Landmass FROM landmasses WHERE Landmass LIKE '%New%'", ["list", "like"])

# ---------------------------------------------------------------- context_words
E(FL, "context_words", "easy", "According to this data, how many votes did Gore get across the whole state?",
  "SELECT SUM(GORE) FROM florida_votes", ["aggregate"])
E(FL, "context_words", "easy", "Overall, how many votes were cast in Florida?",
  "SELECT SUM(TOTAL) FROM florida_votes", ["aggregate"])
E(FL, "context_words", "medium", "All counties combined, how many votes did Browne and Hagelin get together?",
  "SELECT SUM(BROWNE + HAGELIN) FROM florida_votes", ["aggregate", "arithmetic"])
E(FX, "context_words", "hard", "How much did the pound fall from 1980 to 1985?",
  "SELECT (SELECT AVG(bp) FROM fx_daily WHERE %s = '1980') - (SELECT AVG(bp) FROM fx_daily WHERE %s = '1985')"
  % (YEAR, YEAR), ["change", "subquery", "date_part"])
E(FX, "context_words", "hard", "By how much did the yen rise from 1984 to 1986?",
  "SELECT (SELECT AVG(dy) FROM fx_daily WHERE %s = '1986') - (SELECT AVG(dy) FROM fx_daily WHERE %s = '1984')"
  % (YEAR, YEAR), ["change", "subquery", "date_part"])
E(FX, "context_words", "medium", "What did a Swiss franc cost in US dollars on average over the whole period?",
  "SELECT AVG(sf) FROM fx_daily", ["aggregate"])
E(FX, "context_words", "medium", "What was the dollar price of a Canadian dollar on 1986-12-31?",
  "SELECT cd FROM fx_daily WHERE date = '1986-12-31'", ["filter_eq", "date_value"])
E(WG, "context_words", "easy", "Across all respondents, what is the most years of schooling anyone has?",
  "SELECT MAX(educationYears) FROM slid_ontario", ["aggregate"])
E(WG, "context_words", "easy", "Among all the people surveyed, what is the average age of French speakers?",
  "SELECT AVG(ageYears) FROM slid_ontario WHERE firstLanguage = 'French'",
  ["aggregate", "filter_eq", "value_synonym"])
E(CI, "context_words", "easy", "Across the whole sample, what are the total assets?",
  "SELECT SUM(assets_musd) FROM firms", ["aggregate"])
E(CI, "context_words", "hard", "How many shared directorships does the best-connected bank have?",
  "SELECT MAX(interlocks) FROM firms WHERE sector = 'BNK'", ["aggregate", "filter_eq", "value_synonym"])
E(HU, "context_words", "medium", "How much did the lake drop from 1876 to 1964?",
  "SELECT (SELECT %s FROM lake_huron WHERE Year = 1876) - (SELECT %s FROM lake_huron WHERE Year = 1964)"
  % (LEVEL, LEVEL), ["change", "subquery"])
E(HU, "context_words", "medium", "By how much did the water level rise between 1964 and 1972?",
  "SELECT (SELECT %s FROM lake_huron WHERE Year = 1972) - (SELECT %s FROM lake_huron WHERE Year = 1964)"
  % (LEVEL, LEVEL), ["change", "subquery"])
E(HU, "context_words", "easy", "What is the lake's average height over the whole record?",
  "SELECT AVG(%s) FROM lake_huron" % LEVEL, ["aggregate"])
E(RT, "context_words", "easy", "In this trial, how many patients were enrolled at centre 2?",
  "SELECT COUNT(*) FROM patients WHERE CENTRE = 2", ["count", "filter_eq"])
E(RT, "context_words", "easy", "Overall, how many visits were rated poor across both centres?",
  "SELECT COUNT(*) FROM visits WHERE STATUS = 'poor'", ["count", "filter_eq"])
E(PR, "context_words", "hard", "According to the table, which party held the presidency on 1975-01-01?",
  "SELECT party FROM presidential_terms WHERE start <= '1975-01-01' AND \"end\" > '1975-01-01'",
  ["date_range", "filter_cmp", "multi_filter"])
E(IS, "context_words", "easy", "Of all the world's major landmasses listed, what is the average area?",
  "SELECT AVG(%s) FROM landmasses" % AREA, ["aggregate"])

if __name__ == "__main__":
    S.write()
