import NewsModel
/// `Tokyo (AFP) Jan 27, 2026`: where, through which agency and when a story was filed.
public struct Dateline: Equatable, Sendable {
    public var place: String?
    public var agency: String?
    public var date: Day?

    /// Accepts `Place (AGENCY) Date`, `Place (AGENCY)`, `(AGENCY) Date`, and `Place, Date` or a
    /// bare date when the line is short; anything else is not a dateline.
    public init?(_ line: String) {
        if let open = line.lastIndex(of: "("), let close = line[open...].firstIndex(of: ")") {
            let agency = line[line.index(after: open)..<close].trimmingWireSpace()
            let rest = line[line.index(after: close)...].trimmingWireSpace()
            guard Dateline.isAgency(agency) else { return nil }
            var date: Day?
            if !rest.isEmpty {
                guard let parsed = WireDate.parse(rest) else { return nil }
                date = parsed
            }
            let place = line[..<open].trimmingWireSpace().trimmingTrailingComma()
            self.place = place.isEmpty ? nil : String(place)
            self.agency = String(agency)
            self.date = date
            return
        }
        guard line.count <= 60 else { return nil }
        if let date = WireDate.parse(Substring(line)) {
            self.date = date
            return
        }
        guard let comma = line.firstIndex(of: ","),
              let date = Dateline.trailingDate(line[line.index(after: comma)...]) else { return nil }
        let place = line[..<date.placeEnd].trimmingWireSpace().trimmingTrailingComma()
        guard !place.isEmpty, place.first!.isUppercase else { return nil }
        self.place = String(place)
        self.date = date.day
    }

    /// The date that ends `text` (`Jan 27, 2026` in `Paris, France, Jan 27, 2026`).
    private static func trailingDate(_ text: Substring) -> (day: Day, placeEnd: String.Index)? {
        var start = text.endIndex
        var words = 0
        while start > text.startIndex, words < 3 {
            start = text[..<start].lastIndex(where: { $0 != " " && $0 != "," }).map { text.index(after: $0) } ?? text.startIndex
            guard let wordStart = text[..<start].lastIndex(where: { $0 == " " || $0 == "," }) else { return nil }
            start = wordStart
            words += 1
        }
        guard let day = WireDate.parse(text[start...]) else { return nil }
        return (day, start)
    }

    /// AFP, SPX, UPI, XNA, Reuters, AP: one short word or two, starting with a capital.
    static func isAgency(_ text: Substring) -> Bool {
        guard (2...24).contains(text.count), let first = text.first, first.isUppercase else { return false }
        return text.allSatisfy { $0.isLetter || $0 == " " || $0 == "&" || $0 == "-" || $0 == "." }
    }
}

extension Substring {
    func trimmingWireSpace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        let last = lastIndex(where: { !isSpace($0) })!
        return self[first...last]
    }

    func trimmingTrailingComma() -> Substring {
        var text = self
        while text.last == "," || text.last == " " { text = text.dropLast() }
        return text
    }
}

extension String {
    func trimmingWireSpace() -> Substring { self[...].trimmingWireSpace() }
}
