import Foundation
import Testing

@Suite(.serialized) struct MarkAndExportCommandsTests {
    func titles(_ cli: Newswire, _ arguments: [String], environment: [String: String] = [:]) throws -> [String] {
        let result = try cli.run(["list", "--json"] + arguments, environment: environment)
        let items = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        return items.compactMap { $0["title"] as? String }
    }

    @Test func markReadAndUnreadByIdTopicAndAll() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("two-stories.txt"), Newswire.fixture("okabe.txt")])
        let id = try #require((try cli.json(["list"]) as? [[String: Any]])?.first?["id"] as? String)
        #expect(try cli.run(["mark", "read", String(id.prefix(6))]).stdout == "marked 1 story read\n")
        #expect(try titles(cli, ["--unread"]).count == 2)
        #expect(try cli.run(["mark", "read", "--topic", "japan-china"]).stdout == "marked 1 story read\n")
        #expect(try titles(cli, ["--unread"]) == ["Ferry operators in Kinmen suspend evening sailings"])
        #expect(try cli.run(["mark", "unread", "--all"]).stdout == "marked 2 stories unread\n")
        #expect(try titles(cli, ["--unread"]).count == 3)
        #expect(try cli.run(["mark", "read", "--all"]).stdout == "marked 3 stories read\n")
        let json = try #require(try cli.json(["mark", "unread", String(id.prefix(6))]) as? [String: Any])
        #expect(json["marked"] as? Int == 1 && json["state"] as? String == "unread")
        let usage = try cli.run(["mark", "read"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("say which stories"))
    }

    @Test func aSavedSearchIsATopicOfTheCommandLine() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("two-stories.txt"), Newswire.fixture("okabe.txt")])
        let config = cli.folder.appendingPathComponent("config/newswire")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "[Ferries]\nsearch: ferry OR sailings\n".write(to: config.appendingPathComponent("topics.conf"), atomically: true, encoding: .utf8)
        let environment = ["XDG_CONFIG_HOME": cli.folder.appendingPathComponent("config").path]
        #expect(try titles(cli, ["--topic", "ferries"], environment: environment) == ["Ferry operators in Kinmen suspend evening sailings"])
        let topics = try cli.run(["topics", "--json"], environment: environment).stdout
        let list = try #require(try JSONSerialization.jsonObject(with: Data(topics.utf8)) as? [[String: Any]])
        #expect(list.contains { $0["name"] as? String == "Ferries" && $0["kind"] as? String == "search" && $0["stories"] as? Int == 1 })
        #expect(try cli.run(["import", Newswire.fixture("okabe.txt")], environment: environment).status == 0, "the analysis skips it")
    }

    @Test func bookmarkNoteSetsAndAddingAgainWithANoteReplacesIt() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let id = try cli.importOkabe()
        try cli.run(["bookmark", "add", "\(id).0", "--note", "first"])
        #expect(try cli.run(["bookmark", "add", "\(id).0", "--note", "second"]).stdout == "bookmark 1\n")
        #expect((try cli.json(["bookmarks"]) as? [[String: Any]])?.first?["note"] as? String == "second")
        #expect(try cli.run(["bookmark", "note", "1", "Check with Kyodo"]).status == 0)
        #expect((try cli.json(["bookmarks"]) as? [[String: Any]])?.first?["note"] as? String == "Check with Kyodo")
        let missing = try cli.run(["bookmark", "note", "9", "x"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: no bookmark 9 (see: newswire bookmarks)\n")
    }

    @Test func bookmarksAsCSV() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let id = try cli.importOkabe()
        try cli.run(["bookmark", "add", "\(id).0", "--note", "a note, with a comma"])
        let csv = try cli.run(["bookmarks", "--csv"]).stdout
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "id,story,quotation,speaker,speaker_kind,role,title,agency,place,published,created,note,corrected")
        #expect(lines[1].hasPrefix("1,\(id),\"We have said nothing new, and we will say nothing new,\",Sanae Okabe,person,Japanese Prime Minister,"))
        #expect(lines[1].hasSuffix(",\"a note, with a comma\",false"))
        #expect(lines.count == 3 && lines[2].isEmpty)
    }

    @Test func bookmarksAsCSLJSONFollowTheSchema() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let id = try cli.importOkabe()
        try cli.run(["bookmark", "add", "\(id).0", "--note", "for the piece"])
        try cli.run(["bookmark", "add", "\(id).1"])
        let output = try cli.run(["bookmarks", "--csl-json"]).stdout
        let items = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(items.count == 2)
        let first = try #require(items.first { ($0["note"] as? String)?.contains("for the piece") == true })
        #expect(first["type"] as? String == "article-newspaper")
        #expect(first["title"] as? String == "Tokyo and Beijing trade barbs over envoy's remarks")
        #expect((first["issued"] as? [String: [[Int]]])?["date-parts"] == [[2026, 2, 3]])
        let file = cli.folder.appendingPathComponent("items.json")
        try Data(output.utf8).write(to: file)
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", """
            import json, sys, jsonschema
            jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))
            """, Newswire.fixture("csl-data.schema.json"), file.path]
        let errors = Pipe()
        check.standardError = errors
        try check.run()
        check.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(check.terminationStatus == 0, "CSL-JSON schema (needs python3-jsonschema): \(message)")
    }

    @Test func searchErrorsNeverShowSQLite() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("two-stories.txt")])
        for query in ["ferry AND", "\"", "ferry OR ("] {
            let result = try cli.run(["list", "--search", query])
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("error: invalid search"), "\(result.stderr)")
            #expect(!result.stderr.contains("fts5") && !result.stderr.contains("syntax error"), "\(result.stderr)")
        }
    }
}
