import Foundation
import Testing

/// The real binary killed (-9) part-way: the cache opens, nothing stored before is lost, and
/// the interruption is resumed or reported.
@Suite(.serialized) struct InterruptionTests {
    /// A synthetic wire of `stories` stories, written by the benchmark's generator.
    func wire(_ cli: Newswire, stories: Int) throws -> String {
        let work = cli.folder.appendingPathComponent("bench")
        let bench = Process()
        bench.executableURL = Newswire.binary.deletingLastPathComponent().appendingPathComponent("newswire-bench")
        bench.arguments = ["--stories", String(stories), "--work", work.path, "--generate-only"]
        bench.standardOutput = FileHandle.nullDevice
        try bench.run()
        bench.waitUntilExit()
        return work.appendingPathComponent("wire").path
    }

    /// Starts `newswire ARGS --db CACHE` and kills it with SIGKILL after `seconds`; true when it was still running.
    func killed(_ cli: Newswire, _ arguments: [String], after seconds: Double) throws -> Bool {
        let process = Process()
        process.executableURL = cli.binary
        process.arguments = arguments + ["--db", cli.cache]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: seconds)
        let running = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return running
    }

    @Test func anImportKilledPartWayLosesNothingStoredBefore() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let okabe = try cli.importOkabe()
        let wire = try wire(cli, stories: 1500)
        #expect(try killed(cli, ["import", wire], after: 1.0), "the import ended before it could be killed")
        let list = try cli.run(["list", "--limit", "5000"])
        #expect(list.status == 0)
        #expect(list.stdout.contains(okabe))
        let again = try cli.run(["import", wire])
        #expect(again.status == 0)
        #expect((try cli.json(["list", "--limit", "5000"]) as? [Any])?.count == 1501)
        #expect(try cli.run(["show", okabe]).stdout.contains("The door to dialogue is open"))
    }

    @Test func aReanalysisKilledPartWayIsReportedAndResumed() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", "--no-analysis", try wire(cli, stories: 1500)])
        #expect(try killed(cli, ["reanalyze"], after: 1.0), "reanalyze ended before it could be killed")
        let list = try cli.run(["list", "--limit", "1"])
        #expect(list.status == 0)
        #expect(list.stderr.contains("was interrupted after"))
        #expect(list.stderr.contains("run 'newswire reanalyze' to finish it"))
        let resumed = try cli.run(["reanalyze"])
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("note: resuming the reanalysis started"))
        #expect(try cli.run(["list", "--limit", "1"]).stderr.isEmpty)
        #expect((try cli.json(["people", "--limit", "1"]) as? [Any])?.count == 1)
    }

    @Test func aStoryOfHundredThousandParagraphsShowsInUnderASecond() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let story = " date 2026-02-03 China News\n A story of 100000 paragraphs\n\n Tokyo (AFP) Feb 3, 2026\n\n"
            + (0..<100_000).map { "\($0 % 97)." }.joined(separator: "\n\n") + "\n"
        try cli.run(["import", "-"], stdin: story)
        let id = try #require((try cli.json(["list"]) as? [[String: Any]])?.first?["id"] as? String)
        for arguments in [["show", id], ["show", id, "--json"]] {
            let start = Date()
            let shown = try cli.run(arguments)
            #expect(Date().timeIntervalSince(start) < 1, "\(arguments)")
            #expect(shown.stdout.contains("96."))
        }
    }
}
