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

/// The bytes of a wire dump as UTF-8 text.
public struct WireText: Sendable {
    public var bytes: [UInt8]
    public var warnings: [String]

    /// Decodes UTF-8 (dropping a BOM); bytes that are not UTF-8 are read as Windows-1252,
    /// with a warning, since that is what older wire dumps were written in.
    public init(decoding data: some Collection<UInt8>) throws(WireFileError) {
        var bytes = Array(data)
        warnings = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty }
        if bytes.contains(0) { throw .binary }
        if String(validating: bytes, as: UTF8.self) == nil {
            bytes = Array(WireText.windows1252(bytes).utf8)
            warnings.append("not valid UTF-8; read as Windows-1252")
        }
        if WireText.looksBinary(bytes) { throw .binary }
        self.bytes = bytes
    }

    static func windows1252(_ bytes: [UInt8]) -> String {
        if let text = String(data: Data(bytes), encoding: .windowsCP1252) { return text }
        // Five bytes are undefined in Windows-1252; Latin-1 maps every byte.
        return String(decoding: bytes.map { UInt16($0) }, as: UTF16.self)
    }

    /// Control bytes other than tab, newline, carriage return, form feed and ESC are rare in
    /// text and common in binary formats that happen to hold no NUL.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        let controls = sample.lazy.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains($0) }.count
        return controls * 20 > sample.count
    }
}
