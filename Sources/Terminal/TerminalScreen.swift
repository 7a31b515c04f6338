import CNCurses
import Foundation
import ReaderUI

/// The terminal through ncursesw: the only code that calls curses. It draws grids (only
/// the cells that changed), reads keys, and always gives the terminal back: on stop, on
/// Ctrl-C, SIGTERM or SIGHUP, and before a fatal error is printed.
public final class TerminalScreen {
    public struct Options {
        public var colors: [Role: String] = [:]
        public var noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        public init() {}
    }

    public private(set) var size = Size(width: 0, height: 0)
    /// False when the locale is not UTF-8: then only ASCII is drawn, and CJK shows as '?'.
    public let isUTF8: Bool
    private var shown: Grid?
    private var styles: [Role: (attr_t, Int16)] = [:]
    private var active = false

    public init(options: Options = Options()) {
        setlocale(LC_ALL, "")
        isUTF8 = nw_locale_is_utf8() != 0
        initscr()
        active = true
        nw_install_signal_handlers()
        cbreak()
        noecho()
        nonl()
        keypad(nw_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        styles = TerminalScreen.styles(options)
        refreshSize()
    }

    deinit { stop() }

    public func stop() {
        guard active else { return }
        active = false
        nw_screen_ended()
        endwin()
    }

    private func refreshSize() {
        size = Size(width: Int(nw_cols()), height: Int(nw_lines()))
        shown = nil
    }

    /// Reads one key, waiting at most `timeout` milliseconds; nil when none came.
    public func readKey(timeout: Int) -> TerminalInput? {
        wtimeout(nw_stdscr(), Int32(timeout))
        var key: wint_t = 0
        let status = nw_get_wch(&key)
        if status == nw_err() { return nil }
        if status == nw_key_code_yes() {
            switch Int32(key) {
            case nw_key_resize():
                refreshSize()
                return .resize(size)
            case nw_key_up(): return .key(.up)
            case nw_key_down(): return .key(.down)
            case nw_key_left(): return .key(.left)
            case nw_key_right(): return .key(.right)
            case nw_key_npage(): return .key(.pageDown)
            case nw_key_ppage(): return .key(.pageUp)
            case nw_key_home(): return .key(.home)
            case nw_key_end(): return .key(.end)
            case nw_key_enter(): return .key(.enter)
            case nw_key_btab(): return .key(.backTab)
            case nw_key_backspace(): return .key(.backspace)
            default: return nil
            }
        }
        switch key {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 127, 8: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(key) + 96))))
        default:
            guard let scalar = Unicode.Scalar(UInt32(key)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// Shows the grid, writing only the rows that changed since the last one.
    public func draw(_ grid: Grid) {
        guard grid.width == size.width, grid.height == size.height else { return }
        let previous = shown
        // After a resize curses still holds the old screen, and the bottom-right cell is
        // never written (below): blank it all, or a character of the old screen stays there.
        if previous == nil { werase(nw_stdscr()) }
        for y in 0..<grid.height {
            if let previous, (0..<grid.width).allSatisfy({ previous[$0, y] == grid[$0, y] }) { continue }
            drawRow(grid, y)
        }
        shown = grid
        wrefresh(nw_stdscr())
    }

    private func drawRow(_ grid: Grid, _ y: Int) {
        var x = 0
        while x < grid.width {
            let role = grid[x, y].role
            var text: [wchar_t] = []
            var lastCell = 0
            let start = x
            while x < grid.width, grid[x, y].role == role {
                let cell = grid[x, y]
                if !cell.isContinuation {
                    lastCell = text.count
                    let scalars = cell.character.unicodeScalars
                    let first = scalars.first ?? " "
                    // Without UTF-8 only ASCII can be drawn; a scalar the C library gives no
                    // width (unassigned) would move what follows: both show as '?'.
                    if isUTF8 ? nw_wcwidth(first.value) < 0 : !(scalars.count == 1 && first.isASCII) {
                        text += Array(repeating: wchar_t(0x3F), count: max(1, DisplayWidth.of(cell.character)))
                    } else {
                        text += scalars.map { wchar_t(bitPattern: $0.value) }
                    }
                }
                x += 1
            }
            // The bottom-right cell cannot be written without scrolling on some terminals.
            var count = text.count
            if y == grid.height - 1 && x == grid.width { count = lastCell }
            let (attributes, pair) = styles[role] ?? (nw_a_normal(), 0)
            text.withUnsafeBufferPointer { nw_draw(Int32(y), Int32(start), $0.baseAddress, Int32(count), attributes, pair) }
        }
    }

    private static func styles(_ options: Options) -> [Role: (attr_t, Int16)] {
        let plain: [Role: attr_t] = [
            .bar: nw_a_reverse(), .title: nw_a_bold(), .dim: nw_a_dim(), .quote: nw_a_underline(),
            .person: nw_a_bold(), .selectedQuote: nw_a_reverse() | nw_a_underline(), .bookmarked: nw_a_underline() | nw_a_bold(),
            .match: nw_a_reverse(), .cursor: nw_a_reverse(), .marker: nw_a_bold(), .heading: nw_a_bold(), .warning: nw_a_bold(),
        ]
        guard !options.noColor, has_colors() else { return plain.mapValues { ($0, 0) } }
        start_color()
        use_default_colors()
        let defaults: [Role: (String, String, attr_t)] = [
            .bar: ("black", "cyan", nw_a_normal()), .title: ("default", "default", nw_a_bold()),
            .dim: ("default", "default", nw_a_dim()), .quote: ("green", "default", nw_a_normal()),
            .person: ("cyan", "default", nw_a_bold()), .selectedQuote: ("black", "green", nw_a_normal()),
            .bookmarked: ("yellow", "default", nw_a_bold()), .match: ("black", "yellow", nw_a_normal()),
            .cursor: ("default", "default", nw_a_reverse()), .marker: ("yellow", "default", nw_a_bold()),
            .heading: ("default", "default", nw_a_bold() | nw_a_underline()), .warning: ("red", "default", nw_a_bold()),
        ]
        var result: [Role: (attr_t, Int16)] = [:]
        var pair: Int16 = 1
        for role in Role.allCases where role != .normal {
            guard let style = defaults[role] else { continue }
            let foreground = options.colors[role] ?? style.0
            init_pair(pair, TerminalScreen.color(foreground), TerminalScreen.color(style.1))
            result[role] = (style.2, pair)
            pair += 1
        }
        return result
    }

    private static func color(_ name: String) -> Int16 {
        switch name {
        case "black": return Int16(COLOR_BLACK)
        case "red": return Int16(COLOR_RED)
        case "green": return Int16(COLOR_GREEN)
        case "yellow": return Int16(COLOR_YELLOW)
        case "blue": return Int16(COLOR_BLUE)
        case "magenta": return Int16(COLOR_MAGENTA)
        case "cyan": return Int16(COLOR_CYAN)
        case "white": return Int16(COLOR_WHITE)
        default: return -1
        }
    }
}

/// What the terminal reports: a key, or a new size.
public enum TerminalInput: Sendable {
    case key(Key)
    case resize(Size)
}
