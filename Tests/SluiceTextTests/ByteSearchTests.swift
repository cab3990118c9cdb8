@testable import SluiceText
import Testing

@Suite struct ByteSearchTests {
    /// Where `mayHoldDigit` says no, `LineScan` finds no number: the dates stage skips those lines.
    @Test(arguments: [
        "Prezidents otrdien paziņoja", "Переговоры продолжатся", "Նիկոլ Փաշինյան", "ნიკოლ ფაშინიანი",
        "Published 12 October 2020", "١٢ أكتوبر ٢٠٢٠", "１２月", "१२ अक्टूबर", "", "—", "© AFP",
    ])
    func mayHoldDigit_isFalseOnlyWithoutNumbers(_ text: String) {
        var scan = LineScan()
        scan.scan(text)
        if !ByteSearch.mayHoldDigit(text) { #expect(scan.numbers == 0, "\(text)") }
        if text.unicodeScalars.contains(where: { $0.properties.numericType == .decimal }) {
            #expect(ByteSearch.mayHoldDigit(text), "\(text)")
        }
    }

    @Test func mayHoldDigit_onPlainLatinAndCyrillicText_isFalse() {
        #expect(!ByteSearch.mayHoldDigit("Prezidents otrdien paziņoja"))
        #expect(!ByteSearch.mayHoldDigit("Переговоры продолжатся"))
        #expect(ByteSearch.mayHoldDigit("12 октября"))
    }
}
