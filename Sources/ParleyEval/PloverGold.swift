import Foundation
import Parley

/// One PLOVER gold-standard event record (the PLOVER_GSR_CAMEO JSON format).
public struct PloverRecord: Sendable, Decodable {
    public struct Actor: Sendable, Decodable {
        public var actorText: String?
        public var code: String?
        public var sector: String?

        enum CodingKeys: String, CodingKey { case actorText, code, sector }

        init(actorText: String?, code: String?, sector: String?) {
            self.actorText = actorText
            self.code = code
            self.sector = sector
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            actorText = try? c.decodeIfPresent(String.self, forKey: .actorText)
            code = try? c.decodeIfPresent(String.self, forKey: .code)
            sector = try? c.decodeIfPresent(String.self, forKey: .sector)
        }
    }

    public var id: String
    public var event: String
    public var mode: String?
    public var text: String?
    public var eventText: String?
    public var date: String?
    public var source: [Actor]?
    public var target: [Actor]?

    enum CodingKeys: String, CodingKey { case id, event, mode, text, eventText, date, source, target }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        event = try c.decode(String.self, forKey: .event)
        mode = try? c.decodeIfPresent(String.self, forKey: .mode)
        text = try? c.decodeIfPresent(String.self, forKey: .text)
        eventText = try? c.decodeIfPresent(String.self, forKey: .eventText)
        date = try? c.decodeIfPresent(String.self, forKey: .date)
        // a few records give an actor list as a plain string
        func actors(_ key: CodingKeys) -> [Actor]? {
            if let list = try? c.decodeIfPresent([Actor].self, forKey: key) { return list }
            if let s = try? c.decodeIfPresent(String.self, forKey: key) { return [Actor(actorText: s, code: nil, sector: nil)] }
            return nil
        }
        source = actors(.source)
        target = actors(.target)
    }

    /// The record's type in today's 16 PLOVER types (DEMAND → REQUEST, DISAPPROVE → ACCUSE…).
    public var type: String { PloverTypes.current(event) }
}

/// Scores Parley's event coder on PLOVER gold records: type, mode, source and target country and sector.
public struct PloverScorer: Sendable {
    public let pipeline: Pipeline

    public init(pipeline: Pipeline) {
        self.pipeline = pipeline
    }

