import Foundation
import Hummingbird

/// The web page's files, read once from the target's `Resources/public` folder into memory.
///
/// Requests are answered by looking the path up in this table, never by touching the file
/// system, so no path (`/../`, `%2e%2e`, encoded slashes) can reach a file outside the folder.
struct StaticAssets: Sendable {
    struct Asset: Sendable {
        var data: ByteBuffer
        var contentType: String
    }

    let files: [String: Asset]

    init(files: [String: Asset]) { self.files = files }

    /// Every file under `folder`, keyed by its path relative to it (`app.js`, `img/x.svg`).
    init(folder: URL) {
        var files: [String: Asset] = [:]
        let fm = FileManager.default
        for name in (try? fm.subpathsOfDirectory(atPath: folder.path)) ?? [] {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            guard !name.split(separator: "/").contains(".."), fm.fileExists(atPath: path, isDirectory: &isDirectory),
                  !isDirectory.boolValue, let data = fm.contents(atPath: path) else { continue }
            files[name] = Asset(data: ByteBuffer(bytes: data), contentType: Self.contentType(of: name))
        }
        self.files = files
    }

    /// The shipped assets of the ParleyServer target.
    static let bundled: StaticAssets = {
        guard let folder = Bundle.module.url(forResource: "public", withExtension: nil, subdirectory: "Resources") else {
            return StaticAssets(files: [:])
        }
        return StaticAssets(folder: folder)
    }()

    /// The response for a relative path, or a 404.
    func response(for path: String) throws(APIError) -> Response {
        guard let asset = files[path] else {
            throw APIError.notFound("no such file: /static/\(path)")
        }
        var headers: HTTPFields = [.contentType: asset.contentType, .cacheControl: "no-cache"]
        if let noSniff = HTTPFields.Element.Name("X-Content-Type-Options") { headers[noSniff] = "nosniff" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: asset.data))
    }

    static func contentType(of name: String) -> String {
        switch name.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "yaml", "yml": "application/yaml; charset=utf-8"
        case "ico": "image/x-icon"
        default: "application/octet-stream"
        }
    }
}
