import ArgumentParser
import Foundation
import NewsModel
import NewsStore

@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire-bench",
        abstract: "Measures NewsWire on a synthetic wire.",
        discussion: "Build in release first: swift build -c release && .build/release/newswire-bench",
        subcommands: [Bench.self, AnalysisBench.self, ReaderBench.self, ReaderProbe.self, HugeInputBench.self,
                      CorrectionsBench.self],
        defaultSubcommand: Bench.self)
}

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import throughput and memory, cache size, first page of the list, full-text search.")

    @Option(help: "How many synthetic stories.") var stories = 100_000
    @Option(help: "Seed of the generator: the same seed gives the same corpus.") var seed: UInt64 = 42
    @Option(help: "Work folder (default: a temporary folder, removed afterwards).") var work: String?
    @Option(help: "Extra arguments for 'newswire import' (e.g. --no-analysis).") var importArguments: String = ""
    @Flag(help: "Keep the work folder.") var keep = false
    @Flag(help: "Only write the synthetic corpus into the work folder.") var generateOnly = false
    @Flag(help: "With --work: reuse the cache already there (no corpus, no import); times the queries only.") var reuse = false

    func run() throws {
        let folder = URL(fileURLWithPath: work ?? NSTemporaryDirectory() + "newswire-bench-\(getpid())")
        let wire = folder.appendingPathComponent("wire")
        let cache = folder.appendingPathComponent("cache.sqlite").path
        if reuse {
            guard work != nil, FileManager.default.fileExists(atPath: cache) else { throw ValidationError("--reuse needs --work DIR with a cache.sqlite in it") }
            try SearchBench(cache: cache, seed: seed).run()
            return
        }
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: wire, withIntermediateDirectories: true)
        defer { if !keep && work == nil { try? FileManager.default.removeItem(at: folder) } }

        let rawBytes = try SyntheticWire.write(stories: stories, seed: seed, into: wire)
        print("corpus: \(stories) stories, \(megabytes(rawBytes)) MB of wire text (seed \(seed))")
        if generateOnly { return }
        // The corpus is written out first: a user's wire files are on disk long before they
        // are imported, and the kernel flushing 300 MB during the import slowed it by a tenth.
        sync()

        let binary = try Bench.newswireBinary()
        let importRun = try Measured.run(binary, ["import", "--db", cache] + importArguments.split(separator: " ").map(String.init) + [wire.path])
        guard importRun.status == 0 else { throw ValidationError("import failed: \(importRun.output)") }
        print("import: \(format(Double(stories) / importRun.seconds)) stories/s (\(format(importRun.seconds)) s), peak memory \(importRun.maxRSSMegabytes) MB")
        print("        \(importRun.output.split(separator: "\n").last ?? "")")

        let cacheBytes = ["", "-wal", "-shm"].reduce(0) { $0 + fileSize(cache + $1) }
        print("cache: \(megabytes(cacheBytes)) MB = \(format(Double(cacheBytes) / Double(rawBytes)))x the wire text")

        let listRun = try Measured.run(binary, ["list", "--db", cache, "--limit", "50"])
        print("list (whole process, first page of 50): \(format(listRun.seconds * 1000)) ms")

        let store = try NewsStore(path: cache)
        // The import inherits this environment: NEWSWIRE_NO_LIBDEFLATE=1 makes it write with zlib.
        let writers = try store.bodyWriters().sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        print("bodies written by (first 20 stories): \(writers.joined(separator: ", "))")
        let firstPage = try Timing.samples(20) { _ in _ = try store.page(StoryFilter(), limit: 50) }
        print("first page of list (50 rows, in process): p50 \(format(firstPage.p50 * 1000)) ms, p99 \(format(firstPage.p99 * 1000)) ms")

        try SearchBench(cache: cache, seed: seed).run()
    }

    static func newswireBinary() throws -> String {
        let here = Bundle.main.executableURL!.resolvingSymlinksInPath().deletingLastPathComponent()
        let binary = here.appendingPathComponent("newswire").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("no newswire binary beside the benchmark; run: swift build -c release")
        }
        return binary
    }
}

func format(_ value: Double) -> String { String(format: value >= 100 ? "%.0f" : "%.2f", value) }
func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }
func fileSize(_ path: String) -> Int {
    (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
}
