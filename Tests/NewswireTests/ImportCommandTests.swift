import Foundation
import Testing

@Suite(.serialized) struct ImportCommandTests {
    @Test func goodFilesImportWithExitZero() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let result = try cli.run(["import", Newswire.fixture("two-stories.txt")])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").last == "imported 2, updated 0, unchanged 0, failed 0")
        #expect(result.stderr.isEmpty)
    }

    @Test func reimportChangesNothing() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("two-stories.txt")])
        let again = try cli.run(["import", Newswire.fixture("two-stories.txt")])
        #expect(again.stdout.split(separator: "\n").last == "imported 0, updated 0, unchanged 2, failed 0")
    }

    @Test func aCorrectedStoryIsUpdated() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let original = try String(contentsOfFile: Newswire.fixture("two-stories.txt"), encoding: .utf8)
        try cli.run(["import", "-"], stdin: original)
        let corrected = original.replacingOccurrences(of: "for a week", with: "for ten days")
        let result = try cli.run(["import", "-"], stdin: corrected)
        #expect(result.stdout.split(separator: "\n").last == "imported 0, updated 1, unchanged 1, failed 0")
        let list = try cli.run(["list", "--search", "ten days"])
        #expect(list.stdout.contains("Ferry operators in Kinmen"))
    }

    @Test func badFilesFailButTheRestIsImported() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let folder = cli.folder.appendingPathComponent("wire")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]).write(to: folder.appendingPathComponent("photo.png"))
        try Data("just some notes\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try FileManager.default.copyItem(atPath: Newswire.fixture("two-stories.txt"), toPath: folder.appendingPathComponent("wire.txt").path)
        let missing = cli.folder.appendingPathComponent("missing.txt").path
        let result = try cli.run(["import", folder.path, missing])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").last == "imported 2, updated 0, unchanged 0, failed 4")
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.contains("error: \(folder.path)/photo.png: binary data, not wire text"))
        #expect(errors.contains("error: \(folder.path)/empty.txt: empty file"))
        #expect(errors.contains { $0.hasPrefix("error: \(folder.path)/notes.txt: no story found") })
        #expect(errors.contains("error: \(missing): No such file or directory"))
        let list = try cli.json(["list"]) as? [[String: Any]]
        #expect(list?.count == 2)
    }

    @Test func windows1252IsAWarningNotAFailure() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let path = cli.folder.appendingPathComponent("latin.txt").path
        try Data(" date 2026-02-01 China News\n Caf\u{E9} owners protest\n\nThe caf\u{E9}s closed.\n".unicodeScalars.map { UInt8($0.value) })
            .write(to: URL(fileURLWithPath: path))
        let result = try cli.run(["import", path])
        #expect(result.status == 0)
        #expect(result.stderr == "warning: \(path): lines 2, 4: not valid UTF-8; the bytes that are not were read as Windows-1252\n")
        #expect(try cli.run(["list"]).stdout.contains("Café owners protest"))
    }

    @Test func aStoryOverTheLimitIsSaidAndCountedAndTheRestImported() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let path = cli.folder.appendingPathComponent("long.txt").path
        let huge = String(repeating: "word ", count: 30_000)
        try (" date 2026-02-01 China News\n Too long\n\n\(huge)\n\n date 2026-02-02 China News\n Fine\n\nA short story.\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try cli.run(["import", path])
        #expect(result.stdout == "imported 1, updated 0, unchanged 0, failed 0, stories skipped 1\n")
        #expect(result.stderr.contains("\(path): line 1: story skipped: "))
        #expect(try cli.run(["list"]).stdout.contains("Fine"))
    }

    @Test func storiesFromStandardInput() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let text = try String(contentsOfFile: Newswire.fixture("two-stories.txt"), encoding: .utf8)
        let result = try cli.run(["import", "-"], stdin: text)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("imported 2, updated 0, unchanged 0, failed 0\n"))
    }

    @Test func usageErrorsExitTwo() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        #expect(try cli.run(["import"]).status == 2)
        #expect(try cli.run(["list", "--since", "yesterday"]).status == 2)
        #expect(try cli.run(["list", "--no-such-option"]).status == 2)
    }

    @Test func aFileThatIsNotACacheIsAClearError() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try Data(String(repeating: "hello\n", count: 100).utf8).write(to: URL(fileURLWithPath: cli.cache))
        let result = try cli.run(["import", Newswire.fixture("two-stories.txt")])
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(cli.cache): not a NewsWire cache (the file is not an SQLite database)\n")
        #expect(try String(contentsOfFile: cli.cache, encoding: .utf8).hasPrefix("hello"))
    }
}
