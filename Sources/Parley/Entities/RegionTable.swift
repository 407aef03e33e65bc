import Foundation

/// Regions, seas and sites news names (Resources/regions.tsv), with coordinates.
public final class RegionTable: Sendable {
    public struct Region: Sendable, Hashable {
        public var name: String
        public var kind: String
        public var country: String?
        public var lat: Double
        public var lon: Double
        /// Other names: "DMZ", "Panmunjeom".
        public var aliases: [String] = []
    }

    public let regions: [Region]
    /// Lower-case names and aliases, split into words, by first word.
    let index: [String: [([String], Int)]]

    public static let shared: RegionTable = {
        guard let url = Bundle.module.url(forResource: "regions", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return RegionTable(tsv: "") }
        return RegionTable(tsv: text)
    }()

    public init(tsv: String) {
        var regions: [Region] = []
        var index: [String: [([String], Int)]] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 6, let lat = Double(f[4]), let lon = Double(f[5]) else { continue }
            let r = regions.count
            let aliases = f[1] == "-" ? [] : f[1].split(separator: "|").map(String.init)
            regions.append(Region(name: f[0], kind: f[2], country: f[3] == "-" ? nil : f[3], lat: lat, lon: lon, aliases: aliases))
            let names = [f[0]] + aliases
            for n in names {
                var words = Tokenizer.tokenize(Array(n.unicodeScalars)).map { $0.text.lowercased() }
                if words.first == "the" { words.removeFirst() }
                guard let first = words.first else { continue }
                index[first, default: []].append((words, r))
            }
        }
        for (k, v) in index { index[k] = v.sorted { $0.0.count > $1.0.count } }
        self.regions = regions
        self.index = index
    }

    /// The region named by the words starting at `i`, with the number of words it takes.
    func match(_ lower: [String], at i: Int, end: Int? = nil) -> (region: Int, length: Int)? {
        guard let cands = index[lower[i]] else { return nil }
        let limit = end ?? lower.count
        for (words, r) in cands where i + words.count <= limit && (0..<words.count).allSatisfy({ lower[i + $0] == words[$0] }) {
            return (r, words.count)
        }
        return nil
    }
}
