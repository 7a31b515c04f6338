import CZlib
import Foundation

/// Story bodies are stored deflated (zlib): news text shrinks to about a third, which keeps
/// the cache smaller than the wire text it came from. Level 1: the import runs at the speed
/// of the compressor, and higher levels gain little on text this short.
enum CompressedText {
    static func compress(_ text: String) -> Data {
        var input = Array(text.utf8)
        var length = compressBound(uLong(input.count))
        var output = Data(count: Int(length) + 4)
        withUnsafeBytes(of: UInt32(input.count).littleEndian) { output.replaceSubrange(0..<4, with: $0) }
        let status = output.withUnsafeMutableBytes { raw in
            compress2(raw.baseAddress!.advanced(by: 4).assumingMemoryBound(to: Bytef.self), &length, &input, uLong(input.count), 1)
        }
        precondition(status == Z_OK, "zlib compress2 failed: \(status)")
        output.count = Int(length) + 4
        return output
    }

    /// The text, or nil when the bytes are not what `compress` wrote (a damaged cache).
    static func decompress(_ data: Data) -> String? {
        guard data.count >= 4 else { return nil }
        let size = data.prefix(4).withUnsafeBytes { Int(UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self))) }
        guard size < 256 << 20 else { return nil }
        var output = [UInt8](repeating: 0, count: size)
        var length = uLong(size)
        let status = data.withUnsafeBytes { raw -> Int32 in
            let input = raw.baseAddress!.advanced(by: 4).assumingMemoryBound(to: Bytef.self)
            return uncompress(&output, &length, input, uLong(data.count - 4))
        }
        guard status == Z_OK, Int(length) == size else { return nil }
        return String(decoding: output, as: UTF8.self)
    }
}
