import Foundation

/// Reads article text from files and standard input, refusing what is not
/// an article: missing files, folders, binary data, invalid UTF-8, empty or
/// oversized input.
public enum ArticleText {
    /// The largest article accepted, in bytes.
    public static let maxBytes = 16 * 1024 * 1024

    /// Reads and checks a file; `-` is standard input.
    public static func read(path: String) throws(ParleyError) -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw ParleyError(.notFound, input: path, problem: "no such file", fix: "check the path")
            }
            if isDir.boolValue {
                throw ParleyError(.isDirectory, input: path, problem: "is a folder",
                                  fix: "pass the article files inside it, e.g. \(path)/*.txt")
            }
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
                throw tooLarge(path, size)
            }
            guard let d = FileManager.default.contents(atPath: path) else {
                throw ParleyError(.unreadable, input: path, problem: "cannot be read", fix: "check its permissions")
            }
            data = d
        }
        return try decode(data, input: path)
    }

    /// Checks raw bytes and decodes them as UTF-8 (a UTF-8 byte-order mark is dropped).
    public static func decode(_ data: Data, input: String) throws(ParleyError) -> String {
        if data.count > maxBytes { throw tooLarge(input, data.count) }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            throw ParleyError(.binary, input: input, problem: "looks binary (NUL byte at offset \(nul))",
                              fix: "pass a plain-text article in UTF-8")
        }
        if let bad = firstInvalidUTF8(bytes) {
            throw ParleyError(.invalidUTF8, input: input, problem: "is not valid UTF-8 (bad byte at offset \(bad))",
                              fix: "convert it first, e.g. iconv -f latin1 -t utf-8")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw ParleyError(.empty, input: input, problem: "is empty", fix: "pass a file that holds an article's text")
        }
        return text
    }

    static func tooLarge(_ input: String, _ size: Int) -> ParleyError {
        ParleyError(.tooLarge, input: input, problem: "is \(size / 1_048_576) MiB, over the \(maxBytes / 1_048_576) MiB limit for one article",
                    fix: "split it into articles, or pass them as JSON Lines")
    }

    /// The offset of the first byte that breaks UTF-8, or nil.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let len: Int, minScalar: UInt32
            if c & 0xE0 == 0xC0 { (len, minScalar) = (2, 0x80) }
            else if c & 0xF0 == 0xE0 { (len, minScalar) = (3, 0x800) }
            else if c & 0xF8 == 0xF0 { (len, minScalar) = (4, 0x10000) }
            else { return i }
            guard i + len <= n else { return i }
            var v = UInt32(c) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
            for k in 1..<len {
                let cc = b[i + k]
                guard cc & 0xC0 == 0x80 else { return i }
                v = (v << 6) | UInt32(cc & 0x3F)
            }
            if v < minScalar || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { return i }
            i += len
        }
        return nil
    }
}
