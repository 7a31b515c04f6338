import Foundation

/// Where wire text comes from: a file, or standard input (`-`).
public enum WireSource: Hashable, Sendable, CustomStringConvertible {
    case file(String)
    case standardInput

    public var description: String {
        switch self {
        case .file(let path): return path
        case .standardInput: return "<stdin>"
        }
    }

    public func read() throws(WireFileError) -> WireText {
        let data: Data
        switch self {
        case .standardInput:
            data = FileHandle.standardInput.readDataToEndOfFile()
        case .file(let path):
            // open(2) first: its errno names the problem better than Foundation's error does.
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
            close(descriptor)
            do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) }
            catch { throw .unreadable((error as NSError).localizedDescription) }
        }
        return try WireText(decoding: data)
    }

    public var size: Int {
        guard case .file(let path) = self,
              let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int else { return 0 }
        return size
    }
}

/// The files named on a command line: files as given, directories walked recursively
/// (regular files only, in name order, each directory once so symlink loops end), `-` for stdin.
public struct WireSources: Sendable {
    public var sources: [WireSource] = []
    /// Paths that could not be read, with the reason.
    public var problems: [(path: String, reason: String)] = []
    public var warnings: [(path: String, reason: String)] = []

    public init(paths: [String]) {
        var visited = Set<FileID>()
        for path in paths {
            if path == "-" { sources.append(.standardInput); continue }
            add(path, visited: &visited, named: true)
        }
    }

    private struct FileID: Hashable { var device: UInt64; var inode: UInt64 }

    private mutating func add(_ path: String, visited: inout Set<FileID>, named: Bool) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = errno == ENOENT && lstat(path, &info) == 0 ? "broken symbolic link"
                : String(cString: strerror(errno))
            if named { problems.append((path, reason)) } else { warnings.append((path, "skipped: \(reason)")) }
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            sources.append(.file(path))
        case S_IFDIR:
            let id = FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            guard visited.insert(id).inserted else {
                warnings.append((path, "skipped: symbolic link loop (directory already visited)"))
                return
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                problems.append((path, "cannot list directory: \(String(cString: strerror(errno)))"))
                return
            }
            for name in names.sorted() {
                add((path as NSString).appendingPathComponent(name), visited: &visited, named: false)
            }
        default:
            if named { problems.append((path, "not a regular file or directory")) }
        }
    }
}
