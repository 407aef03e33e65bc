import Testing
@testable import Parley

struct ActorResolverTests {
    /// (marked-up text, actor name, country, sector)
    static let cases: [(String, String, String?, String?)] = [
        ("[GPE Seoul]'s [TITLE Foreign Minister] [PERSON Park Min-ji] met envoys.", "Park Min-ji", "KOR", "GOV"),
        ("His [NORP Japanese] [TITLE counterpart] [PERSON Taro Sato] spoke.", "Taro Sato", "JPN", "GOV"),
        ("The [TITLE acting U.S. Deputy Secretary of State] , [PERSON Ellen Marsh] , arrived.", "Ellen Marsh", "USA", "GOV"),
        ("[PERSON Ana Ruiz] , a [TITLE former ambassador to Japan] , spoke.", "Ana Ruiz", nil, "GOV"),
        ("Talks went on.\n[PERSON Ana Ruiz] , [ORG Yonhap] .", "Ana Ruiz", "KOR", "JRN"),
        ("The [NORP American] team included [PERSON Ruth Bell] , an analyst on the [ORG National Security Council] .", "Ruth Bell", "USA", "GOV"),
        ("[PERSON Donald Trump] spoke.", "Donald Trump", "USA", "GOV"),
        ("[GPE Pyongyang] released two prisoners.", "North Korea", "PRK", "GOV"),
        ("[NORP American] officials arrived.", "American officials", "USA", "GOV"),
        // what a quotation says is no cue for who says it
        ("\"We will not decouple from [GPE China] ,\" [TITLE adviser] [PERSON Omar Haddad] said.", "Omar Haddad", nil, "GOV"),
        // the side outranks the rank
        ("[GPE Peru] 's [TITLE opposition leader] [PERSON Omar Haddad] spoke.", "Omar Haddad", "PER", "OPP"),
        // an international body's envoy takes no country from a name before the body
        ("[GPE Iran] 's [TITLE deputy foreign minister] met [ORG European Union] [TITLE envoy] [PERSON Helga Lind] .", "Helga Lind", nil, "GOV"),
        // a known leader's name before "administration" is that government
        ("The [MISC Reagan] administration spoke.", "Reagan administration", "USA", "GOV"),
        // "of" a country after a name is that person's country, and no cue for the next name
        ("[TITLE President] [PERSON Ana Ruiz] of [GPE Chile] met [PERSON Omar Haddad] .", "Ana Ruiz", "CHL", "GOV"),
        ("[TITLE President] [PERSON Ana Ruiz] of [GPE Chile] met [PERSON Omar Haddad] .", "Omar Haddad", nil, nil),
    ]

    @Test(arguments: cases)
    func countryAndSector(_ marked: String, _ name: String, _ country: String?, _ sector: String?) throws {
        let doc = Markup.document(marked, published: "2018-05-01")
        let actor = try #require(doc.actorNamed(name), "actors: \(doc.actors.map(\.name))")
        #expect(actor.country == country)
        #expect(actor.sector == sector)
    }

    /// (text, person, sector): abbreviated ranks and titles before a name are titles, not part of the name
    static let rankCases: [(String, String, String?)] = [
        ("Sen. Ana Ruiz criticized the plan on Monday.", "Ana Ruiz", "LEG"),
        ("Gov. Omar Haddad signed the budget.", "Omar Haddad", "GOV"),
        ("Lt. Gen. Omar Haddad resigned yesterday.", "Omar Haddad", "MIL"),
        // a sergeant may be police as well as army
        ("Police Sgt. Ana Ruiz said the road was closed.", "Ana Ruiz", nil),
    ]

    @Test(arguments: rankCases)
    func ranksBeforeANameAreTitles(_ text: String, _ name: String, _ sector: String?) throws {
        let doc = Fixtures.run(text, published: "2018-05-01")
        let actor = try #require(doc.actorNamed(name), "actors: \(doc.actors.map(\.name))")
        #expect(actor.sector == sector)
        #expect(doc.actors.allSatisfy { !$0.name.hasSuffix(".") })
    }

    @Test func bareSurnameGoesToTheMostRecentBearer() {
        // Both men are called Kim: Kim Jong Un (family name first) and Sung Kim (family name last).
        // A bare "Kim" goes to whoever was named last; the reporter Lee Ana is never chosen for "Lee".
        let doc = Markup.document("""
            [PERSON Lee Ana] reports.
            [PERSON Sung Kim] met officials. Later [PERSON Kim Jong Un] spoke to [PERSON Lee Min-ho] .
            [PERSON Kim] smiled. [PERSON Lee] left.
            [PERSON Sung Kim] returned. [PERSON Kim] waved.
            """)
        let bare = doc.entities.filter { $0.text == "Kim" || $0.text == "Lee" }
        #expect(doc.names(bare.map { $0.actor ?? "" }) == ["Kim Jong Un", "Lee Min-ho", "Sung Kim"])
    }

    @Test func oneActorPerEntity() {
        let doc = Markup.document("[PERSON Donald Trump] met [PERSON Moon Jae-in] . [PERSON Trump] left. [GPE North Korea] and [GPE Pyongyang]'s envoy spoke.")
        #expect(doc.actors.filter { $0.name == "Donald Trump" }.count == 1)
        #expect(doc.actors.filter { $0.country == "PRK" && $0.kind == .country }.count == 1)
        #expect(doc.entities.allSatisfy { $0.actor != nil })
    }

    @Test func dictionaryFormatErrorsNameTheLine() {
        let tsv = "Ana Ruiz\t-\tperson\tXYZ\tGOV\nBad line\nOk Person\t-\tperson\tESP\tGOV\t-\t2018-13-01\t-\nGood One\tGood\tperson\tESP\tGOV\t-\t-\t-\n"
        let dict = ActorDictionary(tsv: tsv, file: "mine.tsv", countries: ["ESP", "USA"])
        #expect(dict.entries.map(\.name) == ["Good One"])
        #expect(dict.problems.count == 3)
        #expect(dict.problems.allSatisfy { $0.hasPrefix("mine.tsv:") })
        #expect(dict.problems[0].contains("unknown country code 'XYZ'"))
    }
}
