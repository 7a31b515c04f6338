import NewsModel

/// Hostile variations of wire text, the same for the same seed: the kinds of input that
/// once crashed or hung NewsWire (byte flips, duplicated runs, quotation marks inserted).
struct Mutator {
    enum Mutation: CaseIterable {
        case flipBytes, duplicateRun, deleteRun, quotationMarks, saidCues, hugeWord, cjk, emoji, bidiAndControls, headers, blankLines
    }

    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// `bytes` with one to four mutations.
    mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for _ in 0..<int(1...4) { apply(Mutation.allCases[int(0...Mutation.allCases.count - 1)], to: &out) }
        return out
    }

    mutating func apply(_ mutation: Mutation, to bytes: inout [UInt8]) {
        switch mutation {
        case .flipBytes:
            guard !bytes.isEmpty else { return }
            for _ in 0..<int(1...16) { bytes[int(0...bytes.count - 1)] = UInt8(truncatingIfNeeded: random.next()) }
        case .duplicateRun:
            guard !bytes.isEmpty else { return }
            let start = int(0...bytes.count - 1)
            let run = Array(bytes[start..<min(bytes.count, start + int(1...2000))])
            let copies = int(1...200)
            bytes.insert(contentsOf: Array(repeating: run, count: copies).joined(), at: int(0...bytes.count))
        case .deleteRun:
            guard !bytes.isEmpty else { return }
            let start = int(0...bytes.count - 1)
            bytes.removeSubrange(start..<min(bytes.count, start + int(1...500)))
        case .quotationMarks:
            let marks = ["\"", "“", "”", "«", "»", "„", "'", "‘", "’"]
            for _ in 0..<int(1...3000) { insert(marks[int(0...marks.count - 1)], into: &bytes) }
        case .saidCues:
            let cues = [" said ", " said Okabe. ", ", he said. \"", " according to the ministry ", " - ", " told reporters: \""]
            for _ in 0..<int(1...500) { insert(cues[int(0...cues.count - 1)], into: &bytes) }
        case .hugeWord:
            insert(String(repeating: ["a", "Z", "é", "-", "'"][int(0...4)], count: int(1000...200_000)), into: &bytes)
        case .cjk:
            insert(String(repeating: "北京与东京「会谈」继续。", count: int(1...2000)), into: &bytes)
        case .emoji:
            insert(String(repeating: "🇯🇵👩🏽‍💻🔥", count: int(1...2000)), into: &bytes)
        case .bidiAndControls:
            let unsafe = ["\u{202E}", "\u{2066}", "\u{200F}", "\u{1B}[2J", "\u{85}", "\u{9B}", "\u{0}", "\r", "\u{FEFF}", "\u{301}"]
            for _ in 0..<int(1...200) { insert(unsafe[int(0...unsafe.count - 1)], into: &bytes) }
        case .headers:
            for _ in 0..<int(1...50) { insert("\n date 2026-02-0\(int(1...9)) China News\nTITLE\n", into: &bytes) }
        case .blankLines:
            for _ in 0..<int(1...500) { insert(["\n\n", "\n", "\r\n\r\n", " \n \n"][int(0...3)], into: &bytes) }
        }
    }

    private mutating func insert(_ text: String, into bytes: inout [UInt8]) {
        bytes.insert(contentsOf: Array(text.utf8), at: int(0...bytes.count))
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }
}
