import Foundation
import Testing

/// The benchmark's figures come from release builds; here it only has to run end to end.
@Suite struct BenchTests {
    @Test func benchmarkRunsOnASmallCorpus() throws {
        let bench = Newswire.binary.deletingLastPathComponent().appendingPathComponent("newswire-bench")
        let process = Process()
        process.executableURL = bench
        process.arguments = ["--stories", "300"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("imported 300, updated 0, unchanged 0, failed 0"))
        for figure in ["stories/s", "peak memory", "x the wire text", "first page of list", "search, seeded (200 queries", "search, common", "list --search Q --limit 50, whole process"] {
            #expect(text.contains(figure), "missing \(figure)")
        }
    }

    @Test func theSameSeedGivesTheSameCorpus() throws {
        func corpus() throws -> Data {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID())")
            defer { try? FileManager.default.removeItem(at: folder) }
            let process = Process()
            process.executableURL = Newswire.binary.deletingLastPathComponent().appendingPathComponent("newswire-bench")
            process.arguments = ["--stories", "50", "--work", folder.path, "--generate-only"]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return try Data(contentsOf: folder.appendingPathComponent("wire/wire-0000000.txt"))
        }
        let first = try corpus()
        #expect(first.count > 50 * 2000)
        #expect(try corpus() == first)
    }
}
