/// What titles and group nouns say about an actor's PLOVER sector.
enum RoleLexicon {
    /// Sector for a title's head word or a word of an organisation's name.
    static let sectorByWord: [String: String] = {
        var m: [String: String] = [:]
        func add(_ sector: String, _ words: String) { for w in words.split(separator: " ") { m[String(w)] = sector } }
        add("GOV", """
            minister ministers secretary secretaries ambassador ambassadors envoy envoys diplomat diplomats president \
            presidents premier chancellor king queen prince emir sultan monarch leader leaders spokesman spokeswoman \
            spokesperson official officials governor mayor ministry government cabinet administration delegation \
            delegations negotiator negotiators counselor adviser advisor consul attache representative representatives \
            undersecretary commissioner presidential embassy state department council regime authorities authority \
            team
            """)
        add("LEG", "senator senators lawmaker lawmakers legislator legislators congressman congresswoman parliament parliamentarian mp mps senate congress assembly speaker")
        add("MIL", "general generals admiral colonel commander commanders soldier soldiers troops army navy military forces marines defense defence officer officers airforce jets warships aircraft helicopters servicemen bulldozers warplanes tanks gunboats gunships commandos paratroopers sailors peacekeepers")
        // a lieutenant, a captain or a sergeant may be police as well: those ranks give no sector
        add("MIL", "gen. col. maj. adm. brig. cmdr. brigadier")
        add("LEG", "sen. rep.")
        add("GOV", "gov.")
        add("COP", "police policeman policemen policewoman guards patrol gendarmes gendarmerie")
        add("JUD", "judge judges prosecutor prosecutors court justice tribunal")
        add("JRN", "reporter reporters journalist journalists correspondent correspondents editor anchor photographer news newspaper agency broadcaster")
        add("BUS", "ceo executive executives businessman company firm corporation bank chairman")
        add("REB", "rebel rebels militant militants insurgent insurgents guerrilla guerrillas guerillas gunmen militiamen fighters separatists bombers extremists")
        add("CVL", "protester protesters activist activists citizens civilians residents demonstrators villagers people immigrants youths children women men worshippers pilgrims tourists rioters crowds landowners elders")
        add("LAB", "workers unions union strikers")
        add("REL", "cleric clerics imam bishop pope priest")
        add("OPP", "opposition dissident dissidents")
        add("PTY", "party")
        add("EDU", "professor university scholar researcher student students teacher teachers")
        add("AGR", "farmer farmers peasant peasants")
        // peoples named as groups: "Iraqi Kurds", "ethnic Albanians", "Jewish settlers"
        add("CVL", """
            kurds shiites sunnis tamils albanians serbs croats muslims moslems christians jews arabs palestinians hindus \
            sikhs pashtuns hutus tutsis uighurs uyghurs rohingya druze settlers inhabitants
            """)
        add("MED", "doctor doctors hospital")
        add("REF", "refugee refugees")
        return m
    }()

