import Foundation

/// The most a story may hold. A longer story, or one with a longer paragraph, is an error
/// for that story alone: the rest of its file is still read. Memory and the time to show a
/// story grow with its size, and no wire story comes near these (the longest in the sample
/// wire is 2.3 KB).
public enum WireLimits {
    /// Bytes of UTF-8 from a story's `date` line to the next story's.
    /// A story packed with quotations takes JSONEncoder about 20 µs a quotation in
    /// `show --json`: at 512 KB (16,904 of them) 320 ms, over the 200 ms any story may take;
    /// at 256 KB half that.
    public static let storyBytes = 256 << 10
    /// Bytes of UTF-8 in one paragraph (the lines between two blank lines, and so in one line).
    public static let paragraphBytes = 128 << 10
}

/// Reads a wire file or standard input a block at a time and hands over one story at a
/// time, so memory stays bounded however large the file is or however long its lines are.
/// Lines end at LF, CRLF or a lone CR. UTF-16 (with or without a byte-order mark) becomes
/// UTF-8 here; other text is decoded story by story (`WireDecoding.utf8`).
public final class WireStream {
    /// A story's raw lines, from its `date` line, joined by LF.
    public struct RawStory: Sendable {
        /// The file's line number of the `date` line.
        public var line: Int
        public var bytes: [UInt8]
    }

    public enum Item: Sendable {
        case story(RawStory)
        case skipped(WireParser.Problem)
    }

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var raw = [UInt8](repeating: 0, count: 1 << 16)
    private var data: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var transcoder: WireDecoding.UTF16Transcoder?
    private var skipLF = false
    private var line: [UInt8] = []
    private var lineTooLong = false
    private var lineNumber = 0
    private var current: RawStory?
    private var currentProblem: String?
    private var sawText = false
    private var sawStory = false
    private var finished = false
    /// Said of the whole file: `read as UTF-16 (little-endian)`.
    public private(set) var notes: [String] = []

    public init(_ source: WireSource) throws(WireFileError) {
        switch source {
        case .standardInput:
            descriptor = STDIN_FILENO
            ownsDescriptor = false
        case .file(let path):
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
            ownsDescriptor = true
        }
        guard try fill() else { throw .empty }
        let encoding = WireDecoding.Encoding(start: data)
        position = encoding.bomLength
        if case .utf16(let bigEndian, _) = encoding {
            var transcoder = WireDecoding.UTF16Transcoder(bigEndian: bigEndian)
            data = transcoder.utf8(data[position...], final: atEnd)
            position = 0
            self.transcoder = transcoder
        }
        if let note = encoding.note { notes.append(note) }
        let head = data[position...].prefix(8192)
        if head.contains(0) || WireStream.looksBinary(head) { throw .binary }
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// The next story, or a story skipped with the reason; nil after the last. Throws at the
    /// end when the input held no story at all.
    public func next() throws(WireFileError) -> Item? {
        guard !finished else { return nil }
        while try readLine() {
            if !sawText, line.contains(where: { !Line.isSpace($0) }) { sawText = true }
            if line.count >= 5, Header(Line(bytes: line, range: 0..<line.count).trimmed) != nil {
                let done = finishStory()
                current = RawStory(line: lineNumber, bytes: line)
                currentProblem = nil
                sawStory = true
                if let done { return done }
            } else if current != nil {
                append(line)
            }
        }
        finished = true
        if let done = finishStory() { return done }
        if !sawText { throw .empty }
        if !sawStory { throw .noStory }
        return nil
    }

    private func append(_ line: [UInt8]) {
        guard currentProblem == nil else { return }
        if lineTooLong {
            currentProblem = "a paragraph is longer than \(WireLimits.paragraphBytes / 1024) KB (line \(lineNumber))"
        } else if current!.bytes.count + 1 + line.count > WireLimits.storyBytes {
            currentProblem = "longer than \(WireLimits.storyBytes / 1024) KB"
        } else {
            current!.bytes.append(0x0A)
            current!.bytes.append(contentsOf: line)
        }
        if currentProblem != nil { current!.bytes = [] }
    }

    private func finishStory() -> Item? {
        guard let story = current else { return nil }
        current = nil
        if let currentProblem { return .skipped(WireParser.Problem(line: story.line, reason: currentProblem)) }
        return .story(story)
    }

    /// The next line into `line` (at most `paragraphBytes` of it; `lineTooLong` says if there
    /// was more); false at the end of the input.
    private func readLine() throws(WireFileError) -> Bool {
        line.removeAll(keepingCapacity: true)
        lineTooLong = false
        var read = false
        while true {
            if position == data.count {
                guard try fill() else {
                    if read { lineNumber += 1 }
                    return read
                }
            }
            if skipLF {
                skipLF = false
                if data[position] == 0x0A { position += 1; continue }
            }
            read = true
            let (end, terminator) = data.withUnsafeBufferPointer { buffer -> (Int, UInt8?) in
                let i = ByteScan.firstIndex(of: 0x0A, or: 0x0D, in: buffer, from: position)
                return (i, i < buffer.count ? buffer[i] : nil)
            }
            let room = WireLimits.paragraphBytes - line.count
            if end - position > room {
                line.append(contentsOf: data[position..<position + room])
                lineTooLong = true
            } else {
                line.append(contentsOf: data[position..<end])
            }
            if let terminator {
                skipLF = terminator == 0x0D
                position = end + 1
                lineNumber += 1
                return true
            }
            position = end
        }
    }

    /// Reads the next block into `data`; false at the end of the input.
    private func fill() throws(WireFileError) -> Bool {
        while !atEnd {
            let count = raw.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            atEnd = count == 0
            if transcoder != nil {
                data = transcoder!.utf8(raw[..<count], final: atEnd)
            } else {
                data = Array(raw[..<count])
            }
            position = 0
            if !data.isEmpty { return true }
        }
        return false
    }

    /// Control bytes other than tab, newline, carriage return, form feed and ESC are rare in
    /// text and common in binary formats that happen to hold no NUL.
    static func looksBinary(_ bytes: some Collection<UInt8>) -> Bool {
        let controls = bytes.lazy.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains($0) }.count
        return controls * 20 > bytes.count
    }
}

extension WireParser {
    /// The story (or stories: see `WireFurniture`) in one story's raw lines, decoded.
    public static func stories(in raw: WireStream.RawStory) -> (result: Result, decoding: WireDecoding.Report) {
        let (bytes, report) = WireDecoding.utf8(raw.bytes, firstLine: raw.line)
        var result = stories(in: bytes)
        for index in result.problems.indices { result.problems[index].line += raw.line - 1 }
        if bytes.contains(0) {
            return (Result(problems: [Problem(line: raw.line, reason: "binary data (a NUL byte) in the story")]), report)
        }
        return (result, report)
    }

    /// Every story of a source, read as an import reads it (for tests and tools).
    public static func stories(from source: WireSource) throws(WireFileError) -> (result: Result, warnings: [String]) {
        let stream = try WireStream(source)
        var result = Result()
        var decoding = WireDecoding.Report()
        while let item = try stream.next() {
            switch item {
            case .skipped(let problem): result.problems.append(problem)
            case .story(let raw):
                let (parsed, report) = stories(in: raw)
                result.stories += parsed.stories
                result.problems += parsed.problems
                decoding.merge(report)
            }
        }
        return (result, stream.notes + [decoding.warning].compactMap { $0 })
    }
}
