/// Where `parley serve` listens and the limits it applies.
public struct ServerConfiguration: Sendable {
    /// The address to bind: loopback unless told otherwise.
    public var host: String
    public var port: Int
    /// The largest request body `POST /api/extract` accepts.
    public var maxBodyBytes: Int
    /// How long `POST /api/extract` waits for the pipeline.
    public var extractTimeLimit: Duration

    public init(host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 1 << 20,
                extractTimeLimit: Duration = .seconds(10)) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.extractTimeLimit = extractTimeLimit
    }
}
