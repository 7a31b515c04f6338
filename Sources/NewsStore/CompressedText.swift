import CZlib
import Foundation

/// Story bodies are stored deflated (zlib) with Huffman coding only: news text shrinks to
/// under two thirds, which keeps the cache near the size of the wire text it came from.
/// Searching for repeated strings as well would shrink it to a half, but cost the import
/// about 20 µs of a story's CPU. Small tables: a story is a few kilobytes, and the default
/// ones (256 KB, mapped afresh for every call) cost more than the compression itself.
enum CompressedText {
    static func compress(_ text: String) -> Data {
        var text = text
        return text.withUTF8 { compress(bytes: $0) }
    }

    private static func compress(bytes input: UnsafeBufferPointer<UInt8>) -> Data {
        var output = Data(count: Int(compressBound(uLong(input.count))) + 4)
        withUnsafeBytes(of: UInt32(input.count).littleEndian) { output.replaceSubrange(0..<4, with: $0) }
        var stream = z_stream()
        let written = output.withUnsafeMutableBytes { raw -> Int in
            var status = deflateInit2_(&stream, 1, Z_DEFLATED, 12, 6, Z_HUFFMAN_ONLY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
            precondition(status == Z_OK, "zlib deflateInit2 failed: \(status)")
            defer { deflateEnd(&stream) }
            // zlib reads next_in without writing it; its C type is not const.
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            stream.next_out = raw.baseAddress!.advanced(by: 4).assumingMemoryBound(to: Bytef.self)
            stream.avail_out = uInt(raw.count - 4)
            status = deflate(&stream, Z_FINISH)
            precondition(status == Z_STREAM_END, "zlib deflate failed: \(status)")
            return Int(stream.total_out)
        }
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
