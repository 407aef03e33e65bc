import Foundation
import Hummingbird
import HummingbirdTesting
@testable import ParleyServer
import Testing

@Suite("Web page, static files and the OpenAPI document")
struct PageRoutesTests {
    @Test("the page and its assets are served with their content types", arguments: [
        ("/", "text/html; charset=utf-8", "<title>Parley</title>"),
        ("/static/app.js", "text/javascript; charset=utf-8", "function render"),
        ("/static/app.css", "text/css; charset=utf-8", ".chart"),
        ("/openapi.yaml", "application/yaml; charset=utf-8", "openapi: 3"),
    ])
    func assets(uri: String, contentType: String, holds: String) async throws {
        try await ServerFixtures.withServer { client in
            try await client.execute(uri: uri, method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == contentType)
                #expect(String(buffer: r.body).contains(holds))
            }
        }
    }

    /// Paths that try to leave the static folder, raw and percent-encoded, sent over a real socket.
    @Test("no path reaches a file outside the static folder", arguments: [
        "/static/../Package.swift", "/static/%2e%2e/openapi.yaml", "/static/%2E%2E%2F%2E%2E%2FPackage.swift",
        "/static/..%2f..%2fetc/passwd", "/static/....//....//etc/passwd", "/static//etc/passwd", "/static/%2fetc%2fpasswd",
        "/static/..%5C..%5CPackage.swift", "/static/app.js/../../openapi.yaml", "/static/%252e%252e/openapi.yaml",
        "/static/.%2e/.%2e/etc/passwd", "/../../etc/passwd",
    ])
    func traversal(uri: String) async throws {
        try await ServerFixtures.withServer(.live) { client in
            try await client.execute(uri: uri, method: .get) { r in
                let body = String(buffer: r.body)
                #expect(r.status == .notFound || r.status == .badRequest, "\(uri) → \(r.status)")
                #expect(!body.contains("root:"), "\(uri)")
                #expect(!body.contains("openapi:"), "\(uri)")
                #expect(!body.contains("PackageDescription"), "\(uri)")
            }
        }
    }

    @Test("the asset table holds only files under the public folder")
    func assetTable() {
        let names = StaticAssets.bundled.files.keys.sorted()
        #expect(names == ["app.css", "app.js", "favicon.svg", "index.html"])
        #expect(StaticAssets.bundled.files["../openapi.yaml"] == nil)
    }

    /// The `METHOD /path` pairs of the OpenAPI document's `paths:` section.
    static func documentedRoutes() -> Set<String> {
        var routes = Set<String>()
        var path: String?
        var inPaths = false
        for line in OpenAPIDocument.text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("paths:") { inPaths = true; continue }
            if inPaths && !line.hasPrefix(" ") && !line.isEmpty { inPaths = false }
            guard inPaths else { continue }
            if line.hasPrefix("  /") && line.hasSuffix(":") && !line.hasPrefix("   ") {
                path = String(line.dropFirst(2).dropLast())
            } else if let p = path, line.hasPrefix("    "), !line.hasPrefix("     "),
                      let method = ["get", "post", "put", "delete", "patch"].first(where: { line == "    \($0):" }) {
                routes.insert(method.uppercased() + " " + p)
            }
        }
        return routes
    }

    @Test("every registered route is in openapi.yaml, and every documented route is registered")
    func openAPICoverage() throws {
        let router = try buildRouter(store: try ServerFixtures.store())
        let registered = Set(router.routes.map { route -> String in
            let path = "/" + route.path.components.map { element -> String in
                // The static catch-all is documented as one path parameter.
                element.description == "**" ? "{path}" : element.description
            }.joined(separator: "/")
            return "\(route.method) \(path == "/" ? "/" : path)"
        })
        let documented = Self.documentedRoutes()
        #expect(registered.count >= 14)
        #expect(registered.subtracting(documented).isEmpty, "not in openapi.yaml: \(registered.subtracting(documented).sorted())")
        #expect(documented.subtracting(registered).isEmpty, "documented but not served: \(documented.subtracting(registered).sorted())")
    }
}
