import Foundation
import Testing
@testable import WireImport

@Suite struct WireSourcesTests {
    @Test func directoriesAreWalkedRecursivelyInNameOrderAndLoopsEnd() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wire-sources-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("b/inner"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: root.appendingPathComponent("a.txt"))
        try Data("y".utf8).write(to: root.appendingPathComponent("b/inner/c.txt"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("b/inner/loop").path,
                                                   withDestinationPath: root.path)
        mkfifo(root.appendingPathComponent("fifo").path, 0o600)
        let found = WireSources(paths: [root.path, "-", root.appendingPathComponent("missing").path])
        #expect(found.sources == [
            .file(root.appendingPathComponent("a.txt").path),
            .file(root.appendingPathComponent("b/inner/c.txt").path),
            .standardInput,
        ])
        #expect(found.problems.map(\.path) == [root.appendingPathComponent("missing").path])
        #expect(found.warnings.contains { $0.reason.contains("symbolic link loop") })
    }
}
