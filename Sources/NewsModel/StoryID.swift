/// The identity of a story: a hash of its normalised title, published day and agency, so the
/// same story imported twice, or corrected later, keeps its id and everything attached to it.
public struct StoryID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int64

    public init(rawValue: Int64) { self.rawValue = rawValue }

    public init(title: String, published: Day, agency: String?) {
        var hash = StableHash()
        let words = StoryID.normalized(title)
        // A title of emoji, marks or punctuation alone has no words: its scalars tell it from
        // another such title (titles with words keep the ids they always had).
        hash.combine(words.isEmpty ? StoryID.wordless(title) : words)
        hash.combine(published.description)
        hash.combine((agency ?? "").lowercased())
        rawValue = Int64(bitPattern: hash.value)
    }

    /// How many hex digits the CLI and the reader show: 40 bits keep a million stories
    /// practically free of clashes, and any unique prefix is accepted anyway.
    public static let shortLength = 10

    public var hex: String {
        let digits = String(UInt64(bitPattern: rawValue), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The id of its 16 hex digits (as `hex` writes them); nil for anything else.
    public init?(hex: String) {
        guard hex.count == 16, let value = UInt64(hex, radix: 16) else { return nil }
        rawValue = Int64(bitPattern: value)
    }

    public var short: String { String(hex.prefix(StoryID.shortLength)) }

    public var description: String { short }

    /// The ids whose hex form starts with `prefix`, as a closed range of raw values;
    /// nil when the prefix is not hex or is longer than an id.
    public static func range(forPrefix prefix: String) -> ClosedRange<Int64>? {
        let prefix = prefix.lowercased()
        guard (1...16).contains(prefix.count), let head = UInt64(prefix, radix: 16) else { return nil }
        let shift = UInt64(4 * (16 - prefix.count))
        let low = shift == 64 ? 0 : head << shift
        let high = shift == 0 ? head : low | ((1 << shift) - 1)
        // Both ends share the top bit, so the signed range is contiguous.
        return Int64(bitPattern: low)...Int64(bitPattern: high)
    }

    public static func < (a: StoryID, b: StoryID) -> Bool { a.rawValue < b.rawValue }

    /// Lower case, letters and digits only, runs of anything else folded to one space.
    static func normalized(_ title: String) -> String {
        if let ascii = normalizedASCII(title) { return ascii }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in title.lowercased().unicodeScalars {
            let v = scalar.value
            let isWordScalar = v < 0x80
                ? (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)  // already lower case
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// A title without letters or digits as it is written, less spaces, in lower case.
    static func wordless(_ title: String) -> String {
        String(String.UnicodeScalarView(title.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// `normalized` of an ASCII title, byte by byte (a title is normalised for every story
    /// imported); nil for any other title.
    private static func normalizedASCII(_ title: String) -> String? {
        let utf8 = title.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { out in
            var n = 0
            var pendingSpace = false
            for var byte in utf8 {
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    if pendingSpace && n > 0 { out[n] = UInt8(ascii: " "); n += 1 }
                    pendingSpace = false
                    out[n] = byte
                    n += 1
                } else {
                    pendingSpace = true
                }
            }
            return n
        }
    }
}
