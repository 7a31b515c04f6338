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
    public var terminalSafe: String {
        guard unicodeScalars.contains(where: \.isTerminalUnsafe) else { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == "\t" {
                out.append(" ")
            } else if scalar.isTerminalUnsafe {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
