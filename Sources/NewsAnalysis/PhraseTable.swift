/// Phrases of one or more words (countries, titles, organisations) keyed by their lower-case
/// words, looked up at a position in a run of tokens. Only the lengths that some phrase
/// starting with that word has are tried, so most tokens cost one hash look-up.
struct PhraseTable<Value: Sendable>: Sendable {
    private var entries = WordMap<Value>()
    private var lengths = WordMap<[Int]>()
    /// The hashes of the phrases of several words, as `Word.hash` gives them.
    private var phraseHashes = Set<Int>()

    mutating func insert(_ key: String, _ value: Value, replacing: Bool = true) {
        guard replacing || entries[key] == nil else { return }
        entries[key] = value
        let words = key.split(separator: " ")
        guard let first = words.first else { return }
        if words.count > 1 { phraseHashes.insert(Word.hash(key)) }
        var known = lengths[String(first)] ?? []
        if !known.contains(words.count) {
            known.append(words.count)
            lengths[String(first)] = known.sorted(by: >)
        }
    }

    subscript(key: String) -> Value? { entries[key] }
    subscript(word: Word) -> Value? { entries[word] }

    func contains(_ key: String) -> Bool { entries[key] != nil }
    func contains(_ word: Word) -> Bool { entries[word] != nil }

    func startsWith(_ word: String) -> Bool { lengths[word] != nil }

    /// The longest phrase starting at token `k` and ending before `limit`.
    func longestMatch(_ tokens: [Token], at k: Int, limit: Int) -> (length: Int, value: Value)? {
        guard k < limit, let candidates = lengths[tokens[k].key] else { return nil }
        for length in candidates where k + length <= limit {
            if length == 1 {
                if let value = entries[tokens[k].key] { return (1, value) }
                continue
            }
            guard tokens[k..<k + length].allSatisfy({ $0.kind == .word }) else { continue }
            // The key's hash from the words' bytes: most tries (every "the" before a word, for
            // "the Kremlin") find nothing, and their key is never written.
            var hash = Word.start
            for t in k..<k + length {
                if t > k { hash = Word.step(hash, 0x20) }
                for byte in tokens[t].key.text.utf8 { hash = Word.step(hash, byte) }
            }
            let hashed = Word.finish(hash)
            guard phraseHashes.contains(hashed) else { continue }
            var key = tokens[k].key.text
            for t in k + 1..<k + length { key += " " + tokens[t].key.text }
            if let value = entries[Word(key, hash: hashed)] { return (length, value) }
        }
        return nil
    }
}
