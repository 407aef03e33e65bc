/// Encodes `Encodable` values as compact JSON with sorted keys and unescaped slashes, the format
/// `JSONEncoder` writes with `[.sortedKeys, .withoutEscapingSlashes]`, several times faster: values
/// go straight to UTF-8 bytes and only each object's members are sorted, with no boxing of values
/// or casts to Foundation types. Used for the document JSON that ingest stores and `extract` prints.
struct CompactJSONEncoder {
    /// The JSON text of a value.
    func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let root = JSONNode()
        try value.encode(to: NodeEncoder(node: root, codingPath: []))
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        root.write(to: &out)
        return out
    }
}

/// One JSON value under construction: a finished scalar, or an object or array still being filled.
final class JSONNode {
    enum Kind {
        case scalar([UInt8])
        case object([(key: String, node: JSONNode)])
        case array([JSONNode])
    }

    var kind: Kind = .scalar(Array("null".utf8))

    init() {}
    init(scalar bytes: [UInt8]) { kind = .scalar(bytes) }

    func write(to out: inout [UInt8]) {
        switch kind {
        case .scalar(let b):
            out.append(contentsOf: b)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, n) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                n.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            // a later value for the same key replaces the earlier one, as in JSONEncoder
            var seen: [String: Int] = [:]
            var unique: [(key: String, node: JSONNode)] = []
            for m in members {
                if let k = seen[m.key] { unique[k] = m } else { seen[m.key] = unique.count; unique.append(m) }
            }
            unique.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (i, m) in unique.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONNode.writeString(m.key, to: &out)
                out.append(UInt8(ascii: ":"))
                m.node.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    static func string(_ s: String) -> JSONNode {
        var b: [UInt8] = []
        b.reserveCapacity(s.utf8.count + 2)
        writeString(s, to: &b)
        return JSONNode(scalar: b)
    }

    static func number(_ d: Double) throws -> JSONNode {
        guard d.isFinite else {
            throw EncodingError.invalidValue(d, EncodingError.Context(codingPath: [], debugDescription: "JSON has no \(d)"))
        }
        // whole numbers as integers, others in the shortest form that reads back the same
        if d == d.rounded(), abs(d) < 1e15 { return JSONNode(scalar: Array(String(Int64(d)).utf8)) }
        return JSONNode(scalar: Array(d.description.utf8))
    }

    static func integer<I: BinaryInteger>(_ i: I) -> JSONNode { JSONNode(scalar: Array(String(i).utf8)) }
    static func bool(_ b: Bool) -> JSONNode { JSONNode(scalar: Array((b ? "true" : "false").utf8)) }
}

/// The `Encoder` writing into one node.
struct NodeEncoder: Encoder {
    let node: JSONNode
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.kind {} else { node.kind = .object([]) }
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.kind {} else { node.kind = .array([]) }
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleNodeContainer(node: node, codingPath: codingPath) }

    /// The node of any value: scalars directly, everything else through its own `encode(to:)`.
    static func node<T: Encodable>(for value: T, codingPath: [any CodingKey]) throws -> JSONNode {
        switch value {
        case let s as String: return JSONNode.string(s)
        case let i as Int: return JSONNode.integer(i)
        case let d as Double: return try JSONNode.number(d)
        case let b as Bool: return JSONNode.bool(b)
        default:
            let n = JSONNode()
            try value.encode(to: NodeEncoder(node: n, codingPath: codingPath))
            return n
        }
    }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    var codingPath: [any CodingKey]

    func add(_ child: JSONNode, _ key: Key) {
        guard case .object(var members) = node.kind else { return }
        node.kind = .scalar([])  // let go of the array so appending does not copy it
        members.append((key.stringValue, child))
        node.kind = .object(members)
    }

    mutating func encodeNil(forKey key: Key) throws { add(JSONNode(), key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(JSONNode.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { add(JSONNode.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { add(try JSONNode.number(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(JSONNode.integer(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        add(try NodeEncoder.node(for: value, codingPath: codingPath + [key]), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONNode()
        add(child, key)
        return NodeEncoder(node: child, codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        add(child, key)
        return NodeEncoder(node: child, codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let child = JSONNode()
        add(child, key)
        return NodeEncoder(node: child, codingPath: codingPath + [key])
    }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey]
    var count: Int {
        if case .array(let items) = node.kind { return items.count }
        return 0
    }

    func add(_ child: JSONNode) {
        guard case .array(var items) = node.kind else { return }
        node.kind = .scalar([])
        items.append(child)
        node.kind = .array(items)
    }

    mutating func encodeNil() throws { add(JSONNode()) }
    mutating func encode(_ value: Bool) throws { add(JSONNode.bool(value)) }
    mutating func encode(_ value: String) throws { add(JSONNode.string(value)) }
    mutating func encode(_ value: Double) throws { add(try JSONNode.number(value)) }
    mutating func encode(_ value: Int) throws { add(JSONNode.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { add(try NodeEncoder.node(for: value, codingPath: codingPath)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = JSONNode()
        add(child)
        return NodeEncoder(node: child, codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = JSONNode()
        add(child)
        return NodeEncoder(node: child, codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let child = JSONNode()
        add(child)
        return NodeEncoder(node: child, codingPath: codingPath)
    }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.kind = .scalar(Array("null".utf8)) }
    mutating func encode(_ value: Bool) throws { node.kind = JSONNode.bool(value).kind }
    mutating func encode(_ value: String) throws { node.kind = JSONNode.string(value).kind }
    mutating func encode(_ value: Double) throws { node.kind = try JSONNode.number(value).kind }
    mutating func encode(_ value: Int) throws { node.kind = JSONNode.integer(value).kind }
    mutating func encode<T: Encodable>(_ value: T) throws {
        node.kind = try NodeEncoder.node(for: value, codingPath: codingPath).kind
    }
}
