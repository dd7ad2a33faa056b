/// How `classify serve` runs.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Required when binding to anything but loopback; then every API call needs
    /// `Authorization: Bearer <token>`.
    public var token: String?
    /// The SQLite file holding recruiters' tags (created on first use).
    public var storePath: String
    /// The largest request body, in bytes (a posting or a batch of them).
    public var maxBodyBytes: Int
    /// The most postings one `POST /v1/classify/batch` may hold.
    public var maxBatchItems: Int

    public static let defaultMaxBodyBytes = 4 * 1024 * 1024
    public static let defaultMaxBatchItems = 100

    public init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, storePath: String,
                maxBodyBytes: Int = defaultMaxBodyBytes, maxBatchItems: Int = defaultMaxBatchItems) {
        self.host = host
        self.port = port
        self.token = token
        self.storePath = storePath
        self.maxBodyBytes = maxBodyBytes
        self.maxBatchItems = maxBatchItems
    }

    /// Whether `host` reaches this machine only.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    /// Why this configuration may not run, or `nil`.
    public var problem: String? {
        if !Self.isLoopback(host) && (token ?? "").isEmpty {
            return "binding to \(host) (not loopback) requires a token: pass --token or set CLASSIFY_TOKEN"
        }
        if port < 0 || port > 65_535 { return "port \(port) is out of range" }
        return nil
    }
}
