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
    /// edge); returns the column after the last one written. A character that would not fit
    /// whole is left out: half of it would be a lie.
    @discardableResult
    public mutating func put(_ characters: some Sequence<Character>, x: Int, y: Int, role: Role, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let end = min(width, limit.map { x + $0 } ?? width)
        var column = max(0, x)
        for character in characters {
            let scalars = character.unicodeScalars
            if scalars.count == 1, let scalar = scalars.first {
                let w = DisplayWidth.of(scalar)
                if w == 0 { continue }
                guard column + w <= end else { break }
                set(character, width: w, at: column, y, role)
                column += w
                continue
            }
            let pieces = DisplayWidth.cells(of: character)
            let w = pieces.reduce(0) { $0 + $1.width }
            if w == 0 { continue }
            guard column + w <= end else { break }
            for piece in pieces {
                set(piece.character, width: piece.width, at: column, y, role)
                column += piece.width
            }
        }
        return column
    }

    private mutating func set(_ character: Character, width w: Int, at column: Int, _ y: Int, _ role: Role) {
        cells[y * width + column] = Cell(character: character, role: role, isContinuation: false)
        if w == 2 { cells[y * width + column + 1] = Cell(character: " ", role: role, isContinuation: true) }
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

/// Columns a character takes in a terminal, as the C library's `wcwidth` (and so ncurses)
/// counts them: two for East Asian wide and fullwidth characters and emoji, none for combining
/// marks and zero-width characters, one otherwise (see DisplayWidth+Table.swift).
public enum DisplayWidth {
    /// A character (a grapheme cluster) takes the columns of its scalars: ncurses puts each
    /// scalar that takes a column in a cell of its own, with the zero-width ones after it.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let first = scalars.first { return of(first) }
        return scalars.reduce(0) { $0 + of($1) }
    }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        if contains(doubleWidth, v) { return 2 }
        if contains(zeroWidth, v) { return 0 }
        return 1
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0, high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if value < ranges[mid].lowerBound { high = mid - 1 }
            else if value > ranges[mid].upperBound { low = mid + 1 }
            else { return true }
        }
        return false
    }

    /// The cells a character fills: each scalar that takes columns, with the zero-width
    /// scalars that follow it.
    static func cells(of character: Character) -> [(character: Character, width: Int)] {
        var pieces: [(scalars: String.UnicodeScalarView, width: Int)] = []
        for scalar in character.unicodeScalars {
            let w = of(scalar)
            if w == 0 {
                if !pieces.isEmpty { pieces[pieces.count - 1].scalars.append(scalar) }
                continue
            }
            pieces.append((String.UnicodeScalarView([scalar]), w))
        }
        return pieces.compactMap { piece in String(piece.scalars).first.map { ($0, piece.width) } }
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
