import Foundation
import GRDB
import Testing

/// Several `newswire` processes at once on one cache, as a user runs an import in one
/// terminal and the reader or a script in another.
@Suite struct ConcurrentProcessesTests {
    /// Before creation and migration were one transaction, one of three processes failed in
    /// 12 of 12 trials ('table "story" already exists', 'not a NewsWire cache').
    @Test func processesStartedTogetherOnANewCacheAllSucceed() throws {
        let commands: [[String]] = [
            ["import", Newswire.fixture("okabe.txt")], ["list"],
            ["import", "--no-analysis", Newswire.fixture("two-stories.txt")], ["bookmarks", "--json"],
        ]
        for round in 0..<20 {
            let cli = try Newswire()
            defer { cli.remove() }
            let started = commands.prefix(2 + round % 3)
            let running = try started.map { try cli.start($0) }
            for (command, result) in zip(started, running.map { $0.wait() }) {
                #expect(result.status == 0 && result.stderr.isEmpty, "round \(round), \(command): \(result.stderr)")
            }
            let imported = started.filter { $0.first == "import" }.count == 2 ? 3 : 1
            #expect(try cli.run(["list"]).stdout.split(separator: "\n").count == imported, "round \(round)")
        }
    }
}

@Suite struct WaitingForAnImportTests {
    /// An import's transaction held the lock for up to 3.9 s, and `bookmark add` waited in silence.
    @Test func aBookmarkThatWaitsOverASecondSaysWhatItWaitsFor() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let id = try cli.importOkabe()
        var config = Configuration()
        config.allowsUnsafeTransactions = true
        let importer = try DatabaseQueue(path: cli.cache, configuration: config)
        try importer.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
        DispatchQueue.global().asyncAfter(deadline: .now() + 1.6) {
            try? importer.inDatabase { try $0.execute(sql: "COMMIT") }
        }
        let result = try cli.run(["bookmark", "add", "\(id).0"])
        #expect(result.status == 0)
        #expect(result.stderr == "note: waiting for another process (an import?) to finish writing to \(cli.cache)\n")
        #expect(try cli.run(["bookmarks"]).stdout.contains("We have said nothing new"))
    }
}
