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
        let environment = ProcessInfo.processInfo.environment
        if let db, !db.isEmpty { return db }
        if let path = environment["NEWSWIRE_DB"], !path.isEmpty { return path }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return (dataHome as NSString).appendingPathComponent("newswire/cache.sqlite")
    }

    /// Opens the cache; says so on stderr when a `reanalyze` was interrupted, since until it
    /// is finished some stories carry the old analysis and some the new.
    func openStore(noticingUnfinishedReanalysis: Bool = true) throws -> NewsStore {
        let path = cachePath
        let store = try NewsStore(path: path, upgrading: {
            Console.note("upgrading \(path) to this version of NewsWire (once; about a minute for a million stories)")
        })
        if noticingUnfinishedReanalysis, let unfinished = try store.unfinishedReanalysis() {
            Console.warning("the reanalysis started \(unfinished.started) was interrupted after \(unfinished.done) of \(unfinished.total) stories; run 'newswire reanalyze' to finish it")
        }
        return store
    }
}
