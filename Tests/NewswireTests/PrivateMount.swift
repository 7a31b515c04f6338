import Foundation

/// A small tmpfs of its own, mounted in a private mount namespace (`unshare -m`, or
/// `unshare -rm` for a user who is not root), so a test can fill a disk or make it read-only
/// for real, and nothing outside sees the mount; it goes when the namespace's shell exits.
struct PrivateMount {
    /// Whether this machine lets a test make one (root, or unprivileged user namespaces).
    static let isAvailable: Bool = (try? shell("mount -t tmpfs -o size=1m tmpfs \"$1\"", at: nil)) == 0

    let cli: Newswire
    var point: URL { cli.folder.appendingPathComponent("mnt") }
    var cache: String { point.appendingPathComponent("cache.sqlite").path }

    /// Copies the cli's cache onto a tmpfs of `kilobytes`, runs `setup` (shell lines; `$1` is
    /// the mount point), then each command with `--db` on the copy, all in one namespace.
    func run(kilobytes: Int, setup: String, _ commands: [[String]]) throws -> [Newswire.Run] {
        let results = cli.folder.appendingPathComponent("results")
        try FileManager.default.createDirectory(at: results, withIntermediateDirectories: true)
        // The commands' failures are results, not the script's: `set +e` before them.
        var lines = ["mount -t tmpfs -o size=\(kilobytes)k tmpfs \"$1\"", "cp \(quoted(cli.cache)) \"$1/cache.sqlite\"", setup, "set +e"]
        for (index, command) in commands.enumerated() {
            let call = ([cli.binary.path] + command + ["--db", cache]).map(quoted).joined(separator: " ")
            let out = quoted(results.appendingPathComponent("\(index)").path)
            lines.append("\(call) >\(out).out 2>\(out).err; echo $? >\(out).status")
        }
        let status = try PrivateMount.shell(lines.joined(separator: "\n"), at: point)
        guard status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: ["setup": setup, "status": status]) }
        return try commands.indices.map { index in
            let base = results.appendingPathComponent("\(index)").path
            return Newswire.Run(status: Int32(try String(contentsOfFile: base + ".status", encoding: .utf8)
                                    .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1,
                                stdout: try String(contentsOfFile: base + ".out", encoding: .utf8),
                                stderr: try String(contentsOfFile: base + ".err", encoding: .utf8))
        }
    }

    private func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// `unshare -m sh -ec SCRIPT sh MOUNTPOINT`, the script's lines run with `set -e`.
    private static func shell(_ script: String, at folder: URL?) throws -> Int32 {
        let point = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("newswire-mount-\(UUID())")
        try FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
        defer { if folder == nil { try? FileManager.default.removeItem(at: point) } }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = (getuid() == 0 ? ["-m"] : ["-rm"]) + ["sh", "-ec", script, "sh", point.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
