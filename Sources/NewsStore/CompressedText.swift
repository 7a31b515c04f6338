import CZlib
import Foundation

/// Story bodies are stored deflated in zlib's format, behind their length. libdeflate writes
/// them when the machine has its runtime library (Debian's `libdeflate0`, found with dlopen:
/// its header is in `libdeflate-dev`, which the stock image lacks); at its fastest level it
/// takes less time than zlib and news text shrinks to half. Without it zlib writes them at
/// level 1. zlib reads them all, and the bodies written by either.
enum CompressedText {
    static func compress(_ text: String) -> Data {
        var text = text
        return text.withUTF8 { compress(bytes: $0) }
    }

    /// Which library writes bodies in this process: "libdeflate" or "zlib".
    static var writer: String { Libdeflate.shared == nil ? "zlib" : "libdeflate" }

    /// Which library wrote `data` ("libdeflate", "zlib"), found by compressing its text again
    /// with each (both are deterministic); nil when neither gives the same bytes.
    static func writer(of data: Data) -> String? {
        guard var text = decompress(data) else { return nil }
        return text.withUTF8 { bytes in
            if let libdeflate = Libdeflate.loaded, libdeflate.compress(bytes) == data { return "libdeflate" }
            return zlibCompress(bytes) == data ? "zlib" : nil
        }
    }

    private static func compress(bytes input: UnsafeBufferPointer<UInt8>) -> Data {
        if let libdeflate = Libdeflate.shared { return libdeflate.compress(input) }
        return zlibCompress(input)
    }

    /// zlib at level 1, in the same container: the length, then zlib's stream.
    static func zlibCompress(_ input: UnsafeBufferPointer<UInt8>) -> Data {
        var bound = compressBound(uLong(input.count))
        var output = Data(count: Int(bound) + 4)
        let status = output.withUnsafeMutableBytes { raw -> Int32 in
            raw.storeBytes(of: UInt32(input.count).littleEndian, toByteOffset: 0, as: UInt32.self)
            let destination = raw.baseAddress!.advanced(by: 4).assumingMemoryBound(to: Bytef.self)
            return compress2(destination, &bound, input.baseAddress, uLong(input.count), 1)
        }
        precondition(status == Z_OK, "zlib: compress2 failed with status \(status)")
        return output.subdata(in: 0..<Int(bound) + 4)
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
