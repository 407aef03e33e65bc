import Foundation
import Parley

/// Paths the tests share: the package root and ../shared beside it.
enum Fixtures {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the checkout; tests that read it are skipped when it is absent.
    static let shared: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path) }

    static func corpus(_ name: String) throws -> String {
        try String(contentsOf: shared.appendingPathComponent("corpus").appendingPathComponent(name), encoding: .utf8)
    }

    static let pipeline: Pipeline = (try? Pipeline.standard()) ?? Pipeline(stages: [])

    /// Runs the standard pipeline over a text.
    static func run(_ text: String, published: String? = nil) -> Document {
        pipeline.run(text: text, id: "test", published: published)
    }
}

extension Document {
    /// The text of each sentence.
    var sentenceTexts: [String] { sentences.map { slice($0.start, $0.end) } }
}
