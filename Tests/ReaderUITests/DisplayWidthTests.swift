import Foundation
import NewsModel
import Testing
@testable import ReaderUI

@Suite struct DisplayWidthTests {
    @Test func emojiAndWideSymbolsTakeTwoColumnsAndCombiningMarksNone() {
        #expect(DisplayWidth.of(Character("😀")) == 2)  // U+1F600
        #expect(DisplayWidth.of(Character("🫠")) == 2)  // U+1FAE0
        #expect(DisplayWidth.of(Character("☔")) == 2)  // U+2614, wide in EastAsianWidth
        #expect(DisplayWidth.of(Character("☀")) == 1)  // U+2600, narrow
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of(Character("a\u{1AB0}")) == 1)  // combining mark outside U+0300–036F
        #expect(DisplayWidth.of(Character("ก\u{E31}")) == 1)  // Thai vowel mark
    }

    @Test func aGridPutsEachCharacterInTheColumnsNcursesGivesIt() {
        var grid = Grid(width: 12, height: 1)
        let end = grid.put("a😀e\u{301}東b", x: 0, y: 0, role: .normal)
        #expect(end == 7)
        #expect(grid[1, 0].character == "😀" && grid[2, 0].isContinuation)
        #expect(grid[3, 0].character == "e\u{301}")
        #expect(grid[6, 0].character == "b")
        #expect(grid.text(row: 0).hasPrefix("a😀e\u{301}東b"))
    }

    @Test func aCharacterThatWouldNotFitWholeIsLeftOut() {
        var grid = Grid(width: 3, height: 1)
        #expect(grid.put("ab😀", x: 0, y: 0, role: .normal) == 2)
    }

    /// The table is generated from the C library's wcwidth; it must still agree with it.
    @Test func theTableAgreesWithTheCLibrarysWcwidth() throws {
        typealias WidthFunction = @convention(c) (Int32) -> Int32
        let symbol = try #require(dlsym(dlopen(nil, RTLD_NOW), "wcwidth"))
        let wcwidth = unsafeBitCast(symbol, to: WidthFunction.self)
        let previous = String(cString: setlocale(LC_CTYPE, nil))
        guard setlocale(LC_CTYPE, "C.UTF-8") != nil else { Issue.record("no C.UTF-8 locale"); return }
        defer { setlocale(LC_CTYPE, previous) }
        var disagreements: [String] = []
        for value in UInt32(0x300)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = max(wcwidth(Int32(value)), -1)
            let ours = DisplayWidth.of(scalar)
            if expected >= 0 && Int(expected) != ours { disagreements.append(String(value, radix: 16)) }
        }
        #expect(disagreements.isEmpty, "U+\(disagreements.prefix(10).joined(separator: ", U+"))")
    }
}
