/// A one-line editor with the keys of readline: Ctrl-A / Ctrl-E (start, end), Ctrl-B / Ctrl-F
/// and the arrows (a character back, forward), Ctrl-U (delete to the start), Ctrl-K (to the
/// end), Ctrl-W (the word before the cursor), Backspace, Ctrl-D (the character under it).
/// Text is edited by Character, so a CJK character or an accented letter is one step.
public struct LineEditor: Hashable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public enum Outcome { case editing, submitted, cancelled }

    /// Applies a key; says whether the line is still being edited.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .submitted
        case .escape: return .cancelled
        case .control("c"), .control("g"): return .cancelled
        case .character(let c): characters.insert(c, at: cursor); cursor += 1
        case .tab: characters.insert(" ", at: cursor); cursor += 1
        case .backspace, .control("h"):
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"): characters.removeSubrange(cursor...)
        case .control("w"):
            var start = cursor
            while start > 0 && characters[start - 1] == " " { start -= 1 }
            while start > 0 && characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default: break
        }
        return .editing
    }

    /// The text in at most `width` columns with the cursor's column in it: the line scrolls
    /// sideways to keep the cursor in view.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        let widths = characters.map { DisplayWidth.of($0) }
        var start = 0
        func columns(_ range: Range<Int>) -> Int { widths[range].reduce(0, +) }
        while start < cursor && columns(start..<cursor) + 1 > width { start += 1 }
        var end = start
        var used = 0
        while end < characters.count && used + widths[end] <= width { used += widths[end]; end += 1 }
        return (String(characters[start..<end]), columns(start..<cursor))
    }
}
