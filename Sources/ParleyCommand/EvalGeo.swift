import ArgumentParser
import Foundation
import Parley
import ParleyEval

extension ParleyCommand {
    /// `parley eval geo`: geocoding on the LGL corpus.
    struct EvalGeo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "geo",
            abstract: "Score place resolution on LGL: accuracy within 161 km and area under the log-error curve, on gold and on detected toponyms.",
            discussion: "Gold: every gold toponym with coordinates is resolved by Parley in its article's context. Detected: Parley's own places, matched to gold toponyms by overlap (detection precision, recall, F1), scored on the matches. AUC is the mean of ln(1 + error km) / ln(20039); lower is better."
        )

        @Argument(help: "The LGL XML file.")
        var file: String

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        @Option(help: "Also list the N toponyms most often placed more than 161 km off, or left unresolved.")
        var showErrors: Int = 0

        @Option(help: "Also write every gold toponym, tab-separated, to this file: article, start, phrase, gold lat and lon, the chosen place (name, kind, admin1, country), the error in km (-1 when unresolved) and the number of candidates.")
        var errors: String?

        func run() throws {
            let articles = try LGLArticle.load(path: file)
            let pipeline = try Pipeline.standard()
            let context = pipeline.prefix(through: "entities")
            let resolver = PlaceResolver()
            var gold = GeoScorer(), detected = GeoScorer()
            var misses: [String: Int] = [:]
            var rowsOut = ["article\tstart\tphrase\tlat\tlon\tname\tkind\tadmin1\tcountry\tkm\tcandidates"]
            for a in articles {
                let doc = context.run(text: a.text, id: a.id)
                let withCoords = a.toponyms.filter { $0.lat != nil && $0.lon != nil }
                let spans = withCoords.map { t -> Range<Int> in
                    let lo = EntityIndex.firstToken(endingAfter: t.start, doc.tokens)
                    var hi = lo
                    while hi < doc.tokens.count && doc.tokens[hi].start < t.end { hi += 1 }
                    return lo..<max(hi, lo + 1)
                }
                let rows = resolver.resolve(doc: doc, names: withCoords.map(\.phrase), spans: spans)
                for (t, row) in zip(withCoords, rows) {
                    let n = Gazetteer.shared.candidates(t.phrase).count
                    guard let row, let lat = t.lat, let lon = t.lon else {
                        gold.unresolved += 1
                        misses[t.phrase + " → unresolved", default: 0] += 1
                        rowsOut.append("\(a.id)\t\(t.start)\t\(t.phrase)\t\(t.lat ?? 0)\t\(t.lon ?? 0)\t-\t-\t-\t-\t-1\t\(n)")
                        continue
                    }
                    let g = Gazetteer.shared.entries[row]
                    let d = Gazetteer.distance((lat, lon), (g.lat, g.lon))
                    rowsOut.append("\(a.id)\t\(t.start)\t\(t.phrase)\t\(lat)\t\(lon)\t\(g.name)\t\(g.kind)\t\(g.admin1 ?? "-")\t\(g.country ?? "-")\t\(Int(d.rounded()))\t\(n)")
                    gold.errors.append(d)
                    if d > 161 { misses["\(t.phrase) → \(g.name), \(g.admin1 ?? "-"), \(g.country ?? "-")", default: 0] += 1 }
                }
                let full = pipeline.run(doc)
                var matched = Set<Int>()
                var tp = 0
                for p in full.places {
                    guard let k = a.toponyms.indices.first(where: { !matched.contains($0) && a.toponyms[$0].start < p.end && p.start < a.toponyms[$0].end }) else { continue }
                    matched.insert(k)
                    tp += 1
                    if let lat = a.toponyms[k].lat, let lon = a.toponyms[k].lon {
                        detected.errors.append(Gazetteer.distance((lat, lon), (p.lat, p.lon)))
                    }
                }
                detected.detection += Counts(truePositives: tp, falsePositives: full.places.count - tp, falseNegatives: a.toponyms.count - tp)
            }
            if let errors {
                do {
                    try (rowsOut.joined(separator: "\n") + "\n").write(toFile: errors, atomically: true, encoding: .utf8)
                } catch {
                    throw ParleyError(.invalidArgument, input: errors, problem: "cannot write the error list", fix: "give a writable path")
                }
            }
            switch format {
            case .json:
                var d = detected.json
                d["detection"] = detected.detection.scores
                try printJSON(["articles": articles.count, "gold": gold.json, "detected": d])
            case .text:
                print("articles \(articles.count)")
                print(String(format: "gold toponyms     %d: accuracy@161km %.4f, AUC %.4f, mean %.0f km, median %.0f km, unresolved %d",
                             gold.errors.count + gold.unresolved, gold.accuracy161, gold.auc, gold.meanError, gold.medianError, gold.unresolved))
                for (k, v) in misses.sorted(by: { $0.value > $1.value }).prefix(showErrors) { print("  \(v)  \(k)") }
                print(String(format: "detected toponyms: precision %.4f, recall %.4f, F1 %.4f; on matches accuracy@161km %.4f, AUC %.4f",
                             detected.detection.precision, detected.detection.recall, detected.detection.f1, detected.accuracy161, detected.auc))
            }
        }
    }
}
