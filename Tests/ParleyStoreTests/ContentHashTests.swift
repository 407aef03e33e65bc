import Testing
@testable import ParleyStore

@Suite struct ContentHashTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesTheStandardVectors(input: String, hex: String) {
        #expect(ContentHash.hex(ContentHash.sha256(Array(input.utf8))) == hex)
    }

    @Test func theSameTextOnAnotherDayIsAnotherArticle() {
        let a = ContentHash.of(text: "Talks resumed.", published: "2018-04-23")
        #expect(a == ContentHash.of(text: "Talks resumed.", published: "2018-04-23"))
        #expect(a != ContentHash.of(text: "Talks resumed.", published: "2018-04-24"))
        #expect(a != ContentHash.of(text: "Talks resumed.", published: nil))
    }
}
