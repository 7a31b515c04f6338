import ArgumentParser
import Foundation
import NewsStore

struct Newswire: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswire",
        abstract: "A terminal reader for a curated news wire.",
        discussion: "Run 'newswire demo' to see the sample wire, 'newswire import PATH' to fill your cache.",
        subcommands: [ReaderCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, PeopleCommand.self, QuotesCommand.self,
                      TopicsCommand.self, BookmarksCommand.self, BookmarkCommand.self, MarkCommand.self, QuoteCommand.self,
                      PersonCommand.self, CorrectionsCommand.self, CorrectionCommand.self, ReanalyzeCommand.self, SalvageCommand.self,
                      DemoCommand.self],
        defaultSubcommand: ReaderCommand.self)
}

/// Exit codes live here: 0 success, 1 a failure (some file failed, the cache is unusable),
/// 2 a usage error (bad option, invalid search, unknown id).
@main
enum Main {
    static func main() {
        do {
            var command = try Newswire.parseAsRoot()
            try command.run()
        } catch let error as StoreError {
            Console.error(error.description)
            exit(error.isUsageError ? 2 : 1)
        } catch let error as UsageError {
            Console.error(error.message)
            exit(2)
        } catch {
            let code = Newswire.exitCode(for: error)
            let message = Newswire.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// A mistake in how the command was called, reported with exit code 2.
struct UsageError: Error {
    var message: String
}

extension StoreError {
    var isUsageError: Bool {
        switch self {
        case .invalidSearch, .invalidID, .noSuchStory, .ambiguousID, .noSuchPerson, .ambiguousPerson, .noSuchTopic,
             .noSuchQuote, .noSuchBookmark, .notAPerson, .notAQuotation, .noSuchSpeaker, .ambiguousSpeaker,
             .alreadyOnePerson, .noCorrection, .noSuchCorrection:
            return true
        default: return false
        }
    }
}
