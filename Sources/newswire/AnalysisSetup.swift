import Foundation
import NewsAnalysis

/// The analyser with the shipped gazetteers and topic rules, and the user's own topics
/// from $XDG_CONFIG_HOME/newswire/topics.conf.
enum AnalysisSetup {
    static var userTopicsFile: URL {
        let environment = ProcessInfo.processInfo.environment
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".config")
        return URL(fileURLWithPath: configHome).appendingPathComponent("newswire/topics.conf")
    }

    static func analyzer() throws -> Analyzer {
        let data = try SampleData.locate()
        return try Analyzer.load(dataDirectory: data.directory, userTopicsFile: userTopicsFile)
    }
}
