import Testing
@testable import Parley

struct ActorResolverTests {
    /// (marked-up text, actor name, country, sector)
    static let cases: [(String, String, String?, String?)] = [
        ("[GPE Seoul]'s [TITLE Foreign Minister] [PERSON Park Min-ji] met envoys.", "Park Min-ji", "KOR", "GOV"),
        ("His [NORP Japanese] [TITLE counterpart] [PERSON Taro Sato] spoke.", "Taro Sato", "JPN", "GOV"),
        ("The [TITLE acting U.S. Deputy Secretary of State] , [PERSON Ellen Marsh] , arrived.", "Ellen Marsh", "USA", "GOV"),
        // a posting is no nationality; a former envoy is one of the elite (CAMEO's ELI)
        ("[PERSON Ana Ruiz] , a [TITLE former ambassador to Japan] , spoke.", "Ana Ruiz", nil, "ELI"),
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
        // a country's group other than its government is an actor of its own, with that group's sector
        ("[GPE Ivory Coast] rebels attacked the town.", "Ivory Coast rebels", "CIV", "REB"),
        ("[GPE Poland]'s parliament approved the treaty.", "Poland's parliament", "POL", "LEG"),
        ("[GPE Chile]'s supreme court rejected the appeal.", "Chile's supreme court", "CHL", "JUD"),
        ("[GPE U.S.] border patrol agents detained the men.", "U.S. border patrol agents", "USA", "COP"),
        // a region of one country gives its groups that country
        ("The government accused [LOC Darfur] rebels of violating the truce.", "Darfur rebels", "SDN", "REB"),
        // only such a group's own words come between: this is a clause, not a group
        ("[GPE Canada] scrambled fighters.", "Canada", "CAN", "GOV"),
        // the side a group's words put it on outranks its rank; intelligence services are spies
        ("[NORP Afghan] rebel leaders rejected the plan.", "Afghan rebel leaders", "AFG", "REB"),
        ("[NORP Peruvian] intelligence officials said so.", "Peruvian intelligence officials", "PER", "SPY"),
        ("[NORP Iraqi] Kurds protested.", "Iraqi Kurds", "IRQ", "CVL"),
        ("[NORP French] farmers blocked roads.", "French farmers", "FRA", "AGR"),
        // people of a nation counted are its civilians
        ("Police arrested 100 [NORP Palestinians] .", "Palestinians", "PSE", "CVL"),
        // a people is coded by the country it lives in, when the text says which
        ("Ethnic [NORP Albanians] in south [GPE Serbia] protested.", "Albanians", "SRB", "CVL"),
        ("The [NORP Serbs] of [GPE Croatia] voted.", "Serbs", "HRV", "CVL"),
        ("Ethnic [NORP Albanians] demonstrated on Tuesday in [GPE Serbia] .", "Albanians", "SRB", "CVL"),
        ("The [NORP Americans] in [GPE Iraq] voted.", "Americans", "USA", nil),
        // a people named with its country's nationality is one actor of that country
        ("[NORP Bosnian] [NORP Serbs] demanded a truce.", "Bosnian Serbs", "BIH", "CVL"),
        ("[NORP Bosnian] [NORP Serb] forces shelled the town.", "Bosnian Serb forces", "BIH", "MIL"),
        // a group the dictionary knows is that group, whatever type the tagger gave it
        ("[GPE Washington] sanctioned the [MISC Taliban] faction.", "Taliban", "AFG", "REB"),
        // an official of an international body takes no country from the sentence
        ("The [GPE US] rejected calls by [PERSON Kofi Annan] to reform.", "Kofi Annan", nil, "UNO"),
        // an organisation named in a clause after a name is no membership; a byline's is
        ("[PERSON Ana Ruiz] agreed to an interview for [ORG The Washington Post] .", "Ana Ruiz", nil, nil),
        ("[PERSON Ana Ruiz] [ORG Associated Press] .", "Ana Ruiz", "USA", "JRN"),
        // a former office holder is one of the elite, whatever the rank
        ("[TITLE Former Prime Minister] [PERSON Omar Haddad] criticized the plan.", "Omar Haddad", nil, "ELI"),
        ("Ousted [TITLE President] [PERSON Omar Haddad] agreed to resign.", "Omar Haddad", nil, "ELI"),
        ("Former Socialist [TITLE prime minister] [PERSON Omar Haddad] demanded elections.", "Omar Haddad", nil, "ELI"),
    ]

    @Test(arguments: cases)
    func countryAndSector(_ marked: String, _ name: String, _ country: String?, _ sector: String?) throws {
        let doc = Markup.document(marked, published: "2018-05-01")
        let actor = try #require(doc.actorNamed(name), "actors: \(doc.actors.map(\.name))")
        #expect(actor.country == country)
        #expect(actor.sector == sector)
    }

    @Test func aPeopleAfterANationalityIsNoActorOfItsOwn() {
        let doc = Markup.document("[NORP Bosnian] [NORP Serbs] demanded a truce.", published: "2018-05-01")
        #expect(doc.actors.map(\.name) == ["Bosnian Serbs"])
        #expect(Set(doc.entities.compactMap(\.actor)).count == 1)
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

    @Test func theShippedDictionaryKnowsHeadsOfStateOfEveryRegion() throws {
        let dict = ActorDictionary.shared
        #expect(dict.problems.isEmpty, "\(dict.problems.prefix(3))")
        let date = try #require(CalendarDate(iso: "1980-06-01"))
        for (name, country) in [("Julius Nyerere", "TZA"), ("Indira Gandhi", "IND"), ("Helmut Schmidt", "DEU"), ("Francois Mitterrand", "FRA")] {
            let e = dict.lookup(name, on: date)
            #expect(e?.country == country, "\(name)")
            #expect(e?.sector == "GOV", "\(name)")
        }
        // a leader found in text takes the country without any cue around the name
        let doc = Fixtures.run("Julius Nyerere said the talks had failed.", published: "1980-06-01")
        #expect(doc.actorNamed("Julius Nyerere")?.country == "TZA")
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

    @Test func aRowOfAnotherTimeGivesCountryAndSectorButNoRole() throws {
        // a general who became president later: a 2010 article gets the nearest row, the general's,
        // and a 1990 article, before any row, gets the country but no title of a later day
        let tsv = "Omar Haddad\t-\tperson\tCHL\tMIL\tGeneral\t1995-01-01\t2005-12-31\n"
            + "Omar Haddad\t-\tperson\tCHL\tGOV\tPresident of Chile\t2020-03-11\t2024-03-11\n"
        let dict = ActorDictionary(tsv: tsv, file: "mine.tsv", countries: ["CHL"])
        #expect(dict.lookup("Omar Haddad", on: CalendarDate(iso: "2010-05-01"))?.sector == "MIL")
        #expect(dict.lookup("Omar Haddad", on: CalendarDate(iso: "2023-05-01"))?.sector == "GOV")
        let pipeline = try Pipeline.standard(actors: ActorDictionary.shared.adding(dict))
        let doc = pipeline.run(text: "Omar Haddad said the talks had failed.", id: "t", published: "1990-06-01")
        let actor = try #require(doc.actorNamed("Omar Haddad"))
        #expect(actor.country == "CHL")
        #expect(actor.roles.isEmpty)
    }
}
