import Foundation
import SluiceCore
import SluiceTestSupport
import SluiceText
import Testing

@Suite struct DateExtractorTests {
    let extractor = DateExtractor()

    func seedDate(_ name: String, language: String?) throws -> PublishedDate? {
        let doc = try seedDocument(name)
        let (kept, _) = BoilerplateStripper().strip(doc.paragraphs, languages: doc.paragraphs.map { _ in nil }, bodyLanguage: language)
        return extractor.extract(metadata: doc.metadataDate, kept: kept, language: language)
    }

    @Test func seeds_dates() throws {
        #expect(try seedDate("000_be13250f815f3705.txt", language: "lv") == PublishedDate(date: "2020-10", precision: .month, source: .metadata))
        #expect(try seedDate("001_8538775e057fa5b3.txt", language: "sq") == PublishedDate(date: "2023-09", precision: .month, source: .metadata))
        // Metadata 2020-09, stamp "Publisert: 01.10.20" in another month: metadata kept, stamp a conflict.
        let d002 = try seedDate("002_4538f194cfa74816.txt", language: "nb")
        #expect(d002?.date == "2020-09")
        #expect(d002?.precision == .month)
        #expect(d002?.source == .metadata)
        #expect(d002?.conflicts == ["2020-10-01"])
        // No stamp, no prefix, "Sept. 27" without a year.
        #expect(try seedDate("003_59be5f47db3bc1db.txt", language: "en") == nil)
        // The dates of the "Önceki Haberler" list never count.
        #expect(try seedDate("004_7c32e402a30a8c6e.txt", language: "tr") == nil)
        #expect(try seedDate("004_7c32e402a30a8c6e.txt", language: nil) == nil)
    }

    func date(_ text: String, _ language: String?, metadata: PublishedDate? = nil) -> PublishedDate? {
        extractor.extract(metadata: metadata, kept: TextDocument(text: text).paragraphs, language: language)
    }

    static let body = "The two leaders discussed the situation in the region by telephone, the statement said."

    @Test(arguments: [
        ("Publisert: 01.10.20 14:32", "nb", "2020-10-01"),
        ("Oppdatert 12.10.2020", "nb", "2020-10-12"),
        ("Published 12 October 2020", "en", "2020-10-12"),
        ("October 12, 2020 10:42 PM GMT+2", "en", "2020-10-12"),
        ("Updated 4:12 PM GMT+4, August 19, 2025", "en", "2025-08-19"),
        ("23.11.2024 | 20:00", "bg", "2024-11-23"),
        ("7 Kasım 2020 Cumartesi 14:30", "tr", "2020-11-07"),
        ("12 октября 2020 г., 14:00", "ru", "2020-10-12"),
        ("Опубліковано 20 вересня 2023", "uk", "2023-09-20"),
        ("2020-10-12", nil, "2020-10-12"),
        ("12/10/2020", "de", "2020-10-12"),
        ("Veröffentlicht am 2. Oktober 2020", "de", "2020-10-02"),
        ("Publié le 1er octobre 2020 à 10h15", "fr", "2020-10-01"),
        ("2021. gada 24. maijs, 21:45", "lv", "2021-05-24"),
        ("2020. gada 12. oktobrī", "lv", "2020-10-12"),
        ("2023 m. rugsėjo 25 d.", "lt", "2023-09-25"),
        ("10. novembril 2020", "et", "2020-11-10"),
        ("10 նոյեմբերի 2020", "hy", "2020-11-10"),
        ("10 ნოემბერი 2020", "ka", "2020-11-10"),
        ("Objavljeno: 10. listopada 2020. u 04:12", "hr", "2020-10-10"),
        ("Opublikowano: 3 października 2020", "pl", "2020-10-03"),
        ("Publicat: 30 octombrie 2020", "ro", "2020-10-30"),
        ("Publicerad 28 september 2023 kl. 10.15", "sv", "2023-09-28"),
        ("17. januar 2023 kl. 09.30", "da", "2023-01-17"),
        ("12/25/2020", "en", "2020-12-25"),
    ] as [(String, String?, String)])
    func stamp_givesDayPrecision(stamp: String, language: String?, expected: String) {
        let d = date("Headline here\n\(stamp)\n\(Self.body)", language)
        #expect(d == PublishedDate(date: expected, precision: .day, source: .stamp), "\(stamp)")
    }

