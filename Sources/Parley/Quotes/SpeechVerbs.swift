/// Verbs that introduce what someone said.
enum SpeechVerbs {
    static let lemmas = [
        "say", "tell", "add", "state", "announce", "declare", "insist", "note", "explain", "stress", "warn", "argue",
        "claim", "write", "ask", "reply", "respond", "recall", "remark", "acknowledge", "admit", "confirm", "deny",
        "suggest", "tweet", "predict", "promise", "vow", "continue", "conclude", "concede", "emphasize", "urge",
        "report", "read", "post", "joke", "quip", "shout", "exclaim", "observe", "complain", "boast", "testify",
        "wonder", "caution", "counter", "assert", "maintain", "retort", "recount", "describe", "describe",
    ]

    /// Every form of every speech verb.
    static let forms: Set<String> = Set(lemmas.flatMap(Inflection.verbForms)).union(["wrote", "written", "read"])
}
