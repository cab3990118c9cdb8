import SluiceCore
import SluiceText
import Testing

@Suite struct MetadataSplitterTests {
    let splitter = MetadataSplitter()

    @Test func split_whenMonthPrefix_returnsMonthPrecisionDateAndBody() {
        let split = splitter.split(" date 2020-10 Text of the article…")
        #expect(split.published == PublishedDate(date: "2020-10", precision: .month, source: .metadata))
        #expect(split.body == "Text of the article…")
        #expect(split.bodyOffset == 14)
    }

    @Test func split_whenDayPrefix_returnsDayPrecisionDate() {
        let split = splitter.split(" date 2020-10-07 Putin and Erdoğan spoke.\nSecond line")
        #expect(split.published == PublishedDate(date: "2020-10-07", precision: .day, source: .metadata))
        #expect(split.body == "Putin and Erdoğan spoke.\nSecond line")
        #expect(split.bodyOffset == 17)
    }

    @Test func split_whenBodyOffsetPrecededByMultiByteText_countsUnicodeScalars() {
        // Given a body that starts right after the prefix
        let text = " date 2023-09 Në bisedën"
        let split = splitter.split(text)
        // Then the offset indexes the body in the input's scalars
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[split.bodyOffset...])) == "Në bisedën")
    }

    @Test func split_whenInvalidMonth_returnsNoDateAndUnchangedBody() {
        let text = " date 2020-13 Text"
        let split = splitter.split(text)
        #expect(split.published == nil)
        #expect(split.body == text[...])
        #expect(split.bodyOffset == 0)
    }

    @Test(arguments: [
        " date 2021-02-29 Not a leap year",
        " date 2020-04-31 April has 30 days",
        " date 1899-05 Too old",
        " date 20-10 Short year",
        " date 2020-1 One-digit month",
        " date 2020-10-7 One-digit day",
        " date 2020-10-07-01 Too many parts",
        " date soon Text",
    ])
    func split_whenDateIsNotARealDate_returnsNoDateAndUnchangedBody(text: String) {
        let split = splitter.split(text)
        #expect(split.published == nil)
        #expect(split.body == text[...])
    }

    @Test func split_whenLeapDay_acceptsIt() {
        #expect(splitter.split(" date 2020-02-29 Leap").published?.date == "2020-02-29")
        #expect(splitter.split(" date 2000-02-29 Leap").published?.precision == .day)
    }

    @Test func split_whenNoPrefix_returnsTextUnchanged() {
        let text = "Turkish, Russian presidents discuss Upper Karabakh\n\nBody"
        let split = splitter.split(text)
        #expect(split.published == nil)
        #expect(split.body == text[...])
        #expect(split.bodyOffset == 0)
    }

    @Test func split_whenDateWordIsPartOfText_returnsTextUnchanged() {
        let text = "date 2020 is not a date prefix"
        #expect(splitter.split(text).published == nil)
        #expect(splitter.split(text).body == text[...])
    }

    @Test func split_whenPrefixIsFollowedByNewline_bodyStartsAtTheNewline() {
        let split = splitter.split(" date 2020-09\nHeadline\nBody")
        #expect(split.published?.date == "2020-09")
        #expect(split.body == "\nHeadline\nBody")
    }
}
