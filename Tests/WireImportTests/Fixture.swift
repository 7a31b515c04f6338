import Foundation
import NewsModel
@testable import WireImport

/// The files in Fixtures/, read the way an import reads them.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func text(_ name: String) throws -> WireText {
        try WireSource.file(path(name)).read()
    }

    /// The stories as an import reads them: streamed, story by story.
    static func stories(_ name: String) throws -> WireParser.Result {
        try WireParser.stories(from: .file(path(name))).result
    }
}

func day(_ text: String) -> Day { Day(iso: text)! }
