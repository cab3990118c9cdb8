import SluiceText
import Testing

@Suite struct TitleExtractorTests {
    @Test func title_whenLeadingBlankLines_returnsFirstNonEmptyLineTrimmed() {
        let title = TitleExtractor().title(of: "\n \n\t  Putin and Macron call for a ceasefire  \nBody text\n")
        #expect(title == "Putin and Macron call for a ceasefire")
    }

    @Test func title_whenOnlyWhitespace_returnsNil() {
        #expect(TitleExtractor().title(of: "  \n\t\n   ") == nil)
        #expect(TitleExtractor().title(of: "") == nil)
    }

    @Test func title_whenLineIsExactlyMaxLength_keepsItWhole() {
        let line = String(repeating: "a", count: 20)
        #expect(TitleExtractor(maxLength: 20).title(of: line[...] + "\nrest") == line)
    }

    @Test func title_whenLineIsLongerThanMaxLength_cutsAtWordBoundaryWithEllipsis() {
        let title = TitleExtractor(maxLength: 20).title(of: "The quick brown fox jumps over the lazy dog\nBody")
        #expect(title == "The quick brown fox…")
    }

    @Test func title_whenLongLineHasNoSpaces_cutsAtMaxLength() {
        let title = TitleExtractor(maxLength: 5).title(of: "abcdefghij")
        #expect(title == "abcde…")
    }

    @Test func title_whenDefaultMaxLength_cutsLongFirstLineTo300Characters() throws {
        let words = Array(repeating: "Karabağ", count: 100).joined(separator: " ")  // 799 characters
        let title = try #require(TitleExtractor().title(of: words[...]))
        #expect(title.hasSuffix("…"))
        #expect(title.count <= 301)
        #expect(title.dropLast().hasSuffix("Karabağ"))
    }
}
