import Foundation
import NewsModel
import NewsStore
import ReaderSession
import ReaderUI
import Terminal

/// Runs the reader on the terminal: keys in, frames out, effects through the driver.
final class ReaderShell {
    let driver: ReaderDriver
    let screen: TerminalScreen
    /// How often an idle reader looks for stories another process imported.
    var refreshInterval: TimeInterval = 2

    init(store: NewsStore, keymap: Keymap, options: TerminalScreen.Options, filter: StoryFilter = StoryFilter(),
         banner: String? = nil) {
        screen = TerminalScreen(options: options)
        var state = ReaderState(size: screen.size, keymap: keymap, filter: filter)
        state.banner = banner
        if !screen.isUTF8 {
            state.notice = "The terminal's locale is not UTF-8 (set LANG=C.UTF-8): non-ASCII text shows as '?'."
        } else if let reason = store.writeRefusal?.refusalReason {
            state.notice = "The cache can only be read: \(reason). Bookmarks and read marks are not saved."
        }
        driver = ReaderDriver(store: store, state: state)
        driver.savedSearches = { try SavedSearch.load().map { ($0.name, $0.filter) } }
        driver.saveSearch = { name, filter in try SavedSearch.append(name: name, filter: filter) }
    }

    func run() throws {
        // After the terminal is given back: a wait for an import's transaction is said on stderr.
        defer { driver.saveReads(waiting: true) }
        defer { screen.stop() }
        let start = driver.state.startInStages()
        if driver.perform(start.firstScreen) { return }
        screen.draw(driver.state.render())
        if driver.perform(start.afterwards) { return }
        _ = driver.refreshIfChanged()
        var lastRefresh = Date()
        while true {
            screen.draw(driver.state.render())
            // Counts wait for the frame: the first results of a search show before all its
            // matches are counted.
            if !driver.deferred.isEmpty {
                if driver.performDeferred() { return }
                continue
            }
            guard let input = screen.readKey(timeout: 500) else {
                if Date().timeIntervalSince(lastRefresh) > refreshInterval {
                    lastRefresh = Date()
                    if driver.refreshIfChanged() { return }
                }
                continue
            }
            let quit: Bool
            switch input {
            case .key(let key): quit = driver.send(.key(key), deferringCounts: true)
            case .resize(let size): quit = driver.send(.resize(size), deferringCounts: true)
            }
            if quit { return }
        }
    }
}
