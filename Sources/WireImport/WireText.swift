import NewsModel
import Foundation

/// Why a file holds no story. Each case reads as the reason in `error: FILE: reason`.
public enum WireFileError: Error, Equatable, CustomStringConvertible, Sendable {
    case empty
    case binary
    case noStory
    case unreadable(String)

    public var description: String {
        switch self {
        case .empty: return "empty file"
        case .binary: return "binary data, not wire text"
        case .noStory: return "no story found (a story starts with a line 'date YYYY-MM-DD Section')"
        case .unreadable(let reason): return "cannot read: \(reason)"
        }
    }
}

/// The bytes of a whole wire dump as UTF-8 text (for tools that read a file at once; an
/// import reads through `WireStream`, which decodes the same way).
public struct WireText: Sendable {
    public var bytes: [UInt8]
    public var warnings: [String]

    /// UTF-16 (by its byte-order mark, or without one by its zero bytes) is transcoded; a
    /// UTF-8 BOM is dropped; in a line that is not UTF-8, the bytes that are not are read as
    /// Windows-1252, with a warning naming the lines.
    public init(decoding data: some Collection<UInt8>) throws(WireFileError) {
        let encoding = WireDecoding.Encoding(start: data)
        var bytes = Array(data.dropFirst(encoding.bomLength))
        warnings = []
        if case .utf16(let bigEndian, _) = encoding {
            var transcoder = WireDecoding.UTF16Transcoder(bigEndian: bigEndian)
            bytes = transcoder.utf8(bytes[...], final: true)
        }
        if let note = encoding.note { warnings.append(note) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty }
        if bytes.contains(0) || WireStream.looksBinary(bytes.prefix(8192)) { throw .binary }
        let decoded = WireDecoding.utf8(bytes)
        if let warning = decoded.report.warning { warnings.append(warning) }
        self.bytes = decoded.bytes
    }
}
