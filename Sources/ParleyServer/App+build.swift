import Foundation
import Hummingbird
import Logging
import Parley
import ParleyStore

/// The request context of every route.
public typealias ParleyRequestContext = BasicRequestContext

/// Builds the server over a corpus store: the JSON API, the OpenAPI document and the web page.
///
/// Tests run it in-process: `try await buildApplication(store: s).test(.router) { client in … }`.
///
/// `onListening` gets the port the server listens on once it does (the one picked, for port 0).
public func buildApplication(store: Store, configuration: ServerConfiguration = .init(), logger: Logger? = nil,
                             onListening: @escaping @Sendable (Int) -> Void = { _ in }) throws -> some ApplicationProtocol {
    let log = logger ?? {
        var l = Logger(label: "parley.serve")
        // Warnings and errors only: `parley serve` prints where it listens itself.
        l.logLevel = .warning
        return l
    }()
    let router = try buildRouter(store: store, configuration: configuration)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "parley"),
        onServerRunning: { channel in onListening(channel.localAddress?.port ?? configuration.port) },
        logger: log
    )
}

/// The router alone, for tests that list its routes.
public func buildRouter(store: Store, configuration: ServerConfiguration = .init()) throws -> Router<ParleyRequestContext> {
    let router = Router(context: ParleyRequestContext.self)
    router.add(middleware: JSONErrorMiddleware())
    let extractor = ArticleExtractor(pipeline: try Pipeline.standard(), maxBodyBytes: configuration.maxBodyBytes,
                                     timeLimit: configuration.extractTimeLimit)
    try APIRoutes(store: store, extractor: extractor).add(to: router)
    PageRoutes(assets: .bundled).add(to: router)
    return router
}
