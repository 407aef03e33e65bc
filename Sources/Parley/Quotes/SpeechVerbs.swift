/// Verbs that introduce what someone said.
enum SpeechVerbs {
    static let lemmas = [
        "say", "tell", "add", "state", "announce", "declare", "insist", "note", "explain", "stress", "warn", "argue",
        "claim", "write", "ask", "reply", "respond", "recall", "remark", "acknowledge", "admit", "confirm", "deny",
        "suggest", "tweet", "predict", "promise", "vow", "continue", "conclude", "concede", "emphasize", "urge",
        "report", "read", "post", "joke", "quip", "shout", "exclaim", "observe", "complain", "boast", "testify",
        "wonder", "caution", "counter", "assert", "maintain", "retort", "recount", "describe", "demand", "scold", "lament",
        "plead", "muse", "reiterate", "whisper", "yell", "scream", "chant", "marvel", "gush", "fume", "interject", "comment", "proclaim", "pledge", "allege",
        "bark", "boom", "grouse", "thunder", "sneer", "mutter", "murmur", "sigh", "snarl", "gripe", "crow", "rail",
    ]

    /// Every form of every speech verb.
    static let forms: Set<String> = Set(lemmas.flatMap(Inflection.verbForms)).union(["wrote", "written", "read"])

    /// Verbs that characterise someone or something in quoted words ("called her behavior “outrageous”",
    /// "dismissed Estonia as the “suburbs of St. Petersburg”"): cues for a quotation that follows them.
    static let characterizing: Set<String> = Set([
        "call", "dub", "label", "brand", "describe", "characterize", "criticize", "criticise", "blast", "slam", "dismiss",
        "deride", "mock", "liken", "compare", "cite", "accuse", "praise", "hail", "refer", "admire", "rate", "rule",
        "condemn", "decry", "denounce", "pound", "attack", "tout", "encourage", "thank", "credit", "blame", "fault",
    ].flatMap(Inflection.verbForms))
}
