/// A paragraph as the analysis reads it: its scalars and its tokens.
struct Paragraph {
    let index: Int
    let scalars: [Unicode.Scalar]
    let tokens: [Token]

    init(index: Int, text: String) {
        self.index = index
        scalars = Paragraph.scalars(of: text)
        tokens = Tokenizer.tokens(scalars)
    }

    /// The text's scalars, decoded straight from its UTF-8: `Array(text.unicodeScalars)`
    /// walks the text twice and is several times slower.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var i = 0, n = 0
                let raw = UnsafeRawPointer(bytes.baseAddress)
                while i < bytes.count {
                    // Eight ASCII bytes at a time: most of a wire story.
                    if i + 8 <= bytes.count, raw!.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        for k in 0..<8 { buffer[n + k] = Unicode.Scalar(bytes[i + k]) }
                        i += 8
                        n += 8
                        continue
                    }
                    let b0 = UInt32(bytes[i])
                    var value: UInt32
                    if b0 < 0x80 {
                        value = b0; i += 1
                    } else if b0 < 0xE0 {
                        value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                    } else if b0 < 0xF0 {
                        value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                    } else {
                        value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    // A String's UTF-8 is always valid, so every value is a scalar.
                    buffer[n] = Unicode.Scalar(value).unsafelyUnwrapped
                    n += 1
                }
                count = n
            }
        }
    }

    func text(_ range: Range<Int>) -> String {
        let slice = scalars[max(0, range.lowerBound)..<min(scalars.count, range.upperBound)]
        var utf8Count = 0
        for c in slice { utf8Count += UTF8.width(c) }
        // Encoded straight into the string's storage: building a scalar view is several times slower.
        return String(unsafeUninitializedCapacity: utf8Count) { buffer in
            var i = 0
            for c in slice {
                for byte in UTF8.encode(c)! { buffer[i] = byte; i += 1 }
            }
            return i
        }
    }

    /// The text from the start of token `first` to the end of token `last`.
    func text(tokens first: Int, through last: Int) -> String {
        text(tokens[first].start..<tokens[last].end)
    }

    /// The index of the token that starts at or after scalar `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Index of the first token of the sentence holding token `index`.
    func sentenceStart(before index: Int) -> Int {
        var i = min(index, tokens.count - 1)
        while i > 0 && !tokens[i].startsSentence { i -= 1 }
        return max(0, i)
    }

    /// Index just past the last token of the sentence holding token `index`.
    func sentenceEnd(after index: Int) -> Int {
        var i = index + 1
        while i < tokens.count && !tokens[i].startsSentence { i += 1 }
        return i
    }
}
