import Foundation
import Testing

@Suite(.serialized) struct AnalysisCommandsTests {
    @Test func showJSONHasPeopleQuotesAndTopics() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let id = try cli.importOkabe()
        let story = try #require(try cli.json(["show", id]) as? [String: Any])
        let people = try #require(story["people"] as? [[String: Any]])
        #expect(people.map { $0["name"] as? String } == ["Sanae Okabe"])
        #expect(people.first?["role"] as? String == "Japanese Prime Minister")
        let mentions = try #require(people.first?["mentions"] as? [[String: Int]])
        #expect(mentions.count == 2)
        #expect(mentions.first == ["paragraph": 0, "start": 24, "end": 35])
        let quotes = try #require(story["quotes"] as? [[String: Any]])
        #expect(quotes.map { $0["speaker_kind"] as? String } == ["person", "person", "person", "organization", "organization"])
        #expect(quotes.map { $0["partial"] as? Bool } == [false, false, false, true, false])
        #expect(quotes[0]["text"] as? String == "We have said nothing new, and we will say nothing new,")
        #expect(quotes[0]["person_id"] as? Int == people.first?["id"] as? Int)
        #expect(quotes[0]["id"] as? String == "\(id).0")
        for key in ["id", "text", "speaker", "speaker_kind", "person_id", "paragraph", "start", "end", "partial", "corrected"] {
            #expect(quotes[3].keys.contains(key), "missing \(key)")
        }
        #expect((story["topics"] as? [String])?.contains("Japan–China relations") == true)
    }

    @Test func peopleQuotesAndTopicsCommands() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("okabe.txt"), Newswire.fixture("two-stories.txt")])
        let people = try #require(try cli.json(["people"]) as? [[String: Any]])
        let okabe = try #require(people.first { $0["name"] as? String == "Sanae Okabe" })
        #expect(okabe["stories"] as? Int == 1)
        #expect(okabe["quotations"] as? Int == 3)
        let quotes = try #require(try cli.json(["quotes", "--person", "okabe"]) as? [[String: Any]])
        #expect(quotes.count == 3)
        #expect(quotes.allSatisfy { $0["speaker"] as? String == "Sanae Okabe" })
        let topics = try #require(try cli.json(["topics"]) as? [[String: Any]])
        #expect(topics.contains { $0["name"] as? String == "Japan–China relations" && $0["stories"] as? Int == 1 })
        let ferry = try #require(try cli.json(["quotes", "--topic", "space news"]) as? [[String: Any]])
        #expect(ferry.isEmpty)
    }

    @Test(arguments: ["japan-china", "China–Japan relations", "Japan-China relations"])
    func listFiltersByTopicForgivingly(topic: String) throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("okabe.txt"), Newswire.fixture("two-stories.txt")])
        let list = try #require(try cli.json(["list", "--topic", topic]) as? [[String: Any]])
        #expect(list.map { $0["title"] as? String } == ["Tokyo and Beijing trade barbs over envoy's remarks"])
    }

    @Test func listFiltersByPersonAndSearchTogether() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("okabe.txt"), Newswire.fixture("two-stories.txt")])
        #expect((try cli.json(["list", "--person", "Sanae Okabe", "--search", "dialogue"]) as? [Any])?.count == 1)
        #expect((try cli.json(["list", "--person", "Sanae Okabe", "--search", "ferry"]) as? [Any])?.count == 0)
        let unknown = try cli.run(["list", "--person", "Nobody Atall"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no person named 'Nobody Atall'"))
    }

    @Test func showTextHighlightsOnlyOnATerminal() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let id = try cli.importOkabe()
        let plain = try cli.run(["show", id])
        #expect(!plain.stdout.contains("\u{1B}"))
        #expect(plain.stdout.contains("“We have said nothing new, and we will say nothing new,” — Sanae Okabe, Japanese Prime Minister"))
    }

    @Test func reanalyzeKeepsTheAnalysisAndAcceptsUserTopics() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("okabe.txt")])
        let config = cli.folder.appendingPathComponent("config/newswire")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("[Dialogue]\nkeywords: dialogue\n".utf8).write(to: config.appendingPathComponent("topics.conf"))
        let result = try cli.run(["reanalyze"], environment: ["XDG_CONFIG_HOME": cli.folder.appendingPathComponent("config").path])
        #expect(result.status == 0)
        #expect(result.stdout == "reanalyzed 1 stories\n")
        #expect((try cli.json(["list", "--topic", "dialogue"]) as? [Any])?.count == 1)
        #expect((try cli.json(["quotes", "--person", "okabe"]) as? [Any])?.count == 3)
    }

    @Test func aBadTopicRuleFileIsAnErrorNamingTheLine() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let config = cli.folder.appendingPathComponent("config/newswire")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("[Chips]\ncolour: red\n".utf8).write(to: config.appendingPathComponent("topics.conf"))
        let result = try cli.run(["import", Newswire.fixture("okabe.txt")],
                                 environment: ["XDG_CONFIG_HOME": cli.folder.appendingPathComponent("config").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("topics.conf:2: unknown key 'colour'"))
    }
}

@Suite(.serialized) struct BookmarkCommandsTests {
    @Test func addListExportAndRemoveBookmarks() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let id = try cli.importOkabe()
        let added = try cli.run(["bookmark", "add", "\(id).1", "--note", "for Friday"])
        #expect(added.status == 0)
        #expect(added.stdout == "bookmark 1\n")
        let list = try #require(try cli.json(["bookmarks"]) as? [[String: Any]])
        #expect(list.first?["text"] as? String == "The door to dialogue is open,")
        #expect(list.first?["note"] as? String == "for Friday")
        let markdown = try cli.run(["bookmarks", "--markdown"]).stdout
        #expect(markdown.hasPrefix("> “The door to dialogue is open,” — Sanae Okabe, Japanese Prime Minister (AFP, Tokyo, 2026-02-03: \"Tokyo and Beijing trade barbs over envoy's remarks\")"))
        #expect(markdown.contains("remarks\")\n>\n> Note: for Friday"))
        // A re-import of a corrected story keeps the bookmark.
        let text = try String(contentsOfFile: Newswire.fixture("okabe.txt"), encoding: .utf8)
        try cli.run(["import", "-"], stdin: text.replacingOccurrences(of: "on Tuesday", with: "on Wednesday"))
        try cli.run(["reanalyze"])
        #expect((try cli.json(["bookmarks"]) as? [Any])?.count == 1)
        #expect(try cli.run(["bookmark", "rm", "1"]).status == 0)
        #expect((try cli.json(["bookmarks"]) as? [Any])?.count == 0)
        let missing = try cli.run(["bookmark", "rm", "1"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: no bookmark 1 (see: newswire bookmarks)\n")
        #expect(try cli.run(["bookmark", "add", "\(id).99"]).status == 2)
    }
}
