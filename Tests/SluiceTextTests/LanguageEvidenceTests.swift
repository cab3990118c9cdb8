import Foundation
@testable import SluiceText
import Testing

/// `LanguageEvidence.scan` with one `TokenScanner` reused from paragraph to paragraph (as
/// `LanguageDetector.evidence(of:)` does) must find what a fresh scanner finds in each.
@Suite struct LanguageEvidenceTests {
    static let texts = [
        "Президент Ильхам Алиев из-за этого заявил, что переговоры продолжатся.",
        "ÇARŞAMBA günü Azərbaycan və Ermənistan xarici işlər nazirləri görüşdü",
        "Prezidents otrdien paziņoja, ka sarunas turpināsies",
        "",
        "12:30",
        "The talks in Moscow, the ministers said, will go on next week.",
        "Հայաստանի վարչապետ Նիկոլ Փաշինյանը",
        "وزير الخارجية الإيراني",
        "Regjeringa har vore heilt tydeleg på at dei ikkje vil gjere det",
    ]

    @Test func reusedScanner_findsWhatAFreshOneFinds() {
        var scanner = TokenScanner()
        // Twice round, so every text follows a different one.
        for text in Self.texts + Self.texts.reversed() {
            let reused = LanguageEvidence.scan(text, with: &scanner)
            let fresh = LanguageEvidence.scan(text)
            #expect(reused.scores == fresh.scores, "\(text)")
            #expect(reused.groupScores == fresh.groupScores, "\(text)")
            #expect(reused.scripts == fresh.scripts, "\(text)")
            #expect(reused.tokens == fresh.tokens && reused.qx == fresh.qx && reused.schwa == fresh.schwa, "\(text)")
        }
    }

    @Test func detectorsEvidence_perParagraph_equalsEachParagraphScannedAlone() {
        let document = TextDocument(text: Self.texts.joined(separator: "\n"))
        let detector = LanguageDetector()
        let each = detector.evidence(of: document.paragraphs)
        #expect(each.count == document.paragraphs.count)
        for (e, p) in zip(each, document.paragraphs) {
            #expect(e.scores.count == Languages.count)
            let alone = detector.scanned(p.text)
            #expect(e.scores == alone.scores && e.groupScores == alone.groupScores && e.scripts == alone.scripts, "\(p.text)")
        }
    }
}
