import Foundation

/// How a write waits for another process's write transaction (an import commits every
/// 5,000 stories, and a bookmark added meanwhile waited up to 3.9 s): SQLite calls
/// `shouldRetry` while the cache is locked. After a second it says so, once per wait, and
/// after `patience` it gives up with `StoreError.busy`. A write made with `waiting(false)`
/// gives up at once.
final class BusyWait: @unchecked Sendable {
    static let patience: TimeInterval = 30
    static let quietWait: TimeInterval = 1

    private let onLongWait: (@Sendable () -> Void)?
    private let lock = NSLock()
    private var started = Date()
    private var told = false
    private var patient = true

    init(onLongWait: (@Sendable () -> Void)?) {
        self.onLongWait = onLongWait
    }

    /// Runs `body` with writes that wait (the default) or give up at once when the cache is locked.
    func waiting<T>(_ waits: Bool, _ body: () throws -> T) rethrows -> T {
        lock.withLock { patient = waits }
        defer { lock.withLock { patient = true } }
        return try body()
    }

    /// SQLite's busy handler: true to try again after the pause it has taken.
    func shouldRetry(tries: Int) -> Bool {
        let (retry, tell) = lock.withLock { () -> (Bool, Bool) in
            if tries == 0 { started = Date(); told = false }
            let waited = Date().timeIntervalSince(started)
            guard patient, waited < BusyWait.patience else { return (false, false) }
            let tell = waited > BusyWait.quietWait && !told
            if tell { told = true }
            return (true, tell)
        }
        if tell { onLongWait?() }
        // Short pauses: an import leaves the lock free only for moments between batches.
        if retry { usleep(tries < 10 ? 1000 : 5000) }
        return retry
    }
}
