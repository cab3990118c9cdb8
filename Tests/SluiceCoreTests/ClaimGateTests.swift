import SluiceCore
import Testing

@Suite struct ClaimGateTests {
    @Test func startsOpen_andCloseAndOpenSayWhetherTheyChangedAnything() {
        let gate = ClaimGate()
        #expect(!gate.isClosed)
        #expect(gate.close())
        #expect(gate.isClosed)
        #expect(!gate.close())
        #expect(gate.open())
        #expect(!gate.isClosed)
        #expect(!gate.open())
    }
}
