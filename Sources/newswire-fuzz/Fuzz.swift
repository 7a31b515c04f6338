import ArgumentParser
import Foundation
import NewsAnalysis
import NewsModel
import ReaderUI
import WireImport

/// Feeds mutated wire text to the wire reader, the analysis and the reader's story view, and
/// checks that nothing crashes, every offset the analysis gives fits the text, and time grows
/// no faster than the input.
@main
struct Fuzz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire-fuzz",
        abstract: "Fuzzes the wire reader, the analysis and the story view with seeded mutations of wire text.",
        discussion: "The same seed gives the same inputs. A failing input is written to --failures. Long run: swift build -c release && .build/release/newswire-fuzz --iterations 20000 --seconds 1800")

    @Option(help: "Seed of the mutator.") var seed: UInt64 = 1
    @Option(help: "Inputs to try.") var iterations = 1000
    @Option(help: "Stop after this many seconds, whatever the iterations.") var seconds: Double = 60
    @Option(help: "The Data folder (gazetteers, topics, and the sample wire as seeds).") var data: String = "Data"
    @Option(help: "Write failing inputs into this folder.") var failures: String?
    @Option(help: "Check this one input (a failing input kept by an earlier run) instead of fuzzing.") var input: String?
    @Option(help: "Most time per byte a large input may take, as a multiple of the same input small.") var maxSlowdown: Double = 6

    func run() throws {
        let dataFolder = URL(fileURLWithPath: data)
        let analyzer = try Analyzer.load(dataDirectory: dataFolder)
        let wire = dataFolder.appendingPathComponent("wire")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: wire.path).sorted().filter { $0.hasSuffix(".txt") }
            .map { try [UInt8](Data(contentsOf: wire.appendingPathComponent($0))) }
        guard !seeds.isEmpty else { throw ValidationError("no .txt files in \(wire.path) to start from") }
        var target = FuzzTarget(analyzer: analyzer)
        if let input {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: input)))
            let outcome = try target.run(bytes)
            let slowdown = try target.slowdown(of: bytes) ?? 1
            print("\(input): \(outcome.stories) stories, slowdown \(String(format: "%.2f", slowdown))x")
            for problem in outcome.problems { print("problem: \(problem)") }
            if !outcome.problems.isEmpty || slowdown > maxSlowdown { throw ExitCode(1) }
            return
        }
        var mutator = Mutator(seed: seed)
        let start = Date()
        var tried = 0, bytes = 0, stories = 0
        var problems: [String] = []
        while tried < iterations && Date().timeIntervalSince(start) < seconds && problems.isEmpty {
            let input = mutator.mutate(seeds[tried % seeds.count])
            let outcome = try target.run(input)
            stories += outcome.stories
            problems += outcome.problems
            // Every 25th input: the same text eight times over must cost about eight times as much.
            if tried % 25 == 0, problems.isEmpty, let slowdown = try target.slowdown(of: input), slowdown > maxSlowdown {
                problems.append(String(format: "time per byte grows %.1fx from the input to its lines eight times as long", slowdown))
            }
            if !problems.isEmpty { try keep(input, number: tried) }
            tried += 1
            bytes += input.count
        }
        let elapsed = Date().timeIntervalSince(start)
        print("fuzz: seed \(seed), \(tried) inputs, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB, \(stories) stories, "
            + "\(String(format: "%.1f", elapsed)) s; slowest \(String(format: "%.0f", target.worstNanosecondsPerByte)) ns/byte, "
            + "largest slowdown \(String(format: "%.2f", target.worstSlowdown))x")
        if !problems.isEmpty {
            for problem in problems { print("problem: \(problem)") }
            throw ExitCode(1)
        }
        print("no crash, every offset fits, time grows with the input")
    }

    private func keep(_ input: [UInt8], number: Int) throws {
        guard let failures else { return }
        try FileManager.default.createDirectory(atPath: failures, withIntermediateDirectories: true)
        try Data(input).write(to: URL(fileURLWithPath: failures).appendingPathComponent("seed\(seed)-input\(number).txt"))
    }
}
