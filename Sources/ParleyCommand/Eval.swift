import ArgumentParser

extension ParleyCommand {
    /// `parley eval`: scores Parley on the standard evaluation formats.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score Parley's stages on standard evaluation data.",
            subcommands: [EvalNER.self, TimeML.self, EvalDates.self, EvalGeo.self, EvalEvents.self, EvalQuotes.self]
        )
    }

    /// `parley train`: trains Parley's models from annotated data.
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train Parley's models from annotated data.",
            subcommands: [TrainNER.self]
        )
    }
}
