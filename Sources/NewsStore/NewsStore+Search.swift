import Foundation
import GRDB
import NewsModel

/// Full-text search that stays fast on a million stories.
///
/// Relevance: scoring a match costs about 2 µs, so ranking every story a common word matches
/// (all million of them for "said") takes seconds, while merely stepping through the matches
/// costs 35 ns each. So matches are ranked in windows: the `rankingWindow` most recently
/// imported matches first, ranked among themselves, then the next window, and so on. A query
/// with fewer matches than a window (nearly every query that means something) is ranked as a
/// whole. The score is BM25 (k1 1.2, b 0.75, as FTS5's), with a title match worth four body
/// matches, times a recency prior of 1 / (1 + age / 1 year), the age counted from the newest
/// story of the window: between two equally relevant stories the newer comes first, and a
/// story a year older needs twice the relevance to rank above it. FTS5's own bm25() first
/// counts the documents holding each phrase by reading all of its matches (35 ms for a common
/// word); here that count is estimated from the window, whose rowids span a known share of the
/// cache (exact when the window holds every match), from the statistics nw_match_stats gives.
///
/// Newest first: the matches are collected as a bitmap of rowids (also what counts them, and
/// their unread ones), then either sorted by day, when there are few, or found by walking the
/// stories newest first, when there are many (every few stories walked is then a match).
extension NewsStore {
    static let rankingWindow = 2_000
    /// Up to this many matches are sorted by day; more are found by walking the date index.
    static let sortedMatchesLimit = 20_000

    /// The index and expression a search runs on, with the list's other conditions on the
    /// index's rowid (never a join with the story rows, which hold the text).
    struct SearchPlan {
        var index: String
        var match: String
        var conditions: [String] = []
        var arguments: StatementArguments = []
        /// Which phrase of the typed query each phrase of `match` stands for, when a prefix
        /// was written out as its words (see ExpandedSearch).
        var phraseGroups: [Int]?

        init(_ filter: StoryFilter, _ search: String, _ db: Database) throws {
            let cjk = CJKText.contains(search)
            index = cjk ? "story_cjk" : "story_fts"
            if cjk {
                match = CJKText.query(search)
            } else {
                let expanded = try SearchQuery.expanded(search, db)
                match = expanded.match
                phraseGroups = expanded.phraseGroups
            }
            arguments = [match]
            let rowid = "\(index).rowid"
            // `+` keeps SQLite from handing the IN to FTS5 as a rowid look-up per value.
            if let topic = filter.topic {
                conditions.append("+\(rowid) IN (SELECT story_rowid FROM story_topic WHERE topic_id = ?)")
                arguments += [try NewsStore.topicID(topic, db)]
            }
            if let person = filter.person {
                // Every name of the person, as corrected.
                let stories = try NewsStore.personGroup(person, PersonCorrections(db), db).storyRowids()
                conditions.append("+\(rowid) IN (\(stories.sql))")
                arguments += stories.arguments
            }
            if let since = filter.since {
                conditions.append("(SELECT day FROM story_key WHERE rowid = \(rowid)) >= ?")
                arguments += [since.number]
            }
            if let until = filter.until {
                conditions.append("(SELECT day FROM story_key WHERE rowid = \(rowid)) <= ?")
                arguments += [until.number]
            }
            if let section = filter.section {
                conditions.append("(SELECT section FROM story WHERE rowid = \(rowid)) = ? COLLATE NOCASE")
                arguments += [section]
            }
            if filter.unreadOnly {
                conditions.append("NOT EXISTS (SELECT 1 FROM story_read WHERE story_uid = (SELECT uid FROM story_key WHERE rowid = \(rowid)))")
            }
        }

        var fromWhere: String {
            "FROM \(index) WHERE \(index) MATCH ?" + conditions.map { " AND \($0)" }.joined()
        }
    }

    /// A page of a searched list, in the filter's order.
    func searchPage(_ filter: StoryFilter, _ search: String, offset: Int, limit: Int, _ db: Database) throws -> [StorySummary] {
        let plan = try SearchPlan(filter, search, db)
        var rowids: [Int64] = []
        if filter.order == .newest {
            rowids = try matches(plan, filter, db).newestFirst(offset: offset, limit: limit, db)
        } else {
            var position = offset
            while rowids.count < limit {
                let window = position / NewsStore.rankingWindow
                let ranked = try rankedWindow(plan, window, db)
                let start = position - window * NewsStore.rankingWindow
                guard start < ranked.count else { break }
                let taken = ranked[start..<min(ranked.count, start + limit - rowids.count)]
                rowids += taken
                position += taken.count
            }
        }
        return try summaries(rowids, db)
    }

