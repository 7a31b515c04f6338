import Foundation

/// What a user types into search, checked and turned into an FTS5 query. FTS5 syntax (AND,
/// OR, NOT, "phrases", prefix*, parentheses, title:word) passes through; words that FTS5
/// would reject as syntax (Takaichi's, Japan-China, U.S.) become phrases instead of errors.
/// A query is bounded (length, words, nesting) so that no search can keep the reader waiting,
/// and a mistake is said in the user's words, never in SQLite's.
enum SearchQuery {
    static let maximumLength = 500
    static let maximumTerms = 16
    static let maximumDepth = 5
    static let minimumPrefix = 2

    enum Token: Equatable {
        case term(String)  // a word or a "phrase", as FTS5 will read it
        case near(String)  // a NEAR(...) group, as typed
        case and, or, not, open, close
    }

    /// Tokens that passed `check` as FTS5 reads them (SearchQuery+Prefixes makes the query).
    static func fts5(_ tokens: [Token]) -> String {
        tokens.map { token in
            switch token {
            case .term(let text), .near(let text): return text
            case .and: return "AND"
            case .or: return "OR"
            case .not: return "NOT"
            case .open: return "("
            case .close: return ")"
            }
        }.joined(separator: " ")
    }

    static func tokens(_ query: String) throws(StoreError) -> [Token] {
        func fail(_ detail: String) -> StoreError { .invalidSearch(query: query, detail: detail) }
        guard query.count <= maximumLength else {
            throw fail("a search can be at most \(maximumLength) characters long (this one has \(query.count))")
        }
        var tokens: [Token] = []
        var word = ""
        var index = query.startIndex
        func flushWord() throws(StoreError) {
            defer { word = "" }
            guard !word.isEmpty else { return }
            switch word {
            case "AND": tokens.append(.and)
            case "OR": tokens.append(.or)
            case "NOT": tokens.append(.not)
            default:
                if word.hasSuffix("*"), word.dropLast().filter({ $0.isLetter || $0.isNumber }).count < minimumPrefix {
                    throw fail("a prefix search needs at least \(minimumPrefix) letters before the * (as in 'minist*')")
                }
                tokens.append(.term(quotedIfNeeded(word)))
            }
        }
        while index < query.endIndex {
            let c = query[index]
            if c == "\"" {
                try flushWord()
                let afterOpen = query.index(after: index)
                guard let close = query[afterOpen...].firstIndex(of: "\"") else {
                    throw fail("a quotation mark is not closed (a phrase is written \"like this\")")
                }
                var end = query.index(after: close)
                if end < query.endIndex, query[end] == "*" { end = query.index(after: end) }
                if query[afterOpen..<close].allSatisfy({ $0.isWhitespace }) { throw fail("a phrase in quotation marks is empty") }
                tokens.append(.term(String(query[index..<end])))
                index = end
                continue
            }
            if c == "(" && word == "NEAR" {
                word = ""
                guard let close = query[index...].firstIndex(of: ")") else { throw fail("NEAR( is not closed: NEAR(word word, 10)") }
                tokens.append(.near("NEAR" + query[index...close]))
                index = query.index(after: close)
                continue
            }
            if c == "(" || c == ")" {
                try flushWord()
                tokens.append(c == "(" ? .open : .close)
            } else if c.isWhitespace {
                try flushWord()
            } else {
                word.append(c)
            }
            index = query.index(after: index)
        }
        try flushWord()
        return tokens
    }

    /// The shape of the query: terms joined by operators, parentheses balanced and not too deep.
    static func check(_ tokens: [Token], _ query: String) throws(StoreError) {
        func fail(_ detail: String) -> StoreError { .invalidSearch(query: query, detail: detail) }
        let terms = tokens.filter { if case .term = $0 { return true }; if case .near = $0 { return true }; return false }.count
        guard terms > 0 else { throw fail("it has no words to look for") }
        guard terms <= maximumTerms else {
            throw fail("a search can have at most \(maximumTerms) words and phrases (this one has \(terms))")
        }
        var depth = 0
        var previous: Token?
        func name(_ token: Token) -> String {
            switch token {
            case .and: return "AND"
            case .or: return "OR"
            default: return "NOT"
            }
        }
        for token in tokens {
            switch token {
            case .open:
                depth += 1
                guard depth <= maximumDepth else { throw fail("parentheses can nest at most \(maximumDepth) deep") }
            case .close:
                depth -= 1
                guard depth >= 0 else { throw fail("a ) has no ( before it") }
                if previous == .open { throw fail("a pair of parentheses is empty") }
                if let previous, [.and, .or, .not].contains(previous) { throw fail("\(name(previous)) needs a word after it") }
            case .and, .or, .not:
                guard let previous, previous != .open, ![.and, .or, .not].contains(previous) else {
                    throw fail("\(name(token)) needs a word before it (as in 'Senkaku \(name(token)) Diaoyu')")
                }
            case .term, .near:
                break
            }
            previous = token
        }
        if let previous, [.and, .or, .not].contains(previous) { throw fail("\(name(previous)) needs a word after it") }
        if depth > 0 { throw fail("a ( is not closed") }
    }

    /// What to tell the user when FTS5 still rejects a query that passed the checks above.
    static func explanation(of sqliteMessage: String) -> String {
        if sqliteMessage.contains("no such column") {
            return "only title: and body: can narrow a word to a part of the story (as in 'title:Senkaku')"
        }
        return "it could not be understood; use words, \"phrases\", prefix*, AND, OR, NOT and parentheses"
    }

    private static func quotedIfNeeded(_ word: String) -> String {
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
