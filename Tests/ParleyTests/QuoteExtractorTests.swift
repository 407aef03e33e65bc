import Testing
@testable import Parley

struct QuoteExtractorTests {
    /// (marked-up text, expected quotes as (first words, speaker name))
    static let cases: [(String, [(String, String?)])] = [
        ("\u{201C}We will not back down,\u{201D} [PERSON Ana Ruiz] said.", [("We will not back down,", "Ana Ruiz")]),
        ("\"Talks are over,\" said [TITLE Foreign Minister] [PERSON Omar Haddad] .", [("Talks are over,", "Omar Haddad")]),
        ("[PERSON Ana Ruiz] told reporters: \"The border stays open.\"", [("The border stays open.", "Ana Ruiz")]),
        ("\"It went well,\" [PERSON Ana Ruiz] said, according to [ORG Reuters] .", [("It went well,", "Ana Ruiz")]),
        ("The deal is dead, according to [PERSON Omar Haddad] . \"It is over,\" he said.", [("It is over,", "Omar Haddad")]),
        ("After a short greeting from [TITLE Minister] [PERSON Lina Park] , [PERSON Ana Ruiz] spoke with [PERSON Omar Haddad] .\n\"I came to listen. We will meet again.\"",
         [("I came to listen. We will meet again.", "Ana Ruiz")]),
        ("He called the talks \"productive\" and left.", []),
        // a statement printed around its attribution, and the paragraph carrying it on
        ("\"We are close,\" [PERSON Ana Ruiz] said. \"But not there yet.\"\n\"Talks go on tomorrow.\"",
         [("We are close,", "Ana Ruiz"), ("But not there yet.", "Ana Ruiz"), ("Talks go on tomorrow.", "Ana Ruiz")]),
        // appositions between the name and the verb
        ("\"The vote stands,\" [PERSON Omar Haddad] , the speaker of the assembly, one of its founders, said on Monday.",
         [("The vote stands,", "Omar Haddad")]),
        ("[PERSON Omar Haddad] , the foreign minister of [GPE Chile] , a member of the [ORG Security Council] , said the vote was \"a farce.\"",
         [("a farce.", "Omar Haddad")]),
        // a name ending in "-ly" is no adverb; "barked" is a speech verb
        ("[PERSON Kelly] responded: \"We will win when we can.\"", [("We will win when we can.", "Kelly")]),
        ("\"Go back to your seat,\" [PERSON Lina Park] barked.", [("Go back to your seat,", "Lina Park")]),
        // a signature after a dash
        ("\"I will vote for the first time this year.\" \u{2015} [PERSON Lina Park]", [("I will vote for the first time this year.", "Lina Park")]),
        // a speech word used as a noun is no cue: Ruiz's tweet did not say it, Park did
        ("[PERSON Lina Park] says [PERSON Ana Ruiz] 's latest tweets were \"unhinged, even for her.\"", [("unhinged, even for her.", "Lina Park")]),
        // "she" looks past a man named later for the woman named before him
        ("[PERSON Hillary Clinton] answered [PERSON Donald Trump] . \"That is not true,\" she said.", [("That is not true,", "Hillary Clinton")]),
        // a following sentence that is more than an attribution names no speaker
        ("[PERSON Lina Park] left the room. \"No comment.\" [PERSON Ana Ruiz] said she would stay on for more talks after lunch.", []),
        // words running on after a quotation are no attribution: the cue before it names the speaker
        // a transcript's turns: the label names the speaker and is left out of the words
        ("[PERSON Lina Park] spoke to the host.\n\n\"HOST: Will you run again next year?\n\n\"PARK: We will see what the party wants.\"",
         [("Will you run again next year?", nil), ("We will see what the party wants.", "Lina Park")]),
        // a programme's title after a preposition or a possessive is no quotation
        ("[PERSON Lina Park] said on \"Meet the Voters\" that the vote was \"a farce.\"", [("a farce.", "Lina Park")]),
        ("[PERSON Lina Park] told [ORG NBC]'s \"Morning Hour\" the vote was \"a farce from the start.\"", [("a farce from the start.", "Lina Park")]),
        ("[PERSON Omar Haddad] said the council would take \"firm steps\" in response, and [PERSON Ana Ruiz] urged new talks.",
         [("firm steps", "Omar Haddad")]),
        // past a few words, an attribution opening the next clause
        ("[PERSON Lina Park] spoke. [PERSON Ana Ruiz] left. \"The only way this ends is with new elections\" for the whole assembly, [PERSON Lina Park] said.",
         [("The only way this ends is with new elections", "Lina Park")]),
        // paragraphs parted by blank lines: a quotation reopening the next paragraph carries on, as does one opening it
        ("\"We think the court got this wrong,\" [PERSON Ana Ruiz] said. \"The law is clear.\n\n\"We will win on appeal.\"\n\n\"And soon.\"",
         [("We think the court got this wrong,", "Ana Ruiz"), ("The law is clear.", "Ana Ruiz"), ("We will win on appeal.", "Ana Ruiz"), ("And soon.", "Ana Ruiz")]),
        // "according to" before the quotation
        ("According to [TITLE Senator] [PERSON Omar Haddad] , the deal was \"dead on arrival\" for most of his colleagues.",
         [("dead on arrival", "Omar Haddad")]),
        // "He said:" ending one paragraph introduces the quotation opening the next
        ("[PERSON Ana Ruiz] answered the critics.\n\nShe said:\n\n\"We will keep the border open for trade and for families.\"",
         [("We will keep the border open for trade and for families.", "Ana Ruiz")]),
        // a sentence ending in its attribution gives the quotation opening the next one its speaker
        ("The vote may slip to next week, [PERSON Omar Haddad] said. \"Nobody wants to rush a budget this large.\"",
         [("Nobody wants to rush a budget this large.", "Omar Haddad")]),
    ]

