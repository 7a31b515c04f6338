import NewsModel
import Testing
@testable import WireImport

@Suite struct DatelineTests {
    @Test(arguments: [
        ("Tokyo (AFP) Jan 27, 2026", "Tokyo", "AFP", "2026-01-27"),
        ("Paris, France (AFP) Apr 2, 2026", "Paris, France", "AFP", "2026-04-02"),
        ("Huntsville AL (SPX) April 03, 2013", "Huntsville AL", "SPX", "2013-04-03"),
        ("Washington (UPI) June 1, 2023", "Washington", "UPI", "2023-06-01"),
        ("Beijing (XNA) Sept 3, 2026", "Beijing", "XNA", "2026-09-03"),
        ("Seoul (AFP) 3 March 2026", "Seoul", "AFP", "2026-03-03"),
    ])
    func placeAgencyAndDate(line: String, place: String, agency: String, date: String) throws {
        let dateline = try #require(Dateline(line))
        #expect(dateline.place == place)
        #expect(dateline.agency == agency)
        #expect(dateline.date == Day(iso: date))
    }

    @Test func agencyWithoutDate() throws {
        let dateline = try #require(Dateline("Tokyo (AFP)"))
        #expect(dateline.agency == "AFP")
        #expect(dateline.date == nil)
    }

    @Test func placeAndDateWithoutAgency() throws {
        let dateline = try #require(Dateline("Manila, Feb 3, 2026"))
        #expect(dateline.place == "Manila")
        #expect(dateline.agency == nil)
        #expect(dateline.date == Day(iso: "2026-02-03"))
    }

    @Test(arguments: [
        "The minister (pictured) said on Monday that talks would resume.",
        "Officials said the ship left port in the morning.",
        "Tokyo (AFP) Feb 30, 2026",
    ])
    func sentencesAreNotDatelines(line: String) {
        #expect(Dateline(line) == nil)
    }
}
