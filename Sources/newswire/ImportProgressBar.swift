import Foundation
import ImportPipeline
import NewsStore

/// A one-line progress bar on stderr, shown only once an import has run for half a second,
/// so short imports see nothing; cleared before any other line is written.
final class ImportProgressBar {
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    func show(_ progress: Importer.Progress) {
        guard Date().timeIntervalSince(start) > 0.5, Date().timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = Date()
        let fraction = min(1, Double(progress.bytesDone) / Double(max(1, progress.bytesTotal)))
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[Kimporting [\(bar)] \(Int(fraction * 100))%  \(progress.stories) stories".utf8))
        drawn = true
    }

    func clearLine() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}

extension Importer {
    /// An importer that says its warnings and errors on stderr, with a progress bar there
    /// when stderr is a terminal.
    static func onConsole(_ store: NewsStore, showsProgress: Bool) -> (Importer, ImportProgressBar?) {
        var importer = Importer(store: store)
        let bar = showsProgress ? ImportProgressBar() : nil
        importer.tell = { notice in
            bar?.clearLine()
            switch notice {
            case .warning(let message): Console.warning(message)
            case .error(let message): Console.error(message)
            }
        }
        if let bar { importer.progress = bar.show }
        return (importer, bar)
    }
}
