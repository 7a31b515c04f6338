import Foundation

/// The checkout of NewsWire: the folder with Data/gazetteers, found above the current
/// folder or the executable when not given.
public enum Checkout {
    public static func find(_ root: String?) throws -> URL {
        if let root { return URL(fileURLWithPath: root) }
        var starts = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        if let executable = Bundle.main.executableURL { starts.append(executable.deletingLastPathComponent()) }
        for start in starts {
            var folder = start
            while folder.path != "/" {
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Data/gazetteers").path) { return folder }
                folder = folder.deletingLastPathComponent()
            }
        }
        throw EvaluationError("cannot find the checkout (a folder with Data/gazetteers); pass --root")
    }
}
