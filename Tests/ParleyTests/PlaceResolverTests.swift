import Testing
@testable import Parley

struct PlaceResolverTests {
    /// (text, place mention, expected country, expected kind)
    static let cases: [(String, String, String?, String)] = [
        ("Ministers met in Paris on Monday.", "Paris", "FRA", "city"),
        ("The fair opened in Paris, Texas, on Monday.", "Paris", "USA", "city"),
        ("Protests spread from Tbilisi across Georgia.", "Georgia", "GEO", "country"),
        ("Storms hit Atlanta and much of Georgia.", "Georgia", "USA", "admin1"),
        ("The envoy flew to Singapore.", "Singapore", "SGP", "country"),
        ("Troops gathered near the Korean Peninsula.", "Korean Peninsula", nil, "region"),
        // a town of that very name, not a far city that once bore it
        ("Students returned to Berea on Monday.", "Berea", "USA", "city"),
    ]

    @Test(arguments: cases)
    func disambiguates(_ text: String, _ mention: String, _ country: String?, _ kind: String) throws {
        let doc = Fixtures.run(text, published: "2019-03-04")
        let p = try #require(doc.places.first { $0.text == mention }, "places: \(doc.places.map { "\($0.text)=\($0.name)/\($0.country ?? "-")" })")
        #expect(p.country == country)
        #expect(p.kind == kind)
        #expect(doc.slice(p.start, p.end) == p.text)
    }

    static let metonyms: [(String, String, Bool)] = [
        ("Seoul's foreign minister flew home.", "Seoul", true),
        ("Pyongyang released three prisoners.", "Pyongyang", true),
        ("The talks were held in Seoul.", "Seoul", false),
    ]

    @Test(arguments: metonyms)
    func metonymy(_ text: String, _ mention: String, _ metonym: Bool) throws {
        let doc = Fixtures.run(text, published: "2019-03-04")
        let p = try #require(doc.places.first { $0.text == mention })
        #expect(p.metonym == metonym)
    }

    /// (text, the place an organization's name holds, its country, its kind, whether it stands for a government)
    static let placesInNames: [(String, String, String, String, Bool)] = [
        ("The Florida Highway Patrol closed the road.", "Florida", "USA", "admin1", false),
        ("She studied at the University of Nebraska before moving away.", "Nebraska", "USA", "admin1", false),
        ("Richmond officials said the road would reopen.", "Richmond", "USA", "city", true),
    ]

    @Test(arguments: placesInNames)
    func placesInOrganizationNames(_ text: String, _ mention: String, _ country: String, _ kind: String, _ metonym: Bool) throws {
        let doc = Fixtures.run(text, published: "2019-03-04")
        let p = try #require(doc.places.first { $0.text == mention }, "places: \(doc.places.map(\.text)), entities: \(doc.entities.map(\.text))")
        #expect(p.country == country && p.kind == kind && p.metonym == metonym)
        #expect(doc.slice(p.start, p.end) == mention)
        // the organization keeps its own entity, with no place of its own
        #expect(doc.entities.contains { $0.type == .organization && $0.text.contains(mention) && $0.place == nil })
    }

    @Test func aCountyInAnOfficeNameTakesTheStateOfItsDocument() throws {
        let doc = Fixtures.run("Deputies from the Henderson County Sheriff's Office searched the house in Kentucky.", published: "2019-03-04")
        let p = try #require(doc.places.first { $0.text == "Henderson County" })
        #expect(p.kind == "admin2" && p.lat > 37 && p.lat < 38.5 && p.lon > -88.5 && p.lon < -87, "\(p.lat), \(p.lon)")
        #expect(doc.places.map(\.id) == (1...doc.places.count).map { "p\($0)" })
    }

    @Test func aBodyTheDictionaryKnowsIsNoPlace() {
        // "Hamas" is also an old name of Hamm, in Germany
        let doc = Fixtures.run("Hamas said it would respond.", published: "2019-03-04")
        #expect(doc.places.isEmpty)
    }

    @Test func distanceIsGreatCircle() {
        // Seoul to Pyongyang is about 195 km
        let d = Gazetteer.distance((37.566, 126.978), (39.034, 125.755))
        #expect(d > 180 && d < 210)
    }
}

struct EventPlaceTests {
    /// (text, expected place name of the first meeting, nil when none can be told)
    static let cases: [(String, String?)] = [
        ("German Chancellor Angela Merkel met on Tuesday with Tokyo's foreign minister.", "Tokyo"),
        ("German Chancellor Angela Merkel met Japan's foreign minister in Paris on Tuesday.", "Paris"),
        // a host's own capital says nothing about where its officials met each other
        ("Japanese Prime Minister Shinzo Abe met on Tuesday with Tokyo's central bank governor.", nil),
    ]

    @Test(arguments: cases)
    func meetingPlace(_ text: String, _ place: String?) throws {
        let doc = Fixtures.run(text, published: "2019-03-04")
        let ev = try #require(doc.events.first { $0.type == "CONSULT" }, "events: \(doc.events.map(\.trigger.text))")
        #expect(doc.places.first { $0.id == ev.place }?.name == place)
    }
}

struct DocumentStateTests {
    /// Names that many states share resolve to the state where the document's other names also lie.
    @Test func sharedStateDisambiguates() throws {
        let doc = Fixtures.run("Deputies in Henry County arrested two men on Friday. The men were taken to the jail in Paris.", published: "2019-03-04")
        let names = ["Henry County", "Paris"]
        let spans = names.map { name -> Range<Int> in
            let first = name.split(separator: " ").first.map(String.init) ?? name
            let t = doc.tokens.firstIndex { $0.text == first } ?? 0
            return t..<(t + name.split(separator: " ").count)
        }
        let rows = PlaceResolver().resolve(doc: doc, names: names, spans: spans)
        let county = try #require(rows[0].map { Gazetteer.shared.entries[$0] })
        let paris = try #require(rows[1].map { Gazetteer.shared.entries[$0] })
        #expect(paris.country == "USA")
        #expect(paris.admin1 == county.admin1)
    }

    @Test func provincesOutsideTheUnitedStates() throws {
        let doc = Fixtures.run("Gunmen attacked a police post in Dagestan on Sunday.", published: "2019-03-04")
        let p = try #require(doc.places.first { $0.text == "Dagestan" })
        #expect(p.country == "RUS")
        #expect(p.kind == "admin1")
    }
}
