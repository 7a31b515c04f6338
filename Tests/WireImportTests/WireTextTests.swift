import Testing
@testable import WireImport

@Suite struct WireTextTests {
    @Test func windows1252IsDecodedWithAWarning() throws {
        let text = try Fixture.text("windows-1252.txt")
        #expect(text.warnings == ["lines 2, 4: not valid UTF-8; the bytes that are not were read as Windows-1252"])
        let story = try #require(WireParser.stories(in: text.bytes).stories.first)
        #expect(story.title == "Café owners in Lyon say “prices are too high”")
        #expect(story.paragraphs == ["Owners of the cafés said prices had risen – sharply."])
    }

    @Test func utf8HasNoWarning() throws {
        #expect(try Fixture.text("cjk.txt").warnings.isEmpty)
    }

    @Test func anImageIsBinary() {
        #expect(throws: WireFileError.binary) { try Fixture.text("image.png") }
    }

    @Test func anEmptyFileIsEmpty() {
        #expect(throws: WireFileError.empty) { try Fixture.text("empty.txt") }
    }

    @Test func aMissingFileIsUnreadableWithTheReason() {
        #expect(throws: WireFileError.unreadable("No such file or directory")) {
            try WireSource.file(Fixture.path("no-such-file.txt")).read()
        }
    }
}
