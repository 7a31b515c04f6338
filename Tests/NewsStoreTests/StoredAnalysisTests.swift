import Foundation
import GRDB
import NewsModel
import Testing
@testable import NewsStore

@Suite struct StoredAnalysisTests {
    let rich = StoryAnalysis(
        people: [
            Person(name: "Sanae Okabe", role: "Japanese Prime Minister",
                   mentions: [TextSpan(paragraph: 0, start: 0, end: 11), TextSpan(paragraph: 3, start: 200, end: 205)]),
            Person(name: "Chen Wei-lun", mentions: [TextSpan(paragraph: 1, start: 17, end: 29)]),
            Person(name: "Ursula von der Leyen", role: "", mentions: []),
            Person(name: "Zoë Ørsted 北京", role: "a procurement manager at a Nagoya parts supplier"),
        ],
        quotes: [
            Quote(start: TextSpan(paragraph: 0, start: 20, end: 60), endParagraph: 2,
                  speaker: Speaker(kind: .person, text: "Sanae Okabe", person: 0), partial: false),
            Quote(start: TextSpan(paragraph: 1, start: 5, end: 9), endParagraph: 1,
                  speaker: Speaker(kind: .organization, text: "foreign ministry"), partial: true),
            Quote(start: TextSpan(paragraph: 4, start: 1, end: 130_000), endParagraph: 4,
                  speaker: Speaker(kind: .unnamed, text: "a government spokesman"), partial: false),
            Quote(start: TextSpan(paragraph: 5, start: 0, end: 3), endParagraph: 5, speaker: .unknown, partial: false),
            Quote(start: TextSpan(paragraph: 6, start: 0, end: 3), endParagraph: 6,
                  speaker: Speaker(kind: .person, text: "Zoë Ørsted 北京", person: 3), partial: true),
        ],
        topics: [
            Topic(name: "Japan–China relations", kind: .relations), Topic(name: "Japan", kind: .country),
            Topic(name: "China News", kind: .section), Topic(name: "TAIWAN NEWS", kind: .category),
            Topic(name: "Chip supply", kind: .user),
        ])

    @Test func everyKindOfAnalysisRoundTrips() {
        #expect(StoredAnalysis.decode(StoredAnalysis.encode(rich)) == rich)
        #expect(StoredAnalysis.decode(StoredAnalysis.encode(StoryAnalysis())) == StoryAnalysis())
    }

    @Test func damagedRowsAreRejectedNotTrusted() {
        let bytes = [UInt8](StoredAnalysis.encode(rich))
        for length in 0..<bytes.count {
            #expect(StoredAnalysis.decode(Data(bytes[..<length])) == nil, "cut at \(length)")
        }
        #expect(StoredAnalysis.decode(Data(bytes + [0])) == nil)
        #expect(StoredAnalysis.decode(Data([99] + bytes.dropFirst())) == nil)
        // A count far larger than the row, and a speaker pointing past the people.
        #expect(StoredAnalysis.decode(Data([StoredAnalysis.version, 0xFF, 0xFF, 0xFF, 0x7F])) == nil)
        var pastThePeople = StoryAnalysis(people: [Person(name: "A B")])
        pastThePeople.quotes = [Quote(start: TextSpan(paragraph: 0, start: 0, end: 1), endParagraph: 0,
                                      speaker: Speaker(kind: .person, text: "C D", person: 1), partial: false)]
        #expect(StoredAnalysis.decode(StoredAnalysis.encode(pastThePeople)) == nil)
    }

    @Test func theIndexRowsCountEachPersonOnceWithTheirQuotations() {
        var analysis = rich
        analysis.people.append(Person(name: "SANAE OKABE", role: "Prime Minister"))
        analysis.quotes.append(Quote(start: TextSpan(paragraph: 7, start: 0, end: 2), endParagraph: 7,
                                     speaker: Speaker(kind: .person, text: "SANAE OKABE", person: 4), partial: false))
        analysis.topics.append(Topic(name: "China-Japan relations", kind: .relations))
        let prepared = PreparedAnalysis(analysis)
        #expect(prepared.people.map(\.key) == ["sanae okabe", "chen wei-lun", "ursula von der leyen", "zoë ørsted 北京"])
        #expect(prepared.people.map(\.quotes) == [2, 0, 0, 1])
        #expect(prepared.topics.map(\.name) == rich.topics.map(\.name))
    }
}