    @Test(arguments: cases)
    func attributes(_ marked: String, _ expected: [(String, String?)]) {
        let doc = Markup.document(marked)
        #expect(doc.quotes.count == expected.count)
        for (q, e) in zip(doc.quotes, expected) {
            #expect(q.text == e.0)
            #expect(doc.actor(q.speaker)?.name == e.1)
            #expect(doc.slice(q.start, q.end) == q.text)
        }
    }

    /// (marked-up text, the words the quote's source names, the speaker actor's name)
    static let sources: [(String, String, String?)] = [
        // a noun phrase names the speaker though no one is identified
        ("\"We see no link to the earlier attacks,\" a police spokesman said.", "a police spokesman", nil),
        ("\"The ceasefire is holding,\" said two officials .", "two officials", nil),
        // a title goes to the person last named who holds it
        ("[TITLE Mayor] [PERSON Ana Ruiz] visited the site. \"We will rebuild,\" the mayor said.", "the mayor", "Ana Ruiz"),
        // a party and state in brackets, title words before the name
        ("\"The veto will hold,\" [ORG Senate] Majority Leader [PERSON Omar Haddad] , R-Ky., said Tuesday.", "Senate Majority Leader Omar Haddad", "Omar Haddad"),
        ("\"It is a dog whistle to everyone,\" Rep. [PERSON Lina Park] (D-Wis.) said Friday.", "Rep. Lina Park", "Lina Park"),
        // lower-case title words between an organisation and the name
        ("\"The talks must go on,\" [ORG EU] foreign policy chief [PERSON Omar Haddad] said.", "EU foreign policy chief Omar Haddad", "Omar Haddad"),
        // a participle after a comma speaks for the clause's subject, not the nearest name
        ("[PERSON Lina Park] criticised [PERSON Omar Haddad] on Monday, saying his plan was \"a reckless gamble.\"", "Lina Park", "Lina Park"),
        // a participle speaks for the subject of the attribution before it, for the clause's subject past an opening
        // phrase, or for the name right before it
        ("\"Deals like these should not be routine,\" [PERSON Omar Haddad] (R-Utah) said in a statement, adding that they were handed out \"like sweets.\"",
         "Omar Haddad", "Omar Haddad"),
        ("During a long speech in [GPE Lyon] , [PERSON Lina Park] attacked [PERSON Omar Haddad] over the war in [GPE Chad] , saying, \"He is reckless and unfit to lead.\"",
         "Lina Park", "Lina Park"),
        ("The film ends with footage of [PERSON Omar Haddad] saying at the rally, \"That makes me the winner,\" as the crowd cheers.",
         "Omar Haddad", "Omar Haddad"),
        ("In May, several environmental groups gave [PERSON Omar Haddad] more time, saying his funds were \"far less than expected.\"",
         "several environmental groups", nil),
        // a pronoun or a noun phrase no actor stands for, after the quotation or before it
        ("\"The program has failed the people it serves,\" the letter reads.", "the letter", nil),
        ("\"We live in a storm of our own making,\" my father often said.", "my father", nil),
        ("\"The rules must change before the next vote,\" they wrote.", "they", nil),
        ("[PERSON Lina Park] spoke to the host.\n\n\"HOST: Will you run again next year?\"", "HOST", nil),
        // a speech word followed by a verb is a noun: "state" is no cue here
        ("[PERSON Lina Park] said [PERSON Omar Haddad]'s mental state is \"spiraling out of control.\"", "Lina Park", "Lina Park"),
        ("According to the report, the agency \"failed at every level of its mission.\"", "the report", nil),
        ("\"The state cannot purge voters who simply stayed home on election day,\" said the ruling.", "the ruling", nil),
        // a quotation nested at the end of one closes it: the attribution after still counts
        ("\"It feels like, 'We can put this off a little bit,'\" [PERSON Omar Haddad] said.", "Omar Haddad", "Omar Haddad"),
        ("As the bell rang, the announcer said, \"Welcome to the final round of the cup.\"", "the announcer", nil),
    ]

