/// One step of the pipeline: reads the layers earlier stages wrote and adds its own.
///
/// A stage is a pure function of the document: deterministic, no I/O (its
/// resources are loaded once, before it is made), safe to share across threads.
public protocol Stage: Sendable {
    /// A short name for benchmarks and diagnostics ("tokens", "entities"…).
    var name: String { get }
    /// Adds this stage's layer to the document.
    func process(_ document: inout Document)
}

extension Duration {
    /// The duration in seconds, for reports of speed.
    public var seconds: Double {
        let c = components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }
}
