/// Country names and their ISO 3166 codes, so "Canada" finds `CA` and "Japan" finds `JP` in a
/// column that stores codes (and "CA" finds "Canada" in one that stores names).
///
/// Built in because country columns are common in uploaded data and written either way; the
/// table is the one piece of world knowledge the engine carries.
enum CountryNames {
    struct Country: Sendable {
        /// ISO 3166-1 alpha-2 and alpha-3 codes, plus codes in common use (`UK`).
        let codes: [String]
        /// Lowercase names and short forms.
        let names: [String]
    }

    static let all: [Country] = {
        let rows: [(String, String)] = [
            ("US USA", "united states|united states of america|america|the us|the usa|the states|u.s.|u.s.a.|american|americans"),
            ("GB GBR UK", "united kingdom|great britain|britain|england|the uk|the united kingdom|scotland|wales|british|english|brits"),
            ("CA CAN", "canada|canadian|canadians"), ("DE DEU", "germany|deutschland|german|germans"), ("FR FRA", "france|french"),
            ("AU AUS", "australia|australian|australians"), ("IN IND", "india|indian|indians"), ("BR BRA", "brazil|brasil|brazilian|brazilians"),
            ("MX MEX", "mexico|mexican|mexicans"), ("JP JPN", "japan|japanese"), ("NL NLD", "netherlands|the netherlands|holland|dutch"),
            ("ES ESP", "spain|españa|spanish|spaniards"), ("IT ITA", "italy|italian|italians"), ("CN CHN", "china|chinese"),
            ("RU RUS", "russia|russian federation|russian|russians"),
            ("KR KOR", "south korea|korea|republic of korea|korean|koreans"), ("KP PRK", "north korea"),
            ("SE SWE", "sweden|swedish|swedes"), ("NO NOR", "norway|norwegian|norwegians"), ("DK DNK", "denmark|danish"),
            ("FI FIN", "finland|finnish"),
            ("IS ISL", "iceland"), ("IE IRL", "ireland|irish"), ("PT PRT", "portugal|portuguese"), ("BE BEL", "belgium|belgian|belgians"),
            ("CH CHE", "switzerland|swiss"), ("AT AUT", "austria|austrian|austrians"), ("PL POL", "poland|polish"),
            ("CZ CZE", "czech republic|czechia"),
            ("SK SVK", "slovakia"), ("HU HUN", "hungary"), ("RO ROU", "romania"), ("BG BGR", "bulgaria"),
            ("GR GRC", "greece|greek|greeks"), ("TR TUR", "turkey|türkiye|turkish"), ("UA UKR", "ukraine"), ("HR HRV", "croatia"),
            ("RS SRB", "serbia"), ("SI SVN", "slovenia"), ("LT LTU", "lithuania"), ("LV LVA", "latvia"),
            ("EE EST", "estonia"), ("LU LUX", "luxembourg"), ("NZ NZL", "new zealand|new zealander|new zealanders"),
            ("ZA ZAF", "south africa|south african|south africans"),
            ("EG EGY", "egypt"), ("NG NGA", "nigeria"), ("KE KEN", "kenya"), ("MA MAR", "morocco"),
            ("AR ARG", "argentina|argentinian|argentine|argentinians"), ("CL CHL", "chile"), ("CO COL", "colombia"), ("PE PER", "peru"),
            ("VE VEN", "venezuela"), ("UY URY", "uruguay"), ("EC ECU", "ecuador"), ("BO BOL", "bolivia"),
            ("PY PRY", "paraguay"), ("CU CUB", "cuba"), ("CR CRI", "costa rica"), ("PA PAN", "panama"),
            ("SA SAU", "saudi arabia"), ("AE ARE", "united arab emirates|uae|the uae|emirates"),
            ("IL ISR", "israel"), ("IR IRN", "iran"), ("IQ IRQ", "iraq"), ("PK PAK", "pakistan"),
            ("BD BGD", "bangladesh"), ("LK LKA", "sri lanka"), ("NP NPL", "nepal"), ("TH THA", "thailand"),
            ("VN VNM", "vietnam|viet nam"), ("MY MYS", "malaysia"), ("SG SGP", "singapore"),
            ("ID IDN", "indonesia"), ("PH PHL", "philippines|the philippines"), ("TW TWN", "taiwan"),
            ("HK HKG", "hong kong"), ("QA QAT", "qatar"), ("KW KWT", "kuwait"), ("JO JOR", "jordan"),
            ("LB LBN", "lebanon"), ("DZ DZA", "algeria"), ("TN TUN", "tunisia"), ("GH GHA", "ghana"),
            ("ET ETH", "ethiopia"), ("TZ TZA", "tanzania"), ("UG UGA", "uganda"), ("ZW ZWE", "zimbabwe"),
            ("KZ KAZ", "kazakhstan"), ("CY CYP", "cyprus"), ("MT MLT", "malta"),
        ]
        return rows.map { codes, names in
            Country(
                codes: codes.split(separator: " ").map(String.init),
                names: names.split(separator: "|").map(String.init))
        }
    }()

    /// Country by any of its codes (uppercase) or lowercase names.
    static let byKey: [String: Country] = {
        var map: [String: Country] = [:]
        for country in all {
            for code in country.codes { map[code] = country }
            for name in country.names { map[name] = country }
        }
        return map
    }()
}
