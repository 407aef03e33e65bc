import Parley
import Testing
@testable import ParleyStore

@Suite struct ActorKeyTests {
    @Test(arguments: [
        ("Kim Jong-un", "Kim Jong Un"),
        ("  moon  JAE-IN ", "Moon Jae-in"),
        ("José Martí", "Jose Marti"),
        ("O'Brien", "OBrien"),
    ])
    func spellingVariantsOfANameMeet(a: String, b: String) {
        #expect(ActorKey.of(Actor(id: "x", name: a, kind: .person)) == ActorKey.of(Actor(id: "y", name: b, kind: .person)))
    }

    @Test func aCountryActingIsItsCodeWhateverItsName() {
        let a = Actor(id: "a", name: "South Korea", kind: .country, country: "KOR")
        let b = Actor(id: "b", name: "Republic of Korea", kind: .country, country: "kor")
        #expect(ActorKey.of(a) == ActorKey.of(b))
        #expect(ActorKey.of(a) != ActorKey.of(Actor(id: "c", name: "Kang Kyung-wha", kind: .person, country: "KOR")))
    }

    /// Stored keys were made by the folding path; the ASCII one must give the very same keys.
    @Test(arguments: ["Kim Jong-un", "  moon  JAE-IN ", "O'Brien", "U.S. Forces Korea", "al-Assad", "G-20", "Ban Ki-moon, 2nd",
                      "", "--", "A  B\tC", "NATO's", "Mike Pompeo (R)"])
    func anASCIINameGetsTheKeyTheFoldingGives(name: String) {
        #expect(ActorKey.normalizeASCII(name) == ActorKey.normalizeFolding(name))
    }
}
