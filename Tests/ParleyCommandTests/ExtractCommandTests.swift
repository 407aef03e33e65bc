import Foundation
import ParleyTestSupport
import Testing

/// Runs the built `parley` binary as a user would.
enum CLI {
    /// The `parley` executable beside the test bundle (SwiftPM builds it with the tests).
    static let binary: URL? = {
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("parley")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for config in ["debug", "release"] {
            let c = root.appendingPathComponent(".build/\(config)/parley")
            if FileManager.default.isExecutableFile(atPath: c.path) { return c }
        }
        return nil
    }()

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ args: [String], stdin: Data? = nil) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func temp(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = ScratchFolder.make("cli")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}

@Suite(.enabled(if: CLI.binary != nil, "the parley binary is not built"))
struct ExtractCommandTests {
    static let keys: Set<String> = ["document", "sentences", "entities", "actors", "times", "places", "quotes", "events"]

    @Test func oneArticleGivesOneObjectWithEveryKey() throws {
        let path = try CLI.temp("envoys.txt", Array("Envoys Meet\n\nMarch 4, 2019\n\nThe envoys met in Geneva on Monday.".utf8))
        let r = try CLI.run(["extract", path])
        #expect(r.status == 0)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(Set(obj.keys) == Self.keys)
        let doc = try #require(obj["document"] as? [String: Any])
        #expect(doc["id"] as? String == "envoys.txt")
        #expect(doc["published"] as? String == "2019-03-04")
    }

    @Test func manyArticlesGiveJSONLines() throws {
        let a = try CLI.temp("a.txt", Array("The envoys met.".utf8))
        let b = try CLI.temp("b.txt", Array("The envoys left.".utf8))
        let r = try CLI.run(["extract", a, b, "--published", "2019-03-04"])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for l in lines {
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(l.utf8)) as? [String: Any])
            #expect((obj["document"] as? [String: Any])?["published"] as? String == "2019-03-04")
        }
    }

    @Test func jsonLinesInput() throws {
        let input = "{\"id\": \"x1\", \"text\": \"The envoys met.\", \"published\": \"2019-03-04\"}\nnot json\n"
        let r = try CLI.run(["extract", "--input", "jsonl"], stdin: Data(input.utf8))
        #expect(r.status == 1)
        #expect(r.stdout.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("stdin") || r.stderr.contains("-:2"))
    }

    /// (file name, bytes, words the one error line must hold)
    static let badFiles: [(String, [UInt8], String)] = [
        ("binary.txt", [0x45, 0x00, 0x01, 0x02], "binary"),
        ("latin1.txt", Array("caf".utf8) + [0xE9], "UTF-8"),
        ("empty.txt", [], "empty"),
    ]

    @Test(arguments: badFiles)
    func badInputGivesOneLineAndTheRestGoesOn(_ name: String, _ bytes: [UInt8], _ words: String) throws {
        let bad = try CLI.temp(name, bytes)
        let good = try CLI.temp("good.txt", Array("The envoys met.".utf8))
        let r = try CLI.run(["extract", bad, good])
        #expect(r.status != 0)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains(name) == true)
        #expect(lines.first?.contains(words) == true)
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    static let badArguments: [([String], String)] = [
        (["extract", "/nonexistent/a.txt"], "no such file"),
        (["extract", "/tmp"], "folder"),
        (["extract", "--published", "2018-02-30", "x.txt"], "published"),
        (["extract", "--bogus"], "--bogus"),
    ]

    @Test(arguments: badArguments)
    func badArgumentsGiveOneLine(_ args: [String], _ words: String) throws {
        let r = try CLI.run(args)
        #expect(r.status != 0)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains(words))
    }
}