    @Test(arguments: sources)
    func sourceWords(_ marked: String, _ words: String, _ speaker: String?) throws {
        let doc = Markup.document(marked)
        let q = try #require(doc.quotes.first)
        let source = try #require(q.source)
        #expect(source.text == words)
        #expect(doc.slice(source.start, source.end) == source.text)
        #expect(doc.actor(q.speaker)?.name == speaker)
    }

    @Test func partialQuoteCarriesItsReportedClause() throws {
        let doc = Markup.document("[PERSON Lina Park] said on Monday that the budget talks had been \"a complete waste of time.\"")
        let q = try #require(doc.quotes.first)
        #expect(doc.actor(q.speaker)?.name == "Lina Park")
        let content = try #require(q.content)
        #expect(content.text.hasPrefix("that the budget talks"))
        #expect(content.start < q.start && content.end > q.end)
        #expect(doc.slice(content.start, content.end) == content.text)
    }

    @Test func unclosedPartialQuoteAtTheEnd() throws {
        // a quotation left open to the end of the text once ran its reported clause past the last token
        let doc = Markup.document("[PERSON Lina Park] said on Monday that the budget talks had been \"a complete waste of time.")
        let q = try #require(doc.quotes.first)
        #expect(doc.actor(q.speaker)?.name == "Lina Park")
        #expect(doc.slice(q.start, q.end) == q.text)
    }

    @Test func splitStatementSharesOneContent() throws {
        let doc = Markup.document("\"We are close,\" [PERSON Ana Ruiz] said. \"But not there yet.\"")
        #expect(doc.quotes.count == 2)
        let first = try #require(doc.quotes.first?.content), second = try #require(doc.quotes.last?.content)
        #expect(first == second)
        #expect(first.text.contains("Ana Ruiz said"))
    }

    /// (marked-up text, the reported clause's first words, its last words)
    static let clauses: [(String, String, String)] = [
        // the clause runs to the sentence's end, however many words follow the quotation
        ("[PERSON Lina Park] said there remains a \"deep gap between the two sides,\" when it comes to how the money is shared among the regions.",
         "there remains", "among the regions."),
        // a comma before "adding" opens another clause
        ("[PERSON Lina Park] said the plan was \"a reckless gamble,\" adding that she would vote against it.", "the plan was", "gamble,\""),
        // "that" or "to" alone opens the reported clause
        ("[PERSON Lina Park] said that \"we need more time\" before the vote.", "that", "before the vote."),
        ("[PERSON Lina Park] vowed to \"fight the plan\" in every court of the land.", "to", "of the land."),
        // two words between the cue and the quotation are a clause of their own
        ("[PERSON Lina Park] said he has \"deep respect\" for the courts and the press.", "he has", "the press."),
    ]

    @Test(arguments: clauses)
    func reportedClause(_ marked: String, _ first: String, _ last: String) throws {
        let doc = Markup.document(marked)
        let content = try #require(doc.quotes.first?.content)
        #expect(content.text.hasPrefix(first))
        #expect(content.text.hasSuffix(last))
        #expect(doc.slice(content.start, content.end) == content.text)
    }

    @Test func pieceWithItsOwnAttributionIsNoContinuation() throws {
        let doc = Markup.document("\"This is wrong,\" [PERSON Ana Ruiz] said. \"You pushed the staff too hard\" to lift the share price, she said.")
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.first?.content == nil)
        #expect(doc.quotes.allSatisfy { doc.actor($0.speaker)?.name == "Ana Ruiz" })
    }

    @Test func sentenceBrokenByItsAttributionIsOneStatement() throws {
        let doc = Markup.document("\"Every time you raise that,\" [PERSON Ana Ruiz] said, \"you make our case for us.\"")
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.first?.content != nil && doc.quotes.first?.content == doc.quotes.last?.content)
        // a second clause after the attribution keeps the pieces apart
        let apart = Markup.document("\"We see no link to the attacks,\" [PERSON Ana Ruiz] said, adding that it would take \"many more hours\" to know.")
        #expect(apart.quotes.first?.content == nil)
    }

    @Test func continuationKeepsTheSpeakerWords() throws {
        let doc = Markup.document("\"It will pass,\" the letter reads. \"We have the votes now.\"")
        #expect(doc.quotes.count == 2)
        #expect(doc.quotes.map { $0.source?.text } == ["the letter", "the letter"])
    }

    @Test func paragraphQuotesReopen() {
        let spans = QuoteExtractor.quoteSpans(Array("\"First part.\n\n\"Second part,\" she said.".unicodeScalars))
        #expect(spans.count == 2)
    }
}
