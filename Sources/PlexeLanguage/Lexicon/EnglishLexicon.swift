/// The built-in English vocabulary: phrases that are not schema names, with their meaning.
///
/// Phrases are matched on singular lowercase word forms, longest first, so "how many" wins
/// over "many" and "at least" over "least". The list is deliberately about questions on
/// tables in general; nothing here names a particular dataset.
enum EnglishLexicon {
    /// Phrase (singular lowercase words) → meaning, grouped by first word, longest first.
    static let phrasesByFirstWord: [String: [(words: [String], keyword: Keyword)]] = {
        var table: [String: [(order: Int, words: [String], keyword: Keyword)]] = [:]
        for (order, (phrase, keyword)) in entries.enumerated() {
            let words = Tokenizer.tokenize(phrase).map(\.lemma)
            guard let first = words.first else { continue }
            table[first, default: []].append((order, words, keyword))
        }
        // Longest phrase first; among equals, the one listed first.
        return table.mapValues { list in
            list.sorted { ($0.words.count, -$0.order) > ($1.words.count, -$1.order) }.map { ($0.words, $0.keyword) }
        }
    }()

    static let monthNames: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Month words that are also ordinary English and count as months only next to a year
    /// or after a date preposition ("in May 2023", not "may I see").
    static let weakMonthWords: Set<String> = ["may", "mar", "dec", "jan", "sep", "oct", "nov", "jun", "jul", "aug", "apr", "feb"]

