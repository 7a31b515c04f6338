import Foundation
import GRDB

extension NewsStore {
    /// How many of the first `sample` stored bodies each library wrote ("libdeflate",
    /// "zlib", "unknown"): the benchmark measures either, and checks which its import used.
    public func bodyWriters(sample: Int = 20) throws(StoreError) -> [String: Int] {
        let bodies = try read { db in try Data.fetchAll(db, sql: "SELECT body FROM story ORDER BY rowid LIMIT ?", arguments: [sample]) }
        return bodies.reduce(into: [:]) { counts, body in counts[CompressedText.writer(of: body) ?? "unknown", default: 0] += 1 }
    }
}
