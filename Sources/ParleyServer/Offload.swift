import Dispatch

/// Runs blocking work, such as SQLite reads, on Dispatch's threads.
///
/// Swift concurrency runs every request on as many threads as the machine has cores (two here);
/// a query that blocks one of them stalls every other request, cached or not, until it returns.
enum Offload {
    private static let queue = DispatchQueue(label: "parley.serve.reads", qos: .userInitiated, attributes: .concurrent)

    /// The result of `work`, run off the caller's thread.
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
