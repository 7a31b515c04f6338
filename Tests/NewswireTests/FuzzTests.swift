import Foundation
import Testing

/// A short, bounded pass of the fuzzer (the long one is a documented command).
@Suite struct FuzzTests {
    @Test func aShortFuzzPassFindsNoCrashNoBadOffsetAndNoQuadraticTime() throws {
        let fuzz = Newswire.binary.deletingLastPathComponent().appendingPathComponent("newswire-fuzz")
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data")
        let process = Process()
        process.executableURL = fuzz
        // Debug builds are slow: a generous bound on the slowdown, still far below quadratic's 8x.
        process.arguments = ["--seed", "7", "--iterations", "30", "--seconds", "5", "--data", data.path, "--max-slowdown", "5"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("no crash, every offset fits"))
    }
}
