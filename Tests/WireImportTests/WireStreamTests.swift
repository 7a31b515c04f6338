import Foundation
import NewsModel
import Testing
@testable import WireImport

/// Bytes written to a temporary file and read as an import reads them.
func streamed(_ bytes: [UInt8]) throws -> (result: WireParser.Result, warnings: [String]) {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("wire-\(UUID()).txt")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try WireParser.stories(from: .file(url.path))
}

func wireStory(_ title: String, _ paragraphs: String..., date: String = "2026-02-01") -> String {
    " date \(date) China News\n \(title)\n\n" + paragraphs.joined(separator: "\n\n") + "\n\n"
}

@Suite struct WireDecodingTests {
    @Test func oneInvalidByteIsReadAloneAndTheRestStaysUTF8() throws {
        var bytes = Array(wireStory("北京 talks resume", "“我们欢迎,” the ministry said.").utf8)
        bytes += Array(wireStory("Price of caf", "Prices rose.").utf8)
        let cafe = bytes.lastIndex(of: UInt8(ascii: "f"))! + 1
        bytes.insert(0xE9, at: cafe)  // "café" in Latin-1, in one title only
        let (result, warnings) = try streamed(bytes)
        #expect(result.stories.map(\.title) == ["北京 talks resume", "Price of café"])
        #expect(result.stories[0].paragraphs == ["“我们欢迎,” the ministry said."])
        #expect(warnings == ["line 7: not valid UTF-8; the bytes that are not were read as Windows-1252"])
    }

    @Test func bytesUndefinedInWindows1252DoNotTurnItsQuotesIntoControls() throws {
        var bytes = Array(wireStory("Mayor speaks", "QUOTE, she said.").utf8)
        let quote = bytes.firstIndex(of: UInt8(ascii: "Q"))!
        bytes.replaceSubrange(quote..<quote + 5, with: [0x93, 0x4F, 0x4B, 0x81, 0x94])
        let (result, warnings) = try streamed(bytes)
        #expect(result.stories.first?.paragraphs == ["“OK\u{FFFD}”, she said."])
        #expect(warnings == ["line 4: not valid UTF-8; the bytes that are not were read as Windows-1252 (0x81 is undefined there, shown as U+FFFD)"])
    }

    @Test(arguments: [(true, true), (false, true), (true, false), (false, false)])
    func utf16IsDecodedWithOrWithoutAByteOrderMark(bigEndian: Bool, bom: Bool) throws {
        let text = (bom ? "\u{FEFF}" : "") + wireStory("東京 ferry strike 😀", "Ferries stopped, officials said.")
        let bytes = text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let (result, warnings) = try streamed(bytes)
        #expect(result.stories.map(\.title) == ["東京 ferry strike 😀"])
        #expect(warnings == ["read as UTF-16 (\(bigEndian ? "big" : "little")-endian)"])
    }
}

@Suite struct WireStreamTests {
    @Test func storiesAcrossManyBlocksAndLineEndingsAreAllRead() throws {
        let text = (0..<3000).map { wireStory("Story number \($0)", "Paragraph one of \($0).", "Paragraph two.") }.joined()
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        let cr = text.replacingOccurrences(of: "\n", with: "\r")
        for variant in [text, crlf, cr] {
            let (result, _) = try streamed(Array(variant.utf8))
            #expect(result.stories.count == 3000)
            #expect(result.stories.last?.paragraphs == ["Paragraph one of 2999.", "Paragraph two."])
            #expect(result.problems.isEmpty)
        }
    }

    @Test func aParagraphOverTheLimitSkipsItsStoryOnly() throws {
        let huge = String(repeating: "word ", count: WireLimits.paragraphBytes / 5 + 10)
        let text = wireStory("Before", "Fine.") + wireStory("Too long", huge) + wireStory("After", "Fine too.")
        let (result, _) = try streamed(Array(text.utf8))
        #expect(result.stories.map(\.title) == ["Before", "After"])
        #expect(result.problems == [WireParser.Problem(line: 6, reason: "a paragraph is longer than 128 KB (line 9)")])
    }

    @Test func aParagraphOfShortLinesOverTheLimitSkipsItsStoryOnly() throws {
        let lines = Array(repeating: String(repeating: "x", count: 1000), count: WireLimits.paragraphBytes / 1000 + 5)
        let text = wireStory("Too long", lines.joined(separator: "\n")) + wireStory("After", "Fine.")
        let (result, _) = try streamed(Array(text.utf8))
        #expect(result.stories.map(\.title) == ["After"])
        #expect(result.problems == [WireParser.Problem(line: 1, reason: "\"Too long\" has a paragraph longer than 128 KB")])
    }

    @Test func aStoryOverTheLimitSkipsItselfOnly() throws {
        let paragraphs = Array(repeating: String(repeating: "y", count: 100_000), count: WireLimits.storyBytes / 100_000 + 2)
        let text = wireStory("Before", "Fine.") + " date 2026-02-01 China News\n Too long\n\n" + paragraphs.joined(separator: "\n\n")
            + "\n\n" + wireStory("After", "Fine.")
        let (result, _) = try streamed(Array(text.utf8))
        #expect(result.stories.map(\.title) == ["Before", "After"])
        #expect(result.problems == [WireParser.Problem(line: 6, reason: "longer than 512 KB")])
    }

    @Test func aHugeFileWithoutLineBreaksHoldsNoStory() throws {
        #expect(throws: WireFileError.noStory) { try streamed(Array(repeating: UInt8(ascii: "z"), count: 3 << 20)) }
    }
}
