extension Unicode.Scalar {
    /// Scalars that would let story text steer a terminal: C0 and C1 controls (ESC starts
    /// every escape sequence) and the bidirectional overrides and isolates that reorder a line.
    public var isTerminalUnsafe: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return true
        default: return false
        }
    }
}

extension String {
    /// The text with every unsafe scalar shown escaped (`\u{1B}`), so it can be printed as is.
    /// A tab becomes a space: it is layout, not content.
    public var terminalSafe: String { escapingUnsafeScalars(keepingLineBreaks: false) { "\\u{\(String($0.value, radix: 16, uppercase: true))}" } }

    /// `terminalSafe` for the program's own multi-line text (a citation with its note, a
    /// warning over several lines): its line breaks stay line breaks.
    public var terminalSafeLines: String { escapingUnsafeScalars(keepingLineBreaks: true) { "\\u{\(String($0.value, radix: 16, uppercase: true))}" } }

    /// Each unsafe scalar replaced by `escape(scalar)` (a tab by a space), in one pass: appending to a scalar
    /// view through `append(contentsOf:)` copied the whole text for every escape (18 s for a
    /// `list --json` of 25,000 stories with 5,000 escaped titles).
    public func escapingUnsafeScalars(keepingLineBreaks: Bool, _ escape: (Unicode.Scalar) -> String) -> String {
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isTerminalUnsafe && !(keepingLineBreaks && scalar == "\n")
        }
        guard unicodeScalars.contains(where: needsEscape) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count + 64)
        // Safe runs are copied whole: appending scalar by scalar cost 0.3 s on 11 MB of JSON.
        let scalars = unicodeScalars
        var runStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if needsEscape(scalar) {
                out.append(contentsOf: self[runStart..<index])
                out.append(scalar == "\t" ? " " : escape(scalar))
                runStart = next
            }
            index = next
        }
        out.append(contentsOf: self[runStart..<endIndex])
        return out
    }
}
