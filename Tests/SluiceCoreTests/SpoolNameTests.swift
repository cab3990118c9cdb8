import SluiceCore
import Testing

@Suite struct SpoolNameTests {
    @Test func description_whenValidUTF8_isTheNameItself() {
        #expect(SpoolName("Karabağ 2020-10.txt").description == "Karabağ 2020-10.txt")
        #expect(SpoolName(bytes: Array("Привет.txt".utf8)).description == "Привет.txt")
    }

    @Test func description_whenInvalidByte_escapesItAsUppercaseHex() {
        #expect(SpoolName(bytes: [0x61, 0xFF, 0x62]).description == "a\\xFFb")
        #expect(SpoolName(bytes: [0x66, 0xFF, 0x2E, 0x74, 0x78, 0x74]).description == "f\\xFF.txt")
    }

    @Test func description_whenSeveralInvalidBytes_escapesEachOne() {
        #expect(SpoolName(bytes: [0xFE, 0xFF]).description == "\\xFE\\xFF")
        #expect(SpoolName(bytes: [0x80]).description == "\\x80")
    }

    @Test func description_whenValidMultiByteCharactersAroundInvalidByte_keepsThem() {
        // "é" (C3 A9), a stray FE, "ş" (C5 9F)
        #expect(SpoolName(bytes: [0xC3, 0xA9, 0xFE, 0xC5, 0x9F]).description == "é\\xFEş")
    }

    @Test func description_whenTruncatedSequence_escapesTheLeadByte() {
        // "€" is E2 82 AC; without its last byte both remaining bytes are escaped one by one.
        #expect(SpoolName(bytes: [0x61, 0xE2, 0x82]).description == "a\\xE2\\x82")
    }

    @Test(arguments: [".hidden", ".a.txt", "article.tmp", "article.part", ".x.part", "a.txt.tmp"])
    func isIgnored_whenDotfileOrUnfinished_isTrue(name: String) {
        #expect(SpoolName(name).isIgnored)
    }

    @Test(arguments: ["article.txt", "tmp", "part", "a.tmp.txt", "a.partial", "a.TMP", "x.reason.json"])
    func isIgnored_whenOrdinaryName_isFalse(name: String) {
        #expect(!SpoolName(name).isIgnored)
    }

    @Test func isIgnored_whenNonUTF8DotfileOrTmp_isTrue() {
        #expect(SpoolName(bytes: [0x2E, 0xFF]).isIgnored)
        #expect(SpoolName(bytes: [0xFF] + Array(".tmp".utf8)).isIgnored)
        #expect(!SpoolName(bytes: [0xFF]).isIgnored)
    }

    @Test func isReasonSidecar_whenReasonJSONSuffix_isTrue() {
        #expect(SpoolName("a.txt.reason.json").isReasonSidecar)
        #expect(!SpoolName("a.txt").isReasonSidecar)
        #expect(!SpoolName("a.reason.json.tmp").isReasonSidecar)
    }

    @Test func appending_addsTheSuffixBytes() {
        #expect(SpoolName(bytes: [0xFF]).appending(".1") == SpoolName(bytes: [0xFF, 0x2E, 0x31]))
    }

    @Test func comparison_isByteWise() {
        #expect(SpoolName("a") < SpoolName("b"))
        #expect(SpoolName("Z") < SpoolName("a"))
        #expect(SpoolName("a") < SpoolName(bytes: [0xFF]))
        #expect([SpoolName("b"), SpoolName("a.1"), SpoolName("a")].sorted() == [SpoolName("a"), SpoolName("a.1"), SpoolName("b")])
    }

    @Test func systemPath_whenDirectoryAndName_joinsWithOneSlash() {
        #expect(SystemPath("/spool/incoming", SpoolName("a.txt")).description == "/spool/incoming/a.txt")
        #expect(SystemPath("/spool/incoming/", SpoolName("a.txt")).description == "/spool/incoming/a.txt")
        #expect(SystemPath("/d", SpoolName(bytes: [0xFF])).description == "/d/\\xFF")
    }
}
