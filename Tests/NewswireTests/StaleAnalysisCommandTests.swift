import Foundation
import Testing

/// The analysis of an earlier version of a story never meets the text of a later one.
@Suite(.serialized) struct StaleAnalysisCommandTests {
    /// The Okabe story corrected to shorter paragraphs: its analysis's offsets point past them.
    static let shortened: String = {
        let text = try! String(contentsOfFile: Newswire.fixture("okabe.txt"), encoding: .utf8)
        let body = text.range(of: "Japanese Prime Minister")!.lowerBound
        return String(text[..<body]) + "Okabe spoke.\n\n\"Nothing new.\"\n\nThe ministry replied.\n"
    }()

    @Test func aCorrectionImportedWithoutAnalysisShowsWithoutTheOldOne() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let id = try cli.importOkabe()
        let imported = try cli.run(["import", "--no-analysis", "-"], stdin: StaleAnalysisCommandTests.shortened)
        #expect(imported.stdout.hasSuffix("imported 0, updated 1, unchanged 0, failed 0\n"))
        let shown = try cli.run(["show", id])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Okabe spoke."))
        #expect(!shown.stdout.contains("Quotations"))
        let json = try #require(try cli.json(["show", id]) as? [String: Any])
        #expect((json["quotes"] as? [Any])?.count == 0)
        #expect(try cli.run(["quotes"]).stdout.isEmpty)
        #expect(try cli.run(["bookmark", "add", "\(id).0"]).status == 2)
    }

    @Test func reimportingWithAnalysisAnalysesWhatWasStoredWithout() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", "--no-analysis", Newswire.fixture("okabe.txt")])
        let again = try cli.run(["import", Newswire.fixture("okabe.txt")])
        #expect(again.stdout.hasSuffix("imported 0, updated 0, unchanged 1, failed 0\n"))
        #expect(try cli.run(["quotes"]).stdout.contains("The door to dialogue is open,"))
    }
}
