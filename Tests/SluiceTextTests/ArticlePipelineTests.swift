import Foundation
import SluiceCore
import SluiceTestSupport
import SluiceText
import Testing

@Suite struct ArticlePipelineTests {
    struct Golden: Sendable, CustomTestStringConvertible {
        var seed: String
        var title: String
        var published: String?
        var testDescription: String { seed }
    }

    static let goldens: [Golden] = [
        Golden(seed: "000_be13250f815f3705.txt", title: "Krievijas prezidents Vladimirs Putins otrdien telefonsarunas gaitā paudis satraukumu Turcijas kolēģim Redžepam Tajipam Erdoganam par Tuvo Austrumu kaujinieku piedalīšanos kaujās Kalnu Karabahas konfliktā, pavēstīja Kremļa preses dienests.", published: "2020-10"),
        Golden(seed: "001_8538775e057fa5b3.txt", title: "Në bisedën telefonike mes presidentit rus Vladimir Putin dhe atij të Azerbajxhanit Ilham Aliyev për çështjen e Karabakut, është vendosur të intensifikohet puna për negociatat në nivelin më të lartë në përputhje me marrëveshjet trepalëshe, transmeton Anadolu.", published: "2023-09"),
        Golden(seed: "002_4538f194cfa74816.txt", title: "KREVER STANS: Vladimir Putin og Emmanuel Macron vil ha slutt på krigingen i Nagorno-Karabakh. Foto: LUDOVIC MARIN / AFP", published: "2020-09"),
        Golden(seed: "003_59be5f47db3bc1db.txt", title: "Turkish, Russian presidents discuss Upper Karabakh", published: nil),
        Golden(seed: "004_7c32e402a30a8c6e.txt", title: "Reklam", published: nil),
    ]

    @Test func seeds_areTheFiveGoldenFiles() {
        #expect(Seeds.names == Self.goldens.map(\.seed))
    }

    @Test(arguments: goldens)
    func parse_whenSeed_matchesGoldenTitleAndDate(golden: Golden) throws {
        // Given the seed's bytes
        let bytes = try Seeds.bytes(golden.seed)
        // When it is parsed
        let article = try ArticlePipeline().parse(bytes, name: SpoolName(golden.seed))
        // Then the title is the first non-empty line after the date prefix and the date has month precision
        #expect(article.title == golden.title)
        #expect(article.published?.date == golden.published)
        if golden.published != nil {
            #expect(article.published?.precision == .month)
            #expect(article.published?.source == .metadata)
            #expect(article.metadata["date"] == golden.published)
        } else {
            #expect(article.metadata["date"] == nil)
        }
        #expect(article.metadata["encoding"] == "utf-8")
        #expect(article.text.hasPrefix(golden.title))
        #expect(article.text == article.text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(!article.text.contains("\r"))
    }

    @Test func parse_whenSeed003_bodyKeepsItsParagraphs() throws {
        let article = try ArticlePipeline().parse(try Seeds.bytes("003_59be5f47db3bc1db.txt"), name: SpoolName("003"))
        #expect(article.text.hasPrefix("Turkish, Russian presidents discuss Upper Karabakh\n\nIn a telephone call, Turkey's president"))
    }

    @Test func parse_whenDatePrefixAndCRLF_stripsPrefixFromTitleAndText() throws {
        let bytes = Array(" date 2020-10-07 Headline here\r\n\r\nBody paragraph.\r\n".utf8)
        let article = try ArticlePipeline().parse(bytes, name: SpoolName("x.txt"))
        #expect(article.title == "Headline here")
        #expect(article.text == "Headline here\n\nBody paragraph.")
        #expect(article.published == PublishedDate(date: "2020-10-07", precision: .day, source: .metadata))
    }

    @Test func parse_whenEmpty_throwsEmpty() {
        #expect(throws: QuarantineError(.empty, "")) { try ArticlePipeline().parse([], name: SpoolName("e")) }
    }

    @Test func parse_whenBinary_throwsBinary() {
        let error = #expect(throws: QuarantineError.self) {
            try ArticlePipeline().parse([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], name: SpoolName("zip"))
        }
        #expect(error?.code == .binary)
    }

    @Test func aRemovedUpdateStampOfTheHead_datesTheArticle_relatedDatesNever() {
        let body = "YEREVAN, Armenia (AP) — Iranian President Masoud Pezeshkian arrived in Yerevan on Tuesday for talks with Prime Minister Nikol Pashinyan, his first visit since the deal."
        let text = " date 2025-08 Iran's president visits Armenia\nWORLD NEWS\nUpdated 4:12 PM GMT+4, August 19, 2025\nShare\n\n\(body)\n\n\(body)"
        #expect(ArticleTagger().tag(text: text).published?.date == "2025-08-19")
        // Must keep out: a date of a related-headline list at the end.
        let related = " date 2025-08 Iran's president visits Armenia\n\n\(body)\n\nRELATED COVERAGE\nArmenia and Azerbaijan leaders sign a deal — Updated August 8, 2025"
        #expect(ArticleTagger().tag(text: related).published?.date == "2025-08")
    }
}
