/// FNV-1a, 64 bit: stable across runs and platforms, unlike `Hasher`, so it can name stored things.
public struct StableHash: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var value = self.value
            for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
            self.value = value
        }
        combine(byte: 0x1F)  // field separator, so ("ab", "c") and ("a", "bc") differ
    }

    public mutating func combine(byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }
}
