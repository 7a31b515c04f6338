import Foundation

/// The files NewsWire ships in Data/: the sample wire, gazetteers and topic rules. Found
/// beside the source tree under `swift run`, or in PREFIX/share/newswire when installed.
struct SampleData {
    let directory: URL

    var wire: URL { directory.appendingPathComponent("wire") }

    /// Looks in $NEWSWIRE_DATA, PREFIX/share/newswire (beside PREFIX/bin/newswire), and
    /// every folder above the executable (so `swift run` finds the checkout's Data/).
    static func locate() throws -> SampleData {
        let candidates = candidateDirectories()
        for candidate in candidates where isDataDirectory(candidate) {
            return SampleData(directory: candidate)
        }
        throw MissingData(looked: candidates.map(\.path))
    }

    struct MissingData: Error, CustomStringConvertible {
        var looked: [String]
        var description: String {
            "cannot find NewsWire's data folder (with wire/ inside); set NEWSWIRE_DATA or install it. Looked in:\n  "
                + looked.joined(separator: "\n  ")
        }
    }

    private static func isDataDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("wire").path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    private static func candidateDirectories() -> [URL] {
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["NEWSWIRE_DATA"], !path.isEmpty {
            candidates.append(URL(fileURLWithPath: path))
        }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var folder = executable.deletingLastPathComponent()
            candidates.append(folder.deletingLastPathComponent().appendingPathComponent("share/newswire"))
            while folder.path != "/" {
                candidates.append(folder.appendingPathComponent("Data"))
                folder = folder.deletingLastPathComponent()
            }
        }
        return candidates
    }
}
