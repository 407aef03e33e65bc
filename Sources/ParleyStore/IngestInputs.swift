import Foundation
import Parley

/// One article to ingest, as the inputs give it.
public enum IngestItem: Sendable {
    /// Article text still to run through the pipeline.
    case article(ArticleRecord, id: String)
    /// A document JSON line (from `parley extract`) whose layers are already extracted.
    case document(Document)
    /// An input that could not be read, reported and skipped.
    case failed(ParleyError)
}

/// The articles of the paths given to `parley ingest`, read one at a time.
///
/// A `.txt` file (or any file not ending in `.jsonl`) is one article; a folder is searched
/// recursively for `*.txt` and `*.jsonl`; each non-blank line of a `.jsonl` file is an article
/// object `{"id", "text", "published", "source", "title", "url"}` or a document JSON object
/// with its `text` (as `parley extract` writes, plus `"text"`).
public final class IngestInputs {
    /// The number of articles (files and non-blank lines), known before reading them.
    public let total: Int
    private var files: [(path: String, jsonl: Bool)]
    private var failures: [ParleyError]
    private var fileIndex = 0
    private var lines: LineReader?
    private var currentPath = ""

    /// Expands files and folders; a missing path becomes a failure reported in turn.
    public init(paths: [String]) {
        var files: [(String, Bool)] = []
        var failures: [ParleyError] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                failures.append(ParleyError(.notFound, input: path, problem: "no such file or folder", fix: "check the path"))
                continue
            }
            if isDir.boolValue {
                let root = URL(fileURLWithPath: path)
                var found: [String] = []
                if let e = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
                    for case let url as URL in e where ["txt", "jsonl"].contains(url.pathExtension.lowercased()) {
                        // Keep the path as the user wrote the folder, so document ids read naturally.
                        let rel = url.path.hasPrefix(root.path + "/") ? String(url.path.dropFirst(root.path.count + 1)) : url.lastPathComponent
                        found.append((path.hasSuffix("/") ? path : path + "/") + rel)
                    }
                }
                for f in found.sorted() { files.append((f, f.lowercased().hasSuffix(".jsonl"))) }
            } else {
                files.append((path, path.lowercased().hasSuffix(".jsonl")))
            }
        }
        self.files = files
        self.failures = failures
        total = files.reduce(failures.count) { $0 + ($1.1 ? LineReader.countNonBlankLines(path: $1.0) : 1) }
    }

    /// The next article, or nil when all are read.
    public func next() -> IngestItem? {
        if let f = failures.popLast() { return .failed(f) }
        while true {
            if let reader = lines {
                if let (number, line) = reader.next() {
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    return IngestInputs.parse(line, path: currentPath, line: number)
                }
                lines = nil
            }
            guard fileIndex < files.count else { return nil }
            let (path, jsonl) = files[fileIndex]
            fileIndex += 1
            if jsonl {
                guard let reader = LineReader(path: path) else {
                    return .failed(ParleyError(.unreadable, input: path, problem: "cannot be read", fix: "check its permissions"))
                }
                lines = reader
                currentPath = path
                continue
            }
            do {
                let text = try ArticleText.read(path: path)
                return .article(ArticleRecord(id: path, text: text), id: path)
            } catch {
                return .failed(error)
            }
        }
    }

    /// Up to `count` articles.
    public func next(_ count: Int) -> [IngestItem] {
        var out: [IngestItem] = []
        while out.count < count, let item = next() { out.append(item) }
        return out
    }

    private static let documentKey = Array("\"document\"".utf8)

    /// Whether `needle` (not empty) occurs in `bytes`: `memchr` to each candidate first byte, then a compare.
    /// The generic `firstRange(of:)` cost more than decoding the line.
    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { hay in
            needle.withUnsafeBytes { n in
                guard let h = hay.baseAddress, let p = n.baseAddress, n.count > 0 else { return false }
                var at = 0
                while hay.count - at >= n.count {
                    guard let hit = memchr(h + at, Int32(n[0]), hay.count - at - n.count + 1) else { return false }
                    let i = h.distance(to: UnsafeRawPointer(hit))
                    if memcmp(h + i, p, n.count) == 0 { return true }
                    at = i + 1
                }
                return false
            }
        }
    }

    static func parse(_ bytes: [UInt8], path: String, line: Int) -> IngestItem {
        let text: String
        do {
            text = try ArticleText.decode(Data(bytes), input: "\(path):\(line)")
        } catch {
            return .failed(error)
        }
        // A document JSON object starts its keys with "document"; anything else is an article record.
        if IngestInputs.contains(bytes, IngestInputs.documentKey) {
            guard let doc = try? JSONDecoder().decode(Document.self, from: Data(bytes)) else {
                return .failed(ParleyError(.malformedInput, input: "\(path):\(line)", problem: "not a document JSON object",
                                           fix: "write the objects 'parley extract' prints, with the article's \"text\" added"))
            }
            if doc.text.isEmpty {
                return .failed(ParleyError(.malformedInput, input: "\(path):\(line)", problem: "document JSON without its \"text\"",
                                           fix: "add the article's text as \"text\", so the store keeps it and can tell duplicates"))
            }
            return .document(doc)
        }
        do {
            let record = try ArticleRecord.parse(Substring(text), input: path, line: line)
            return .article(record, id: record.id ?? "\(path):\(line)")
        } catch {
            return .failed(error)
        }
    }
}

/// Reads a file line by line in blocks, so a large JSON Lines file is never held whole.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    private var number = 0

    init?(path: String) {
        guard let h = FileHandle(forReadingAtPath: path) else { return nil }
        handle = h
    }

    deinit { try? handle.close() }

    /// The next line (without its line break) and its 1-based number.
    func next() -> (Int, [UInt8])? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<nl])
                start = nl + 1
                number += 1
                return (number, line)
            }
            if eof {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                number += 1
                return (number, line)
            }
            buffer.removeFirst(start)
            start = 0
            let block = (try? handle.read(upToCount: 1 << 20)) ?? Data()
            if block.isEmpty { eof = true } else { buffer.append(contentsOf: block) }
        }
    }

    /// Lines holding something other than blanks, counted without decoding them.
    static func countNonBlankLines(path: String) -> Int {
        guard let reader = LineReader(path: path) else { return 1 }
        var n = 0
        while let (_, line) = reader.next() {
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { n += 1 }
        }
        return n
    }
}
