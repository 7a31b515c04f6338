import Foundation

/// Work on numbered items by several threads, handed back in order: workers claim the next
/// number, the consumer takes results in number order. Workers stop `window` items ahead of
/// the consumer, which bounds memory however many items there are.
final class OrderedWork<Result: Sendable>: @unchecked Sendable {
    private var results: [Int: Result] = [:]
    private var claimed = 0
    private var taken = 0
    private let total: Int
    private let window: Int
    private let condition = NSCondition()

    init(total: Int, window: Int) {
        self.total = total
        self.window = window
    }

    /// Starts `threads` workers that compute `work(n)` for every n below `total`. The workers
    /// run at a lower priority than the consumer: on two cores, three busy threads got equal
    /// shares, the consumer fell behind, the workers filled the window and waited, and a core
    /// sat idle. Yielding to it, they take what it leaves (an import ran a tenth faster).
    func start(threads: Int, _ work: @escaping @Sendable (Int) -> Result) {
        for _ in 0..<threads {
            let thread = Thread { [self] in
                #if os(Linux)
                // On Linux this sets the nice value of the calling thread alone.
                setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
                #endif
                while let n = claim() { put(n, work(n)) }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while claimed - taken >= window && claimed < total { condition.wait() }
        guard claimed < total else { return nil }
        claimed += 1
        return claimed - 1
    }

    private func put(_ n: Int, _ result: Result) {
        condition.lock()
        results[n] = result
        condition.broadcast()
        condition.unlock()
    }

    /// The next result in order, or nil after the last.
    func next() -> Result? {
        condition.lock()
        defer { condition.unlock() }
        guard taken < total else { return nil }
        while results[taken] == nil { condition.wait() }
        let result = results.removeValue(forKey: taken)
        taken += 1
        condition.broadcast()
        return result
    }
}