@Suite struct StoredAnalysisCacheTests {
    func okabeStory(_ title: String = "Okabe urges calm") -> Story {
        story(title, "Okabe said: \"We will respond calmly.\"", "Chen Wei-lun, a trade official, said: \"Talks go on.\"")
    }

    func analysis(of story: Story, speaker: String, topic: String) -> StoryAnalysis {
        StoryAnalysis(
            people: [Person(name: speaker, role: "minister", mentions: [TextSpan(paragraph: 0, start: 0, end: 5)])],
            quotes: [Quote(start: TextSpan(paragraph: 0, start: 13, end: 36), endParagraph: 0,
                           speaker: Speaker(kind: .person, text: speaker, person: 0), partial: false)],
            topics: [Topic(name: topic, kind: .relations)])
    }

    @Test func aCorrectionReplacesTheIndexRowsOfTheEarlierAnalysis() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let first = okabeStory()
        _ = try store.save([PreparedStory(first, analysis: analysis(of: first, speaker: "Sanae Okabe", topic: "Japan–China relations"))])
        var corrected = okabeStory()
        corrected.paragraphs[1] += " Corrected."
        #expect(try store.save([PreparedStory(corrected, analysis: analysis(of: corrected, speaker: "Chen Wei-lun",
                                                                            topic: "China–Taiwan relations"))]) == [.updated])
        #expect(try store.people().map(\.name) == ["Chen Wei-lun"])
        #expect(try store.topics().map(\.name) == ["China–Taiwan relations"])
        #expect(try store.count(StoryFilter(topic: "japan-china")) == 0)
        #expect(try store.count(StoryFilter(person: "Chen Wei-lun")) == 1)
        #expect(try store.quotes(person: "Chen Wei-lun").map(\.text) == ["We will respond calmly."])
        #expect(try store.analyzedStory(first.id)?.analysis.people.map(\.name) == ["Chen Wei-lun"])
    }

    @Test func quotationsAreListedNewestFirstAndFilteredByPersonAndTopic() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        var stories: [PreparedStory] = []
        for (index, (speaker, topic)) in [("Sanae Okabe", "Japan–China relations"), ("Chen Wei-lun", "China–Taiwan relations"),
                                          ("Sanae Okabe", "China–Taiwan relations")].enumerated() {
            var s = okabeStory("Story \(index)")
            s.published = Day(iso: "2026-01-0\(index + 1)")!
            stories.append(PreparedStory(s, analysis: analysis(of: s, speaker: speaker, topic: topic)))
        }
        _ = try store.save(stories)
        #expect(try store.quotes().map(\.story.title) == ["Story 2", "Story 1", "Story 0"])
        #expect(try store.quotes(limit: 2).map(\.story.title) == ["Story 2", "Story 1"])
        #expect(try store.quotes(person: "Okabe").map(\.story.title) == ["Story 2", "Story 0"])
        #expect(try store.quotes(person: "Okabe", topic: "taiwan-china").map(\.story.title) == ["Story 2"])
        let okabe = try #require(try store.people().first { $0.name == "Sanae Okabe" })
        #expect(okabe.stories == 2 && okabe.quotations == 2)
        let record = try store.quote(try store.quotes(person: "Chen").first!.id)
        #expect(record.personID == (try store.people().first { $0.name == "Chen Wei-lun" }?.id))
        #expect(record.text == "We will respond calmly.")
        #expect(throws: StoreError.self) { try store.quote("\(record.story.id.short).5") }
    }

    /// A cache written before analyses moved into one row per story keeps them.
    @Test func migrationFiveMovesTheOldRowsWithoutLosingAnything() throws {
        let cache = try TemporaryCache()
        let old = okabeStory()
        let queue = try DatabaseQueue(path: cache.path)
        try queue.write { try NewsStore.migrator.migrate($0, upTo: "v4 read stories") }
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO story (rowid, uid, published, wire_date, title, authors, fingerprint, body)
                VALUES (7, ?, '2026-01-27', '2026-01-27', 'Okabe urges calm', '', 1, ?);
                INSERT INTO person (id, name, key) VALUES (3, 'Sanae Okabe', 'sanae okabe'), (4, 'Chen Wei-lun', 'chen wei-lun');
                INSERT INTO story_person VALUES (3, 20260127, 7, 0, 'Prime Minister', '0:0-5,1:2-7'), (4, 20260127, 7, 1, NULL, '1:0-12');
                INSERT INTO topic (id, name, key, kind) VALUES (9, 'Japan–China relations', 'china japan', 'relations');
                INSERT INTO story_topic VALUES (9, 20260127, 7, 0);
                INSERT INTO quote VALUES (7, 0, 0, 13, 0, 36, 0, 'person', 'Sanae Okabe', 3),
                                         (7, 1, 1, 39, 1, 51, 1, 'person', 'Chen Wei-lun', 4),
                                         (7, 2, 1, 0, 1, 3, 0, 'organization', 'foreign ministry', NULL);
                """, arguments: [old.id.rawValue, CompressedText.compress(old.paragraphs.joined(separator: "\n"))])
        }
        try queue.close()

        var upgrades = 0
        let store = try NewsStore(path: cache.path, upgrading: { upgrades += 1 })
        #expect(upgrades == 1)
        _ = try NewsStore(path: cache.path, upgrading: { upgrades += 1 })
        #expect(upgrades == 1, "an up-to-date cache is not upgraded again")
        let analyzed = try #require(try store.analyzedStory(old.id))
        #expect(analyzed.personIDs == [3, 4])
        #expect(analyzed.analysis.people == [
            Person(name: "Sanae Okabe", role: "Prime Minister",
                   mentions: [TextSpan(paragraph: 0, start: 0, end: 5), TextSpan(paragraph: 1, start: 2, end: 7)]),
            Person(name: "Chen Wei-lun", mentions: [TextSpan(paragraph: 1, start: 0, end: 12)]),
        ])
        #expect(analyzed.analysis.quotes.map(\.speaker) == [
            Speaker(kind: .person, text: "Sanae Okabe", person: 0), Speaker(kind: .person, text: "Chen Wei-lun", person: 1),
            Speaker(kind: .organization, text: "foreign ministry"),
        ])
        #expect(analyzed.analysis.quotes.map(\.partial) == [false, true, false])
        #expect(analyzed.analysis.topics == [Topic(name: "Japan–China relations", kind: .relations)])
        #expect(try store.people().map { [$0.name, $0.role ?? "-", "\($0.stories)", "\($0.quotations)"] }
                == [["Chen Wei-lun", "-", "1", "1"], ["Sanae Okabe", "Prime Minister", "1", "1"]])
        #expect(try store.quotes(person: "Okabe").map(\.text) == ["We will respond calmly."])
        #expect(try store.count(StoryFilter(topic: "japan-china")) == 1)
        let tables = try store.pool.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE name LIKE 'quote%'") }
        #expect(tables.isEmpty)
    }
}

@Suite struct StreamedSaveTests {
    /// An import hands over one file's stories at a time; transactions span files.
    @Test func everyStoryHandedOverIsSavedOnceAcrossBatches() throws {
        let cache = try TemporaryCache()
        let store = try cache.open()
        let files: [[String]] = [["A", "B", "C"], [], ["D"], ["B", "E"], ["F", "G", "H"]]
        var remaining = files.map { $0.map { PreparedStory(story($0)) } }
        var outcomes: [SaveOutcome] = []
        var handedOver = 0
        try store.save(from: {
            guard !remaining.isEmpty else { return nil }
            handedOver += 1
            return remaining.removeFirst()
        }, batchSize: 2, saved: { outcomes.append($0) })
        #expect(handedOver == files.count)
        #expect(outcomes == [.imported, .imported, .imported, .imported, .unchanged, .imported, .imported, .imported, .imported])
        #expect(try store.count(StoryFilter()) == 8)
    }
}
