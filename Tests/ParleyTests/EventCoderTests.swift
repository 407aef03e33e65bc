import Testing
@testable import Parley

struct EventCoderTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var type: String
        var source: [String]
        var target: [String]
        var date: String?
        var status: EventStatus
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(text: "[TITLE Foreign Minister] [PERSON Park Min-ji] met on [DATE=2019-03-04 Monday] with [NORP Chinese] [TITLE Foreign Minister] [PERSON Wang Yi] .",
             type: "CONSULT", source: ["Park Min-ji"], target: ["Wang Yi"], date: "2019-03-04", status: .occurred),
        Case(text: "[PERSON Ellen Marsh] is slated to meet [GPE Seoul]'s [TITLE top envoy] , [PERSON Park Min-ji] , on [DATE=2019-03-05 Tuesday] .",
             type: "CONSULT", source: ["Ellen Marsh"], target: ["Park Min-ji"], date: "2019-03-05", status: .planned),
        Case(text: "[PERSON Lee Min-ho] and [NORP South Korean] [TITLE president] [PERSON Moon Jae-in] met on [DATE=2019-03-02 Saturday] .",
             type: "CONSULT", source: ["Lee Min-ho"], target: ["Moon Jae-in"], date: "2019-03-02", status: .occurred),
        Case(text: "[GPE Pyongyang] released three [NORP American] hostages.",
             type: "RETREAT", source: ["North Korea"], target: ["American hostages"], date: nil, status: .occurred),
        Case(text: "[GPE India] accused [GPE Pakistan] of violating the ceasefire.",
             type: "ACCUSE", source: ["India"], target: ["Pakistan"], date: nil, status: .occurred),
        Case(text: "[GPE China] did not meet [GPE Japan] .",
             type: "CONSULT", source: ["China"], target: ["Japan"], date: nil, status: .negated),
        Case(text: "If talks fail, [GPE Iran] will threaten [GPE Israel] .",
             type: "THREATEN", source: ["Iran"], target: ["Israel"], date: nil, status: .hypothetical),
        // a threat is aimed at whoever its condition asks to act
        Case(text: "[GPE Russia] threatened to quit the talks if the [GPE United States] deploys new missiles .",
             type: "THREATEN", source: ["Russia"], target: ["United States"], date: nil, status: .occurred),
        Case(text: "Farmers threatened to block the roads unless [GPE France] cuts the fuel tax .",
             type: "THREATEN", source: ["farmers"], target: ["France"], date: nil, status: .occurred),
        // a withdrawal of troops is a retreat, one from a deal a sanction
        Case(text: "[GPE Russia] announced the withdrawal of its troops from [GPE Syria] .",
             type: "RETREAT", source: ["Russia"], target: [], date: nil, status: .occurred),
        // force against a capital falls on its people (the target's sector is checked in capitalsPeople)
        Case(text: "[GPE Iran] threatened to shell [GPE Baghdad] .",
             type: "THREATEN", source: ["Iran"], target: ["Baghdad"], date: nil, status: .occurred),
        Case(text: "Two [NORP American] journalists were detained by [GPE Russia] .",
             type: "COERCE", source: ["Russia"], target: ["American journalists"], date: nil, status: .occurred),
        Case(text: "Officials prepared for the [PERSON Trump]-[PERSON Xi] meeting. The planned [DATE=2019-06-29 June 29] summit in Osaka is on.",
             type: "CONSULT", source: ["Donald Trump"], target: ["Xi Jinping"], date: "2019-06-29", status: .planned),
    ]

    /// The document's first event of a type; the types found are named when there is none.
    static func event(_ doc: Document, _ type: String) throws -> Event {
        try #require(doc.events.first { $0.type == type }, "events: \(doc.events.map { "\($0.type) \($0.trigger.text)" })")
    }

    @Test func capitalsPeopleAreTheTargetOfForce() throws {
        let doc = Markup.document("[GPE Iran] threatened to shell [GPE Baghdad] .", published: "2019-03-04")
        let ev = try Self.event(doc, "THREATEN")
        let target = try #require(ev.target.first.flatMap { id in doc.actors.first { $0.id == id } })
        #expect(target.country == "IRQ")
        #expect(target.sector == "CVL")
        // a visit to a capital is still one to its government
        let visit = Markup.document("[GPE Iran] 's president visited [GPE Baghdad] .", published: "2019-03-04")
        #expect(visit.events.allSatisfy { ev in ev.target.allSatisfy { id in visit.actors.first { $0.id == id }?.sector != "CVL" } })
    }

    @Test(arguments: cases)
    func codes(_ c: Case) throws {
        let doc = Markup.document(c.text, published: "2019-03-04")
        let ev = try Self.event(doc, c.type)
        #expect(doc.names(ev.source) == c.source)
        #expect(doc.names(ev.target) == c.target)
        #expect(ev.date == c.date)
        #expect(ev.status == c.status)
        #expect(doc.slice(ev.trigger.start, ev.trigger.end) == ev.trigger.text)
    }

    /// (marked-up text, expected PLOVER type of the first event, CAMEO code)
    static let intentionCases: [(String, String, String)] = [
        // a commitment to a cooperative act is AGREE, CAMEO's "express intent"
        ("[GPE Turkey] will allow the [NORP Kurdish] refugees to return home.", "AGREE", "035"),
        ("[GPE Iraq] said it would allow [ORG U.N.] inspectors back.", "AGREE", "035"),
        // to a hostile one, or on a condition, THREATEN
        ("[GPE Nigeria] will withdraw its force from [GPE Chad] unless the talks resume.", "THREATEN", "130"),
        // a meeting with a date to come is scheduled, not an intent
        ("[PERSON Ana Ruiz] will meet [PERSON Omar Haddad] on [DATE=2019-03-06 Wednesday] .", "CONSULT", "040"),
        // a schedule reported about the actors keeps the event's own type
        ("[PERSON Ana Ruiz] is slated to meet [PERSON Omar Haddad] on [DATE=2019-03-05 Tuesday] .", "CONSULT", "040"),
        // turning a cooperative act down is REJECT
        ("[GPE Syria] says it will not accept any more refugees.", "REJECT", "120"),
        ("[GPE Chile] will not meet [GPE Peru] .", "REJECT", "1246"),
        // what a speaker says another must do is a demand, whatever the act
        ("[GPE Japan] said [GPE Ruritania] must lower its tariffs on rice.", "REQUEST", "100"),
        // a hostile act held out on a condition is a threat
        ("The [ORG European Union] may suspend aid to [GPE Chad] if the fighting goes on.", "THREATEN", "131"),
    ]

    /// (marked-up text, PLOVER type of an event, its source names, its target names)
    static let actorCases: [(String, String, [String], [String])] = [
        // a capital before its verb stands for the government, past adverbs and "along with"
        ("[GPE Beirut] again rejected the [ORG United Nations] plan.", "REJECT", ["Lebanon"], ["United Nations"]),
        // a request the verb answers is the object's noun, and whoever made it is the target
        ("[PERSON Omar Haddad] rejected a demand from the [GPE United States] .", "REJECT", ["Omar Haddad"], ["United States"]),
        ("The [GPE Chad] government accepted demands from farmers.", "CONCEDE", ["Chad"], ["farmers"]),
        // a protest's purpose says whom it is against
        ("Thousands of farmers began a hunger strike to protest [GPE Kenya] 's decision.", "PROTEST", ["farmers"], ["Kenya"]),
        ("[GPE Washington] along with its allies demanded that [ORG Hamas] disarm.", "REQUEST", ["United States"], ["Hamas"]),
        // a nationality opens the name of an institution the tagger missed; a singular noun is a group too
        ("The [NORP Latvian] Constitutional Court cancelled restrictions on the press.", "CONCEDE", ["Latvian Constitutional Court"], []),
        ("A [NORP Saudi] businessman is suing [GPE Canada] over the contract.", "ACCUSE", ["Saudi businessman"], ["Canada"]),
        ("The [NORP Kenyan] union of teachers said it has called off the strike.", "CONCEDE", ["Kenyan union"], []),
        // a light verb's subject acts on the object of its noun
        ("[GPE Canada] announced a suspension of flights with [GPE Peru] .", "SANCTION", ["Canada"], ["Peru"]),
        // a known leader's name before "administration" is that government
        ("The [MISC Reagan] administration said [GPE Libya] must stop the attacks.", "REQUEST", ["Reagan administration"], ["Libya"]),
        // protests as an infinitive of purpose or after "resorted to"
        ("Hundreds of farmers gathered in the capital to protest the new tax.", "PROTEST", ["farmers"], []),
        ("Villagers resorted to throwing stones at the police.", "PROTEST", ["villagers"], []),
        // receiving observers lets others in (CAMEO 086)
        ("[PERSON Ana Ruiz] received a team of observers from the [ORG OSCE] .", "RETREAT", ["Ana Ruiz"], ["OSCE"]),
        ("[GPE Chile] 's high court opened a hearing into the killings.", "ACCUSE", ["Chile"], []),
        // a capital as the object of an act stands for its government
        ("[GPE Seoul] accused [GPE Tokyo] of breaking the accord.", "ACCUSE", ["South Korea"], ["Japan"]),
        // an unnamed group as the object
        ("Police detained 12 demonstrators near the embassy.", "COERCE", ["police"], ["demonstrators"]),
        // a dateline's credit is no subject
        ("[GPE LIMA] ([ORG Reuters]) - [GPE Peru] accused [GPE Chile] of spying.", "ACCUSE", ["Peru"], ["Chile"]),
        // a participle after a comma is the main subject's act
        ("Rebel forces shelled the town overnight, killing two civilians.", "ASSAULT", ["rebel forces"], ["civilians"]),
        // violence by something no actor stands for still says whom it struck; a second verb joined by
        // "and" shares the first one's subject, never its object
        ("A roadside bomb killed two [NORP Kenyan] soldiers and wounded three others.", "ASSAULT", [], ["Kenyan soldiers"]),
        ("A hotel clerk called [PERSON Omar Haddad] 's family and asked them to leave.", "NONE", [], []),
        // the government of someone is theirs to act through; a nationality opens a movement's name
        ("The military government of [TITLE President] [PERSON Omar Haddad] declared a state of siege.", "COERCE", ["Omar Haddad"], []),
        // a protest is against the authority its purpose names
        ("Farmers began a hunger strike to demand the resignation of [TITLE President] [PERSON Omar Haddad] .", "PROTEST", ["farmers"], ["Omar Haddad"]),
        ("Students blocked roads in defiance of the [GPE Kenya] government.", "PROTEST", ["students"], ["Kenya"]),
        // a place after a preposition and an article is where the subject is; members of a body act for it
        ("Rebels in the [GPE Ivory Coast] dismissed an appeal from [PERSON Omar Haddad] .", "REJECT", ["rebels"], ["Omar Haddad"]),
        ("Members of the [ORG Jurists Association] investigated the killings.", "ACCUSE", ["Jurists Association"], []),
        ("The radical [NORP Palestinian] Islamic Jihad movement rejected an invitation to the talks.", "REJECT", ["Palestinian Islamic Jihad movement"], []),
        // the act demanded in a that-clause is a demand by the demander
        ("Thousands of farmers marched to demand that [PERSON Ana Ruiz] step down.", "REQUEST", ["farmers"], ["Ana Ruiz"]),
        // an object inside the pattern's gap comes first
        ("[GPE Peru] recognized [PERSON Omar Haddad] as [GPE Chile] 's leader.", "SUPPORT", ["Peru"], ["Omar Haddad"]),
        // a means in "by …ing" is the subject's act
        ("[PERSON Ana Ruiz] responded by breaking diplomatic relations with [GPE Chile] .", "SANCTION", ["Ana Ruiz"], ["Chile"]),
        ("Riot police fired tear gas at protesters in the capital.", "COERCE", ["riot police"], ["protesters"]),
        // a country's "led" forces are that country's; a settlement as the object is its civilians
        ("Vietnamese-led forces have retaken a strategic village in western [GPE Cambodia] .", "ASSAULT", ["Vietnamese-led forces"], ["strategic village in western Cambodia"]),
        ("The [MISC Saudi-led] coalition bombed [NORP Yemeni] towns.", "ASSAULT", ["Saudi-led coalition"], ["Yemeni towns"]),
        // an alleged crime names whom it is alleged of; a plural request after a preposition is a noun
        ("[GPE Chile] is investigating alleged crimes by [NORP Peruvian] extremists.", "ACCUSE", ["Chile"], ["Peruvian extremists"]),
        ("[PERSON Ana Ruiz] conceded at last to demands from [ORG Hamas] .", "CONCEDE", ["Ana Ruiz"], ["Hamas"]),
        // a nationality opening the object is its country's ("rejected an Indian proposal")
        ("[GPE Bangladesh] rejected an [NORP Indian] proposal for a trade pact.", "REJECT", ["Bangladesh"], ["India"]),
        // a passive's patient is the nearest phrase before it
        ("Protesters blocked the road, and at least 13 people were killed.", "ASSAULT", [], ["people"]),
        // a reported clause has its own subject; "they" is the speaker
        ("[NORP Fijian] rebels said they will free the hostages.", "AGREE", ["Fijian rebels"], []),
        // what is discussed is a topic, the partner follows "with"
        ("[PERSON Ana Ruiz] discussed [GPE Taiwan] with [PERSON Omar Haddad] .", "CONSULT", ["Ana Ruiz"], ["Omar Haddad"]),
        // "the two" are the sides of the latest act
        ("[PERSON Ana Ruiz] met [PERSON Omar Haddad] , and the two agreed to cut tariffs.", "AGREE", ["Ana Ruiz"], ["Omar Haddad"]),
        // a verb's form after a possessive with a noun's complement is the noun
        ("[PERSON Ana Ruiz] raised [GPE China]'s support for [GPE Russia] .", "NONE", [], []),
        // a state protests in words (CAMEO 111); "the two" are not a state and the body it appealed to
        ("[GPE India] summoned the envoy to protest the attack.", "ACCUSE", ["India"], []),
        ("[GPE Peru] accused [GPE Chile] of spying. [GPE Chile] urged the [ORG United Nations] to act. The two neighbours have fought two wars.",
         "ASSAULT", ["Peru"], ["Chile"]),
        // "the government" is that of the country last named
        ("[NORP Kenyan] police fired on the crowd. The government imposed a curfew on the city.", "COERCE", ["Kenya"], []),
        // time words and adverbs between a cue and its infinitive
        ("The [ORG UN Security Council] voted unanimously on [DATE=1986-03-06 Thursday] to extend the peacekeeping mission in [GPE Mali] .",
         "AID", ["UN Security Council"], ["Mali"]),
        // where a meeting is held is no party to it
        ("[PERSON Ana Ruiz] met [PERSON Omar Haddad] in [GPE Luxembourg] .", "CONSULT", ["Ana Ruiz"], ["Omar Haddad"]),
    ]

    @Test func datesOfJoinedAndRelativeClauses() throws {
        // ", and" shares the date before it; a relative clause on the object dates only itself
        let doc = Markup.document("[PERSON Ana Ruiz] met [PERSON Omar Haddad] on [DATE=2019-03-02 Saturday] , and the two agreed to resume a dialogue that was suspended in [DATE=2016 2016] .",
                                  published: "2019-03-04")
        let ev = try #require(doc.events.first { $0.type == "AGREE" })
        #expect(ev.date == "2019-03-02")
    }

    @Test func aLongDatelineIsNoSubject() throws {
        let doc = Fixtures.run("NEW YORK, June 29, 2017 (AP) \u{2014} Peru accused Chile of spying on Thursday.")
        let ev = try #require(doc.events.first { $0.type == "ACCUSE" })
        #expect(doc.names(ev.source) == ["Peru"])
        #expect(ev.date == "2017-06-29")
    }

    @Test func aYearInsideANounPhraseDoesNotDateTheVerb() throws {
        let doc = Markup.document("[GPE Seoul] accused [GPE Tokyo] [DATE=2019-02 last month] of breaking a [DATE=1965 1965] accord.", published: "2019-03-04")
        let ev = try #require(doc.events.first { $0.type == "ACCUSE" })
        #expect(ev.date == "2019-02")
    }

    @Test(arguments: actorCases)
    func actorsOfEvents(_ text: String, _ type: String, _ source: [String], _ target: [String]) throws {
        let doc = Markup.document(text, published: "1986-03-04")
        if type == "NONE" { #expect(doc.events.isEmpty, "events: \(doc.events.map(\.type))"); return }
        let ev = try Self.event(doc, type)
        #expect(doc.names(ev.source) == source)
        #expect(doc.names(ev.target) == target)
    }

    @Test func aTownAttackedIsItsCiviliansOfItsCountry() throws {
        let doc = Fixtures.run("Government troops overran the town of Goma on Monday.", published: "2008-11-04")
        let ev = try Self.event(doc, "ASSAULT")
        let target = try #require(ev.target.first.flatMap { id in doc.actors.first { $0.id == id } })
        #expect(target.name == "town of Goma")
        #expect(target.country == "COD")
        #expect(target.sector == "CVL")
    }

    /// (marked-up text, PLOVER type of an event, its mode)
    static let modeCases: [(String, String, String?)] = [
        // an attack's mode comes from the weapons its sentence names
        ("[ORG Hamas] militants killed three [NORP Israeli] soldiers with a roadside bomb.", "ASSAULT", "explosives"),
        ("Rebels attacked [GPE Goma] with mortars and rockets.", "ASSAULT", "heavy-weapons"),
        ("Rebels attacked [GPE Goma] at dawn.", "ASSAULT", nil),
        // a threat's mode is that of the act threatened
        ("[GPE Iran] will attack [GPE Israel] .", "THREATEN", "violence"),
        ("[GPE Chad] threatened to impose a curfew on [GPE Abeche] .", "THREATEN", "curfew"),
        // receiving a visitor is hosting
        ("[PERSON Ana Ruiz] hosted [PERSON Omar Haddad] in the capital.", "CONSULT", "host"),
    ]

    @Test(arguments: modeCases)
    func modes(_ text: String, _ type: String, _ mode: String?) throws {
        let doc = Markup.document(text, published: "2019-03-04")
        let ev = try Self.event(doc, type)
        #expect(ev.mode == mode)
    }

    @Test func olderModeNamesMapToToday() {
        #expect(PloverTypes.currentMode("strike-hun") == "hunger")
        #expect(PloverTypes.currentMode("demo-spon") == "demo")
        #expect(PloverTypes.currentMode("explosives") == "explosives")
    }

    @Test func visitToACapitalIsAVisitToItsCountry() throws {
        let doc = Fixtures.run("Chilean President Ana Ruiz arrived in Lima on Tuesday for a two-day visit.", published: "2019-03-04")
        let ev = try #require(doc.events.first { $0.type == "CONSULT" })
        #expect(doc.names(ev.target) == ["Peru"])
        // a list of capitals is a visit to each country
        let tour = Fixtures.run("Chilean President Ana Ruiz is expected to visit Lima and Quito in April.", published: "2019-03-04")
        let planned = try #require(tour.events.first { $0.type == "CONSULT" })
        #expect(tour.names(planned.target) == ["Peru", "Ecuador"])
        // a delegation sent to a capital goes to its government; "will" makes it an intent (CAMEO 036)
        let sent = Fixtures.run("Peru will send a delegation to Quito next week.", published: "2019-03-04")
        let intent = try #require(sent.events.first { $0.type == "AGREE" })
        #expect(sent.names(intent.target) == ["Ecuador"])
        // another city says nothing about whom a visit is to
        let geneva = Fixtures.run("Chilean President Ana Ruiz arrived in Geneva on Tuesday.", published: "2019-03-04")
        #expect(!geneva.events.contains { $0.type == "CONSULT" })
    }

    @Test func aNationalityOrCapitalInTheObjectIsItsCountry() throws {
        // "a Peruvian proposal": the proposal's country is what was rejected
        let rejected = Fixtures.run("Chile on Monday rejected a Peruvian proposal on fishing rights.", published: "2019-03-04")
        let reject = try Self.event(rejected, "REJECT")
        #expect(rejected.names(reject.target) == ["Peru"])
        // a capital as the place of the act stands for its country
        let curfew = Fixtures.run("Police threatened to impose a curfew in Quito.", published: "2019-03-04")
        let threat = try Self.event(curfew, "THREATEN")
        #expect(curfew.actors.filter { threat.target.contains($0.id) }.map(\.country) == ["ECU"])
        // another town says where, not whom
        let town = Fixtures.run("Rebels threatened to shell Cuenca.", published: "2019-03-04")
        let shell = try Self.event(town, "THREATEN")
        #expect(shell.target.isEmpty)
    }

    /// (marked-up text, the group actor made for an unnamed subject, its sector)
    static let groupCases: [(String, String, String?)] = [
        ("Demonstrators blocked the main road to the airport.", "demonstrators", "CVL"),
        ("Thousands of strikers marched on the parliament to protest the new law.", "strikers", "LAB"),
        ("Security forces attacked the camp at dawn.", "security forces", "MIL"),
    ]

    @Test(arguments: groupCases)
    func unnamedGroupsAct(_ text: String, _ name: String, _ sector: String?) throws {
        let doc = Markup.document(text, published: "2019-03-04")
        let ev = try #require(doc.events.first, "no event in \(text)")
        #expect(doc.names(ev.source) == [name])
        #expect(doc.actors.first { $0.name == name }?.sector == sector)
    }

    @Test func anUnnamedGroupTakesTheCountryItIsIn() throws {
        let doc = Fixtures.run("Opposition groups in Zimbabwe are demanding that the president resign.", published: "2019-03-04")
        let ev = try #require(doc.events.first, "no event")
        #expect(doc.names(ev.source) == ["opposition groups"])
        #expect(doc.actorNamed("opposition groups")?.country == "ZWE")
        let aid = Fixtures.run("Doctors from two American aid groups delivered medicine to the hospital.", published: "2019-03-04")
        #expect(aid.actorNamed("doctors")?.country == "USA")
        // a place after "throughout" is where the group is, not the subject
        let march = Fixtures.run("Thousands of students throughout Kenya staged demonstrations on Saturday.", published: "2019-03-04")
        let protest = try #require(march.events.first, "no event")
        #expect(march.names(protest.source) == ["students"])
        #expect(march.actorNamed("students")?.country == "KEN")
    }

    @Test func onePersonOfACountryIsActedOn() throws {
        let doc = Markup.document("[GPE Peru] released a captured [NORP Chilean] pilot on Friday.", published: "2019-03-04")
        let ev = try Self.event(doc, "RETREAT")
        #expect(doc.names(ev.target) == ["Chilean pilot"])
        #expect(doc.actors.first { $0.name == "Chilean pilot" }?.country == "CHL")
    }

    @Test func definiteGroupsAreNotNewActors() {
        // "the foreign ministers" points back at ministers named before: no group actor, no event without a source
        let doc = Markup.document("The foreign ministers had promised to share information.", published: "2019-03-04")
        #expect(doc.events.isEmpty)
        #expect(Markup.document("The two leaders agreed to improve relations.", published: "2019-03-04").events.isEmpty)
    }

    @Test(arguments: intentionCases)
    func intentions(_ text: String, _ type: String, _ cameo: String) throws {
        let doc = Markup.document(text, published: "2019-03-04")
        let ev = try #require(doc.events.first, "no event in \(text)")
        #expect(ev.type == type)
        #expect(ev.cameo == cameo)
    }

    @Test func relativeClauseAndMeetingReference() throws {
        let doc = Markup.document("""
            [PERSON Ana Ruiz] and [PERSON Omar Haddad] planned a summit.
            It was a victory for [PERSON Ruiz] , who on [DATE=2019-03-01 Friday] pulled out of the summit.
            """, published: "2019-03-04")
        let ev = try #require(doc.events.first { $0.type == "REJECT" })
        #expect(doc.names(ev.source) == ["Ana Ruiz"])
        #expect(doc.names(ev.target) == ["Omar Haddad"])
        #expect(ev.date == "2019-03-01")
    }

    @Test func aMeetingNounInsideAnotherInfinitiveIsNotTheSubjectsMeeting() {
        // the summits are someone else's: neither the discussion nor a meeting of the two who discussed them
        let doc = Markup.document("""
            [GPE Spain] and [GPE Morocco] planned a summit.
            [PERSON Ana Ruiz] and [PERSON Omar Haddad] discussed ways to make the coming summits run smoothly.
            """, published: "2019-03-04")
        let summits = doc.events.filter { $0.trigger.text == "summits" }
        #expect(summits.allSatisfy { doc.names($0.source + $0.target).sorted() == ["Morocco", "Spain"] })
        #expect(doc.events.contains { $0.trigger.text == "discussed" && doc.names($0.source) == ["Ana Ruiz"] })
    }

    @Test func theyAfterAnActBetweenPeopleIsItsTwoSides() throws {
        let doc = Markup.document("""
            [PERSON Ana Ruiz] met on [DATE=2019-03-04 Monday] with [PERSON Omar Haddad] .
            The two officials held talks at the [ORG Palais des Nations] . They agreed to meet again.
            """, published: "2019-03-04")
        let agree = try Self.event(doc, "AGREE")
        #expect(doc.names(agree.source) == ["Ana Ruiz"])
        #expect(doc.names(agree.target) == ["Omar Haddad"])
    }

    @Test func bothCountriesAndTheCallPointBack() throws {
        let doc = Markup.document("""
            [GPE Peru] accused [GPE Chile] of moving troops to the border.
            [TITLE President] [PERSON Ana Ruiz] urged [GPE Chile] to return to talks.
            [GPE Chile] rejected the call. [ORG United Nations] called on both countries to show restraint.
            """, published: "2019-03-04")
        let reject = try Self.event(doc, "REJECT")
        #expect(doc.names(reject.source) == ["Chile"])
        #expect(doc.names(reject.target) == ["Ana Ruiz"])
        let call = try #require(doc.events.last { $0.type == "REQUEST" })
        #expect(doc.names(call.source) == ["United Nations"])
        #expect(Set(doc.names(call.target)) == ["Peru", "Chile"])
    }

    @Test func mentionsOfOneMeetingMerge() {
        let doc = Markup.document("""
            [PERSON Ana Ruiz] met on [DATE=2019-03-04 Monday] with [PERSON Omar Haddad] and [PERSON Lina Park] .
            [PERSON Ruiz] had a long chat with [PERSON Haddad] about trade.
            [PERSON Ruiz] and [PERSON Park] discussed sanctions.
            """, published: "2019-03-04")
        let consult = doc.events.filter { $0.type == "CONSULT" }
        #expect(consult.count == 1)
        #expect(consult.first?.evidence.count == 2)
        #expect(consult.first?.topics == ["trade", "sanctions"])
    }

    @Test func quotedSpeechAndTrailersAreNotCoded() {
        let doc = Markup.document("""
            [PERSON Ana Ruiz] spoke. "We met [PERSON Omar Haddad] ," she said.
            Watch Next:
            [PERSON Ana Ruiz] meets [PERSON Omar Haddad]
            """, published: "2019-03-04")
        #expect(doc.events.isEmpty)
    }
}