    /// Reads a PLOVER gold-record file; the DOCUMENT records and records without text are left out.
    public static func load(path: String) throws(ParleyError) -> [PloverRecord] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParleyError(.notFound, input: path, problem: "cannot be read", fix: "check the path")
        }
        do {
            return try JSONDecoder().decode([PloverRecord].self, from: data).filter { $0.event != "DOCUMENT" && ($0.text ?? "").isEmpty == false }
        } catch {
            throw ParleyError(.malformedInput, input: path, problem: "is not a JSON array of PLOVER records (\(error.localizedDescription))",
                              fix: "pass a file in the PLOVER_GSR_CAMEO format")
        }
    }

    /// The result of one record.
    public struct Outcome: Sendable {
        public var gold: String
        public var system: String
        public var modeGold: String?
        public var modeSystem: String?
        public var sourceCountryOK: Bool?
        public var targetCountryOK: Bool?
        public var sourceSectorOK: Bool?
        public var targetSectorOK: Bool?
        /// One line on what went wrong (type, actors), or nil when all that was scored is right.
        public var error: String?
    }

    /// Runs the pipeline on one record and compares its event with the gold one.
    public func score(_ r: PloverRecord) -> Outcome {
        let published = r.date.flatMap { CalendarDate(iso: $0) }?.iso
        let doc = pipeline.run(text: r.text ?? "", id: r.id, published: published)
        let ev = PloverScorer.pick(doc.events, doc: doc, eventText: r.eventText)
        // CAMEO's actor codes put IGO or NGO where a country would be: an international body with no country compares so
        func countries(_ ids: [String]) -> Set<String> {
            Set(ids.compactMap { id in doc.actors.first { $0.id == id }.flatMap { a in a.country ?? PloverScorer.bodyCode(sector: a.sector) } })
        }
        func sectors(_ ids: [String]) -> Set<String> { Set(ids.compactMap { id in doc.actors.first { $0.id == id }?.sector }) }
        func goldCodes(_ a: [PloverRecord.Actor]?) -> Set<String> {
            Set((a ?? []).compactMap { $0.code.map { String($0.prefix(3)) } }.filter { $0.count == 3 && $0.uppercased() == $0 }
                .map { PloverScorer.legacyCodes[$0] ?? $0 })
        }
        func goldSectors(_ a: [PloverRecord.Actor]?) -> Set<String> { Set((a ?? []).compactMap { $0.sector.flatMap(PloverScorer.sectorCode) }) }
        var o = Outcome(gold: r.type, system: ev?.type ?? "NONE", modeGold: r.mode.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : PloverTypes.currentMode($0) },
                        modeSystem: ev?.mode)
        let gs = goldCodes(r.source), gt = goldCodes(r.target)
        if !gs.isEmpty { o.sourceCountryOK = ev.map { !countries($0.source).isDisjoint(with: gs) } ?? false }
        if !gt.isEmpty { o.targetCountryOK = ev.map { !countries($0.target).isDisjoint(with: gt) } ?? false }
        let ss = goldSectors(r.source), ts = goldSectors(r.target)
        if !ss.isEmpty { o.sourceSectorOK = ev.map { !sectors($0.source).isDisjoint(with: ss) } ?? false }
        if !ts.isEmpty { o.targetSectorOK = ev.map { !sectors($0.target).isDisjoint(with: ts) } ?? false }
        let wrong = o.gold != o.system || [o.sourceCountryOK, o.targetCountryOK, o.sourceSectorOK, o.targetSectorOK].contains(false)
        if wrong {
            func gold(_ a: [PloverRecord.Actor]?) -> String {
                (a ?? []).map { "\($0.actorText ?? "?")/\($0.code ?? "-")/\($0.sector ?? "-")" }.joined(separator: "; ")
            }
            func system(_ ids: [String]) -> String {
                ids.compactMap { id in doc.actors.first { $0.id == id } }.map { "\($0.name)/\($0.country ?? "-")/\($0.sector ?? "-")" }.joined(separator: "; ")
            }
            func mark(_ ok: Bool?) -> String { ok == false ? "✗" : "" }
            let sys = ev.map { "\($0.type) [\($0.trigger.text)]" } ?? "NONE"
            o.error = "\(r.id)\t\(o.gold) → \(sys)\tsource\(mark(o.sourceCountryOK))\(mark(o.sourceSectorOK)) \(gold(r.source)) | \(ev.map { system($0.source) } ?? "")"
                + "\ttarget\(mark(o.targetCountryOK))\(mark(o.targetSectorOK)) \(gold(r.target)) | \(ev.map { system($0.target) } ?? "")\t\(r.text ?? "")"
        }
        return o
    }

    /// A gold sector as the three letters Parley codes: CAMEO appends an ethnic or religious code
    /// ("CVLalb" is an Albanian civilian) and writes "***" for an unknown role, which is not scored.
    static func sectorCode(_ sector: String) -> String? {
        let code = sector.trimmingCharacters(in: .whitespaces).prefix(3).uppercased()
        return code.count == 3 && code.allSatisfy(\.isLetter) ? code : nil
    }

    /// Country codes some gold records write in CAMEO's older, non-ISO form, and the ISO codes Parley gives.
    static let legacyCodes = ["JAP": "JPN", "ITL": "ITA", "VTN": "VNM"]

    /// The CAMEO code for an international body by its sector: intergovernmental (the UN, the EU, NATO…) or not.
    static func bodyCode(sector: String?) -> String? {
        switch sector {
        case "UNO", "EUR", "IGO": return "IGO"
        case "NGO": return "NGO"
        default: return nil
        }
    }

    /// The system event that answers the record: the one whose trigger is among the gold event words,
    /// else the most confident.
    static func pick(_ events: [Event], doc: Document, eventText: String?) -> Event? {
        let goldWords = Set((eventText ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        if let hit = events.first(where: { ev in
            ev.trigger.text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { goldWords.contains(String($0)) }
        }) { return hit }
        return events.max { $0.confidence < $1.confidence }
    }

    /// Accuracy figures and the confusion table over many records.
    public struct Report: Sendable {
        public var records = 0
        public var typeCorrect = 0
        public var covered = 0
        public var modeRecords = 0
        public var modeCorrect = 0
        public var sourceCountry = (ok: 0, n: 0)
        public var targetCountry = (ok: 0, n: 0)
        public var sourceSector = (ok: 0, n: 0)
        public var targetSector = (ok: 0, n: 0)
        public var confusion: [String: [String: Int]] = [:]

        public init() {}

        public mutating func add(_ o: Outcome) {
            records += 1
            if o.gold == o.system { typeCorrect += 1 }
            if o.system != "NONE" { covered += 1 }
            if let m = o.modeGold, o.gold == o.system {
                modeRecords += 1
                if m == o.modeSystem { modeCorrect += 1 }
            }
            func tally(_ v: Bool?, _ c: inout (ok: Int, n: Int)) { if let v { c.n += 1; if v { c.ok += 1 } } }
            tally(o.sourceCountryOK, &sourceCountry)
            tally(o.targetCountryOK, &targetCountry)
            tally(o.sourceSectorOK, &sourceSector)
            tally(o.targetSectorOK, &targetSector)
            confusion[o.gold, default: [:]][o.system, default: 0] += 1
        }

        static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : (Double(a) / Double(b)).rounded(to: 4) }

        public var typeAccuracy: Double { Report.ratio(typeCorrect, records) }

        /// The figures as one JSON-ready object.
        public var json: [String: Any] {
            [
                "records": records,
                "type_accuracy": typeAccuracy,
                "coverage": Report.ratio(covered, records),
                "mode_accuracy": Report.ratio(modeCorrect, modeRecords),
                "source_country_accuracy": Report.ratio(sourceCountry.ok, sourceCountry.n),
                "target_country_accuracy": Report.ratio(targetCountry.ok, targetCountry.n),
                "source_sector_accuracy": Report.ratio(sourceSector.ok, sourceSector.n),
                "target_sector_accuracy": Report.ratio(targetSector.ok, targetSector.n),
                "confusion": confusion,
            ]
        }

        /// A readable report with the confusion table (rows gold, columns system).
        public var table: String {
            var out = "records \(records); type accuracy \(typeAccuracy) (\(typeCorrect)/\(records)); coverage \(Report.ratio(covered, records))\n"
            out += "mode accuracy \(Report.ratio(modeCorrect, modeRecords)) (\(modeCorrect)/\(modeRecords) with a gold mode and the right type)\n"
            out += "source country \(Report.ratio(sourceCountry.ok, sourceCountry.n)) (\(sourceCountry.n)), target country \(Report.ratio(targetCountry.ok, targetCountry.n)) (\(targetCountry.n)), "
            out += "source sector \(Report.ratio(sourceSector.ok, sourceSector.n)) (\(sourceSector.n)), target sector \(Report.ratio(targetSector.ok, targetSector.n)) (\(targetSector.n))\n"
            let types = PloverTypes.all.sorted()
            let cols = types + ["NONE"]
            out += "gold \\ system".padding(toLength: 12, withPad: " ", startingAt: 0) + cols.map { String($0.prefix(5)).padding(toLength: 6, withPad: " ", startingAt: 0) }.joined() + "\n"
            for g in types where confusion[g] != nil {
                out += g.padding(toLength: 12, withPad: " ", startingAt: 0)
                out += cols.map { c in let v = confusion[g]?[c] ?? 0; return (v == 0 ? "." : String(v)).padding(toLength: 6, withPad: " ", startingAt: 0) }.joined()
                out += "\n"
            }
            return out
        }
    }
}