    private static let entries: [(String, Keyword)] = {
        var e: [(String, Keyword)] = []
        func add(_ keyword: Keyword, _ phrases: String...) { for p in phrases { e.append((p, keyword)) } }

        add(
            .count, "how many", "how many time", "number of", "total number of", "count", "count of",
            "tally", "how often")
        add(.aggregate(.average), "average", "avg", "mean", "typical", "average of", "mean of")
        add(.onAverage, "on average", "on the average", "in average")
        add(.aggregate(.sum), "total", "sum", "sum of", "sum total", "summed", "total of", "cumulative", "sum up", "add up", "sum up the")
        add(.inTotal, "in total", "combined", "altogether", "all together", "in sum", "overall")
        add(.howMuch, "how much", "how far")
        add(
            .extreme(.descending, .magnitude), "highest", "maximum", "max", "biggest", "largest", "most",
            "greatest", "peak", "max.", "top-most", "best", "record high")
        add(
            .extreme(.ascending, .magnitude), "lowest", "minimum", "min", "smallest", "least", "fewest",
            "worst", "record low")
        add(.extreme(.descending, .time), "latest", "most recent", "newest", "last", "most recently")
        add(.extreme(.ascending, .time), "earliest", "first", "least recent")
        add(
            .extreme(.descending, .frequency), "most common", "most frequent", "most popular", "commonest",
            "most often", "most frequently", "most used", "most commonly")
        add(
            .extreme(.ascending, .frequency), "least common", "least frequent", "least popular", "rarest",
            "least often", "least used", "least frequently")

        add(
            .compare(.greater), "more than", "greater than", "higher than", "larger than", "bigger than",
            "over", "above", "exceeding", "exceed", "exceeds", "exceeded", "surpassing", "greater then", "more then", "later than", ">",
            "in excess of", "upwards of", "beyond")
        add(
            .compare(.greaterOrEqual), "at or above", "at or over", "at or higher than", "at or more than", "at least", "no less than",
            "not less than", ">=", "a minimum of", "no fewer than", "not fewer than")
        add(
            .compare(.less), "less than", "fewer than", "lower than", "smaller than", "under", "below",
            "earlier than", "<", "beneath")
        add(
            .compare(.lessOrEqual), "at or below", "at or under", "at or lower than", "at or less than", "at most", "no more than", "not more than",
            "up to", "<=", "a maximum of", "not over", "not above")
        add(
            .compare(.equal), "coded as", "encoded as", "recorded as", "marked as", "set to", "listed as", "equal to", "equals", "equal", "exactly",
            "=", "is equal to", "precisely")
        add(.compare(.notEqual), "other than", "<>", "!=", "not equal to", "different from", "different than")
        add(
            .postfixCompare(.greaterOrEqual), "or more", "or greater", "or higher", "or above", "or over",
            "and above", "and over", "and up", "or later", "and more", "and higher", "or bigger", "or larger", "plus")
        add(
            .postfixCompare(.lessOrEqual), "or less", "or fewer", "or lower", "or below", "or under",
            "and below", "and under", "or earlier", "and less", "and lower", "or smaller")
        add(.adjective(.age, .descending), "or older", "and older")
        add(.adjective(.age, .ascending), "or younger", "and younger")
        add(.signed(.less), "negative", "below zero", "in the red", "loss-making", "lossmaking")
        add(.signed(.greater), "positive", "above zero", "profitable")
        add(.between, "between", "in the range", "in range", "ranging from")
        add(.than, "than")
        add(.and, "and", ",", "as well as", "&", "along with", "but")
        add(.or, "or", "either", "and/or")

        add(
            .groupBy, "by", "per", "for each", "in each", "each", "for every", "every", "grouped by",
            "group by", "broken down by", "break down by", "breakdown by", "split by", "by each",
            "within each", "of each", "across each", "on each", "at each",
            "among each", "separately for each", "for the different", "for different", "in every",
            "from each", "for the various")
        add(
            .orderBy, "sorted by", "sort by", "ordered by", "ranked by", "rank by", "sorted",
            "ranked", "sort", "rank", "arranged by", "in order of", "organized by", "sorted in", "ordered in",
            "ordered", "ordered from", "sorted from", "ranked from", "listed from")
        add(
            .direction(.descending, alphabetical: false), "descending", "desc", "in descending order",
            "from highest to lowest", "highest to lowest", "from largest to smallest", "largest to smallest",
            "biggest to smallest", "from most to least", "most to least", "highest first", "largest first",
            "biggest first", "most first", "newest first", "latest first", "most recent first",
            "descending order", "high to low", "from high to low", "decreasing", "in decreasing order",
            "from the highest", "starting with the highest", "starting from the highest")
        add(
            .direction(.ascending, alphabetical: false), "ascending", "asc", "in ascending order",
            "from lowest to highest", "lowest to highest", "from smallest to largest", "smallest to largest",
            "from least to most", "least to most", "lowest first", "smallest first", "fewest first",
            "least first", "earliest first", "oldest first", "ascending order", "low to high",
            "from low to high", "increasing", "in increasing order", "chronologically",
            "in chronological order", "chronological order", "from the lowest", "starting with the lowest")
        add(
            .direction(.ascending, alphabetical: true), "alphabetically", "in alphabetical order",
            "alphabetical order", "alphabetical", "a to z", "from a to z", "a-z")
        add(.direction(.descending, alphabetical: true), "reverse alphabetical order", "z to a", "from z to a")
        add(.top(.descending), "top", "highest-ranked")
        add(.top(.ascending), "bottom")

        add(.question(.which), "which", "which of the")
        add(.question(.what), "what")
        add(
            .filler, "at least once", "at any time", "according to", "what are", "what is", "what's", "what were", "what was", "what kind of",
            "what type of")
        add(.question(.who), "who", "whom", "who are", "who were", "who is")
        add(
            .show, "list", "show", "display", "give", "get", "find", "return", "tell", "see", "provide",
            "fetch", "retrieve", "print", "output", "report", "view", "enumerate", "identify", "select",
            "pull", "look up", "show me", "give me", "tell me", "let me see", "i want", "i need",
            "i would like", "i'd like", "can you", "could you", "please", "name all", "what about", "name the",
            "name each", "name every")
        add(
            .negation, "not", "no", "never", "non", "without", "excluding", "except", "except for", "out of",
            "neither", "nor", "none", "isnt", "didnt", "aren't", "exclude", "apart from", "but not", "minus",
            "outside", "outside of", "excluded")
        add(
            .missing, "missing", "null", "empty", "blank", "unknown", "absent", "unrecorded",
            "unspecified", "undefined", "lacking", "lack", "nan", "not recorded", "not known",
            "not provided", "not available", "not specified", "not set", "not filled", "no value",
            "no data", "not given", "not filled in", "unavailable", "not listed")
        add(
            .recorded, "recorded", "measured", "known", "present", "available", "provided", "filled", "filled in",
            "specified", "listed", "populated", "not null", "not missing", "not empty",
            "not blank", "on record", "on file")
        add(.with, "with", "having", "that have", "which have", "that has", "which has")
        add(.have, "have", "has", "had", "having had", "got", "own", "owns", "possess")
        add(.distinct, "distinct", "different", "unique", "various", "individual", "separate", "diverse")
        add(
            .percent(.percentage), "percentage", "percent", "per cent", "%", "pct", "percentage of", "percent of",
            "as a percentage", "as percentage", "in percent", "as a percent", "share", "share of")
        add(.percent(.rate), "rate")
        add(.percent(.fraction), "proportion", "fraction", "ratio", "proportion of", "fraction of")
        add(
            .chart(.plot), "plot", "chart", "graph", "draw", "visualize", "visualise", "visualization",
            "visualisation", "diagram", "sketch", "plotted", "charted", "graphed", "visualized", "visualised",
            "a plot of", "a chart of", "a graph of")
        add(.chart(.distribution), "distribution", "distributed")
        add(.chart(.histogram), "histogram", "a histogram of")
        add(.chart(.barChart), "bar chart", "bar graph", "bar plot", "column chart")
        add(.chart(.lineChart), "line chart", "line graph", "line plot")
        add(
            .chart(.trend), "trend", "over time", "time series", "trends", "evolution", "evolve", "change over time",
            "over the years", "over the year", "through the years", "across the years", "year by year", "through time",
            "across time", "over the period", "over the months", "over the weeks", "over the days")
        add(
            .chart(.scatter), "scatter", "scatter plot", "scatterplot", "scatter chart", "scatter graph", "scatter diagram",
            "relationship between", "relation between", "relationship of", "correlation between", "correlation of")
        add(.chart(.pieChart), "pie chart", "pie graph", "donut chart")
        add(.datePart(.decade), "decade", "decades")
        add(.datePart(.year), "year", "yearly", "annual", "annually", "calendar year", "years", "yr")
        add(.datePart(.quarter), "quarter", "quarterly")
        add(.datePart(.month), "month", "monthly", "month of the year", "calendar month")
        add(.datePart(.week), "week", "weekly")
        add(.datePart(.day), "day", "daily")
        add(.datePart(.weekday), "weekday", "day of week", "day of the week", "weekdays", "days of the week")
        add(.datePart(.hour), "hour", "hourly", "hour of the day", "hour of day")
        add(.dateRelation(.during), "in", "during", "within", "for", "throughout", "of")
        add(.dateRelation(.since), "since", "as of", "starting", "starting from", "starting in", "beginning", "onwards", "from")
        add(.dateRelation(.after), "after", "later than")
        add(.dateRelation(.before), "before", "prior to", "earlier than", "until before", "ahead of")
        add(.dateRelation(.until), "until", "till", "through", "up until", "up till", "by the end of", "no later than", "to")
        add(.dateRelation(.on), "on", "at")
        add(.versus, "versus", "vs", "compared to", "compared with", "against", "as opposed to")
        add(.adjective(.age, .descending), "old", "older", "oldest", "aged", "elderly", "senior")
        add(.adjective(.age, .ascending), "young", "younger", "youngest", "junior")
        add(.ageUnit, "year old", "years old", "year of age", "years of age", "yrs", "yrs old", "y/o", "year-old")
        add(
            .adjective(.price, .descending), "expensive", "more expensive", "most expensive", "pricier", "priciest", "costlier", "costliest", "pricey"
        )
        add(.adjective(.price, .ascending), "cheap", "cheaper", "cheapest", "less expensive", "least expensive", "inexpensive")
        add(.adjective(.length, .descending), "long", "longer", "longest")
        add(.adjective(.length, .ascending), "short", "shorter", "shortest")
        add(.adjective(.height, .descending), "tall", "taller", "tallest")
        add(.adjective(.weight, .descending), "heavy", "heavier", "heaviest")
        add(.adjective(.weight, .ascending), "light", "lighter", "lightest")
        add(.adjective(.temperature, .descending), "hot", "hotter", "hottest", "warm", "warmer", "warmest")
        add(.adjective(.temperature, .ascending), "cold", "colder", "coldest", "cool", "cooler", "coolest")
        add(.adjective(.wind, .descending), "windy", "windier", "windiest")
        add(.adjective(.rain, .descending), "rainy", "rainier", "rainiest", "wet", "wetter", "wettest")
        add(.adjective(.speed, .descending), "fast", "faster", "fastest", "quick", "quicker", "quickest")
        add(.adjective(.speed, .ascending), "slow", "slower", "slowest")
        add(.adjective(.wealth, .descending), "rich", "richer", "richest", "wealthy", "wealthier", "wealthiest")
        add(.adjective(.wealth, .ascending), "poor", "poorer", "poorest")
        add(.adjective(.time, .descending), "recent", "more recent", "newer", "later")
        add(.adjective(.time, .ascending), "earlier", "older than the")
        add(
            .verb(.spend), "spend", "spent", "spending", "pay", "paid", "paying", "spends", "pays",
            "cost", "costs", "charged", "charge", "generated", "generate", "brought in", "bring in",
            "revenue", "revenues", "sales", "turnover", "spend", "money")
        add(.verb(.worth), "worth")
        add(.verb(.earn), "earn", "earned", "earning", "earns", "make money", "makes money", "made money")
        add(
            .verb(.sell), "sold", "sell", "sells", "selling", "sale", "bought", "buy", "purchased",
            "ordered units")
        add(.ordinal(1), "1st")
        add(.ordinal(2), "second", "2nd")
        add(.ordinal(3), "third", "3rd")
        add(.ordinal(4), "fourth", "4th")
        add(.ordinal(5), "fifth", "5th")
        add(.textMatch(.suffix), "ending in", "ending with", "ends with", "end with", "ends in", "that end with", "whose name ends with")
        add(.textMatch(.prefix), "starting with", "starts with", "beginning with", "begins with", "start with", "that start with")
        add(.textMatch(.contains), "containing", "contains", "contain", "that contain", "including the word", "with the word", "like")
        add(.agent(.spend), "spender", "spenders", "payer", "payers", "big spenders", "biggest spenders")
        add(.agent(.earn), "earner", "earners", "top earners")
        add(.agent(.sell), "seller", "sellers", "best sellers", "bestsellers", "best-sellers", "buyer", "buyers")
        add(.named, "named", "called", "titled", "whose name is", "with the name", "by the name of")
        add(
            .rowsNoun, "record", "row", "entry", "line", "observation", "sample", "instance", "reading", "measurement", "data point", "people",
            "person", "data point", "case", "thing", "ones", "user", "client", "member", "subscriber", "shopper",
            "account", "individual", "item in the data", "event", "incident", "occurrence")
        for noun in studyRowNouns { add(.rowsNoun, noun) }
        add(.relative, "who", "that", "whose", "where", "whom", "which are", "that are", "who are", "when")
        for word in fillerWords { e.append((word, .filler)) }
        return e
    }()

