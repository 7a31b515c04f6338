import Foundation
import Testing
import ImportPipeline
import NewsAnalysis
import NewsModel
import NewsStore
import WireImport

/// A folder of wire files and a cache beside them, removed when the test ends.
private final class Scratch {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("importer-\(UUID().uuidString)")
    init() { try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: folder) }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = folder.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func store() throws -> NewsStore { try NewsStore(path: folder.appendingPathComponent("cache.sqlite").path) }
}

private let analyzer: Analyzer = {
    let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data")
    return try! Analyzer.load(dataDirectory: data)
}()

/// One wire story, numbered so that each of many is its own.
private func wireStory(_ n: Int, day: Int = 10) -> String {
    """
     date 2026-02-\(day) China News
    TAIWAN NEWS
     Ferry operators in Kinmen change sailing \(n)

    Ferry operators in Kinmen change sailing \(n)

    by Staff Writers
     Kinmen (AFP) Feb \(day), 2026

    Ferry operators said they would change sailing number \(n) for a week.

    "We cannot guarantee the schedule," said Lin Pei-chun, a dispatcher.


    """
}

@Suite struct ImporterTests {
    @Test func storiesAreStoredWithTheirAnalysis() throws {
        let scratch = Scratch()
        let path = scratch.write("wire.txt", Array((wireStory(1) + wireStory(2, day: 11)).utf8))
        let store = try scratch.store()
        let report = try Importer(store: store, analyzer: analyzer).run(WireSources(paths: [path]).sources)
        #expect(report == { var r = Importer.Report(); r.imported = 2; return r }())
        #expect(try store.count(StoryFilter()) == 2)
        let people = try store.people()
        #expect(people.map(\.name) == ["Lin Pei-chun"])
        #expect(people.first?.quotations == 2)
    }

    @Test func withoutAnAnalyzerStoriesAreStoredUnanalysed() throws {
        let scratch = Scratch()
        let path = scratch.write("wire.txt", Array(wireStory(1).utf8))
        let store = try scratch.store()
        let report = try Importer(store: store).run(WireSources(paths: [path]).sources)
        #expect(report.imported == 1)
        #expect(try store.people().isEmpty)
    }

    @Test func aBadFileIsSaidByNameAndTheOthersAreStored() throws {
        let scratch = Scratch()
        let good = scratch.write("a-good.txt", Array(wireStory(1).utf8))
        let binary = scratch.write("b-binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x7F])
        let noStory = scratch.write("c-notes.txt", Array("shopping list\neggs\n".utf8))
        let store = try scratch.store()
        var importer = Importer(store: store, analyzer: analyzer)
        var notices: [Importer.Notice] = []
        importer.tell = { notices.append($0) }
        let report = try importer.run(WireSources(paths: [good, binary, noStory]).sources)
        #expect(report.imported == 1)
        #expect(report.failed == 2)
        #expect(notices == [.error("\(binary): binary data, not wire text"), .error("\(noStory): \(WireFileError.noStory)")])
        #expect(try store.count(StoryFilter()) == 1)
    }

    @Test func aReimportChangesNothingAndACorrectedStoryIsUpdated() throws {
        let scratch = Scratch()
        let path = scratch.write("wire.txt", Array((wireStory(1) + wireStory(2, day: 11)).utf8))
        let store = try scratch.store()
        let importer = Importer(store: store, analyzer: analyzer)
        _ = try importer.run(WireSources(paths: [path]).sources)
        #expect(try importer.run(WireSources(paths: [path]).sources).unchanged == 2)
        let corrected = wireStory(1) + wireStory(2, day: 11).replacingOccurrences(of: "for a week", with: "for a month")
        _ = scratch.write("wire.txt", Array(corrected.utf8))
        let report = try importer.run(WireSources(paths: [path]).sources)
        #expect(report.unchanged == 1)
        #expect(report.updated == 1)
        #expect(try store.count(StoryFilter()) == 2)
    }

    /// Enough stories that the file is cut into many pieces, parsed out of order by two workers.
    @Test func aLargeFileIsStoredWholeInPiecesWithProgressPerFile() throws {
        let scratch = Scratch()
        let count = 2000
        let big = scratch.write("big.txt", Array((1...count).map { wireStory($0, day: 10 + $0 % 18) }.joined().utf8))
        let small = scratch.write("small.txt", Array(wireStory(count + 1).utf8))
        #expect(FileManager.default.fileSize(big) > 4 * 128 << 10)
        let store = try scratch.store()
        var importer = Importer(store: store, analyzer: analyzer)
        var seen: [Importer.Progress] = []
        importer.progress = { seen.append($0) }
        let report = try importer.run(WireSources(paths: [big, small]).sources)
        #expect(report.imported == count + 1)
        #expect(try store.count(StoryFilter()) == count + 1)
        let total = FileManager.default.fileSize(big) + FileManager.default.fileSize(small)
        #expect(seen.map(\.stories) == [count, count + 1])
        #expect(seen.map(\.bytesDone) == [FileManager.default.fileSize(big), total])
        #expect(seen.allSatisfy { $0.bytesTotal == total })
    }
}

private extension FileManager {
    func fileSize(_ path: String) -> Int { (try? attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
}
