/// The places of a paragraph where a name can be: runs of capitalised words, with the
/// particles names carry inside them (`Marta van der Linde`, `Khalid bin Salman`,
/// `Abdel Fattah al-Burhan`) and the words of a title phrase between capitals (`Deputy
/// Secretary of State Margaret Halvorsen`). The name tagger labels each word of a run.
enum NameRuns {
    static let particleWords = ["von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le",
                                "bin", "binti", "bint", "ibn", "al", "el", "dos", "das", "ten", "ter", "y", "ul", "ud",
                                "abu", "umm", "ould", "wa", "dela", "delos", "los"]
    static let particles = WordSet(particleWords)

    /// Whether the token's `form` is a particle; the length test spares most words a look-up.
    @inline(__always) static func isParticle(_ token: Token) -> Bool {
        token.end - token.start <= 5 && particles.contains(token.lower)
    }

    @inline(__always) static func isParticle(_ tokens: [Token], _ t: Int) -> Bool {
        tokens[t].end - tokens[t].start <= 5 && particles.contains(tokens[t].lower)
    }

    /// `al-Burhan`, `el-Sisi`, `ad-Dawla`: a lower-case Arabic article joined to a capitalised name.
    static func isPrefixedName(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isCapitalized, token.end - token.start >= 4 else { return false }
        // Bytes, not scalars: every lower-case word of a story passes here.
        var utf8 = token.text.utf8.makeIterator()
        guard let first = utf8.next(), first == UInt8(ascii: "a") || first == UInt8(ascii: "e"), utf8.next() != nil else { return false }
        var next = utf8.next()
        if next != UInt8(ascii: "-") { next = utf8.next() }
        guard next == UInt8(ascii: "-"), let capital = utf8.next() else { return false }
        return capital >= UInt8(ascii: "A") && capital <= UInt8(ascii: "Z") || capital >= 0xC3 && token.text.unicodeScalars.contains { Tokenizer.isUpper($0) }
    }

    static func runs(in tokens: [Token], titles: PhraseTable<Gazetteer.TitleKind>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        runs.reserveCapacity(tokens.count / 4)
        var i = 0
        while i < tokens.count {
            guard startsRun(tokens, i) else { i += 1; continue }
            let start = i
            var j = i
            while j < tokens.count, tokens[j].kind == .word {
                if startsRun(tokens, j) {
                    // A title phrase may hold lower-case words: `Secretary of State`.
                    if let (length, _) = titles.longestMatch(tokens, at: j, limit: tokens.count), length > 1,
                       tokens[j + length - 1].isCapitalized {
                        j += length
                    } else {
                        j += 1
                    }
                    if tokens[j - 1].nameEnd < tokens[j - 1].end { break }  // `Takaichi's` ends a name
                } else if isParticle(tokens, j), followedByCapital(tokens, j) {
                    j += 1
                } else {
                    break
                }
            }
            runs.append(start..<j)
            i = j
        }
        return runs
    }

    /// Read in place: a copy of a token retains its three strings, and every token passes here.
    @inline(__always) private static func startsRun(_ tokens: [Token], _ t: Int) -> Bool {
        tokens[t].kind == .word && (tokens[t].isCapitalized || tokens[t].end - tokens[t].start >= 4
            && (tokens[t].mark == "a" || tokens[t].mark == "e") && isPrefixedName(tokens[t]))
    }

    /// A particle, or several, then a capitalised word: `van der Linde`.
    private static func followedByCapital(_ tokens: [Token], _ j: Int) -> Bool {
        var k = j + 1
        while k < tokens.count, tokens[k].kind == .word {
            if startsRun(tokens, k) { return true }
            if !isParticle(tokens, k) { return false }
            k += 1
        }
        return false
    }
}
