import CLibdeflate
import CZlib
import Foundation

/// Story bodies are stored deflated in zlib's format, behind their length. libdeflate writes
/// them: at its fastest level it takes less time than zlib's Huffman-only mode did, and news
/// text shrinks to half instead of two thirds. zlib reads them, and the bodies zlib wrote before.
enum CompressedText {
    static func compress(_ text: String) -> Data {
        var text = text
        return text.withUTF8 { compress(bytes: $0) }
    }

    private static func compress(bytes input: UnsafeBufferPointer<UInt8>) -> Data {
        let compressor = Compressors.shared.take()
        defer { Compressors.shared.put(compressor) }
        let bound = libdeflate_zlib_compress_bound(compressor, input.count)
        var output = Data(count: bound + 4)
        let written = output.withUnsafeMutableBytes { raw -> Int in
            raw.storeBytes(of: UInt32(input.count).littleEndian, toByteOffset: 0, as: UInt32.self)
            return libdeflate_zlib_compress(compressor, input.baseAddress, input.count, raw.baseAddress! + 4, bound)
        }
        precondition(written > 0, "libdeflate: the bound it gave was too small")
        // A copy of the right size: the buffer has room for text that would not compress,
        // and an import holds thousands of these while they wait for the writer.
        return output.subdata(in: 0..<written + 4)
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

/// libdeflate compressors, one for each thread compressing at a time: a compressor is a few
/// hundred kilobytes of tables, too much to make for every story.
private final class Compressors: @unchecked Sendable {
    static let shared = Compressors()
    private let lock = NSLock()
    private var idle: [OpaquePointer] = []

    func take() -> OpaquePointer {
        lock.lock()
        defer { lock.unlock() }
        if let compressor = idle.popLast() { return compressor }
        guard let compressor = libdeflate_alloc_compressor(1) else { fatalError("libdeflate: out of memory") }
        return compressor
    }

    func put(_ compressor: OpaquePointer) {
        lock.lock()
        idle.append(compressor)
        lock.unlock()
    }
}
