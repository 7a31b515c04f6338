/// A word or a punctuation mark of a paragraph, with its place in Unicode scalars.
struct Token {
    enum Kind { case word, punctuation }

    let text: String
    let lower: Word
    /// The name part (no possessive), lower case, apostrophes straightened: for gazetteer look-ups.
    let key: Word
    // Offsets stored in 32 bits: a story has millions of tokens pass through the analysis,
    // and a smaller token is copied and cached faster.
    private let start32: Int32, end32: Int32, nameEnd32: Int32
    var start: Int { Int(start32) }
    var end: Int { Int(end32) }
    /// For `Takaichi's`: where the name ends, before the possessive.
    var nameEnd: Int { Int(nameEnd32) }
    /// The first scalar: what a punctuation token is.
    let mark: Unicode.Scalar
    let kind: Kind
    /// First letter upper case ("Takaichi", "J.D.", "Wei-lun"), or a CJK ideograph.
    let isCapitalized: Bool
    /// The first token of a sentence: its capital says nothing about being a name.
    let startsSentence: Bool

    /// The text without a possessive `'s`.
    var name: String {
        guard nameEnd < end else { return text }
        return String(text.unicodeScalars.prefix(nameEnd - start))
    }

    init<Scalars: RandomAccessCollection<Unicode.Scalar>>(
        kind: Kind, scalars: Scalars, start: Int, end: Int, nameEnd: Int, isASCII: Bool,
        isCapitalized: Bool = false, startsSentence: Bool
    ) {
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.startsSentence = startsSentence
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        nameEnd32 = Int32(truncatingIfNeeded: nameEnd)
        mark = scalars.first!
        if kind == .punctuation && mark.value < 0x80 {
            lower = Token.asciiMarks[Int(mark.value)]
            text = lower.text
            key = lower
        } else if isASCII {
            let hasCapital: Bool
            (lower, key, hasCapital) = Token.asciiLower(scalars, nameLength: nameEnd - start)
            // Most words have no capital: their lower case is their text.
            text = hasCapital ? Token.ascii(scalars) : lower.text
        } else {
            text = String(String.UnicodeScalarView(scalars))
            lower = Word(text.lowercased())
            key = Word(String(String.UnicodeScalarView(scalars.prefix(nameEnd - start))).lowercased().replacingApostrophes())
        }
    }

    /// Punctuation tokens by their ASCII code, made once.
    private static let asciiMarks: [Word] = (0..<128).map { Word(String(UnicodeScalar(UInt8($0)))) }

    /// An ASCII string written straight into its storage: most words, and no allocation for short ones.
    private static func ascii<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var i = 0
            for c in scalars {
                buffer[i] = UInt8(truncatingIfNeeded: c.value)
                i += 1
            }
            return i
        }
    }

    /// The lower case of an ASCII word and of its first `nameLength` scalars (the key), each
    /// hashed as it is written, and whether the word has a capital.
    private static func asciiLower<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars, nameLength: Int)
        -> (lower: Word, key: Word, hasCapital: Bool) {
        var hash = Word.start, keyHash = Word.start
        var capitals: UInt8 = 0
        let lower = String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var i = 0
            for c in scalars {
                if i == nameLength { keyHash = hash }
                let v = UInt8(truncatingIfNeeded: c.value)
                let isCapital = v >= 0x41 && v <= 0x5A
                capitals |= isCapital ? 1 : 0
                let byte = isCapital ? v + 32 : v
                buffer[i] = byte
                hash = Word.step(hash, byte)
                i += 1
            }
            if i == nameLength { keyHash = hash }
            return i
        }
        let word = Word(lower, hash: Word.finish(hash))
        guard nameLength < scalars.count else { return (word, word, capitals != 0) }
        return (word, Word(String(lower.utf8.prefix(nameLength))!, hash: Word.finish(keyHash)), capitals != 0)
    }
}

/// Classes of marks, as switches the compiler inlines: set look-ups would hash, and stored
/// closures would be called, for every scalar of every story.
enum Marks {
    struct DoubleQuotes {
        @inline(__always) func contains(_ c: Unicode.Scalar) -> Bool {
            switch c { case "\"", "“", "”", "„", "«", "»": true; default: false }
        }
    }
    struct OpeningDouble {
        @inline(__always) func contains(_ c: Unicode.Scalar) -> Bool {
            switch c { case "“", "„", "«": true; default: false }
        }
    }
    struct ClosingDouble {
        @inline(__always) func contains(_ c: Unicode.Scalar) -> Bool {
            switch c { case "”", "»": true; default: false }
        }
    }
    struct SentenceEnds {
        @inline(__always) func contains(_ c: Unicode.Scalar) -> Bool {
            switch c { case ".", "!", "?": true; default: false }
        }
    }
    struct Apostrophes {
        @inline(__always) func contains(_ c: Unicode.Scalar) -> Bool {
            switch c { case "'", "’": true; default: false }
        }
    }

    static var doubleQuotes: DoubleQuotes { DoubleQuotes() }
    static var openingDouble: OpeningDouble { OpeningDouble() }
    static var closingDouble: ClosingDouble { ClosingDouble() }
    static var sentenceEnds: SentenceEnds { SentenceEnds() }
    static var apostrophes: Apostrophes { Apostrophes() }
}

