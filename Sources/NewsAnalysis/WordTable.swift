/// A word as a hash key. Swift hashes a String with SipHash behind a seeded Hasher, which
/// cost a tenth of the analysis: every token is looked up in several word lists. Words of a
/// gazetteer need no protection from crafted collisions, so a multiply-and-shift hash of
/// the UTF-8, eight bytes at a time, serves.
struct Word: Hashable, Sendable {
    let text: String

    @inline(__always) init(_ text: String) { self.text = text }

    static func == (a: Word, b: Word) -> Bool { a.text == b.text }

    func hash(into hasher: inout Hasher) { hasher.combine(Word.hash(text)) }

    /// What Set and Dictionary call: bypasses Hasher.
    func _rawHashValue(seed: Int) -> Int { Word.hash(text) ^ seed }

    static func hash(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes -> Int in
            var h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var i = 0
            let n = bytes.count
            let base = UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
            while i + 8 <= n {
                h = (h ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xD6E8_FEB8_6659_FD93
                h ^= h >> 32
                i += 8
            }
            if i < n {
                var tail: UInt64 = 0
                var shift: UInt64 = 0
                while i < n {
                    tail |= UInt64(bytes[i]) << shift
                    shift += 8
                    i += 1
                }
                h = (h ^ tail) &* 0xD6E8_FEB8_6659_FD93
                h ^= h >> 32
            }
            h = h &* 0x9E37_79B9_7F4A_7C15
            return Int(bitPattern: UInt(h ^ (h >> 29)))
        }
    }
}

/// A set of words with the cheaper hash (see `Word`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var words = Set<Word>()

    init() {}
    init(arrayLiteral elements: String...) { words = Set(elements.map(Word.init)) }

    @inline(__always) func contains(_ text: String) -> Bool { words.contains(Word(text)) }

    mutating func insert(_ text: String) { words.insert(Word(text)) }

    var isEmpty: Bool { words.isEmpty }
}

/// A dictionary keyed by words, with the cheaper hash (see `Word`).
struct WordMap<Value> {
    private var entries: [Word: Value] = [:]

    init() {}

    @inline(__always) subscript(_ text: String) -> Value? {
        get { entries[Word(text)] }
        set { entries[Word(text)] = newValue }
    }

    subscript(_ text: String, default value: @autoclosure () -> Value) -> Value {
        get { entries[Word(text), default: value()] }
        set { entries[Word(text), default: value()] = newValue }
    }

    var isEmpty: Bool { entries.isEmpty }
    var keys: [String] { entries.keys.map(\.text) }
    var values: Dictionary<Word, Value>.Values { entries.values }
}

extension WordMap: Sendable where Value: Sendable {}
