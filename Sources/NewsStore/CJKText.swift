/// Chinese, Japanese and Korean text as overlapping character pairs, which FTS5 can index
/// as words: 中华人民 becomes "中华 华人 人民 民", so a search for any two or more adjacent
/// characters is a phrase of pairs, and a single character is a prefix search.
enum CJKText {
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
             0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }

    static func contains(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(mayHoldCJK) && text.unicodeScalars.contains(where: isCJK)
    }

    /// Whether the UTF-8 has a lead byte of a CJK scalar (0xE3 or above). Every story's text
    /// passes here, nearly all of it ASCII: eight bytes at a time are passed over while none
    /// has its high bit.
    private static func mayHoldCJK(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while i + 8 <= bytes.count {
                if base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                    for k in i..<i + 8 where bytes[k] >= 0xE3 { return true }
                }
                i += 8
            }
        }
        while i < bytes.count {
            if bytes[i] >= 0xE3 { return true }
            i += 1
        }
        return false
    }

    /// The text to index: non-CJK words as they are, each CJK run as its pairs plus its last character.
    static func indexText(_ text: String) -> String {
        var out = ""
        forEachRun(in: text) { run, isCJK in
            if isCJK {
                out += " " + pairs(run).joined(separator: " ") + " " + String(run.last!) + " "
            } else {
                out += String(String.UnicodeScalarView(run))
            }
        }
        return out
    }

    /// An FTS5 query for the pair index: outside quotes each CJK run becomes a quoted phrase
    /// of its pairs (one character: a prefix search); inside quotes, the bare pairs.
    static func query(_ query: String) -> String {
        var out = ""
        var inQuotes = false
        forEachRun(in: query) { run, isCJK in
            if isCJK {
                let words = run.count == 1 ? [String(run[0])] : pairs(run)
                let phrase = words.joined(separator: " ")
                if inQuotes { out += " \(phrase) " } else { out += run.count == 1 ? " \(phrase)* " : " \"\(phrase)\" " }
            } else {
                for scalar in run where scalar == "\"" { inQuotes.toggle() }
                out += String(String.UnicodeScalarView(run))
            }
        }
        return out
    }

    private static func pairs(_ run: [Unicode.Scalar]) -> [String] {
        guard run.count > 1 else { return [String(run[0])] }
        return (0..<run.count - 1).map { String(run[$0]) + String(run[$0 + 1]) }
    }

    private static func forEachRun(in text: String, _ body: ([Unicode.Scalar], Bool) -> Void) {
        var run: [Unicode.Scalar] = []
        var runIsCJK = false
        for scalar in text.unicodeScalars {
            let cjk = isCJK(scalar)
            if cjk != runIsCJK, !run.isEmpty {
                body(run, runIsCJK)
                run = []
            }
            runIsCJK = cjk
            run.append(scalar)
        }
        if !run.isEmpty { body(run, runIsCJK) }
    }
}
