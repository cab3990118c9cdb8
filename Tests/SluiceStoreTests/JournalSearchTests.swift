import SluiceCore
import Testing

@testable import SluiceStore

struct JournalSearchTests {
    @Test func ftsQuery_quotesEveryWord_keepsPrefixes_dropsPunctuation() {
        #expect(Journal.ftsQuery("Erdoğan Putin") == "\"Erdoğan\" AND \"Putin\"")
        #expect(Journal.ftsQuery("Kara* \"quoted") == "\"Kara\"* AND \"\"\"quoted\"")
        #expect(Journal.ftsQuery("title: - OR ()") == "\"title:\" AND \"OR\"")
        #expect(Journal.ftsQuery("  - * ") == nil)
    }

    @Test(arguments: JournalFixture.Backend.allCases)
    func search_findsWordsInAnyForm_ranksTitlesFirst_andMarksTheHits(_ backend: JournalFixture.Backend) async throws {
        let fixture = try JournalFixture.make(backend)
        defer { fixture.remove() }
        let journal = fixture.journal
        _ = try await journal.append([
            record("Talks in Moscow went on late. Erdogan said nothing new.", name: "a.txt", title: "Weather report"),
            record("The summit ended.", name: "b.txt", title: "Erdoğan meets Putin"),
            record("Nothing about the president here.", name: "c.txt", title: "Sport"),
        ])

        // Diacritics are ignored both ways; a title hit ranks above a body hit
        let hits = try await journal.search("erdogan", limit: 10)
        #expect(hits.map(\.entry.sourceName) == ["b.txt", "a.txt"])
        #expect(hits[1].snippet.contains("\u{2}Erdogan\u{3}"))

        // Every word must match; prefixes work; operators in input are not syntax
        #expect(try await journal.search("erdogan moscow", limit: 10).map(\.entry.sourceName) == ["a.txt"])
        #expect(try await journal.search("presid*", limit: 10).map(\.entry.sourceName) == ["c.txt"])
        #expect(try await journal.search("NEAR( OR", limit: 10).isEmpty)
        #expect(try await journal.search("", limit: 10).isEmpty)
    }

    @Test(arguments: JournalFixture.Backend.allCases)
    func search_findsEveryEntryOfABatchAsSoonAsItIsCommitted_duplicatesIncluded(_ backend: JournalFixture.Backend) async throws {
        let fixture = try JournalFixture.make(backend)
        defer { fixture.remove() }
        let journal = fixture.journal
        _ = try await journal.append([record("An earlier quince harvest.", name: "old.txt")])
        // A batch with a duplicate in the middle: the new entries are indexed, the duplicate not again
        let outcomes = try await journal.append([
            record("Quince jam recipes.", name: "a.txt"),
            record("An earlier quince harvest.", name: "again.txt"),
            record("Quince trees in winter.", name: "b.txt"),
        ])
        #expect(outcomes == [.appended(seq: 2), .duplicate(seq: 1), .appended(seq: 3)])
        let hits = try await journal.search("quince", limit: 10)
        #expect(hits.map(\.entry.sourceName).sorted() == ["a.txt", "b.txt", "old.txt"])
    }
}
