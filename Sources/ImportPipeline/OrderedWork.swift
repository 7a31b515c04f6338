import Foundation

/// Work on items by several threads, handed back in order: workers take the next input from
/// `source` (called by one worker at a time, in order), the consumer takes results in that
/// order. Workers stop `window` items ahead of the consumer, which bounds memory however
/// many items there are.
final class OrderedWork<Input: Sendable, Result: Sendable>: @unchecked Sendable {
    private var results: [Int: Result] = [:]
    private var claimed = 0
    private var taken = 0
    private var exhausted = false
    private let window: Int
    private let source: () -> Input?
    private let condition = NSCondition()

    init(window: Int, source: @escaping () -> Input?) {
        self.window = window
        self.source = source
    }

    /// Starts `threads` workers that compute `work(input)` for every input. The workers
    /// run at a lower priority than the consumer: on two cores, three busy threads got equal
    /// shares, the consumer fell behind, the workers filled the window and waited, and a core
    /// sat idle. Yielding to it, they take what it leaves (an import ran a tenth faster).
    func start(threads: Int, _ work: @escaping @Sendable (Input) -> Result) {
        for _ in 0..<threads {
            let thread = Thread { [self] in
                #if os(Linux)
                // On Linux this sets the nice value of the calling thread alone.
                setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
                #endif
                while let item = claim() { put(item.n, work(item.input)) }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private func claim() -> (n: Int, input: Input)? {
        condition.lock()
        defer { condition.unlock() }
        while claimed - taken >= window && !exhausted { condition.wait() }
        guard !exhausted, let input = source() else {
            exhausted = true
            condition.broadcast()
            return nil
        }
        claimed += 1
        return (claimed - 1, input)
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
        while results[taken] == nil {
            if exhausted && taken == claimed { return nil }
            condition.wait()
        }
        let result = results.removeValue(forKey: taken)
        taken += 1
        condition.broadcast()
        return result
    }
}
