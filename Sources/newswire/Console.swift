import Foundation
import NewsModel

/// Writing to the user's terminal: diagnostics on stderr, JSON on stdout, and nothing from
/// story text that could act as a control sequence.
enum Console {
    static func error(_ message: String) {
        writeError("error: \(message.terminalSafeLines)")
    }

    static func warning(_ message: String) {
        writeError("warning: \(message.terminalSafeLines)")
    }

    /// Something the user should know that is neither wrong nor a risk, on stderr.
    static func note(_ message: String) {
        writeError("note: \(message.terminalSafeLines)")
    }

    static func writeError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Colours on a terminal, unless NO_COLOR is set (https://no-color.org).
    static var usesColor: Bool {
        stdoutIsTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    static func printJSON<T: Encodable>(_ value: T) throws {
        print(try json(value))
    }

    /// The JSON document in a file, as `printJSON` writes it.
    static func writeJSON<T: Encodable>(_ value: T, to path: String) throws {
        do {
            try Data((try json(value) + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch let error as CocoaError {
            throw UsageError(message: "\(path): cannot write it (\(error.localizedDescription))")
        }
    }

    private static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return escapingUnsafeScalars(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// JSONEncoder escapes C0 controls but writes C1 controls and bidi overrides raw; inside a
    /// JSON string `\uXXXX` means the same thing and cannot reorder or steer a terminal.
    static func escapingUnsafeScalars(_ json: String) -> String {
        json.escapingUnsafeScalars(keepingLineBreaks: true) { scalar in
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
