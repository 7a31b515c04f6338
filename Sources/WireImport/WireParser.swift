import NewsModel
/// Reads the stories of a wire dump. Works on bytes: at import speed, `Character`-wise
/// scanning of every line would cost more than the rest of the pipeline.
public enum WireParser {
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        /// 1-based line of the story's `date` header.
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): story skipped: \(reason)" }
    }

    public struct Result: Sendable {
        public var stories: [Story] = []
        public var problems: [Problem] = []
    }

    public static func stories(in text: String) -> Result {
        stories(in: Array(text.utf8))
    }

    public static func stories(in bytes: [UInt8]) -> Result {
        let lines = Lines(bytes)
        var result = Result()
        var headers: [(line: Int, header: Header)] = []
        for index in lines.indices {
            if let header = Header(lines[index]) { headers.append((index, header)) }
        }
        for (n, start) in headers.enumerated() {
            let end = n + 1 < headers.count ? headers[n + 1].line : lines.count
            var story = StoryLines(lines: lines, range: start.line + 1..<end)
            switch story.read(start.header) {
            case .success(let parsed): result.stories += WireFurniture.stories(from: parsed)
            case .failure(let problem): result.problems.append(Problem(line: start.line + 1, reason: problem.reason))
            }
        }
        return result
    }
}

/// ` date 2024-11-01 China News`
struct Header {
    var date: Day
    var section: String?

    init?(_ line: Line) {
        let b = line.bytes
        var i = line.range.lowerBound
        let end = line.range.upperBound
        guard end - i >= 15, b[i] | 0x20 == UInt8(ascii: "d"), b[i + 1] | 0x20 == UInt8(ascii: "a"),
              b[i + 2] | 0x20 == UInt8(ascii: "t"), b[i + 3] | 0x20 == UInt8(ascii: "e"),
              b[i + 4] == 0x20 || b[i + 4] == 0x09 else { return nil }
        i += 4
        while i < end, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        guard end - i >= 10 else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for k in from..<from + count {
                guard (0x30...0x39).contains(b[k]) else { return nil }
                value = value * 10 + Int(b[k] - 0x30)
            }
            return value
        }
        guard b[i + 4] == UInt8(ascii: "-"), b[i + 7] == UInt8(ascii: "-"),
              let y = number(i, 4), let m = number(i + 5, 2), let d = number(i + 8, 2),
              let day = Day(year: y, month: m, day: d) else { return nil }
        i += 10
        guard i == end || b[i] == 0x20 || b[i] == 0x09 else { return nil }
        date = day
        let rest = Line(bytes: b, range: i..<end).trimmed.text
        section = rest.isEmpty ? nil : rest
    }
}

/// One line of the dump, trimmed of spaces, tabs and a CR.
struct Line {
    let bytes: [UInt8]
    let range: Range<Int>

    var isBlank: Bool { range.isEmpty }

    var trimmed: Line {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, Line.isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, Line.isSpace(bytes[hi - 1]) { hi -= 1 }
        // U+00A0 (C2 A0) pads some dumps as well.
        if hi - lo >= 2, bytes[lo] == 0xC2, bytes[lo + 1] == 0xA0 { return Line(bytes: bytes, range: lo + 2..<hi).trimmed }
        if hi - lo >= 2, bytes[hi - 2] == 0xC2, bytes[hi - 1] == 0xA0 { return Line(bytes: bytes, range: lo..<hi - 2).trimmed }
        return Line(bytes: bytes, range: lo..<hi)
    }

