/// A word as a hash key. Swift hashes a String with SipHash behind a seeded Hasher, which
/// cost a tenth of the analysis: every token is looked up in several word lists. Words of a
/// gazetteer need no protection from crafted collisions, so FNV-1a of the UTF-8, mixed at
/// the end, serves.
///
/// A word carries its hash: a token's words are hashed once, as the tokenizer writes them,
/// and then looked up in many lists.
struct Word: Hashable, Sendable {
    let text: String
    let hash: Int

    @inline(__always) init(_ text: String) { self.init(text, hash: Word.hash(text)) }

    /// A hash `Word.hash(text)` gave, or `Word.finish` of `Word.step` over the text's UTF-8.
    @inline(__always) init(_ text: String, hash: Int) {
        self.text = text
        self.hash = hash
    }

    static func == (a: Word, b: Word) -> Bool { a.hash == b.hash && a.text == b.text }
    static func == (word: Word, text: String) -> Bool { word.text == text }
    static func != (word: Word, text: String) -> Bool { word.text != text }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    /// What Set and Dictionary call: bypasses Hasher.
    func _rawHashValue(seed: Int) -> Int { hash ^ seed }

    /// A word many passes compare tokens with: against a word the hashes are compared first,
    /// against a string the text.
    static let the = Word("the")
    static let and = Word("and")

    static let start: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
    @inline(__always) static func finish(_ h: UInt64) -> Int {
        var h = h ^ (h >> 32)
        h = h &* 0x9E37_79B9_7F4A_7C15
        return Int(bitPattern: UInt(h ^ (h >> 29)))
    }

    /// The words joined by single spaces, written straight into the string's storage (the
    /// standard `joined` costs several times more, and keys are joined many times a story).
    static func joined(_ words: [String]) -> String {
        if words.count == 1 { return words[0] }
        let count = words.reduce(words.count - 1) { $0 + $1.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var n = 0
            for (i, word) in words.enumerated() {
                if i > 0 { buffer[n] = 0x20; n += 1 }
                for byte in word.utf8 { buffer[n] = byte; n += 1 }
            }
            return n
        }
    }

    /// `Word.hash(first + "|" + second)`, without making that string.
    static func hash(_ first: String, joinedTo second: String) -> Int {
        var h = start
        for byte in first.utf8 { h = step(h, byte) }
        h = step(h, UInt8(ascii: "|"))
        for byte in second.utf8 { h = step(h, byte) }
        return finish(h)
    }

    static func hash(_ text: String) -> Int {
        // Byte by byte through the UTF-8 view: for the short strings most words are, it reads
        // the string's own bits, where borrowing a contiguous buffer copies them first.
        var h = start
        for byte in text.utf8 { h = step(h, byte) }
        return finish(h)
    }
}

/// A set of words with the cheaper hash (see `Word`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var words = Set<Word>()

    init() {}
    init(arrayLiteral elements: String...) { words = Set(elements.map(Word.init)) }
    init(_ elements: [String]) { words = Set(elements.map(Word.init)) }

    @inline(__always) func contains(_ text: String) -> Bool { words.contains(Word(text)) }
    @inline(__always) func contains(_ word: Word) -> Bool { words.contains(word) }

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

    @inline(__always) subscript(_ word: Word) -> Value? { entries[word] }

    subscript(_ text: String, default value: @autoclosure () -> Value) -> Value {
        get { entries[Word(text), default: value()] }
        set { entries[Word(text), default: value()] = newValue }
    }
}

extension WordMap: Sendable where Value: Sendable {}
