/// Finding line ends eight bytes at a time: every byte of every wire file is looked at twice
/// for them (once as its lines are read, once as a story's lines are split), and a byte at a
/// time took a twentieth of an import's reading and parsing.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first byte from `start` that is `a` or `b`, or `buffer.count` when none is.
    @inline(__always)
    static func firstIndex(of a: UInt8, or b: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = buffer.count
        if let base = UnsafeRawPointer(buffer.baseAddress) {
            let wordA = ones &* UInt64(a), wordB = ones &* UInt64(b)
            while i + 8 <= n {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let x = word ^ wordA, y = word ^ wordB
                // A zero byte of x or y is a match; the lowest flag marks the first one (a false
                // flag can only stand above a true one).
                let found = ((x &- ones) & ~x | (y &- ones) & ~y) & highs
                if found != 0 { return i + found.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < n {
            if buffer[i] == a || buffer[i] == b { return i }
            i += 1
        }
        return n
    }
}
