import Foundation
import SluiceCore
import SluiceTestSupport
import SluiceText
import Testing

@Suite struct HeadlineDetectorTests {
    let detector = HeadlineDetector()

    /// Title of a seed through the boilerplate stage, as the tagger runs it.
    func seedTitle(_ name: String, language: String?) throws -> String? {
        let doc = try seedDocument(name)
        let (kept, _) = BoilerplateStripper().strip(doc.paragraphs, languages: doc.paragraphs.map { _ in nil }, bodyLanguage: language)
        return detector.title(kept: kept, language: language)
    }

    @Test func seeds_titles() throws {
        #expect(try seedTitle("000_be13250f815f3705.txt", language: "lv") == nil)
        #expect(try seedTitle("001_8538775e057fa5b3.txt", language: "sq") == nil)
        #expect(try seedTitle("002_4538f194cfa74816.txt", language: "nb") == "Krigen raser: Putin og Macron ber om full stans i kamphandlinger")
        #expect(try seedTitle("003_59be5f47db3bc1db.txt", language: "en") == "Turkish, Russian presidents discuss Upper Karabakh")
        #expect(try seedTitle("004_7c32e402a30a8c6e.txt", language: "tr") == "Kremlin’den Karabağ açıklaması: Aliyev yaşananlardan dolayı özür diledi")
        #expect(try seedTitle("004_7c32e402a30a8c6e.txt", language: nil) == "Kremlin’den Karabağ açıklaması: Aliyev yaşananlardan dolayı özür diledi")
    }

    @Test func taggerPipeline_titles() throws {
        let tagger = ArticleTagger()
        #expect(try tagger.tag(Seeds.bytes("002_4538f194cfa74816.txt")).title == "Krigen raser: Putin og Macron ber om full stans i kamphandlinger")
        #expect(try tagger.tag(Seeds.bytes("000_be13250f815f3705.txt")).title == nil)
    }

    func title(_ text: String, _ language: String? = nil) -> String? {
        detector.title(kept: TextDocument(text: text).paragraphs, language: language)
    }

    static let lead = "Russlands president Vladimir Putin og Frankrikes president Emmanuel Macron ber om full stans i kampene mellom Armenia og Aserbajdsjan i Nagorno-Karabakh, heter det i en uttalelse."

    @Test(arguments: [
        ("Putin og Macron krever våpenhvile", "nb"),
        ("Путин и Эрдоган обсудили ситуацию в Карабахе", "ru"),
        ("Erdoğan ve Putin Karabağ'ı görüştü", "tr"),
        ("Putins un Erdogans pārrunā Kalnu Karabahu", "lv"),
        ("Putin ja Erdoğan arutasid Karabahhi olukorda", "et"),
        ("Putinas ir Erdoganas aptarė padėtį Karabache", "lt"),
        ("Փաշինյանը հայտարարություն է արել", "hy"),
        ("თბილისში მოლაპარაკებები გაიმართა", "ka"),
        ("Macron: «Nous ne laisserons pas faire»", "fr"),
        ("Wird Moskau vermitteln?", "de"),
        ("Putin i Erdoğan razgovarali o Karabahu", "hr"),
        ("Putin dhe Aliyev diskutojnë për Karabakun", "sq"),
    ] as [(String, String)])
    func firstHeadlineLine_isTheTitle(headline: String, language: String) {
        #expect(title("\(headline)\n\(Self.lead)", language) == headline)
    }

    @Test func skipsStampsBylinesAndKickers() {
        #expect(title("Publisert: 01.10.20 14:32\nPutin og Macron krever våpenhvile\n\(Self.lead)", "nb") == "Putin og Macron krever våpenhvile")
        #expect(title("23.11.2024 | 20:00\nРуските миротворци започнаха изтегляне\n\(Self.lead)", "bg") == "Руските миротворци започнаха изтегляне")
        #expect(title("By Reuters Staff\nBlinken urges Aliyev to halt offensive\n\(Self.lead)", "en") == "Blinken urges Aliyev to halt offensive")
        #expect(title("SPORT\nMalmö FF säkrade guldet efter dramatisk avslutning\n\(Self.lead)", "sv") == "Malmö FF säkrade guldet efter dramatisk avslutning")
        #expect(title("Foto: NTB\nPutin og Macron krever våpenhvile\n\(Self.lead)", "nb") == "Putin og Macron krever våpenhvile")
        #expect(title("KREVER STANS: Putin og Macron. Foto: LUDOVIC MARIN / AFP\nKrigen raser: Putin og Macron ber om full stans\n\(Self.lead)", "nb") == "Krigen raser: Putin og Macron ber om full stans")
    }

    @Test func leadFirst_hasNoTitle() {
        #expect(title("\(Self.lead)\nKonflikten raser\nTunge kamper fortsatte onsdag.", "nb") == nil)
        #expect(title("Saruna notikusi pēc Turcijas puses iniciatīvas, pavēstīja Kremļa preses dienests pēc sarunas otrdien vakarā ar Turcijas prezidentu.\nKalnu Karabaha", "lv") == nil)
        #expect(title("", nil) == nil)
    }

    @Test func sentences_areNotTitles() {
        #expect(title("Putin met Erdoğan in Sochi on Tuesday, the Kremlin said after a long meeting that lasted well into the evening hours.\n\(Self.lead)", "en") == nil)
        #expect(title("Read more…\n\(Self.lead)", "en") == nil)
    }

    @Test func shortCaptionWithoutCredit_thenHeadline() {
        #expect(title("Putin i Moskva.\nPutin og Macron krever våpenhvile\n\(Self.lead)", "nb") == "Putin og Macron krever våpenhvile")
    }
}
