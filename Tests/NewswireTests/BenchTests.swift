import Foundation
import Testing

/// The benchmark's figures come from release builds; here it only has to run end to end.
@Suite struct BenchTests {
    private func bench(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = Newswire.binary.deletingLastPathComponent().appendingPathComponent("newswire-bench")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return text
    }

    @Test func benchmarkRunsOnASmallCorpus() throws {
        let text = try bench(["--stories", "300"])
        #expect(text.contains("imported 300, updated 0, unchanged 0, failed 0"))
        for figure in ["stories/s", "peak memory", "x the wire text", "first page of list", "search, seeded (200 queries", "search, common", "list --search Q --limit 50, whole process", "bodies written by"] {
            #expect(text.contains(figure), "missing \(figure)")
        }
    }

    @Test func correctionsBenchmarkRunsOnASmallCorpus() throws {
        let text = try bench(["corrections", "--stories", "300", "--quotations", "10", "--people", "4"])
        for figure in ["before corrections:", "quotation correction (10,", "person correction (4)", "with 10 quotation and 4 people corrections:",
                       "quotes --person --limit 20", "open a story", "correction rm ("] {
            #expect(text.contains(figure), "missing \(figure)")
        }
    }

    /// The zlib figures come from an import that really wrote with zlib: the benchmark's
    /// child inherits NEWSWIRE_NO_LIBDEFLATE, and the benchmark tells who wrote the bodies.
    @Test func theImportsEnvironmentChoosesZlib() throws {
        let text = try bench(["--stories", "40"], environment: ["NEWSWIRE_NO_LIBDEFLATE": "1"])
        #expect(text.contains("bodies written by (first 20 stories): zlib 20\n"))
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
