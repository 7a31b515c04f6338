/// A word as a hash key. Swift hashes a String with SipHash behind a seeded Hasher, which
/// cost a tenth of the analysis: every token is looked up in several word lists. Words of a
/// gazetteer need no protection from crafted collisions, so FNV-1a of the UTF-8, mixed at
/// the end, serves.
struct Word: Hashable, Sendable {
    let text: String

    @inline(__always) init(_ text: String) { self.text = text }

    static func == (a: Word, b: Word) -> Bool { a.text == b.text }

    func hash(into hasher: inout Hasher) { hasher.combine(Word.hash(text)) }

    /// What Set and Dictionary call: bypasses Hasher.
    func _rawHashValue(seed: Int) -> Int { Word.hash(text) ^ seed }

    static func hash(_ text: String) -> Int {
        // Byte by byte through the UTF-8 view: for the short strings most words are, it reads
        // the string's own bits, where borrowing a contiguous buffer copies them first.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        h ^= h >> 32
        h = h &* 0x9E37_79B9_7F4A_7C15
        return Int(bitPattern: UInt(h ^ (h >> 29)))
    }
}

/// A set of words with the cheaper hash (see `Word`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var words = Set<Word>()

    init() {}
    init(arrayLiteral elements: String...) { words = Set(elements.map(Word.init)) }

    @inline(__always) func contains(_ text: String) -> Bool { words.contains(Word(text)) }

    mutating func insert(_ text: String) { words.insert(Word(text)) }
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
}

extension WordMap: Sendable where Value: Sendable {}
