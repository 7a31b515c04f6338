import ArgumentParser
import Foundation
import NewsModel
import NewsStore
import ReaderSession
import ReaderUI

/// The reader's speed on a big cache: first screen, each key while scrolling the list,
/// opening a story, and the peak memory of the process doing it.
struct ReaderBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader",
        abstract: "The reader on a big cache (default 1,000,000 stories): first screen, keys, opening stories, memory.")

    @Option(help: "Stories in the cache.") var stories = 1_000_000
    @Option(help: "Seed of the generator.") var seed: UInt64 = 42
    @Option(help: "Keep the corpus and cache here; an existing cache there is reused.") var work: String?

    func run() throws {
        let folder = URL(fileURLWithPath: work ?? NSTemporaryDirectory() + "newswire-reader-bench-\(getpid())")
        let cache = folder.appendingPathComponent("cache.sqlite").path
        defer { if work == nil { try? FileManager.default.removeItem(at: folder) } }
        try ReaderBench.prepareCache(cache, in: folder, stories: stories, seed: seed)
        let me = Bundle.main.executableURL!.path
        let start = Date().timeIntervalSince1970
        let probe = try Measured.run(me, ["reader-probe", "--db", cache, "--seed", "\(seed)"])
        guard probe.status == 0 else { throw ValidationError("probe failed: \(probe.output)") }
        for line in probe.output.split(separator: "\n") {
            if line.hasPrefix("first-screen-at ") {
                let at = Double(line.dropFirst("first-screen-at ".count)) ?? start
                print("first screen drawn: \(format((at - start) * 1000)) ms after the process started")
            } else {
                print(line)
            }
        }
        print("peak memory (max RSS) of the reader: \(probe.maxRSSMegabytes) MB")
    }
}

extension ReaderBench {
    /// Writes a synthetic wire and imports it into `cache`, unless the cache is there already.
    static func prepareCache(_ cache: String, in folder: URL, stories: Int, seed: UInt64) throws {
        guard !FileManager.default.fileExists(atPath: cache) else { return }
        let wire = folder.appendingPathComponent("wire")
        try FileManager.default.createDirectory(at: wire, withIntermediateDirectories: true)
        let bytes = try SyntheticWire.write(stories: stories, seed: seed, into: wire)
        print("corpus: \(stories) stories, \(megabytes(bytes)) MB")
        let imported = try Measured.run(try Bench.newswireBinary(), ["import", "--db", cache, wire.path])
        guard imported.status == 0 else { throw ValidationError("import failed: \(imported.output)") }
        print("import: \(format(Double(stories) / imported.seconds)) stories/s")
        try? FileManager.default.removeItem(at: wire)
    }
}

/// Runs in its own process, so its memory is the reader's alone.
struct ReaderProbe: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reader-probe", shouldDisplay: false)

    @Option var db: String
    @Option var seed: UInt64 = 42

    func run() throws {
        let store = try NewsStore(path: db)
        let driver = ReaderDriver(store: store, state: ReaderState(size: Size(width: 100, height: 30)))
        // As the reader does: the first screen is drawn before the stories are counted.
        let start = driver.state.startInStages()
        _ = driver.perform(start.firstScreen)
        _ = driver.state.render()
        print("first-screen-at \(Date().timeIntervalSince1970)")
        _ = driver.perform(start.afterwards)
        let total = driver.state.list.count ?? 0

        // Scrolling: j, with a page down now and then, so new pages are read as a reader would.
        let keys = try Timing.samples(3000) { n in
            _ = driver.send(.key(n % 30 == 29 ? .character(" ") : .character("j")))
            _ = driver.state.render()
        }
        print("key while scrolling the list (3,000 keys over \(driver.state.list.cursor) rows of \(total)): p50 \(format(keys.p50 * 1000)) ms, p99 \(format(keys.p99 * 1000)) ms")

        let jump = try Timing.samples(20) { _ in
            _ = driver.send(.key(.character("G")))
            _ = driver.state.render()
            _ = driver.send(.key(.character("g")))
            _ = driver.state.render()
        }
        print("jump to the bottom and back: p50 \(format(jump.p50 * 1000)) ms, p99 \(format(jump.p99 * 1000)) ms")

        var opens: [Double] = []
        for n in 0..<50 {
            for _ in 0..<(n % 7) { _ = driver.send(.key(.character(" "))) }
            let start = DispatchTime.now().uptimeNanoseconds
            _ = driver.send(.key(.enter))
            _ = driver.state.render()
            opens.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            _ = driver.send(.key(.character("q")))
        }
        opens.sort()
        print("open a story (50 stories): p50 \(format(opens[25] * 1000)) ms, p99 \(format(opens[49] * 1000)) ms")

        // A search typed after /: its first results are drawn before its matches are counted.
        // The queries of the search benchmark, each once: the common ones, then the seeded.
        var generator = SearchQueries(seed: seed)
        let seeded = Array(Set((0..<200).map { _ in generator.next() })).sorted()
        let queries = SearchBench.common + seeded.filter { !SearchBench.common.contains($0) }
        var firstResults: [(String, Double)] = []
        var counted: [Double] = []
        for query in queries {
            let start = DispatchTime.now().uptimeNanoseconds
            for key in [Key.character("/")] + query.map(Key.character) + [.enter] { _ = driver.send(.key(key), deferringCounts: true) }
            _ = driver.state.render()
            firstResults.append((query, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            let countStart = DispatchTime.now().uptimeNanoseconds
            _ = driver.performDeferred()
            _ = driver.state.render()
            counted.append(Double(DispatchTime.now().uptimeNanoseconds - countStart) / 1e9)
            _ = driver.send(.key(.character("q")))
        }
        let slowest = firstResults.max { $0.1 < $1.1 }!
        let common = firstResults.prefix(SearchBench.common.count).map(\.1).max() ?? 0
        let sorted = firstResults.map(\.1).sorted()
        print("search after / (\(firstResults.count) distinct queries of the search benchmark): first results drawn p50 \(format(sorted[sorted.count / 2] * 1000)) ms, "
              + "p99 \(format(sorted[sorted.count * 99 / 100] * 1000)) ms, at most \(format(slowest.1 * 1000)) ms (\(slowest.0)); "
              + "the \(SearchBench.common.count) common ones at most \(format(common * 1000)) ms; then counted in at most \(format((counted.max() ?? 0) * 1000)) ms")
    }
}
