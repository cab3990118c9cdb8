import Foundation
import Glibc
import Synchronization

/// A fake `NOTIFY_SOCKET`: a datagram socket bound by the test, recording every sd_notify message a
/// daemon sends to it, in arrival order.
public final class NotifyListener: Sendable {
    /// The socket's path, to pass as `NOTIFY_SOCKET`.
    public let path: String
    private let fd: Int32
    private let received = Mutex<[Message]>([])
    private let stopped = Atomic<Bool>(false)
    /// Signalled when the receive loop has returned.
    private let finished = DispatchSemaphore(value: 0)

    /// One datagram: its `KEY=VALUE` assignments and when it arrived.
    public struct Message: Sendable {
        public var assignments: [String: String]
        public var at: ContinuousClock.Instant
        public subscript(key: String) -> String? { assignments[key] }
    }

    public init(path: String) throws {
        self.path = path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw DeadlineExceeded(description: "socket: errno \(errno)") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw DeadlineExceeded(description: "notify path too long: \(path)") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { Glibc.close(fd); throw DeadlineExceeded(description: "bind \(path): errno \(errno)") }
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let thread = Thread { [self] in receiveLoop() }
        thread.start()
    }

    private func receiveLoop() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !stopped.load(ordering: .relaxed) {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { continue }
            let text = String(decoding: buffer[0..<n], as: UTF8.self)
            var assignments: [String: String] = [:]
            for line in text.split(separator: "\n") {
                guard let eq = line.firstIndex(of: "=") else { continue }
                assignments[String(line[..<eq])] = String(line[line.index(after: eq)...])
            }
            let message = Message(assignments: assignments, at: .now)
            received.withLock { $0.append(message) }
        }
        finished.signal()
    }

    /// Every message so far.
    public var messages: [Message] { received.withLock { $0 } }

    /// Messages so far that set `key`.
    public func messages(with key: String) -> [Message] { messages.filter { $0[key] != nil } }

    /// Waits for the first message after index `after` that satisfies `predicate`; returns its index.
    @discardableResult
    public func waitFor(_ what: String, after: Int = -1, timeout: Duration = .seconds(30), _ predicate: @escaping (Message) -> Bool) async throws -> Int {
        var found = -1
        try await waitUntil(what, timeout: timeout) {
            let all = self.messages
            if let i = all.indices.first(where: { $0 > after && predicate(all[$0]) }) { found = i; return true }
            return false
        }
        return found
    }

    /// Stops receiving and closes the socket.
    public func close() {
        stopped.store(true, ordering: .relaxed)
        finished.wait()  // the receive loop notices `stopped` within its 100 ms receive timeout
        Glibc.close(fd)
        unlink(path)
    }

}
