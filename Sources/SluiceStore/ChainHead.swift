import Foundation
import Glibc
import Synchronization

/// The chain head recorded outside the database: `STATE/sluice.db-head`, one line
/// `sluice-head-v1 SEQ ENTRY_HASH`, rewritten in place after every committed batch.
///
/// SQLite alone cannot tell a store that lost its newest transactions (a truncated WAL, an older copy
/// restored over it) from one that never had them: the chain of what is left still links. The head
/// file can: it names the newest entry that was durable when it was written. It is written after the
/// commit (never ahead of it) and without fsync, so after a power loss it may name an older entry —
/// which still verifies — but never a newer one that the store does not hold.
public final class ChainHead: Sendable {
    /// One recorded head.
    public struct Record: Sendable, Equatable {
        public var seq: Int64
        public var hash: [UInt8]
    }

    /// The file's path: the database path plus `-head` (beside `-wal` and `-shm`).
    public let path: String
    private let fd = Mutex<CInt?>(nil)

    public init(databasePath: String) {
        path = databasePath + "-head"
    }

    deinit {
        fd.withLock { if let f = $0 { Glibc.close(f) } }
    }

    /// The recorded head, nil when there is no head file (a store from before it existed, or a new one).
    ///
    /// - Throws: `StoreError` `store-corrupt` when the file exists but does not hold a head record.
    public func read() throws(StoreError) -> Record? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let parts = String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard parts.count == 3, parts[0] == "sluice-head-v1", let seq = Int64(parts[1]),
              let hash = ChainHead.bytes(hex: parts[2]), hash.count == 32 else {
            throw StoreError(.corrupt, "the chain head file \(path) is damaged; remove it (the next commit writes it again) after checking the store with `sluicectl verify`")
        }
        return Record(seq: seq, hash: hash)
    }

    /// Records `head`. Errors are ignored: a head file that lags behind the store is allowed.
    public func write(_ head: Record) {
        // `%020lld` by hand (seqs start at 1): String(format:) goes through CoreFoundation, a cost on
        // every commit.
        let digits = String(head.seq)
        let seq = String(repeating: "0", count: max(0, 20 - digits.count)) + digits
        let line = Array("sluice-head-v1 \(seq) ".utf8) + Array(head.hash.hex.utf8) + [0x0A]
        fd.withLock { f in
            if f == nil {
                let opened = Glibc.open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o640)
                if opened < 0 { return }
                f = opened
            }
            // One fixed-size record at offset 0: a single small pwrite, never a torn mix of two heads.
            _ = line.withUnsafeBytes { pwrite(f!, $0.baseAddress, $0.count, 0) }
        }
    }

    /// Removes the file (a new store, or an operator accepting a broken chain starts a new head).
    public func remove() {
        fd.withLock { f in
            if let open = f { Glibc.close(open) }
            f = nil
        }
        unlink(path)
    }

    static func bytes(hex: Substring) -> [UInt8]? {
        guard hex.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            out.append(byte)
            index = next
        }
        return out
    }
}