    /// Words that, after a nationality, make a group actor ("American officials", "Japanese troops").
    static let groupNouns: Set<String> = [
        "officials", "diplomats", "leaders", "negotiators", "delegation", "team", "troops", "soldiers", "forces",
        "hostages", "citizens", "nationals", "prisoners", "detainees", "journalists", "reporters", "protesters",
        "authorities", "government", "military", "navy", "army", "police", "lawmakers", "envoys", "officers",
        "fishermen", "workers", "students", "activists", "rebels", "militants", "ministers", "side", "sides",
        "official", "minister", "diplomat", "soldier", "negotiator", "envoy", "spokesman", "spokeswoman", "leader",
        "guerrillas", "guerillas", "bulldozers", "jets", "warships", "planes", "aircraft", "helicopters", "agents",
        "servicemen", "immigrants", "villagers", "demonstrators", "protesters", "candidates", "groups", "company",
        "companies", "firms", "banks", "parties", "unions", "lawmakers", "judges", "prosecutors", "settlers", "refugees",
        "farmers", "doctors", "missionary", "sources", "media", "press", "people",
        "civilians", "residents", "youths", "children", "women", "men", "worshippers", "pilgrims", "tourists",
        "peacekeepers", "monitors", "inspectors", "observers", "landowners", "elders", "hackers", "bombers", "gunmen",
        "militiamen", "fighters", "insurgents", "separatists", "rioters", "crowds", "warplanes", "tanks", "gunboats",
        "gunships", "commandos", "paratroopers", "sailors", "marines", "policemen", "guards", "traders", "businessmen",
        "exiles", "opposition", "dissidents", "teachers", "nurses", "miners", "truckers", "pilots", "crew", "crews",
        "parliament", "cabinet", "legislature", "junta", "inhabitants", "supporters", "strikers", "fundamentalists",
        "extremists",
        "kurds", "shiites", "sunnis", "tamils", "albanians", "serbs", "croats", "muslims", "moslems", "christians", "jews",
        "arabs", "palestinians", "hindus", "sikhs", "pashtuns", "hutus", "tutsis", "uighurs", "uyghurs", "rohingya", "druze",
        "movement", "movements", "faction", "factions", "coalition", "alliance",
        "court", "courts", "union", "businessman", "judge", "prosecutor", "ministry", "embassy", "council", "newspaper", "agency",
        // one person of a country, as acts name them: "released a captured Indian pilot", "detained a British journalist"
        "pilot", "journalist", "reporter", "activist", "student", "worker", "citizen", "national", "tourist", "sailor",
        "fisherman", "prisoner", "detainee", "hostage", "officer", "spy", "dissident", "lawmaker", "teacher", "doctor",
        "businesswoman", "engineer", "missionary", "researcher", "academic",
    ]

    /// Words after which a country names a posting, not a nationality ("ambassador to Japan").
    static let postingPrepositions: Set<String> = ["to", "in", "at", "on", "for"]

    /// Words that put a title's holder on a side, whatever the rank: "opposition leader".
    static let sideWords: [String: String] = ["opposition": "OPP", "rebel": "REB", "rebels": "REB", "militant": "REB", "insurgent": "REB",
                                              "intelligence": "SPY"]

    /// Words that may qualify a country's group noun: "Israel's high court", "Iraq's armed forces".
    static let groupModifiers: Set<String> = [
        "high", "supreme", "federal", "district", "appeals", "constitutional", "national", "armed", "security", "special",
        "riot", "border", "secret", "state", "central", "elite", "local", "regional", "provincial", "military", "top",
        "senior", "ruling", "main", "new", "interim", "transitional",
    ]

    /// Words that put a title in the past: a former office holder is one of the elite (CAMEO's ELI).
    static let formerWords: Set<String> = ["former", "ousted", "deposed", "ex", "exiled", "toppled", "overthrown"]

    /// Whether a title names an office its holder no longer holds ("former Prime Minister", "ex-president").
    static func isFormer(_ phrase: String) -> Bool {
        words(phrase).contains { formerWords.contains(String($0)) }
    }

    /// A phrase's lower-case words, split at spaces and hyphens ("ex-president" is "ex", "president").
    static func words(_ phrase: String) -> [Substring] {
        phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
    }

    /// The sector a title or name suggests: the last word with a sector wins, as heads come last in English.
    static func sector(for phrase: String) -> String? {
        var found: String?
        var inComplement = false
        let words = words(phrase)
        for w in words {
            // "opposition leader", "rebel commander": the side outranks the rank;
            // "the Senate Intelligence Committee" is a committee of lawmakers
            if let side = sideWords[String(w)], w != "intelligence" || !words.contains("committee") { return side }
            if w == "of" || w == "for" || w == "on" || w == "to" { inComplement = true }
            if let s = sectorByWord[String(w)], !inComplement || found == nil { found = s }
        }
        return found != nil && words.contains(where: { formerWords.contains(String($0)) }) ? "ELI" : found
    }
}
