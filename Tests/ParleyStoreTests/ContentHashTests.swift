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

    /// Many blocks, and every length around a block's end (where the padding spills into a new block).
    @Test func sha256OfLongAndBoundaryLengths() {
        #expect(ContentHash.hex(ContentHash.sha256([UInt8](repeating: 0x61, count: 1_000_000)))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(ContentHash.hex(ContentHash.sha256([UInt8](repeating: 0x61, count: 55)))
                == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(ContentHash.hex(ContentHash.sha256([UInt8](repeating: 0x61, count: 56)))
                == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(ContentHash.hex(ContentHash.sha256([UInt8](repeating: 0x61, count: 64)))
                == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test func theSameTextOnAnotherDayIsAnotherArticle() {
        let a = ContentHash.of(text: "Talks resumed.", published: "2018-04-23")
        #expect(a == ContentHash.of(text: "Talks resumed.", published: "2018-04-23"))
        #expect(a != ContentHash.of(text: "Talks resumed.", published: "2018-04-24"))
        #expect(a != ContentHash.of(text: "Talks resumed.", published: nil))
    }
}
