import Foundation
import SluiceCore
import Testing

@testable import SluiceStore

/// `TagsJSON` must write what `JSONEncoder` with sorted keys writes: stores hold both.
@Suite struct TagsJSONTests {
    static let awkward = "Quote \" back\\slash /slash\nnew\ttab\r\u{1}\u{8}\u{C}\u{1F} Ünïcödé 東京 🙂 \u{2028}"

    static let articles: [ParsedArticle] = [
        ParsedArticle(title: nil, text: ""),
        ParsedArticle(title: "T", text: "x", metadata: ["encoding": "utf-8"]),
        ParsedArticle(
            title: "Title", text: "Body", language: "lv",
            published: PublishedDate(date: "2020-10-06", precision: .day, source: .body, conflicts: ["2020-10", awkward]),
            entities: [
                EntityTag(kind: "person", name: "Vladimir Putin", mentions: [
                    .init(text: "Putins", start: 0, end: 6), .init(text: awkward, start: 1_234_567, end: 1_234_600),
                ]),
                EntityTag(kind: "other", name: awkward, mentions: []),
            ],
            topics: ["politics", awkward], metadata: ["encoding": "utf-8", "date": "2020-10", "x-source": awkward],
            removed: [RemovedText(start: 10, end: 20, reason: "boilerplate")],
            paragraphLanguages: [ParagraphLanguage(start: 0, end: 5, language: "lv"), ParagraphLanguage(start: 5, end: 9, language: nil)],
            storySignature: StorySignature(persons: ["Vladimir Putin"], places: ["Turkey", awkward], organizations: [], date: "2020-10", weekdays: [1, 6])),
        // Keys outside a-z: the encoder's own collation decides their order.
        ParsedArticle(title: nil, text: "y", metadata: ["Zeta": "1", "alpha": "2", "key10": "3", "key9": "4", "_x": "5"],
                      storySignature: StorySignature(persons: [], places: [], organizations: ["NATO"], date: nil, weekdays: [])),
    ]

    static func reference<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test(arguments: articles.indices)
    func tags_areWhatJSONEncoderWrites(_ index: Int) throws {
        let article = Self.articles[index]
        #expect(TagsJSON.tags(article) == (try Self.reference(Journal.Tags(article))))
    }

    @Test(arguments: articles.indices)
    func signature_isWhatJSONEncoderWrites(_ index: Int) throws {
        guard let signature = Self.articles[index].storySignature else { return }
        #expect(TagsJSON.signature(signature) == (try Self.reference(signature)))
    }

    @Test func tags_decodeBackToTheArticlesFields() throws {
        let article = Self.articles[2]
        let decoded = try JSONDecoder().decode(Journal.Tags.self, from: Data(TagsJSON.tags(article).utf8))
        #expect(decoded.entities == article.entities)
        #expect(decoded.metadata == article.metadata)
        #expect(decoded.published == article.published)
        #expect(decoded.removed == article.removed)
        #expect(decoded.paragraphLanguages == article.paragraphLanguages)
        #expect(decoded.topics == article.topics)
    }
}