    @Test func monthYearStamp_givesMonth() {
        #expect(date("Ekim 2020\n\(Self.body)", "tr") == PublishedDate(date: "2020-10", precision: .month, source: .stamp))
    }

    @Test func stamp_refinesMetadataMonth() {
        let meta = PublishedDate(date: "2020-10", precision: .month, source: .metadata)
        #expect(date("Publisert: 13.10.20\n\(Self.body)", "nb", metadata: meta) == PublishedDate(date: "2020-10-13", precision: .day, source: .stamp))
    }

    @Test func stampInAnotherMonth_isAConflict() {
        let meta = PublishedDate(date: "2020-09", precision: .month, source: .metadata)
        #expect(date("Publisert: 01.10.20\n\(Self.body)", "nb", metadata: meta) == PublishedDate(date: "2020-09", precision: .month, source: .metadata, conflicts: ["2020-10-01"]))
    }

    @Test func metadataMonth_neverGetsAnInventedDay() {
        let meta = PublishedDate(date: "2020-10", precision: .month, source: .metadata)
        let text = "Kalnu Karabahas konfliktā intensīvas kaujas atsākās 27. septembrī.\n\(Self.body)"
        #expect(date(text, "lv", metadata: meta) == meta)
        // An update stamp refines the metadata only when it is the page's only stamp (the AP form
        // `Updated 4:12 PM GMT+4, August 19, 2025`); a publication stamp wins over it.
        #expect(date("Updated 14 October 2020\n\(Self.body)", "en", metadata: meta) == PublishedDate(date: "2020-10-14", precision: .day, source: .stamp))
        #expect(date("Published 12 October 2020\nUpdated 14 October 2020\n\(Self.body)", "en", metadata: meta) == PublishedDate(date: "2020-10-12", precision: .day, source: .stamp))
        // An update in another month neither refines nor contradicts it.
        #expect(date("Updated 14 November 2020\n\(Self.body)", "en", metadata: meta) == meta)
    }

    @Test func metadataDay_agreeingStamp_keepsMetadata() {
        let meta = PublishedDate(date: "2020-10-07", precision: .day, source: .metadata)
        #expect(date("07.10.2020\n\(Self.body)", "de", metadata: meta) == meta)
    }

    @Test func eventDatesInProse_doNotCount() {
        #expect(date("Headline\nFighting erupted on 27 September 2020 and has continued since, officials said on Monday in the capital.\n\(Self.body)", "en") == nil)
        #expect(date("Headline\n\(Self.body)\nThe ceasefire agreed on 10.11.2020 is holding.", "en") == nil)
        #expect(date("Headline\n2020-2022 dönemindeki üçlü anlaşmalar doğrultusunda.", "tr") == nil)
    }

    @Test func dateline_isABodyDate() {
        let text = "Headline\nMOSCOW, October 12, 2020 — Russian President Vladimir Putin spoke with his Turkish counterpart on Monday about the fighting.\n\(Self.body)"
        #expect(date(text, "en") == PublishedDate(date: "2020-10-12", precision: .day, source: .body))
    }

    @Test func implausibleAndAmbiguousDates() {
        #expect(date("Published 12 October 1985\n\(Self.body)", "en") == nil)
        #expect(date("Published 12 October 2099\n\(Self.body)", "en") == nil)
        #expect(date("31.02.2020\n\(Self.body)", "de") == nil)
        // en 03/04/2020: month-first or day-first; without metadata nothing is claimed.
        #expect(date("03/04/2020\n\(Self.body)", "en") == nil)
        // With metadata the reading that agrees is taken.
        let meta = PublishedDate(date: "2020-04", precision: .month, source: .metadata)
        #expect(date("03/04/2020\n\(Self.body)", "en", metadata: meta) == PublishedDate(date: "2020-04-03", precision: .day, source: .stamp))
    }

    @Test func relatedHeadlineWithDate_isNotAStamp() {
        #expect(date("Headline\n\(Self.body)\nNeft qiymətləri bahalaşıb (6 yanvar 2021)", "az") == nil)
    }

    @Test func noMetadataNoText() {
        #expect(extractor.extract(metadata: nil, kept: [], language: nil) == nil)
        let meta = PublishedDate(date: "2023-09", precision: .month, source: .metadata)
        #expect(extractor.extract(metadata: meta, kept: [], language: "sq") == meta)
    }
}
