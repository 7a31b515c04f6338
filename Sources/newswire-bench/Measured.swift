import Foundation
import NewsModel

/// A child process run to completion, with its wall time and peak memory (max RSS).
struct Measured {
    var status: Int32
    var seconds: Double
    var maxRSSMegabytes: Int
    var output: String

    static func run(_ executable: String, _ arguments: [String]) throws -> Measured {
        let outputPath = NSTemporaryDirectory() + "newswire-bench-out-\(getpid())"
        defer { unlink(outputPath) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Date()
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
            throw CocoaError(.executableLoad)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Date().timeIntervalSince(start)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Measured(status: exitStatus, seconds: seconds, maxRSSMegabytes: usage.ru_maxrss / 1024, output: output)
    }
}

enum Timing {
    struct Summary { var p50: Double; var p99: Double }

    static func samples(_ count: Int, _ body: (Int) throws -> Void) throws -> Summary {
        var times: [Double] = []
        for index in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            try body(index)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        return Summary(p50: times[times.count / 2], p99: times[min(times.count - 1, times.count * 99 / 100)])
    }
}

/// Searches a reader would type: names, places, topics, a phrase, a prefix.
struct SearchQueries {
    private var random: SplitMix64
    init(seed: UInt64) { random = SplitMix64(seed: seed ^ 0x5EA4C4) }

    mutating func next() -> String {
        let kinds: [[String]] = [
            Vocabulary.surnames, Vocabulary.countries.map(\.1), Vocabulary.topics.map { "\"\($0)\"" },
            Vocabulary.fillers.filter { $0.count > 4 }.map { "\($0) \(Vocabulary.surnames[$0.count % Vocabulary.surnames.count])" },
            Vocabulary.nouns.map { String($0.prefix(4)) + "*" },
        ]
        let kind = kinds[Int(random.next() % UInt64(kinds.count))]
        return kind[Int(random.next() % UInt64(kind.count))]
    }
}
