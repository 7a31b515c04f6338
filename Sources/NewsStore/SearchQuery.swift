import Foundation

/// What a user types into search, as an FTS5 query. FTS5 syntax (AND, OR, NOT, "phrases",
/// prefix*, parentheses, NEAR) passes through; words that FTS5 would reject as syntax
/// (Takaichi's, Japan-China, U.S.) become phrases instead of errors.
enum SearchQuery {
    static func fts5(_ query: String) -> String {
        var out: [String] = []
        var word = ""
        var index = query.startIndex
        func flushWord() {
            if !word.isEmpty { out.append(quotedIfNeeded(word)) }
            word = ""
        }
        while index < query.endIndex {
            let c = query[index]
            if c == "\"" {
                flushWord()
                let afterOpen = query.index(after: index)
                guard let close = query[afterOpen...].firstIndex(of: "\"") else {
                    out.append(String(query[index...]))  // unterminated: FTS5 reports it
                    break
                }
                var end = query.index(after: close)
                if end < query.endIndex, query[end] == "*" { end = query.index(after: end) }
                out.append(String(query[index..<end]))
                index = end
                continue
            }
            if c == "(" || c == ")" {
                flushWord()
                out.append(String(c))
            } else if c.isWhitespace {
                flushWord()
            } else {
                word.append(c)
            }
            index = query.index(after: index)
        }
        flushWord()
        return out.joined(separator: " ")
    }

    private static func quotedIfNeeded(_ word: String) -> String {
        if ["AND", "OR", "NOT", "NEAR"].contains(word) { return word }
        var body = Substring(word)
        var suffix = ""
        if body.hasSuffix("*") { body = body.dropLast(); suffix = "*" }
        var prefix = ""
        if body.hasPrefix("^") { body = body.dropFirst(); prefix = "^" }
        if let colon = body.firstIndex(of: ":"), ["title", "body"].contains(body[..<colon].lowercased()) {
            prefix += body[...colon]
            body = body[body.index(after: colon)...]
        }
        let isBareword = !body.isEmpty && body.unicodeScalars.allSatisfy {
            $0.value >= 0x80 || $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        }
        if isBareword { return prefix + body + suffix }
        return prefix + "\"" + body.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + suffix
    }
}
