import ArgumentParser
import Foundation
import Parley
import ParleyServer
import ParleyStore
import Synchronization

extension ParleyCommand {
    /// `parley serve`: the JSON API and the web page over a corpus store.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the JSON API and the web page over a corpus store.",
            discussion: """
            Opens the store read-only (build it with 'parley ingest') and serves it at \
            http://HOST:PORT/ — the page at /, the API under /api, its description at /openapi.yaml. \
            Binds to loopback unless --host says otherwise. Stop it with Ctrl-C.
            """
        )

        @OptionGroup var store: StoreOptions

        @Option(help: "The address to bind; 0.0.0.0 to be reachable from other machines.")
        var host: String = "127.0.0.1"

        @Option(help: "The port to listen on (0: any free port).")
        var port: Int = 8080

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is not a port; use 0-65535") }
        }

        /// The root command runs synchronously, so the server runs on a task while this thread waits.
        func run() throws {
            let db = try store.openForReading()
            let c = try db.counts()
            let summary = "\(store.path): \(c.articles) articles, \(c.events) events, \(c.incidents) incidents"
            let host = self.host
            let app = try buildApplication(store: db, configuration: ServerConfiguration(host: host, port: port),
                                           logger: nil) { port in
                Console.error("serving \(summary) at http://\(host):\(port)/ (Ctrl-C stops)")
            }
            let outcome = ServeOutcome()
            let done = DispatchSemaphore(value: 0)
            Task {
                do { try await app.runService() } catch { outcome.error.withLock { $0 = error } }
                done.signal()
            }
            done.wait()
            if let error = outcome.error.withLock({ $0 }) { throw error }
        }
    }
}

/// How the server task ended, handed back to the waiting thread.
final class ServeOutcome: Sendable {
    let error = Mutex<(any Error)?>(nil)
}