    /// Matches number `window * rankingWindow` on (newest imported first), ranked.
    private func rankedWindow(_ plan: SearchPlan, _ window: Int, _ db: Database) throws -> [Int64] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(plan.index).rowid AS id, nw_match_stats(\(plan.index)) AS stats \(plan.fromWhere)
            ORDER BY \(plan.index).rowid DESC LIMIT ? OFFSET ?
            """, arguments: plan.arguments + [NewsStore.rankingWindow, window * NewsStore.rankingWindow])
        guard !rows.isEmpty else { return [] }
        let ids: [Int64] = rows.map { $0["id"] }
        let stats = rows.map { MatchStats(($0["stats"] as Data?) ?? Data()).grouped(plan.phraseGroups) }
        let relevance = MatchStats.bm25(stats, ids: ids, isEveryMatch: window == 0 && rows.count < NewsStore.rankingWindow,
                                        weights: plan.index == "story_fts" ? [4, 1] : [1])
        var days: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT rowid, day FROM story_key WHERE rowid IN (\(marks(ids.count)))",
                                    arguments: StatementArguments(ids)) {
            days[row["rowid"]] = row["day"]
        }
        let ordinals = days.mapValues(NewsStore.dayOrdinal)
        let newest = ordinals.values.max() ?? 0
        let ranked = zip(ids, relevance).map { id, score -> (id: Int64, score: Double) in
            let age = Double(newest - (ordinals[id] ?? newest))
            return (id, score / (1 + age / 365))
        }
        return ranked.sorted { ($0.score, $0.id) > ($1.score, $1.id) }.map(\.id)
    }

    /// Days since year 0 of a day number (20260127), for ages in days.
    static func dayOrdinal(_ number: Int) -> Int {
        let year = number / 10_000, month = number / 100 % 100, day = number % 100
        let before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
        let leap = month > 2 && (year % 4 == 0 && year % 100 != 0 || year % 400 == 0) ? 1 : 0
        return year * 365 + year / 4 - year / 100 + year / 400 + before[max(0, min(11, month - 1))] + leap + day
    }

    func summaries(_ rowids: [Int64], _ db: Database) throws -> [StorySummary] {
        guard !rowids.isEmpty else { return [] }
        var byRowid: [Int64: StorySummary] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT rowid AS id, uid, published, agency, section, title FROM story WHERE rowid IN (\(marks(rowids.count)))
            """, arguments: StatementArguments(rowids)) {
            byRowid[row["id"]] = StorySummary(row: row)
        }
        return rowids.compactMap { byRowid[$0] }
    }

    /// How many stories the search matches, and how many of them are unread.
    func searchCount(_ filter: StoryFilter, _ search: String, _ db: Database) throws -> (total: Int, unread: Int) {
        let plan = try SearchPlan(filter, search, db)
        let set = try matches(plan, filter, db)
        if filter.unreadOnly { return (set.count, set.count) }
        var read = 0
        for rowid in try Int64.fetchAll(db, sql: "SELECT story.rowid FROM story_read JOIN story ON story.uid = story_read.story_uid") {
            if set.contains(rowid) { read += 1 }
        }
        return (set.count, set.count - read)
    }

    /// The matches of a search as a set of rowids, kept for the next page while the cache is unchanged.
    private func matches(_ plan: SearchPlan, _ filter: StoryFilter, _ db: Database) throws -> MatchSet {
        let token = changeToken()
        if let kept = searchCache.matches(for: filter, token: token) { return kept }
        let largest = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM story") ?? 0
        var set = MatchSet(largestRowid: largest)
        let cursor = try Int64.fetchCursor(db, sql: "SELECT \(plan.index).rowid \(plan.fromWhere)", arguments: plan.arguments)
        while let rowid = try cursor.next() { set.insert(rowid) }
        if set.count <= NewsStore.sortedMatchesLimit {
            var keyed: [(rowid: Int64, day: Int, uid: Int64)] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT story_key.rowid AS id, day, uid FROM \(plan.index) JOIN story_key ON story_key.rowid = \(plan.index).rowid
                WHERE \(plan.index) MATCH ?\(plan.conditions.map { " AND \($0)" }.joined())
                """, arguments: plan.arguments) {
                keyed.append((row["id"], row["day"], row["uid"]))
            }
            set.sorted = keyed.sorted { ($0.day, $0.uid) > ($1.day, $1.uid) }.map(\.rowid)
        }
        searchCache.keep(set, for: filter, token: token)
        return set
    }
}

/// What nw_match_stats gives for one row (see Sources/CFullText).
struct MatchStats {
    var rows = 0.0
    var totals: [Double] = []
    var sizes: [Double] = []
    /// hits[phrase][column]
    var hits: [[Double]] = []

    init(_ data: Data) {
        let values: [Int64] = data.withUnsafeBytes { Array($0.bindMemory(to: Int64.self)) }
        guard values.count >= 3 else { return }
        let columns = Int(values[1])
        guard columns > 0, values.count >= 3 + 2 * columns else { return }
        rows = Double(values[0])
        totals = (0..<columns).map { Double(values[2 + $0]) }
        sizes = (0..<columns).map { Double(values[2 + columns + $0]) }
        let phrases = Int(values[2 + 2 * columns])
        guard values.count == 3 + 2 * columns + phrases * columns else { return }
        hits = (0..<phrases).map { p in (0..<columns).map { Double(values[3 + 2 * columns + p * columns + $0]) } }
    }

    /// The hits of the phrases that stand for one phrase of the typed query added up
    /// (`groups[phrase]` is its phrase there); unchanged without groups, or with groups for
    /// another number of phrases.
    func grouped(_ groups: [Int]?) -> MatchStats {
        guard let groups, groups.count == hits.count, let count = groups.max().map({ $0 + 1 }) else { return self }
        var grouped = self
        grouped.hits = Array(repeating: Array(repeating: 0, count: totals.count), count: count)
        for (phrase, group) in groups.enumerated() {
            for column in hits[phrase].indices { grouped.hits[group][column] += hits[phrase][column] }
        }
        return grouped
    }

    /// BM25 of each row, higher is better. The documents holding each phrase are counted in
    /// the window, scaled by the share of the cache its rowids span, unless it holds every match.
    static func bm25(_ stats: [MatchStats], ids: [Int64], isEveryMatch: Bool, weights: [Double]) -> [Double] {
        guard let first = stats.first(where: { !$0.totals.isEmpty }), first.rows > 0 else { return stats.map { _ in 0 } }
        let (k1, b) = (1.2, 0.75)
        let rows = first.rows
        let averageLength = max(1, first.totals.reduce(0, +) / rows)
        let phrases = first.hits.count
        var holding = [Double](repeating: 0, count: phrases)
        for row in stats where row.hits.count == phrases {
            for p in 0..<phrases where row.hits[p].contains(where: { $0 > 0 }) { holding[p] += 1 }
        }
        let span = Double((ids.max() ?? 0) - (ids.min() ?? 0) + 1)
        let scale = isEveryMatch ? 1 : max(1, rows / max(span, Double(ids.count)))
        let idf = holding.map { count -> Double in
            let n = min(rows, count * scale)
            return max(1e-6, log((rows - n + 0.5) / (n + 0.5)))
        }
        return stats.map { row in
            guard row.hits.count == phrases else { return 0 }
            let length = row.sizes.reduce(0, +)
            var score = 0.0
            for p in 0..<phrases {
                let frequency = zip(row.hits[p], weights).reduce(0) { $0 + $1.0 * $1.1 }
                score += idf[p] * frequency * (k1 + 1) / (frequency + k1 * (1 - b + b * length / averageLength))
            }
            return score
        }
    }
}

/// Matching rowids as a bitmap: 125 KB for a million stories, whatever the query.
struct MatchSet: Sendable {
    private var bits: [UInt64]
    private(set) var count = 0
    /// The matches newest first, when there are few enough to sort.
    var sorted: [Int64]?

    init(largestRowid: Int64) { bits = Array(repeating: 0, count: Int(largestRowid / 64) + 1) }

    mutating func insert(_ rowid: Int64) {
        let (word, bit) = (Int(rowid / 64), UInt64(1) << UInt64(rowid % 64))
        guard word < bits.count, bits[word] & bit == 0 else { return }
        bits[word] |= bit
        count += 1
    }

    func contains(_ rowid: Int64) -> Bool {
        let word = Int(rowid / 64)
        return rowid >= 0 && word < bits.count && bits[word] & (UInt64(1) << UInt64(rowid % 64)) != 0
    }

    /// Matches `offset..<offset + limit` by day, newest first.
    func newestFirst(offset: Int, limit: Int, _ db: Database) throws -> [Int64] {
        if let sorted { return Array(sorted.dropFirst(offset).prefix(limit)) }
        var skipped = 0
        var found: [Int64] = []
        let cursor = try Int64.fetchCursor(db, sql: "SELECT rowid FROM story INDEXED BY story_by_published ORDER BY published DESC, uid DESC")
        while found.count < limit, let rowid = try cursor.next() {
            guard contains(rowid) else { continue }
            if skipped < offset { skipped += 1 } else { found.append(rowid) }
        }
        return found
    }
}

/// The last few searches' matches, so that scrolling a list does not search again.
final class SearchCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(filter: StoryFilter, token: NewsStore.ChangeToken, set: MatchSet)] = []

    func matches(for filter: StoryFilter, token: NewsStore.ChangeToken) -> MatchSet? {
        lock.withLock { entries.first { $0.filter == filter && $0.token == token }?.set }
    }

    func keep(_ set: MatchSet, for filter: StoryFilter, token: NewsStore.ChangeToken) {
        lock.withLock {
            entries.removeAll { $0.filter == filter || $0.token != token }
            entries.append((filter, token, set))
            if entries.count > 4 { entries.removeFirst() }
        }
    }
}

func marks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ",") }
