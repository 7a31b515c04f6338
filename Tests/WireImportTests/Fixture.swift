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

    static func stories(_ name: String) throws -> WireParser.Result {
        WireParser.stories(in: try text(name).bytes)
    }
}

func day(_ text: String) -> Day { Day(iso: text)! }
