/// Wire bytes as UTF-8. Valid UTF-8 is kept as it is; in a line that is not, only the bytes
/// that are not UTF-8 are read as Windows-1252 (what older dumps were written in), so one
/// stray byte no longer turns a file's Chinese text into mojibake.
public enum WireDecoding {
    /// Lines read with the fallback, and bytes that Windows-1252 leaves undefined.
    public struct Report: Sendable, Equatable {
        /// 1-based lines of the file.
        public var fallbackLines: [Int] = []
        public var undefinedBytes: Set<UInt8> = []

        public init() {}

        public mutating func merge(_ other: Report) {
            fallbackLines += other.fallbackLines
            undefinedBytes.formUnion(other.undefinedBytes)
        }

        /// `line 3: not valid UTF-8; ...`: nil when every line was UTF-8.
        public var warning: String? {
            guard !fallbackLines.isEmpty else { return nil }
            let shown = fallbackLines.prefix(5).map(String.init).joined(separator: ", ")
            let more = fallbackLines.count > 5 ? " and \(fallbackLines.count - 5) more" : ""
            var text = "\(fallbackLines.count == 1 ? "line" : "lines") \(shown)\(more): not valid UTF-8; the bytes that are not were read as Windows-1252"
            if !undefinedBytes.isEmpty {
                let bytes = undefinedBytes.sorted().map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: ", ")
                text += " (\(bytes) \(undefinedBytes.count == 1 ? "is" : "are") undefined there, shown as U+FFFD)"
            }
            return text
        }
    }

    /// `bytes` as UTF-8; `firstLine` is the file's line number of the first line in them.
    public static func utf8(_ bytes: [UInt8], firstLine: Int = 1) -> (bytes: [UInt8], report: Report) {
        var report = Report()
        if String(validating: bytes, as: UTF8.self) != nil { return (bytes, report) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var lineStart = 0
        var lineNumber = firstLine
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            if String(validating: line, as: UTF8.self) != nil {
                out.append(contentsOf: line)
            } else {
                report.fallbackLines.append(lineNumber)
                appendFallback(line, to: &out, undefined: &report.undefinedBytes)
            }
            if lineEnd < bytes.count { out.append(0x0A) }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return (out, report)
    }

    /// UTF-8 sequences kept; each byte of an invalid one read as Windows-1252.
    private static func appendFallback(_ line: ArraySlice<UInt8>, to out: inout [UInt8], undefined: inout Set<UInt8>) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = line.makeIterator()
        var position = line.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                out.append(contentsOf: encoded)
                position += encoded.count
            case .error(let length):
                for byte in line[position..<position + length] {
                    let scalar = windows1252(byte)
                    if scalar == "\u{FFFD}" { undefined.insert(byte) }
                    out.append(contentsOf: String(scalar).utf8)
                }
                position += length
            case .emptyInput:
                return
            }
        }
    }

    /// Windows-1252: Latin-1 but for 0x80...0x9F, where five bytes are undefined (U+FFFD).
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(windows1252High[Int(byte - 0x80)])!
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// How a file's first bytes say it is encoded.
    public enum Encoding: Equatable, Sendable {
        case utf8(bom: Bool)
        case utf16(bigEndian: Bool, bom: Bool)

        public init(start: some Collection<UInt8>) {
            let head = Array(start.prefix(1024))
            if head.starts(with: [0xEF, 0xBB, 0xBF]) { self = .utf8(bom: true); return }
            if head.starts(with: [0xFF, 0xFE]) { self = .utf16(bigEndian: false, bom: true); return }
            if head.starts(with: [0xFE, 0xFF]) { self = .utf16(bigEndian: true, bom: true); return }
            // Without a mark: mostly Latin text has a zero byte in every other position.
            let pairs = head.count / 2
            guard pairs >= 4 else { self = .utf8(bom: false); return }
            let zeroHigh = stride(from: 1, to: pairs * 2, by: 2).filter { head[$0] == 0 }.count
            let zeroLow = stride(from: 0, to: pairs * 2, by: 2).filter { head[$0] == 0 }.count
            if zeroHigh * 10 >= pairs * 4 && zeroLow * 20 < pairs { self = .utf16(bigEndian: false, bom: false) }
            else if zeroLow * 10 >= pairs * 4 && zeroHigh * 20 < pairs { self = .utf16(bigEndian: true, bom: false) }
            else { self = .utf8(bom: false) }
        }

        var bomLength: Int {
            switch self {
            case .utf8(let bom): bom ? 3 : 0
            case .utf16(_, let bom): bom ? 2 : 0
            }
        }

        /// What the import says of a file in this encoding; nil for UTF-8.
        var note: String? {
            guard case .utf16(let bigEndian, _) = self else { return nil }
            return "read as UTF-16 (\(bigEndian ? "big" : "little")-endian)"
        }
    }

    /// Turns UTF-16 read in blocks into UTF-8, carrying an odd byte or a lone high surrogate
    /// at the end of a block over to the next.
    struct UTF16Transcoder {
        let bigEndian: Bool
        private var pendingByte: UInt8?
        private var pendingUnit: UInt16?

        init(bigEndian: Bool) { self.bigEndian = bigEndian }

        mutating func utf8(_ bytes: ArraySlice<UInt8>, final: Bool) -> [UInt8] {
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2 + 2)
            if let unit = pendingUnit { units.append(unit); pendingUnit = nil }
            var rest = bytes
            if let byte = pendingByte, let next = rest.first {
                units.append(unit(byte, next))
                rest = rest.dropFirst()
                pendingByte = nil
            }
            var i = rest.startIndex
            while i + 1 < rest.endIndex {
                units.append(unit(rest[i], rest[i + 1]))
                i += 2
            }
            if i < rest.endIndex { pendingByte = rest[i] }
            if !final, let last = units.last, UTF16.isLeadSurrogate(last) { pendingUnit = units.removeLast() }
            return Array(String(decoding: units, as: UTF16.self).utf8)
        }

        private func unit(_ a: UInt8, _ b: UInt8) -> UInt16 {
            bigEndian ? UInt16(a) << 8 | UInt16(b) : UInt16(b) << 8 | UInt16(a)
        }
    }
}
