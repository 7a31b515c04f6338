import ArgumentParser
import Foundation
import NewsStore

/// The options every command shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The cache file.", discussion: "Default: $NEWSWIRE_DB, else $XDG_DATA_HOME/newswire/cache.sqlite.",
        valueName: "path"))
    var db: String?

    @Flag(name: .long, help: "Write one JSON document instead of text.")
    var json = false

    var cachePath: String {
        if let db, !db.isEmpty { return db }
        return GlobalOptions.defaultCachePath
    }

    /// The cache without --db: $NEWSWIRE_DB, else under $XDG_DATA_HOME.
    static var defaultCachePath: String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["NEWSWIRE_DB"], !path.isEmpty { return path }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return (dataHome as NSString).appendingPathComponent("newswire/cache.sqlite")
    }

    /// The cache; `readingOnly` for commands that never write, so that opening it never
    /// waits for an import. Says so on stderr when a `reanalyze` was interrupted, since until
    /// it is finished some stories carry the old analysis and some the new.
    func openStore(readingOnly: Bool = false, noticingUnfinishedReanalysis: Bool = true) throws -> NewsStore {
        let path = cachePath
        let store = try NewsStore(path: path, readingOnly: readingOnly, upgrading: {
            Console.note("upgrading \(path) to this version of NewsWire (once; about a minute for a million stories)")
        }, waiting: {
            Console.note("waiting for another process (an import?) to finish writing to \(path)")
        })
        if noticingUnfinishedReanalysis, let unfinished = try store.unfinishedReanalysis() {
            Console.warning("the reanalysis started \(unfinished.started) was interrupted after \(unfinished.done) of \(unfinished.total) stories; run 'newswire reanalyze' to finish it")
        }
        return store
    }
}
