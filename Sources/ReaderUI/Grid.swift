/// What a cell shows, by meaning; the terminal decides the colours and attributes.
public enum Role: UInt8, Hashable, Sendable, CaseIterable {
    case normal, bar, title, dim, quote, person, selectedQuote, bookmarked, match, cursor, marker, heading, warning
}

/// One character cell. A double-width character fills its cell and the next, a continuation.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var role: Role
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", role: .normal, isContinuation: false)
}

/// The screen as a grid of cells: views draw into it, the terminal shows it.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes characters from column `x` of row `y`, clipped at `limit` columns (default: the
    /// edge); returns the column after the last one written. A wide character that would not
    /// fit is left out: half of it would be a lie.
    @discardableResult
    public mutating func put(_ characters: some Sequence<Character>, x: Int, y: Int, role: Role, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, limit.map { x + $0 } ?? width)
        var column = max(0, x)
        for character in characters {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            guard column + w <= end else { break }
            cells[y * width + column] = Cell(character: character, role: role, isContinuation: false)
            if w == 2 { cells[y * width + column + 1] = Cell(character: " ", role: role, isContinuation: true) }
            column += w
        }
        return column
    }

    /// Paints a whole row (or its tail from `x`, or `columns` of it) with a role, blank.
    public mutating func fill(row y: Int, from x: Int = 0, role: Role, width columns: Int? = nil) {
        guard y >= 0, y < height else { return }
        let end = min(width, columns.map { x + $0 } ?? width)
        for column in max(0, x)..<max(max(0, x), end) { cells[y * width + column] = Cell(character: " ", role: role, isContinuation: false) }
    }

    /// The row as plain text, for tests.
    public func text(row y: Int) -> String {
        var out = ""
        for x in 0..<width where !self[x, y].isContinuation { out.append(self[x, y].character) }
        return out
    }

    public var text: String { (0..<height).map { text(row: $0) }.joined(separator: "\n") }
}

/// Columns a character takes in a terminal: two for East Asian wide and fullwidth ones, none
/// for combining marks and zero-width characters, one otherwise.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        return of(first)
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        switch v {
        case 0x300...0x36F, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0xFE00...0xFE0F, 0xFEFF: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The text cut to `width` columns, ending in "…" when something was cut.
    public static func fitted(_ text: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…"
    }
}
