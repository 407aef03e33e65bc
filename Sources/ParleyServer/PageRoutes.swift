import Foundation
import Hummingbird

/// The web page: `/` is its HTML, `/static/…` its scripts and styles, `/openapi.yaml` the API's description.
struct PageRoutes: Sendable {
    let assets: StaticAssets

    func add(to router: Router<ParleyRequestContext>) {
        router.get("/") { _, _ in
            try assets.response(for: "index.html")
        }
        router.get("static/**") { _, context in
            let path = context.parameters.getCatchAll().joined(separator: "/")
            return try assets.response(for: path)
        }
        router.get("openapi.yaml") { _, _ in
            let data = OpenAPIDocument.text
            return Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: data)))
        }
    }
}

/// The hand-written OpenAPI 3 description of the API, shipped as a resource.
enum OpenAPIDocument {
    static let text: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml", subdirectory: "Resources"),
              let s = try? String(contentsOf: url, encoding: .utf8) else { return "openapi: 3.0.3\n" }
        return s
    }()
}
