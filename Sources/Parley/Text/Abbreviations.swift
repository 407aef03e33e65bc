/// Words that keep their full stop: it marks an abbreviation, not a sentence end.
enum Abbreviations {
    /// Titles before a name: a sentence never ends on them.
    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Sgt",
        "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Amb",
        "Pres", "Supt", "Insp", "Atty", "Det", "Fr", "Sec", "Asst", "Dep", "Lieut", "Sgt-Maj", "Rt",
    ]

    /// Abbreviations that may also close a sentence ("… in the U.S. The talks …").
    static let others: Set<String> = [
        // months
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        // companies, places, misc
        "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "St", "Mt", "Ft", "Jr", "Sr",
        "No", "Nos", "vs", "etc", "approx", "est", "fig", "Fig", "vol", "Vol", "pp", "cf", "al", "ca",
        // U.S. states in AP style
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
        "Wash", "Wis", "Wyo",
    ]

    /// Words that usually open a sentence: after an abbreviation that may close
    /// one, they tell that it did.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "In", "On", "At", "This",
        "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "My", "There", "When", "While", "After",
        "Before", "As", "If", "Meanwhile", "However", "Also", "So", "Yet", "Still", "Then", "Now", "What", "Why",
        "How", "Who", "Officials", "Some", "Many", "Most", "Both", "One", "Two", "Three", "Since", "Although",
        "Despite", "Under", "For", "With", "According",
    ]

    static func isTitle(_ word: Substring) -> Bool { titles.contains(String(word)) }
    static func isKnown(_ word: Substring) -> Bool {
        let w = String(word)
        return titles.contains(w) || others.contains(w)
    }
}
