import SluiceCore
import Testing

@Suite struct OpenFileLimitTests {
    @Test(arguments: [
        (64, 1024, 64),  // the default fits
        (1100, 1024, 768),  // more clients than descriptors: what is left after the reserve
        (10_000, 524_288, 10_000),  // systemd's hard limit leaves room for the maximum
        (64, 100, 1),  // a tiny limit still serves one client
    ])
    func clientBudget_keepsTheReserveForTheSpoolAndStore(configured: Int, limit: Int, expected: Int) {
        #expect(OpenFileLimit.clientBudget(configured: configured, limit: limit) == expected)
    }

    @Test func raiseToHard_leavesTheSoftLimitAtLeastWhereItWas() {
        #expect(OpenFileLimit.raiseToHard() >= OpenFileLimit.reserved)
    }
}
