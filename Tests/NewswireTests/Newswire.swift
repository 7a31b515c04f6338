import Foundation
import Testing

/// The built `newswire` binary, run as a user would run it, on a temporary cache.
struct Newswire {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["NEWSWIRE_BIN"] { return URL(fileURLWithPath: path) }
        // Tests run from the build folder that also holds the executable.
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("newswire")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/newswire")
    }()

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    let binary: URL
    let folder: URL
    /// Arguments before the command's own: a wrapper's (`setpriv ... newswire`).
    var prefix: [String] = []
    var cache: String { folder.appendingPathComponent("cache.sqlite").path }

    init() throws {
        binary = Newswire.binary
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("newswire-e2e-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Another copy of the binary (an installed one), or a wrapper running one, sharing `folder`.
    init(binary: URL, folder: URL, prefix: [String] = []) {
        self.binary = binary
        self.folder = folder
        self.prefix = prefix
    }

    /// Copies the binary to `path` in a child `cp`, so that no test process ever holds the copy open
    /// for writing: a sibling test forking meanwhile would inherit that descriptor, and running the
    /// copy would then fail with "Text file busy" (ETXTBSY).
    static func install(to path: URL, folder: URL) throws -> Newswire {
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/cp")
        copy.arguments = [binary.path, path.path]
        try copy.run()
        copy.waitUntilExit()
        #expect(copy.terminationStatus == 0)
        return Newswire(binary: path, folder: folder)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Runs `newswire ARGS --db CACHE` (no --db when `environment` chooses the cache).
    @discardableResult
    func run(_ arguments: [String], db: Bool = true, stdin: String? = nil,
             environment: [String: String] = [:]) throws -> Run {
        try start(arguments, db: db, stdin: stdin, environment: environment).wait()
    }

    /// A `newswire` process started and not waited for, so that several run at once.
    struct Running {
        let process: Process
        let output: Pipe, errors: Pipe

        func wait() -> Run {
            let out = output.fileHandleForReading.readDataToEndOfFile()
            let err = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                       stderr: String(decoding: err, as: UTF8.self))
        }
    }

    func start(_ arguments: [String], db: Bool = true, stdin: String? = nil,
               environment: [String: String] = [:]) throws -> Running {
        let process = Process()
        process.executableURL = binary
        process.arguments = prefix + arguments + (db ? ["--db", cache] : [])
        var env = ProcessInfo.processInfo.environment
        env["NEWSWIRE_DB"] = nil
        env["NO_COLOR"] = nil
        env.merge(environment) { $1 }
        process.environment = env
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        return Running(process: process, output: output, errors: errors)
    }

    /// Imports the Okabe fixture and gives the id of its one story.
    func importOkabe() throws -> String {
        try run(["import", Newswire.fixture("okabe.txt")])
        return try #require((try json(["list"]) as? [[String: Any]])?.first?["id"] as? String)
    }

    func json(_ arguments: [String]) throws -> Any {
        let result = try run(arguments + ["--json"])
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }
}
