import ArgumentParser
import Foundation
import NewsModel
import NewsStore
import ReaderUI
import Terminal

struct ReaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "The full-screen reader (what plain 'newswire' opens).",
        discussion: "Keys and colours can be changed in $XDG_CONFIG_HOME/newswire/reader.conf: lines like 'key j down' or 'color quote yellow'. Press ? in the reader for the keys.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try ReaderCommand.open(try options.openStore())
    }

    static var configFile: URL {
        AnalysisSetup.userTopicsFile.deletingLastPathComponent().appendingPathComponent("reader.conf")
    }

    /// Opens the reader on a store, after reading the user's keys and colours.
    static func open(_ store: NewsStore, banner: String? = nil) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error("the reader needs a terminal; for scripts use 'newswire list', 'newswire show ID' and --json")
            throw ExitCode(1)
        }
        var keymap = Keymap.standard
        var screenOptions = TerminalScreen.Options()
        if let text = try? String(contentsOf: configFile, encoding: .utf8) {
            do {
                let parsed = try Keymap.parse(text, file: configFile.path)
                keymap = parsed.keymap
                screenOptions.colors = parsed.colors
            } catch {
                Console.error("\(error)")
                throw ExitCode(1)
            }
        }
        let shell = ReaderShell(store: store, keymap: keymap, options: screenOptions, banner: banner)
        try shell.run()
    }
}
