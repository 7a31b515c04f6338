import Foundation
import Testing

@Suite(.serialized) struct ReadCommandsTests {
    @Test func listJSONHasTheDocumentedKeysNewestFirst() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("two-stories.txt")])
        let list = try #require(try cli.json(["list"]) as? [[String: Any]])
        #expect(list.map { $0["title"] as? String } == [
            "Student satellite sends first photo of Kyushu", "Ferry operators in Kinmen suspend evening sailings",
        ])
        #expect(Set(list[0].keys) == ["id", "title", "published", "agency", "section"])
        #expect(list[0]["published"] as? String == "2026-02-12")
        #expect(list[0]["agency"] as? String == "SPX")
        #expect(list[0]["section"] as? String == "Space News")
        #expect((list[0]["id"] as? String)?.count == 10)
    }

    @Test func listFiltersBySearchSectionAndDates() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("two-stories.txt")])
        func titles(_ arguments: [String]) throws -> [String] {
            (try cli.json(["list"] + arguments) as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        }
        #expect(try titles(["--search", "dispatcher"]) == ["Ferry operators in Kinmen suspend evening sailings"])
        #expect(try titles(["--section", "space news"]) == ["Student satellite sends first photo of Kyushu"])
        #expect(try titles(["--since", "2026-02-11"]) == ["Student satellite sends first photo of Kyushu"])
        #expect(try titles(["--until", "2026-02-11"]) == ["Ferry operators in Kinmen suspend evening sailings"])
        #expect(try titles(["--limit", "1"]).count == 1)
    }

    @Test func invalidSearchExitsTwoWithAClearMessage() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("two-stories.txt")])
        let result = try cli.run(["list", "--search", "\"unclosed"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: invalid search '\"unclosed':"))
    }

    @Test func showByUniquePrefixAsJSON() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("two-stories.txt")])
        let list = try #require(try cli.json(["list"]) as? [[String: Any]])
        let id = try #require(list[1]["id"] as? String)
        let story = try #require(try cli.json(["show", String(id.prefix(6))]) as? [String: Any])
        for key in ["id", "title", "section", "category", "byline", "authors", "place", "agency", "published", "wire_date", "paragraphs"] {
            #expect(story.keys.contains(key), "missing \(key)")
        }
        #expect(story["id"] as? String == id)
        #expect(story["place"] as? String == "Kinmen")
        #expect(story["category"] as? String == "TAIWAN NEWS")
        #expect(story["wire_date"] as? String == "2026-02-10")
        #expect((story["paragraphs"] as? [String])?.count == 2)
        let authors = try #require(try cli.json(["show", list[0]["id"] as! String]) as? [String: Any])["authors"]
        #expect(authors as? [String] == ["Aiko Morimoto"])
    }

    @Test func unknownIdExitsTwo() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("two-stories.txt")])
        let result = try cli.run(["show", "0000000000"])
        #expect(result.status == 2)
        #expect(result.stderr == "error: no story with id 0000000000\n")
    }

    @Test func storyTextCannotSteerTheTerminal() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("escapes.txt")])
        let list = try cli.run(["list"])
        let id = String(list.stdout.prefix(10))
        let show = try cli.run(["show", id])
        let json = try cli.run(["show", id, "--json"])
        for output in [list.stdout, show.stdout, json.stdout] {
            #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x07 || $0.value == 0x202E })
        }
        #expect(show.stdout.contains("Harbour \\u{1B}[31mred"))
        #expect(json.stdout.contains("\\u001b[31mred"))
        #expect(json.stdout.contains("\\u202e"))
        // Escaped in the output, kept exactly in the cache.
        let story = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((story["title"] as? String)?.contains("\u{1B}[31m") == true)
    }

    @Test func cacheLocationFollowsTheEnvironment() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let viaVariable = cli.folder.appendingPathComponent("env/cache.sqlite").path
        try cli.run(["import", Newswire.fixture("two-stories.txt")], db: false, environment: ["NEWSWIRE_DB": viaVariable])
        #expect(FileManager.default.fileExists(atPath: viaVariable))
        let dataHome = cli.folder.appendingPathComponent("xdg").path
        try cli.run(["import", Newswire.fixture("two-stories.txt")], db: false, environment: ["XDG_DATA_HOME": dataHome])
        #expect(FileManager.default.fileExists(atPath: dataHome + "/newswire/cache.sqlite"))
    }

    @Test func demoListsTheSampleWire() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let result = try cli.run(["demo"], db: false)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count >= 40)
    }

    @Test func demoFindsDataInstalledBesideTheBinaryOrSaysWhereItLooked() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let bin = cli.folder.appendingPathComponent("prefix/bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let installed = bin.appendingPathComponent("newswire")
        let installedCLI = try Newswire.install(to: installed, folder: cli.folder)
        let missing = try installedCLI.run(["demo"], db: false, environment: ["NEWSWIRE_DATA": "/nonexistent"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot find NewsWire's data folder"))
        #expect(missing.stderr.contains(cli.folder.appendingPathComponent("prefix/share/newswire").path))
        #expect(missing.stderr.contains("/nonexistent"))

        let share = cli.folder.appendingPathComponent("prefix/share/newswire")
        try FileManager.default.createDirectory(at: share.deletingLastPathComponent(), withIntermediateDirectories: true)
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data")
        try FileManager.default.copyItem(at: data, to: share)
        let found = try installedCLI.run(["demo"], db: false)
        #expect(found.status == 0)
        #expect(found.stdout.split(separator: "\n").count >= 40)
    }
}
