import Testing
@testable import Parley

struct TokenFormsTests {
    static let cases: [(String, Bool, Bool, Bool)] = [
        // text, capitalised, all capitals, lower case
        ("Seoul", true, false, false),
        ("NATO", true, true, false),
        ("talks", false, false, true),
        ("Élysée", true, false, false),
        ("1996", false, false, false),
    ]

    @Test(arguments: cases)
    func readsCase(_ text: String, _ capitalised: Bool, _ allCaps: Bool, _ lower: Bool) {
        let f = TokenForms(text)
        #expect(f.isCapitalized == capitalised)
        #expect(f.allCaps == allCaps)
        #expect(f.isLowercase == lower)
    }

    @Test func lowerCaseAndShapeIgnoreWhatTheyShould() {
        #expect(TokenForms("Seoul").lower == TokenForms("SEOUL").lower)
        #expect(TokenForms("Seoul").word != TokenForms("SEOUL").word)
        #expect(TokenForms("Seoul").shape == TokenForms("Paris").shape)
        #expect(TokenForms("Seoul").shape != TokenForms("seoul").shape)
        #expect(TokenForms("Seoul").lower == FeatureHashing.lowerHash("seoul"))
    }
}
