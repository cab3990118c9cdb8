import Foundation

/// How big the reliability tests run, from `SLUICE_TORTURE`: unset (or `0`) for the quick versions
/// in `make test`, `ci` for the modest ones CI runs (`make torture TORTURE=ci`), anything else
/// (`make torture`'s default `1`) for the long ones. docs/reliability.md lists the sizes.
public enum Torture {
    public enum Level: String, Sendable { case quick, ci, full }

    /// The level this test run asks for.
    public static var level: Level {
        switch ProcessInfo.processInfo.environment["SLUICE_TORTURE"] {
        case nil, "", "0": .quick
        case "ci": .ci
        default: .full
        }
    }

    /// The value for the current level; `override` names an environment variable that wins when set.
    public static func size(quick: Int, ci: Int, full: Int, override: String? = nil) -> Int {
        if let override, let value = ProcessInfo.processInfo.environment[override].flatMap({ Int($0) }) { return value }
        switch level {
        case .quick: return quick
        case .ci: return ci
        case .full: return full
        }
    }
}

/// A small seeded generator (SplitMix64), so a failing schedule can be replayed from its printed seed.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
