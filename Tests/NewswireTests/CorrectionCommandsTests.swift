import Foundation
import Testing

extension Newswire {
    /// The id of the one story whose title holds `words`.
    func storyID(_ words: String) throws -> String {
        let stories = try #require(try json(["list", "--search", "title:\"\(words)\""]) as? [[String: Any]])
        #expect(stories.count == 1)
        return try #require(stories.first?["id"] as? String)
    }

    func quotes(of story: String) throws -> [[String: Any]] {
        try #require((try json(["show", story]) as? [String: Any])?["quotes"] as? [[String: Any]])
    }

    /// envoy.txt with its first quotation bookmarked, then corrected as Lin Jian's; the story's id.
    func bookmarkCorrectedLater() throws -> String {
        try run(["import", Newswire.fixture("envoy.txt")])
        let id = try storyID("drills")
        try run(["bookmark", "add", "\(id).0"])
        try run(["quote", "\(id).0", "--speaker", "Lin Jian"])
        return id
    }
}

/// envoy.txt: Koo and Lin Jian, four quotations (Koo's first); okabe-brief.txt: "Okabe" and
/// Kenji Mori; okabe.txt: "Sanae Okabe".
@Suite(.serialized) struct CorrectionCommandsTests {
    @Test func aSpeakerSetByHandShowsInShowQuotesAndTheirJSON() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("envoy.txt")])
        let id = try cli.storyID("drills")
        let set = try cli.run(["quote", "\(id).0", "--speaker", "lin"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.hasPrefix("\(id).0  “We will stay calm and we will stay ready,” — Lin Jian (corrected)\ncorrection q1 saved"))
        let quotes = try cli.quotes(of: id)
        #expect(quotes[0]["speaker"] as? String == "Lin Jian")
        #expect(quotes[0]["speaker_kind"] as? String == "person")
        #expect(quotes.map { $0["corrected"] as? Bool } == [true, false, false, false])
        let people = try #require((try cli.json(["show", id]) as? [String: Any])?["people"] as? [[String: Any]])
        #expect(quotes[0]["person_id"] as? Int == people.first { $0["name"] as? String == "Lin Jian" }?["id"] as? Int)
        #expect(try cli.run(["show", id]).stdout.contains("\(id).0  “We will stay calm and we will stay ready,” — Lin Jian, Chinese foreign ministry spokesman (corrected)"))
        let byLin = try #require(try cli.json(["quotes", "--person", "Lin Jian"]) as? [[String: Any]])
        #expect(byLin.map { $0["id"] as? String } == ["\(id).0", "\(id).1", "\(id).2"])
        #expect(byLin.first?["corrected"] as? Bool == true)
        let shown = try #require(try cli.json(["quote", "\(id).0"]) as? [String: Any])
        #expect(shown["speaker"] as? String == "Lin Jian" && shown["corrected"] as? Bool == true)
    }

    @Test func anOrganisationCanBeTheSpeaker() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("envoy.txt")])
        let id = try cli.storyID("drills")
        #expect(try cli.run(["quote", "\(id).2", "--speaker", "Chinese foreign ministry", "--speaker-kind", "organization"]).status == 0)
        let quote = try cli.quotes(of: id)[2]
        #expect(quote["speaker"] as? String == "Chinese foreign ministry")
        #expect(quote["speaker_kind"] as? String == "organization")
        #expect(quote["person_id"] is NSNull)
    }

    @Test func notAQuoteHidesItEverywhereUntilUndone() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("envoy.txt")])
        let id = try cli.storyID("drills")
        let hidden = try cli.run(["quote", "\(id).3", "--not-a-quote"])
        #expect(hidden.stdout == "\(id).3 is no quotation: hidden everywhere (correction q1; undo: newswire quote \(id).3 --undo)\n")
        #expect(try cli.quotes(of: id).map { $0["id"] as? String } == ["\(id).0", "\(id).1", "\(id).2"])
        #expect(!(try cli.run(["quotes"]).stdout.contains("Nobody should misread")))
        #expect(!(try cli.run(["show", id]).stdout.contains("\(id).3")))
        let asked = try cli.run(["quote", "\(id).3"])
        #expect(asked.status == 2)
        #expect(asked.stderr == "error: \(id).3 is corrected as not a quotation (undo: newswire quote \(id).3 --undo)\n")
        #expect(try cli.run(["quote", "\(id).3", "--undo"]).status == 0)
        #expect(try cli.quotes(of: id).count == 4)
    }

    @Test func badInputIsAClearErrorWithStatusTwo() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("envoy.txt")])
        let id = try cli.storyID("drills")
        let cases: [([String], String)] = [
            (["quote", "\(id).9", "--not-a-quote"], "error: no quotation with id \(id).9"),
            (["quote", "\(id).0", "--speaker", "Nobody"], "error: no person named 'Nobody' in story \(id) (its people: "),
            (["quote", "\(id).0", "--speaker", "Lin", "--not-a-quote"], "Error: choose one of --speaker, --not-a-quote and --undo"),
            (["quote", "\(id).0", "--speaker-kind", "organization"], "Error: --speaker-kind organization needs --speaker NAME"),
            (["quote", "\(id).0", "--undo"], "error: \(id).0 has no correction to undo"),
            (["person", "Nobody Atall", "--not-a-person"], "error: no person named 'Nobody Atall' in the cache"),
            (["person", "Lin Jian"], "Error: choose one of --not-a-person, --same-as OTHER and --undo"),
            (["person", "Lin Jian", "--same-as", "lin"], "error: 'Lin Jian' and 'Lin Jian' are already one person"),
            (["correction", "rm", "q9"], "error: no correction q9"),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
        }
        #expect((try cli.json(["corrections"]) as? [Any])?.isEmpty == true)
    }

    @Test func sameAsMergesTwoNamesInPeopleFiltersAndQuotations() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("okabe.txt"), Newswire.fixture("okabe-brief.txt")])
        let merged = try cli.run(["person", "Okabe", "--same-as", "Sanae Okabe"])
        #expect(merged.stdout.hasPrefix("'Okabe' is the same person as 'Sanae Okabe' (correction p1;"))
        let people = try #require(try cli.json(["people"]) as? [[String: Any]])
        #expect(!people.contains { $0["name"] as? String == "Okabe" })
        let okabe = try #require(people.first { $0["name"] as? String == "Sanae Okabe" })
        #expect(okabe["stories"] as? Int == 2)
        #expect(okabe["quotations"] as? Int == 4)
        #expect((try cli.json(["list", "--person", "Okabe"]) as? [Any])?.count == 2)
        let quotes = try #require(try cli.json(["quotes", "--person", "sanae okabe"]) as? [[String: Any]])
        #expect(quotes.count == 4)
        #expect(quotes.allSatisfy { $0["speaker"] as? String == "Sanae Okabe" && $0["person_id"] as? Int == okabe["id"] as? Int })
        let brief = try #require(try cli.json(["show", try cli.storyID("talks")]) as? [String: Any])
        #expect((brief["people"] as? [[String: Any]])?.first?["name"] as? String == "Sanae Okabe")

        #expect(try cli.run(["person", "Okabe", "--undo"]).stdout == "correction p1 of 'Okabe' undone\n")
        #expect((try cli.json(["list", "--person", "Sanae Okabe"]) as? [Any])?.count == 1)
    }

    @Test func notAPersonLeavesEveryStory() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("okabe-brief.txt")])
        #expect(try cli.run(["person", "mori", "--not-a-person"]).status == 0)
        #expect(!(try cli.run(["people"]).stdout.contains("Kenji Mori")))
        let story = try #require(try cli.json(["show", try cli.storyID("talks")]) as? [String: Any])
        #expect((story["people"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Okabe"])
        let filtered = try cli.run(["list", "--person", "Kenji Mori"])
        #expect(filtered.status == 2)
        #expect(filtered.stderr.hasPrefix("error: 'Kenji Mori' is corrected as not a person"))
        // A later import of a story naming him: still no person.
        let text = try String(contentsOfFile: Newswire.fixture("okabe-brief.txt"), encoding: .utf8)
        try cli.run(["import", "-"], stdin: text.replacingOccurrences(of: "Feb 6, 2026", with: "Feb 7, 2026")
            .replacingOccurrences(of: "2026-02-06", with: "2026-02-07"))
        #expect((try cli.json(["list"]) as? [Any])?.count == 2)
        #expect(!(try cli.run(["people"]).stdout.contains("Kenji Mori")))
        let entries = try #require(try cli.json(["corrections"]) as? [[String: Any]])
        #expect(entries.first?["kind"] as? String == "not-a-person")
        #expect(entries.first?["person"] as? String == "Kenji Mori")
        #expect(entries.first?["stories"] as? Int == 2)
        #expect(try cli.run(["correction", "rm", "p1"]).status == 0)
        #expect(try cli.run(["people"]).stdout.contains("2 stories     0 quotations  Kenji Mori"))
    }

    @Test func correctionsSurviveReanalysisAndReimportsAndAreListedWhenTheirQuotationIsGone() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("envoy.txt")])
        let id = try cli.storyID("drills")
        try cli.run(["quote", "\(id).0", "--speaker", "Lin Jian"])
        try cli.run(["reanalyze"])
        let text = try String(contentsOfFile: Newswire.fixture("envoy.txt"), encoding: .utf8)
        try cli.run(["import", "-"], stdin: text.replacingOccurrences(of: "on Thursday", with: "on Friday"))
        #expect(try cli.quotes(of: id)[0]["speaker"] as? String == "Lin Jian")
        var entries = try #require(try cli.json(["corrections"]) as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries[0]["status"] as? String == "applied")
        #expect(entries[0]["quote_id"] as? String == "\(id).0")
        for key in ["id", "kind", "story", "story_id", "quote_id", "title", "text", "paragraph", "start", "speaker", "speaker_kind",
                    "person", "same_as", "status", "stories", "created"] {
            #expect(entries[0].keys.contains(key), "missing \(key)")
        }
        // The wire corrects the quotation's words: the correction is kept and said to be waiting.
        try cli.run(["import", "-"], stdin: text.replacingOccurrences(of: "we will stay ready", with: "we are ready"))
        #expect(try cli.quotes(of: id)[0]["corrected"] as? Bool == false)
        entries = try #require(try cli.json(["corrections"]) as? [[String: Any]])
        #expect(entries[0]["status"] as? String == "quotation gone")
        #expect(entries[0]["quote_id"] is NSNull)
        #expect(try cli.run(["corrections"]).stdout.hasPrefix("q1  \(id) (quotation gone)  speaker: Lin Jian (person)  “We will stay calm"))
    }

    @Test func bookmarksCiteTheCorrectedSpeaker() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        _ = try cli.bookmarkCorrectedLater()
        let bookmark = try #require((try cli.json(["bookmarks"]) as? [[String: Any]])?.first)
        #expect(bookmark["speaker"] as? String == "Lin Jian")
        #expect(bookmark["role"] as? String == "Chinese foreign ministry spokesman")
        #expect(bookmark["corrected"] as? Bool == true)
        #expect(try cli.run(["bookmarks", "--markdown"]).stdout.hasPrefix(
            "> “We will stay calm and we will stay ready,” — Lin Jian, Chinese foreign ministry spokesman (AFP, Taipei, 2026-02-05"))
        #expect(try cli.run(["bookmarks"]).stdout.contains("— Lin Jian (corrected)"))
    }
}