    /// The units of a study or survey ("how many specimens"): the rows of any table when no
    /// column or value claims the word (a schema match wins over this weak keyword). Not
    /// "trial" (often the whole study: "before the trial started") nor "participant", which
    /// WordNet already links to a person.
    static let studyRowNouns: [String] = ["experiment", "specimen", "respondent", "subject"]

    /// Words that carry no meaning for the query. Kept to function words and light verbs: a
    /// word that could change the answer must not be ignored silently.
    private static let fillerWords: [String] = """
        the a an of is are was were be been being am do does did done there their they them it its \
        this these those i me my we our you your can could would will should shall might must want \
        need like know to for in on at from into within as across among amongst along about also \
        just only all any some ever currently current now still so then data dataset database table \
        tables result results overall altogether both respectively made make makes making happen \
        happened happens occur occurred occurs took take taken place placed come came comes go went \
        appear appears appeared use used uses using via through up out here exist exists existed \
        belong belongs belonging associated related get got his her whose if much many including \
        include includes included counting considering consider same own us him figure figures \
        please kindly whole entire everything anything something given stand stands information info \
        details detail stats statistic statistics summary breakdown look looking around roughly \
        approximately exactly specifically separately individually together say said again well \
        really actually basically yet already while whereas however therefore thus hence other \
        another others such new existing still single served serve serving compare compared comparison \
        contrast respective mm cm km kg lb lbs dollars dollar usd eur euros euro bucks degrees degree celsius \
        fahrenheit bring brings brought attract attracts attracted produce produces produced \
        account accounts contribute contributes contributed drive drives yield yields generate generates \
        record recorded registered logged entered joined join joins live lives living lived based \
        reside resides situated located belonging being currently presently work works worked \
        working run runs ran running manage manages managed handle handles handled own owned lead \
        leads led assigned assign start started starts end ended ends happen take takes \
        reach reached reaches reaching attain attained attains anyone anybody someone somebody according hold holds taking \
        once
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}
