import Testing
@testable import NewsAnalysis

@Suite struct WordTableTests {
    /// Words short enough to live inside the String, long ones on the heap, and non-ASCII ones.
    static let words = ["a", "Xi", "said", "Takaichi", "spokeswoman", "Ursula von der Leyen", "international relations",
                        "Ørsted", "北京", "Zoë", "côte d'ivoire", String(repeating: "long", count: 20)]

    @Test func everyWordIsFoundAndNoOtherIs() {
        var set = WordSet()
        var map = WordMap<Int>()
        for (index, word) in WordTableTests.words.enumerated() {
            set.insert(word)
            map[word] = index
        }
        for (index, word) in WordTableTests.words.enumerated() {
            // Built afresh, so equal words with separate storage must still meet.
            let copy = String(decoding: Array(word.utf8), as: UTF8.self)
            #expect(set.contains(copy))
            #expect(map[copy] == index)
        }
        for other in ["", "A", "sai", "saidd", "Takaichi's", "Orsted", "北", "zoë", String(repeating: "long", count: 19)] {
            #expect(!set.contains(other), "\(other)")
            #expect(map[other] == nil)
        }
    }

    @Test func theHashIsStableAndSpreadsNeighbours() {
        #expect(Word.hash("said") == Word.hash(String("xsaid".dropFirst())))
        let neighbours = Set((0..<1000).map { Word.hash("word\($0)") & 0xFFF })
        #expect(neighbours.count > 700)  // of 1,000 keys in 4,096 buckets, about 890 land apart
    }

    @Test func tokensCarryTheHashTheirWordsWouldGet() {
        // The tokenizer hashes as it writes a word; a look-up with another hash would miss.
        let tokens = Tokenizer.tokens(Array("Takaichi's SPOKESMAN said, \"Ørsted’s J.D. Vance o'brien U.S.\" 北京".unicodeScalars))
        #expect(tokens.count > 8)
        for token in tokens {
            #expect(token.lower.hash == Word.hash(token.lower.text), "\(token.text)")
            #expect(token.key.hash == Word.hash(token.key.text), "\(token.text)")
        }
        #expect(tokens[0].key.text == "takaichi" && tokens[0].lower.text == "takaichi's")
        var names = WordSet()
        names.insert("takaichi")
        #expect(names.contains(tokens[0].key))
    }
}
