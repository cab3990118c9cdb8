import SluiceCore
@testable import SluiceText
import Testing

struct GazetteerTransliterationTests {
    @Test(arguments: [
        ("Pashinyan", "Pasjinjan"), ("Pashinyan", "Paschinjan"), ("Pashinyan", "Paszinjan"),
        ("Mnatsakanyan", "Mnacakanjan"), ("Aliyev", "Alijev"), ("Sergey", "Sergej"), ("Çavuşoğlu", "Tsjavuşoğlu"),
    ])
    func variants_includeOtherConventions(_ name: String, _ expected: String) {
        #expect(GazetteerTransliteration.variants(of: name).contains(expected))
    }

    @Test func variants_ofNonLatinNames_areNone() {
        #expect(GazetteerTransliteration.variants(of: "Пашинян").isEmpty)
    }

    @Test func tagger_findsNorwegianTransliterations_inContext() {
        let doc = TextDocument(text: "Statsminister Nikol Pasjinjan møtte Ilham Alijev og Mevlüt Tsjavusoglu i Moskva.")
        let names = Set(EntityTagger().tag(doc.paragraphs, language: "nb").map(\.name))
        #expect(names.isSuperset(of: ["Nikol Pashinyan", "Ilham Aliyev", "Mevlüt Çavuşoğlu", "Moscow"]))
    }
}
