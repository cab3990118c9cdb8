import Foundation
import SluiceCore
import SluiceText
import Testing

@Suite struct TextDecoderTests {
    let decoder = TextDecoder()

    /// Decodes `bytes` expecting a quarantine, and returns its code.
    func rejection(_ bytes: [UInt8]) -> QuarantineError.Code? {
        do {
            let decoded = try decoder.decode(bytes)
            Issue.record("expected a rejection, decoded \(decoded.encoding): \(decoded.text.prefix(40))")
            return nil
        } catch {
            return error.code
        }
    }

    /// `text` in a legacy code page, encoded by Foundation.
    func encoded(_ text: String, _ encoding: String.Encoding) throws -> [UInt8] {
        Array(try #require(text.data(using: encoding), "\(encoding) cannot encode the fixture"))
    }

    // MARK: - Unicode

    @Test func decode_whenPlainUTF8_returnsTextAsUTF8() throws {
        let decoded = try decoder.decode(Array("Grüße aus Köln — €5".utf8))
        #expect(decoded.text == "Grüße aus Köln — €5")
        #expect(decoded.encoding == "utf-8")
    }

    @Test func decode_whenUTF8WithBOM_stripsTheBOM() throws {
        let decoded = try decoder.decode([0xEF, 0xBB, 0xBF] + Array("Привет, мир".utf8))
        #expect(decoded.text == "Привет, мир")
        #expect(decoded.text.unicodeScalars.first == "П")
        #expect(decoded.encoding == "utf-8")
    }

    @Test func decode_whenUTF16LittleEndianWithBOM_decodesAsUTF16LE() throws {
        let text = "Ça va? Привет 😀"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try decoder.decode(bytes)
        #expect(decoded.text == text)
        #expect(decoded.encoding == "utf-16le")
    }

    @Test func decode_whenUTF16BigEndianWithBOM_decodesAsUTF16BE() throws {
        let text = "Ça va? Привет 😀"
        let bytes: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let decoded = try decoder.decode(bytes)
        #expect(decoded.text == text)
        #expect(decoded.encoding == "utf-16be")
    }

    @Test func decode_whenUTF16WithCRLF_normalisesNewlines() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + "a\r\nb".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try decoder.decode(bytes).text == "a\nb")
    }

    @Test func decode_whenUTF16WithOddByteCount_isUndecodable() {
        #expect(rejection([0xFF, 0xFE, 0x41, 0x00, 0x42]) == .undecodable)
    }

    @Test func decode_whenCRLFAndLoneCR_normalisesToLF() throws {
        let decoded = try decoder.decode(Array("Title\r\n\r\nLine one\rLine two\n".utf8))
        #expect(decoded.text == "Title\n\nLine one\nLine two\n")
        #expect(!decoded.text.unicodeScalars.contains("\r"))
    }

    // MARK: - Rejections

    @Test func decode_whenEmpty_rejectsAsEmpty() {
        #expect(rejection([]) == .empty)
    }

    @Test func decode_whenOnlyABOM_rejectsAsEmpty() {
        #expect(rejection([0xEF, 0xBB, 0xBF]) == .empty)
        #expect(rejection([0xFF, 0xFE]) == .empty)
    }

    @Test func decode_whenOnlyWhitespace_rejectsAsEmpty() {
        #expect(rejection(Array(" \n\t \r\n ".utf8)) == .empty)
    }

    @Test func decode_whenContainsNUL_rejectsAsBinary() {
        #expect(rejection(Array("Some text".utf8) + [0x00] + Array("more text".utf8)) == .binary)
    }

    @Test func decode_whenMostlyControlCharacters_rejectsAsBinary() {
        // Valid UTF-8 (all ASCII), but a binary blob rather than text.
        let bytes: [UInt8] = Array(repeating: [0x01, 0x02, 0x03, 0x1B, 0x7F, 0x41], count: 20).flatMap { $0 }
        #expect(rejection(bytes) == .binary)
    }

    @Test(arguments: [
        [0xE2, 0x82] as [UInt8],  // "€" cut after two of three bytes
        [0xC3],  // "é" cut after its lead byte
        [0xF0, 0x9F, 0x98],  // "😀" cut after three of four bytes
    ])
    func decode_whenUTF8EndsInsideACharacter_rejectsAsTruncated(tail: [UInt8]) {
        #expect(rejection(Array("Grüße aus Köln, ".utf8) + tail) == .truncatedUTF8)
    }

    @Test func decode_whenInvalidBytesMidFileFitNoLegacyEncoding_rejectsAsUndecodable() {
        // Given bytes in 0x80…0x9F (C1 controls / undefined in every candidate code page) mid-file
        let bytes = Array("The report was filed on Monday and ".utf8) + [0x81, 0x8D, 0x90, 0x9D, 0x8F]
            + Array(" then nothing else happened at all.".utf8)
        // Then it is neither UTF-8, nor truncated UTF-8, nor a confident legacy guess
        #expect(rejection(bytes) == .undecodable)
    }

    @Test func decode_whenRandomHighBytes_rejectsAsUndecodable() {
        var generator = SplitMix(seed: 42)
        let noise = (0..<64).map { _ in UInt8.random(in: 0x80...0xBF, using: &generator) }
        #expect(rejection(Array("header line\n".utf8) + noise + Array("\nfooter line".utf8)) == .undecodable)
    }

    // MARK: - Legacy code pages

    @Test func decode_whenWindows1251Russian_decodesAsWindows1251() throws {
        let text = """
            Президент России Владимир Путин провёл телефонный разговор с президентом Турции \
            Реджепом Тайипом Эрдоганом. Стороны обсудили ситуацию в Нагорном Карабахе и выразили \
            озабоченность участием в боевых действиях боевиков с Ближнего Востока.
            """
        let bytes = try encoded(text, .windowsCP1251)
        #expect(String(validating: bytes, as: UTF8.self) == nil, "the fixture must not be valid UTF-8")
        let decoded = try decoder.decode(bytes)
        #expect(decoded.encoding == "windows-1251")
        #expect(decoded.text == text)
        #expect(decoded.text.hasPrefix("Президент России"))
    }

    @Test func decode_whenWindows1254Turkish_decodesAsWindows1254() throws {
        let text = """
            Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ile telefonda görüştü. Görüşmede \
            Dağlık Karabağ'daki çatışmalar ve bölgesel gelişmeler ele alındı; iki lider ılımlı \
            bir dil kullanılması gerektiğini vurguladı.
            """
        let bytes = try encoded(text, .windowsCP1254)
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let decoded = try decoder.decode(bytes)
        #expect(decoded.encoding == "windows-1254")
        #expect(decoded.text == text)
        #expect(decoded.text.contains("ş") && decoded.text.contains("ğ") && decoded.text.contains("ı"))
        #expect(decoded.text.contains("Cumhurbaşkanı Erdoğan"))
    }

    @Test func decode_whenWindows1252German_decodesAsWindows1252() throws {
        let text = """
            Der französische Präsident Macron und der russische Präsident Putin forderten einen \
            sofortigen Waffenstillstand. Die Gespräche über die Lage in Bergkarabach würden \
            fortgesetzt, hieß es aus Moskau. Größere Fortschritte gab es nicht.
            """
        let bytes = try encoded(text, .windowsCP1252)
        let decoded = try decoder.decode(bytes)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text == text)
        #expect(decoded.text.contains("hieß") && decoded.text.contains("Größere"))
    }

    @Test func decode_whenWindows1252FrenchWithAccents_decodesAsWindows1252() throws {
        let text = """
            Le président français a appelé à un cessez-le-feu immédiat. Les deux présidents ont \
            évoqué la situation au Haut-Karabakh et la présence de combattants étrangers, a précisé \
            l'Élysée dans un communiqué publié mercredi.
            """
        let bytes = try encoded(text, .windowsCP1252)
        let decoded = try decoder.decode(bytes)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text == text)
        #expect(decoded.text.contains("l'Élysée"))
    }

    @Test func decode_whenWindows1252FrenchWithTypographicPunctuation_decodesAsWindows1252() throws {
        // Ordinary French news typography: guillemets « », non-breaking spaces and curly apostrophes,
        // all of which windows-1252 puts in 0x80…0xBF.
        let text = """
            «\u{A0}Nous appelons à un cessez-le-feu immédiat\u{A0}», a déclaré le président, qui s’est \
            entretenu mardi avec son homologue russe. L’entretien a duré une heure, selon l’Élysée.
            """
        let bytes = try encoded(text, .windowsCP1252)
        let decoded = try decoder.decode(bytes)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.text == text)
    }
}

/// A small seeded generator so the "random" fixture is the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
