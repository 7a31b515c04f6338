import Foundation

extension NewsStore {
    /// Changes whenever anything writes to the cache, this process or another: every commit
    /// writes the log (-wal) and every checkpoint the database file. Comparing two tokens costs
    /// two `stat`s, so a reader can look for changes often without counting anything.
    public struct ChangeToken: Hashable, Sendable {
        var stamps: [Int]
    }

    public func changeToken() -> ChangeToken {
        ChangeToken(stamps: [path, path + "-wal"].flatMap { file -> [Int] in
            var info = stat()
            guard stat(file, &info) == 0 else { return [0, 0, 0] }
            return [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_size)]
        })
    }
}
