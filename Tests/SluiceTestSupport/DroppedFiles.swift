import Crypto
import Foundation

/// What a test dropped into a spool, to check the promise against at the end: every good file is in
/// the store exactly once (by content hash), every bad file is in failed/ once with its reason
/// sidecar, nothing is left in incoming/ or active/, and the hash chain verifies.
public struct DroppedFiles: Sendable {
    /// Good files: name → hex SHA-256 of the bytes.
    public private(set) var good: [String: String] = [:]
    /// Bad files: name → the quarantine reason code expected.
    public private(set) var bad: [String: String] = [:]

    public init() {}

    /// Records a good file.
    public mutating func addGood(_ name: String, _ bytes: [UInt8]) {
        good[name] = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// Records a bad file and the reason code it must be quarantined with.
    public mutating func addBad(_ name: String, code: String) { bad[name] = code }

    /// What the check found.
    public struct Findings: Sendable, CustomStringConvertible {
        /// Good files whose hash is not in the store.
        public var lost: [String] = []
        /// Hashes stored more than once, or names stored under more than one entry.
        public var duplicated: [String] = []
        /// Store entries that were never dropped (or bad files that were stored).
        public var unexpected: [String] = []
        /// Bad files missing from failed/, without a sidecar, or quarantined more than once.
        public var quarantine: [String] = []
        /// Files left in incoming/ or active/.
        public var leftInSpool: [String] = []
        /// `sluicectl verify`'s output when it did not exit 0.
        public var verify: String?
        /// Entries in the store.
        public var entries = 0

        public var isClean: Bool {
            lost.isEmpty && duplicated.isEmpty && unexpected.isEmpty && quarantine.isEmpty && leftInSpool.isEmpty && verify == nil
        }

        public var description: String {
            "entries \(entries), lost \(lost.count) \(lost.prefix(5)), duplicated \(duplicated.count) \(duplicated.prefix(5)), "
                + "unexpected \(unexpected.count) \(unexpected.prefix(5)), quarantine \(quarantine.prefix(5)), "
                + "left in spool \(leftInSpool.prefix(5)), verify \(verify ?? "ok")"
        }
    }

    /// Checks the promise on `box` (daemon stopped or idle).
    public func check(_ box: Sandbox) async throws -> Findings {
        var findings = Findings()
        let entries = try await box.allEntries()
        findings.entries = entries.count
        var byHash: [String: [String]] = [:]
        for entry in entries { byHash[entry.sha256, default: []].append(entry.source_name) }
        for (name, hash) in good.sorted(by: { $0.key < $1.key }) {
            guard let names = byHash[hash] else { findings.lost.append(name); continue }
            if names.count > 1 { findings.duplicated.append("\(name) ×\(names.count)") }
        }
        let expectedHashes = Set(good.values)
        for entry in entries where !expectedHashes.contains(entry.sha256) { findings.unexpected.append(entry.source_name) }
        let storedNames = entries.map(\.source_name)
        if Set(storedNames).count != storedNames.count {
            var seen = Set<String>()
            findings.duplicated += storedNames.filter { !seen.insert($0).inserted }
        }

        let failed = Set(box.names(in: "failed"))
        for (name, code) in bad.sorted(by: { $0.key < $1.key }) {
            let sidecar = box.spool + "/failed/\(name).reason.json"
            guard failed.contains(name), let data = FileManager.default.contents(atPath: sidecar) else {
                findings.quarantine.append("\(name): not in failed/ with its sidecar")
                continue
            }
            let record = try? JSONDecoder().decode([String: JSONScalar].self, from: data)
            if record?["code"] != .string(code) { findings.quarantine.append("\(name): reason \(String(describing: record?["code"])), expected \(code)") }
        }
        let expectedFailed = Set(bad.keys.flatMap { [$0, $0 + ".reason.json"] })
        for name in failed.subtracting(expectedFailed) { findings.quarantine.append("unexpected in failed/: \(name)") }

        findings.leftInSpool = box.names(in: "incoming").map { "incoming/" + $0 } + box.names(in: "active").map { "active/" + $0 }
        let verify = try await box.ctl(["verify"])
        if verify.status != 0 { findings.verify = "exit \(verify.status): \(verify.stdout)\(verify.stderr)" }
        return findings
    }
}

/// A JSON scalar, enough to compare sidecar fields.
public enum JSONScalar: Decodable, Equatable, Sendable {
    case string(String), number(Double), other

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) { self = .string(s) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else { self = .other }
    }
}
