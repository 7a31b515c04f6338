import Foundation
import Testing

/// The speaker chooser in the real reader, in tmux, on a temporary cache.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct SpeakerChooserEndToEndTests {
    @Test func aSpeakerChosenInTheReaderIsSavedAndShownEverywhere() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        try cli.run(["import", Newswire.fixture("envoy.txt")])
        let id = try cli.storyID("drills")
        let tmux = try Tmux(width: 100, height: 30,
                            command: "env -u NO_COLOR -u LINES -u COLUMNS TERM=xterm-256color LANG=C.UTF-8 \(cli.binary.path) --db \(cli.cache); sleep 10")
        try tmux.wait(for: "trade words")
        try tmux.send("Enter")
        try tmux.wait(for: "We will stay calm")
        try tmux.send("Tab")
        try tmux.wait(for: "b bookmark  w speaker")
        try tmux.send("w")
        var screen = try tmux.wait(for: "Who said it?")
        #expect(screen.contains("Not a quotation (hide it)"))
        for _ in 0..<6 where !screen.contains("▸ Lin Jian") {
            try tmux.send("j")
            Thread.sleep(forTimeInterval: 0.2)
            screen = try tmux.capture()
        }
        #expect(screen.contains("▸ Lin Jian, Chinese foreign ministry spokesman"), "\(screen)")
        try tmux.send("Enter")
        screen = try tmux.wait(for: "Speaker set: Lin Jian")
        #expect(screen.contains("Speaker set: Lin Jian (correction q1)."))
        #expect(!screen.contains("Who said it?"))
        try tmux.send("j")
        #expect(try tmux.wait(for: "(corrected)").contains("— Lin Jian, Chinese foreign ministry spokesman (corrected)"))
        try tmux.send("Q")
        Thread.sleep(forTimeInterval: 0.3)
        let quote = try cli.quotes(of: id)[0]
        #expect(quote["speaker"] as? String == "Lin Jian")
        #expect(quote["corrected"] as? Bool == true)
        #expect((try cli.json(["corrections"]) as? [[String: Any]])?.first?["quote_id"] as? String == "\(id).0")
    }
}