    var text: String {
        let slice = bytes[range]
        if slice.contains(0x09) {
            return String(decoding: slice.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
        }
        return String(decoding: slice, as: UTF8.self)
    }

    /// No ASCII lower-case letter and at least two upper-case ones: `TAIWAN NEWS`.
    var isUpperCase: Bool {
        var upper = 0
        for k in range {
            let c = bytes[k]
            if (0x61...0x7A).contains(c) { return false }
            if (0x41...0x5A).contains(c) { upper += 1 }
        }
        return upper >= 2
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0C }
}

struct Lines: RandomAccessCollection {
    let bytes: [UInt8]
    let ranges: [Range<Int>]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(bytes.count / 64)
        var start = 0
        bytes.withUnsafeBufferPointer { buffer in
            var i = ByteScan.firstIndex(of: 0x0A, or: 0x0A, in: buffer, from: 0)
            while i < buffer.count {
                ranges.append(start..<i)
                start = i + 1
                i = ByteScan.firstIndex(of: 0x0A, or: 0x0A, in: buffer, from: start)
            }
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        // A lone CR ends a line in old Mac dumps; CRLF leaves a CR that trimming removes.
        if ranges.count <= 1, bytes.contains(0x0D) {
            ranges = []
            start = 0
            for i in bytes.indices where bytes[i] == 0x0D {
                ranges.append(start..<i)
                start = i + 1
            }
            if start < bytes.count { ranges.append(start..<bytes.count) }
        }
        self.ranges = ranges
    }

    var startIndex: Int { 0 }
    var endIndex: Int { ranges.count }
    subscript(i: Int) -> Line { Line(bytes: bytes, range: ranges[i]).trimmed }
}

/// The lines between one `date` header and the next.
struct StoryLines {
    struct Failure: Error { var reason: String }

    let lines: Lines
    var range: Range<Int>

    init(lines: Lines, range: Range<Int>) {
        self.lines = lines
        self.range = range
    }

    mutating func read(_ header: Header) -> Swift.Result<Story, Failure> {
        guard var line = nextNonBlank() else { return .failure(Failure(reason: "no title")) }
        var category: String?
        if line.isUpperCase, let following = peekNonBlank(), following.text != line.text,
           Dateline(line.text) == nil {
            category = line.text
            line = nextNonBlank()!
        }
        let title = line.text.collapsingSpaces
        if let again = peekNonBlank(), again.text.collapsingSpaces == title { _ = nextNonBlank() }
        var byline: String?
        var authors: [String] = []
        if let next = peekNonBlank(), Byline.isByline(next.text) {
            byline = next.text
            authors = Byline.authors(in: next.text)
            _ = nextNonBlank()
        }
        var dateline: Dateline?
        if let next = peekNonBlank(), let parsed = Dateline(next.text) {
            dateline = parsed
            _ = nextNonBlank()
        }
        let paragraphs = readParagraphs()
        guard !paragraphs.isEmpty else { return .failure(Failure(reason: "\"\(title)\" has no text")) }
        if paragraphs.contains(where: { $0.utf8.count > WireLimits.paragraphBytes }) {
            return .failure(Failure(reason: "\"\(title)\" has a paragraph longer than \(WireLimits.paragraphBytes / 1024) KB"))
        }
        return .success(Story(wireDate: header.date, section: header.section, category: category,
                              title: title, byline: byline, authors: authors, place: dateline?.place,
                              agency: dateline?.agency, published: dateline?.date ?? header.date,
                              paragraphs: paragraphs))
    }

    private mutating func nextNonBlank() -> Line? {
        while let index = range.first {
            range = range.dropFirst()
            let line = lines[index]
            if !line.isBlank { return line }
        }
        return nil
    }

    private func peekNonBlank() -> Line? {
        range.lazy.map { lines[$0] }.first { !$0.isBlank }
    }

    /// Paragraphs are separated by blank lines; the lines of one paragraph are joined by a space.
    private mutating func readParagraphs() -> [String] {
        var paragraphs: [String] = []
        var current: [String] = []
        for index in range {
            let line = lines[index]
            if line.isBlank {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line.text)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        range = range.upperBound..<range.upperBound
        return paragraphs
    }
}

extension String {
    /// Runs of spaces folded to one, for comparing a title with its repetition.
    var collapsingSpaces: String {
        var previousWasSpace = false
        let hasRun = utf8.contains { byte in
            defer { previousWasSpace = byte == 0x20 }
            return byte == 0x20 && previousWasSpace
        }
        guard hasRun else { return self }
        return split(separator: " ").joined(separator: " ")
    }
}
