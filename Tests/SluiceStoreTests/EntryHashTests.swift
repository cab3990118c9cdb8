import Testing

@testable import SluiceStore

@Suite struct EntryHashTests {
    /// Fixed fields; the pinned bytes and hashes below were computed independently (Python struct/hashlib).
    static let fields = EntryHash.Fields(
        seq: 7, sha256: Array(0..<32), receivedAt: 1_600_000_000_123_456, sourceUID: 1000, size: 2447,
        sourceName: "reuters/2020-10-07 é.txt")

    static let pinnedCanonicalHex = "736c756963652d656e7472792d76310a0000000000000007000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f0005af3107a5e240000003e8000000000000098f00000019726575746572732f323032302d31302d303720c3a92e747874"
    static let pinnedGenesisHash = "500b10d4debf3a9ae8ed476e7739702d6a42b6914f48d7a96043f0807d3c2965"
    static let pinnedHashAfterAB = "a63c114476dc9782fac42860f500add7825401b64c51ba704bc1944132588e83"

    @Test func canonical_whenFixedFields_matchesPinnedBytes() {
        let canonical = EntryHash.canonical(Self.fields)
        #expect(canonical.hex == Self.pinnedCanonicalHex)
        // magic 16 + seq 8 + sha 32 + received_at 8 + uid 4 + size 8 + name length 4 + name 25 bytes
        #expect(canonical.count == 105)
        #expect(canonical.starts(with: Array("sluice-entry-v1\n".utf8)))
    }

    @Test func hash_whenFixedFieldsAfterGenesis_matchesPinnedHash() {
        #expect(EntryHash.hash(prev: EntryHash.genesis, Self.fields).hex == Self.pinnedGenesisHash)
    }

    @Test func hash_whenFixedFieldsAfterOtherPrev_matchesPinnedHash() {
        #expect(EntryHash.hash(prev: Array(repeating: 0xAB, count: 32), Self.fields).hex == Self.pinnedHashAfterAB)
    }

    @Test func hash_whenComputedTwice_isStable() {
        #expect(EntryHash.hash(prev: EntryHash.genesis, Self.fields) == EntryHash.hash(prev: EntryHash.genesis, Self.fields))
        #expect(EntryHash.hash(prev: EntryHash.genesis, Self.fields).count == 32)
    }

    @Test func genesis_isThirtyTwoZeroBytes() {
        #expect(EntryHash.genesis == [UInt8](repeating: 0, count: 32))
    }

    enum Change: String, CaseIterable, Sendable {
        case seq, sha256, receivedAt, sourceUID, size, sourceName, sourceNameUnicodeForm
    }

    @Test(arguments: Change.allCases)
    func hash_whenAnyFieldChanges_changesTheHash(change: Change) {
        var changed = Self.fields
        switch change {
        case .seq: changed.seq += 1
        case .sha256: changed.sha256[31] ^= 0x01
        case .receivedAt: changed.receivedAt += 1
        case .sourceUID: changed.sourceUID = 1001
        case .size: changed.size += 1
        case .sourceName: changed.sourceName = "reuters/2020-10-07 e.txt"
        case .sourceNameUnicodeForm: changed.sourceName = "reuters/2020-10-07 e\u{301}.txt"  // decomposed é
        }
        // (Compared as bytes: String's == treats the decomposed é as equal to the composed one.)
        #expect(EntryHash.canonical(changed) != EntryHash.canonical(Self.fields))
        #expect(EntryHash.hash(prev: EntryHash.genesis, changed) != EntryHash.hash(prev: EntryHash.genesis, Self.fields))
    }

    @Test func hash_whenPrevChanges_changesTheHash() {
        var prev = EntryHash.genesis
        prev[0] = 1
        #expect(EntryHash.hash(prev: prev, Self.fields) != EntryHash.hash(prev: EntryHash.genesis, Self.fields))
    }

    @Test func canonical_whenNameBytesMoveBetweenFields_differs() {
        // The length prefix keeps "ab" + size from colliding with "a" + different size bytes.
        var a = Self.fields
        a.sourceName = "ab"
        var b = Self.fields
        b.sourceName = "a"
        #expect(EntryHash.canonical(a) != EntryHash.canonical(b))
        #expect(EntryHash.canonical(a).count == EntryHash.canonical(b).count + 1)
    }
}
