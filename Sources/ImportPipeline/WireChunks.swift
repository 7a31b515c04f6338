import Foundation
import WireImport

/// The sources of an import cut into pieces of about `chunkBytes` of stories, read in
/// order, one file after another: what the import's workers take one at a time. A file is
/// never read whole, so a huge file costs no more memory than a small one.
final class WireChunks {
    struct Chunk: Sendable {
        var file: Int
        var source: WireSource
        var items: [WireStream.Item] = []
        /// The last piece of its file: what is said of the whole file comes with it.
        var endsFile = false
        var notes: [String] = []
        var error: WireFileError?
    }

    /// Big enough that handing over costs nothing next to parsing, small enough that the
    /// import's window of 64 pieces holds a few MB.
    static let chunkBytes = 128 << 10

    private let sources: [WireSource]
    private var file = 0
    private var stream: WireStream?

    init(_ sources: [WireSource]) { self.sources = sources }

    func next() -> Chunk? {
        guard file < sources.count else { return nil }
        var chunk = Chunk(file: file, source: sources[file])
        do {
            if stream == nil { stream = try WireStream(sources[file]) }
            var bytes = 0
            while bytes < WireChunks.chunkBytes {
                guard let item = try stream!.next() else {
                    chunk.endsFile = true
                    break
                }
                if case .story(let raw) = item { bytes += raw.bytes.count }
                chunk.items.append(item)
            }
        } catch {
            chunk.error = error
            chunk.endsFile = true
        }
        if chunk.endsFile {
            chunk.notes = stream?.notes ?? []
            stream = nil
            file += 1
        }
        return chunk
    }
}
