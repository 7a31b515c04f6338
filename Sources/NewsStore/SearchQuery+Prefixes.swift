import GRDB

/// A search with its prefixes (`secur*`) written out as the words of the index they stand
/// for (`("securities" OR "security")`), from `search_word`, the index's words (see
/// Sources/CFullText/indexed_words.c). FTS5 answers a prefix by merging the lists of all its
/// words before it returns a first match: 60-100 ms on a million stories when one of them is
/// in most stories, paid again for every window of the ranking. An OR of the words streams
/// from the newest match, and finds the same stories.
///
/// Ranking stays the same: each word is a phrase of its own for FTS5, so `phraseGroups` tells
/// which phrase of the typed query each stands for, and the ranking adds up their hits (a
/// story's hits of `secur*` are its hits of all the words the prefix stands for).
struct ExpandedSearch: Equatable {
    /// The FTS5 query.
    var match: String
    /// For each phrase of `match`, in order, the phrase of the typed query it stands for;
    /// nil when no prefix was written out (each phrase is then its own).
    var phraseGroups: [Int]?
}

extension SearchQuery {
    /// A prefix that stands for more words than this (in the whole query) is left to FTS5:
    /// opening each word's list costs about 60 µs on a million stories, and its hits add a
    /// phrase to every row's figures.
    static let maximumPrefixWords = 128
    /// How the cache's full-text index reads text: the arguments of unicode61 in the
    /// declaration of `story_fts` (migration "v1 stories", GRDB's `.unicode61(diacritics: .remove)`).
    static let tokenizerArguments = ["remove_diacritics", "2"]

    /// The FTS5 query for what the user typed; throws a `StoreError.invalidSearch` that says
    /// what is wrong with it.
    static func expanded(_ query: String, _ db: Database) throws -> ExpandedSearch {
        let tokens = try tokens(query)
        try check(tokens, query)
        let plain = ExpandedSearch(match: fts5(tokens))
        guard tokens.contains(where: { if case .term(let text) = $0 { return prefixColumn(in: text) != nil }; return false }),
              !tokens.contains(where: { if case .near = $0 { return true }; return false })
        else { return plain }
        var pieces: [String] = []
        var run = OperandRun()
        var groups: [Int] = []
        var budget = maximumPrefixWords
        var phrase = 0
        var isExpanded = false
        for token in tokens {
            guard case .term(let text) = token else {
                pieces += run.flushed()
                pieces.append(fts5([token]))
                continue
            }
            let words = try queryWords(bare(text), db)
            // A phrase of no word ("...") may not count among FTS5's phrases as it does among
            // ours, which the ranking's groups rely on: such a query is left as typed.
            guard !words.isEmpty else { return plain }
            if let column = prefixColumn(in: text), words.count == 1,
               let expansion = try indexedWords(startingWith: words[0], atMost: budget, db), !expansion.isEmpty {
                budget -= expansion.count
                isExpanded = true
                let phrases = expansion.map { column + "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
                run.append(phrases.count == 1 ? phrases[0] : "(" + phrases.joined(separator: " OR ") + ")", isGroup: phrases.count > 1)
                groups += Array(repeating: phrase, count: phrases.count)
            } else {
                run.append(text, isGroup: false)
                groups.append(phrase)
            }
            phrase += 1
        }
        pieces += run.flushed()
        guard isExpanded else { return plain }
        return ExpandedSearch(match: pieces.joined(separator: " "), phraseGroups: groups.count > phrase ? groups : nil)
    }

    /// Phrases side by side, which FTS5 joins with an AND that binds tighter than NOT
    /// (`a NOT b c` is `a NOT (b AND c)`) and takes only between phrases: `(b1 OR b2) c` is
    /// a syntax error. So a run that holds a written-out prefix becomes `((b1 OR b2) AND c)`.
    private struct OperandRun {
        private var operands: [String] = []
        private var holdsGroup = false

        mutating func append(_ operand: String, isGroup: Bool) {
            operands.append(operand)
            holdsGroup = holdsGroup || isGroup
        }

        mutating func flushed() -> [String] {
            defer { self = OperandRun() }
            guard holdsGroup, operands.count > 1 else { return operands }
            return ["(" + operands.joined(separator: " AND ") + ")"]
        }
    }

    /// The column filter (`title:`, or "" for none) of a term that is the prefix of one plain
    /// word (`secur*`, `title:secur*`); nil for phrases, `^` and other terms.
    private static func prefixColumn(in term: String) -> String? {
        guard term.hasSuffix("*"), !term.contains("\"") else { return nil }
        var rest = Substring(term)
        var column = ""
        if let colon = rest.firstIndex(of: ":") {
            column = String(rest[...colon])
            rest = rest[rest.index(after: colon)...]
        }
        let stem = rest.dropLast()
        guard !stem.isEmpty, !stem.hasPrefix("^") else { return nil }
        return column
    }

    /// A term's text without its column filter, `^`, `*` and quotation marks.
    private static func bare(_ term: String) -> String {
        var rest = Substring(term)
        if let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains("\"") { rest = rest[rest.index(after: colon)...] }
        if rest.hasPrefix("^") { rest = rest.dropFirst() }
        if rest.hasSuffix("*") { rest = rest.dropLast() }
        if rest.hasPrefix("\""), rest.hasSuffix("\""), rest.count >= 2 { rest = rest.dropFirst().dropLast() }
        return rest.replacingOccurrences(of: "\"\"", with: "\"")
    }

    /// The words FTS5 looks for in `text`, folded as the index folds them (`Sécur` -> `secur`).
    static func queryWords(_ text: String, _ db: Database) throws -> [String] {
        let arguments = [text] + tokenizerArguments
        let list = try String.fetchOne(db, sql: "SELECT nw_query_words(\(marks(arguments.count)))",
                                       arguments: StatementArguments(arguments)) ?? ""
        return list.split(separator: "\n").map(String.init)
    }

    /// The index's words that begin with `stem`, in order; nil when there are more than `limit`.
    private static func indexedWords(startingWith stem: String, atMost limit: Int, _ db: Database) throws -> [String]? {
        guard limit > 0 else { return nil }
        let words = try String.fetchAll(db, sql: """
            SELECT word FROM search_word WHERE word >= ? AND word < ? ORDER BY word LIMIT ?
            """, arguments: [stem, stem + "\u{10FFFF}", limit + 1])
        guard words.count <= limit else { return nil }
        return words.filter { $0.utf8.starts(with: stem.utf8) }
    }
}
