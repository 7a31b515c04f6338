import Foundation
import Testing

/// Corrections reach what the reader branch, the search and the robust cache added: exports,
/// searches by person, `salvage` and `bookmarks import`.
@Suite(.serialized) struct CorrectionCarryTests {
    @Test func bookmarksAsCSVAndCSLJSONCiteTheCorrectedSpeaker() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let id = try cli.bookmarkCorrectedLater()
        let csv = try cli.run(["bookmarks", "--csv"]).stdout.components(separatedBy: "\r\n")
        #expect(csv[1].hasPrefix("1,\(id),\"We will stay calm and we will stay ready,\",Lin Jian,person,Chinese foreign ministry spokesman,"))
        #expect(csv[1].hasSuffix(",true"))
        let items = try #require(try JSONSerialization.jsonObject(with: Data(try cli.run(["bookmarks", "--csl-json"]).stdout.utf8))
            as? [[String: Any]])
        #expect(items.first?["note"] as? String == "“We will stay calm and we will stay ready,” — Lin Jian, Chinese foreign ministry spokesman")
    }

    @Test func aSearchByPersonFindsEveryNameOfAMergedPerson() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("okabe.txt"), Newswire.fixture("okabe-brief.txt")])
        #expect((try cli.json(["list", "--search", "Beijing", "--person", "Sanae Okabe"]) as? [Any])?.count == 1)
        try cli.run(["person", "Okabe", "--same-as", "Sanae Okabe"])
        #expect((try cli.json(["list", "--search", "Beijing", "--person", "Sanae Okabe"]) as? [Any])?.count == 2)
        try cli.run(["person", "mori", "--not-a-person"])
        let hidden = try cli.run(["list", "--search", "Beijing", "--person", "Kenji Mori"])
        #expect(hidden.status == 2 && hidden.stderr.hasPrefix("error: 'Kenji Mori' is corrected as not a person"))
    }

    /// Corrections of a quotation (a speaker, "not a quotation") and of names (merged, no person).
    private func correct(_ cli: Newswire) throws -> String {
        try cli.run(["import", Newswire.fixture("envoy.txt"), Newswire.fixture("okabe.txt"), Newswire.fixture("okabe-brief.txt")])
        let id = try cli.storyID("drills")
        try cli.run(["bookmark", "add", "\(id).0", "--note", "check who said it"])
        for arguments in [["quote", "\(id).0", "--speaker", "lin"], ["quote", "\(id).3", "--not-a-quote"],
                          ["person", "Okabe", "--same-as", "Sanae Okabe"], ["person", "mori", "--not-a-person"]] {
            #expect(try cli.run(arguments).status == 0, "\(arguments)")
        }
        return id
    }

    @Test func salvageSavesTheCorrectionsWithTheBookmarks() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        _ = try correct(cli)
        let saved = cli.folder.appendingPathComponent("saved.json").path
        let salvage = try cli.run(["salvage", "--output", saved])
        #expect(salvage.status == 0)
        #expect(salvage.stderr == "note: salvaged 1 bookmarks and 4 corrections from \(cli.cache)\n")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: saved))) as? [String: Any])
        #expect((document["bookmarks"] as? [[String: Any]])?.first?["note"] as? String == "check who said it")
        let corrections = try #require(document["corrections"] as? [[String: Any]])
        #expect(corrections.map { $0["kind"] as? String } == ["speaker", "not-a-quote", "same-as", "not-a-person"])
        #expect(corrections[0]["speaker"] as? String == "Lin Jian" && corrections[0]["status"] is NSNull)
    }

    @Test func bookmarksImportMakesSalvagedCorrectionsAgainBeforeOrAfterTheWire() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let id = try correct(cli)
        let saved = cli.folder.appendingPathComponent("saved.json").path
        try cli.run(["salvage", "--output", saved])
        let before = try cli.run(["corrections"]).stdout
        func people() throws -> [String] {
            try #require(try cli.json(["people"]) as? [[String: Any]]).map { "\($0["name"]!) \($0["stories"]!) \($0["quotations"]!)" }
        }
        let peopleBefore = try people()
        try FileManager.default.moveItem(atPath: cli.cache, toPath: cli.cache + ".old")

        // The corrections first, the wire after: they apply as its stories come in.
        let restored = try cli.run(["bookmarks", "import", saved])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout == "attached 0, already there 0, kept unattached 1, not imported 0\ncorrections: added 4, already there 0\n")
        try cli.run(["import", Newswire.fixture("envoy.txt"), Newswire.fixture("okabe.txt"), Newswire.fixture("okabe-brief.txt")])
        #expect(try cli.run(["corrections"]).stdout == before, "every correction applies as it did")
        #expect(try cli.quotes(of: id).map { $0["speaker"] as? String } == ["Lin Jian", "Lin Jian", "Lin Jian"])
        let byLin = try #require(try cli.json(["quotes", "--person", "Lin Jian"]) as? [[String: Any]])
        #expect(byLin.first?["id"] as? String == "\(id).0", "the person index has the corrected speaker")
        #expect(try people() == peopleBefore, "counted from the person index as the corrections left it")
        #expect(peopleBefore.contains("Sanae Okabe 2 4") && !peopleBefore.contains { $0.hasPrefix("Okabe ") || $0.hasPrefix("Kenji Mori") })
        let bookmark = try #require((try cli.json(["bookmarks"]) as? [[String: Any]])?.first)
        #expect(bookmark["speaker"] as? String == "Lin Jian" && bookmark["corrected"] as? Bool == true)

        let again = try cli.run(["bookmarks", "import", saved])
        #expect(again.stdout == "attached 0, already there 1, kept unattached 0, not imported 0\ncorrections: added 0, already there 4\n")
        #expect((try cli.json(["corrections"]) as? [Any])?.count == 4)
    }
}