/// Splits a paragraph into tokens. Words keep inner apostrophes and hyphens (`Wei-lun`,
/// `O'Brien`), initials and abbreviations keep their periods (`J.D.`, `U.S.`).
struct Tokenizer {
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "capt", "sgt", "sen", "rep", "gov",
        "adm", "maj", "cmdr", "rev", "fr", "jr", "sr", "no", "vs", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "mt", "ft", "pres",
    ]

    /// Abbreviations that stand before a name.
    static let titleAbbreviations: WordSet = ["mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "sgt",
                                                  "sen", "rep", "gov", "adm", "maj", "cmdr", "rev", "fr", "st", "pres"]

    /// Given names written short before a name: `Ma.` (María, in Philippine copy), `Wm.`.
    static let givenNameAbbreviations: WordSet = ["ma", "wm", "chas", "jas", "thos", "geo", "jos"]

    static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
        // Through a buffer pointer: no bounds checks, and no retain for each token's slice.
        scalars.withUnsafeBufferPointer { tokens(in: $0) }
    }

    private static func tokens(in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var i = 0
        var sentenceStart = true
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if isSpace(c) { i += 1; continue }
            if isWordScalar(c) {
                let start = i
                var nameEnd = -1
                var isASCII = c.value < 0x80
                i += 1
                while i < n {
                    let d = scalars[i]
                    if isWordScalar(d) {
                        if d.value >= 0x80 { isASCII = false }
                        i += 1
                        continue
                    }
                    if (d == "-" || Marks.apostrophes.contains(d)), i + 1 < n, isWordScalar(scalars[i + 1]) {
                        if Marks.apostrophes.contains(d), i + 2 <= n, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                           i + 2 == n || !isWordScalar(scalars[i + 2]) {
                            nameEnd = i
                        }
                        if d.value >= 0x80 || scalars[i + 1].value >= 0x80 { isASCII = false }
                        i += 2
                        continue
                    }
                    // 9/11, 24/7: a slash between digits stays in the word.
                    if d == "/", i + 1 < n, isDigit(scalars[i - 1]), isDigit(scalars[i + 1]) {
                        i += 2
                        continue
                    }
                    // J.D. and U.S.: a period between single letters stays in the word.
                    if d == ".", i + 1 < n, isLetter(scalars[i + 1]), i - start >= 1,
                       i - 1 == start || scalars[i - 2] == ".", i + 2 >= n || !isWordScalar(scalars[i + 2]) || scalars[i + 2] == "." {
                        i += 1
                        continue
                    }
                    break
                }
                // An initial (`J.`), a title (`Dr.`) or a party and state (`R-Ky.`) keeps its
                // period: it ends no sentence.
                if i < n, scalars[i] == ".", isUpper(scalars[start]),
                   i - start == 1 || scalars[i - 2] == "." || isPartyAndState(scalars[start..<i])
                    || i - start <= 4 && isShortTitleOrGivenName(scalars[start..<i], nextIsCapital: i + 2 < n && scalars[i + 1] == " " && isUpper(scalars[i + 2])) {
                    i += 1
                }
                // Built in place: a token first held in a variable is copied into the array.
                tokens.append(Token(kind: .word, scalars: scalars[start..<i], start: start, end: i, nameEnd: nameEnd >= 0 ? nameEnd : i,
                                    isASCII: isASCII, isCapitalized: isUpper(c) || isIdeograph(c), startsSentence: sentenceStart))
                sentenceStart = false
                continue
            }
            let startsSentence = sentenceStart
            if Marks.sentenceEnds.contains(c) {
                let p = tokens.count - 1
                let abbreviation = c == "." && p >= 0 && tokens[p].kind == .word
                    && (abbreviations.contains(tokens[p].lower) || tokens[p].text.utf8.last == UInt8(ascii: "."))
                if !abbreviation { sentenceStart = true }
            } else if !Marks.doubleQuotes.contains(c) && !Marks.apostrophes.contains(c) && c != "(" && c != ")" {
                sentenceStart = false
            }
            tokens.append(Token(kind: .punctuation, scalars: scalars[i..<i + 1], start: i, end: i + 1, nameEnd: i + 1,
                                isASCII: c.value < 0x80, startsSentence: startsSentence))
            i += 1
        }
        return tokens
    }

    private static func isShortTitleOrGivenName(_ word: Slice<UnsafeBufferPointer<Unicode.Scalar>>, nextIsCapital: Bool) -> Bool {
        let lower = String(String.UnicodeScalarView(word)).lowercased()
        return titleAbbreviations.contains(lower) || lower == "jr" || lower == "sr" || nextIsCapital && givenNameAbbreviations.contains(lower)
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// `R-Ky`, `D-Calif`, `I-Vt`: a US lawmaker's party and state, whose period is no full stop,
    /// and which names no one.
    static func isPartyAndState<Word: Collection<Unicode.Scalar>>(_ word: Word) -> Bool {
        var scalars = word.makeIterator()
        guard (4...8).contains(word.count), let first = scalars.next(), first == "R" || first == "D" || first == "I",
              scalars.next() == "-", let third = scalars.next(), isUpper(third) else { return false }
        while let c = scalars.next() { if !isLetter(c) { return false } }
        return true
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{A0}" || c == "\n" || c == "\r" || c == "\u{2009}" || c == "\u{202F}"
    }

    @inline(__always) static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        return c.properties.isAlphabetic
    }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return c.properties.isUppercase
    }

    @inline(__always) static func isIdeograph(_ c: Unicode.Scalar) -> Bool {
        (0x3400...0x9FFF).contains(c.value) || (0xAC00...0xD7AF).contains(c.value)
    }
}
