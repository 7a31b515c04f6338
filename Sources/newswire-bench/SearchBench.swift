import Foundation
import NewsModel
import NewsStore

/// Full-text search on a cache: the first page in process (by relevance and newest first), the
/// count the reader shows after it, and `newswire list --search` as a whole process, for a
/// seeded set of queries and for the common words and phrases that match most stories.
struct SearchBench {
    var cache: String
    var seed: UInt64

    /// Words and phrases that match a large part of the synthetic wire.
    static let common = ["said", "minister", "\"foreign minister\"", "\"rare earth\"", "government officials",
                         "Japan AND China", "talks OR tariffs", "secur*"]

    func run() throws {
        let store = try NewsStore(path: cache)
        var generator = SearchQueries(seed: seed)
        let seeded = (0..<200).map { _ in generator.next() }
        print("search queries: 200 seeded (names, countries, topic phrases, word pairs, prefixes) + \(SearchBench.common.count) common: \(SearchBench.common.joined(separator: ", "))")
        _ = try store.page(StoryFilter(search: "warm up"), limit: 50)
        for (label, queries) in [("seeded", seeded), ("common", SearchBench.common)] {
            let ranked = try Timing.samples(queries.count) { _ = try store.page(StoryFilter(search: queries[$0]), limit: 50) }
            let newest = try Timing.samples(queries.count) {
                _ = try store.page(StoryFilter(search: queries[$0], order: .newest), limit: 50)
            }
            let counts = try Timing.samples(queries.count) {
                let filter = StoryFilter(search: queries[$0])
                _ = try store.unreadCount(filter, total: try store.count(filter))
            }
            print("search, \(label) (\(queries.count) queries, first page of 50, in process): by relevance p50 \(ms(ranked.p50)), p99 \(ms(ranked.p99)); "
                  + "newest first p50 \(ms(newest.p50)), p99 \(ms(newest.p99)); count with unread p50 \(ms(counts.p50)), p99 \(ms(counts.p99))")
        }
        let binary = try Bench.newswireBinary()
        var process: [(String, Double)] = []
        for query in Array(Set(seeded)).sorted() + SearchBench.common {
            let run = try Measured.run(binary, ["list", "--db", cache, "--search", query, "--limit", "50"])
            guard run.status == 0 else { throw CocoaError(.executableLoad, userInfo: ["query": query, "output": run.output]) }
            process.append((query, run.seconds))
        }
        let sorted = process.map(\.1).sorted()
        let slowest = process.max { $0.1 < $1.1 }!
        print("newswire list --search Q --limit 50, whole process (\(process.count) distinct queries): p50 \(ms(sorted[sorted.count / 2])), "
              + "p99 \(ms(sorted[sorted.count * 99 / 100])), slowest \(ms(slowest.1)) (\(slowest.0))")
        for query in SearchBench.common {
            print("    \(query): \(ms(process.first { $0.0 == query }!.1))")
        }
    }

    private func ms(_ seconds: Double) -> String { "\(format(seconds * 1000)) ms" }
}
