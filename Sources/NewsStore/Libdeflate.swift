import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// libdeflate's compressor, loaded at run time from its shared library, so that building
/// needs no header of it. `NEWSWIRE_NO_LIBDEFLATE=1` leaves it unloaded (to measure zlib, and
/// in the tests of the fallback).
final class Libdeflate: @unchecked Sendable {
    private typealias Alloc = @convention(c) (Int32) -> OpaquePointer?
    private typealias Bound = @convention(c) (OpaquePointer?, Int) -> Int
    private typealias Compress = @convention(c) (OpaquePointer?, UnsafeRawPointer?, Int, UnsafeMutableRawPointer?, Int) -> Int

    static let shared: Libdeflate? = ProcessInfo.processInfo.environment["NEWSWIRE_NO_LIBDEFLATE"] == "1" ? nil : loaded

    /// The library whether or not this process writes with it: to tell who wrote a body.
    static let loaded: Libdeflate? = Libdeflate()

    private let alloc: Alloc
    private let bound: Bound
    private let zlibCompress: Compress
    private let lock = NSLock()
    /// One compressor for each thread compressing at a time: a compressor is a few hundred
    /// kilobytes of tables, too much to make for every story.
    private var idle: [OpaquePointer] = []

    private init?() {
        let names: [String] = ["libdeflate.so.0", "libdeflate.so", "libdeflate.0.dylib", "libdeflate.dylib"]
        guard let library = names.lazy.compactMap({ name in dlopen(name, RTLD_NOW | RTLD_LOCAL) }).first,
              let alloc = dlsym(library, "libdeflate_alloc_compressor"),
              let bound = dlsym(library, "libdeflate_zlib_compress_bound"),
              let compress = dlsym(library, "libdeflate_zlib_compress") else { return nil }
        self.alloc = unsafeBitCast(alloc, to: Alloc.self)
        self.bound = unsafeBitCast(bound, to: Bound.self)
        zlibCompress = unsafeBitCast(compress, to: Compress.self)
    }

    func compress(_ input: UnsafeBufferPointer<UInt8>) -> Data {
        guard let compressor = take() else { return CompressedText.zlibCompress(input) }
        defer { put(compressor) }
        let limit = bound(compressor, input.count)
        var output = Data(count: limit + 4)
        let written = output.withUnsafeMutableBytes { raw -> Int in
            raw.storeBytes(of: UInt32(input.count).littleEndian, toByteOffset: 0, as: UInt32.self)
            return zlibCompress(compressor, input.baseAddress, input.count, raw.baseAddress! + 4, limit)
        }
        precondition(written > 0, "libdeflate: the bound it gave was too small")
        // A copy of the right size: the buffer has room for text that would not compress,
        // and an import holds thousands of these while they wait for the writer.
        return output.subdata(in: 0..<written + 4)
    }

    private func take() -> OpaquePointer? {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast() ?? alloc(1)
    }

    private func put(_ compressor: OpaquePointer) {
        lock.lock()
        idle.append(compressor)
        lock.unlock()
    }
}
