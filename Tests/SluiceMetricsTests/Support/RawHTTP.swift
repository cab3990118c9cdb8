import Foundation
import Glibc
import SluiceTestSupport

/// A TCP client for the HTTP listener's tests: plain sockets, so the test sees exactly the bytes the
/// server wrote. Reads block, so they run on a thread of their own (`offloaded`), never on the
/// cooperative pool the server and the other tests need. One test uses a connection, one call at a time.
final class RawConnection: @unchecked Sendable {
    private let fd: Int32
    private var buffer: [UInt8] = []

    /// Connects to 127.0.0.1:`port`; reads time out after `timeout` seconds.
    init(port: Int, timeout: Int = 30) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw SocketError( "socket: errno \(errno)") }
        var tv = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else {
            close(fd)
            throw SocketError( "connect to 127.0.0.1:\(port): errno \(errno)")
        }
    }

    deinit { close(fd) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw SocketError( "send: errno \(errno)") }
            sent += n
        }
    }

    /// Reads more bytes; false at end of file.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n < 0 && errno == ECONNRESET { return false }  // closed with our request unread
        if n < 0 { throw SocketError( "recv: errno \(errno) (timed out?)") }
        if n == 0 { return false }
        buffer += chunk[..<n]
        return true
    }

    /// Whether the server closed the connection (end of file) before anything more arrived.
    func readsEndOfFile() async throws -> Bool {
        try await offloaded { try self.readsEndOfFileBlocking() }
    }

    /// Reads one response framed by its Content-Length.
    func readResponse() async throws -> HTTPResponse {
        try await offloaded { try self.readResponseBlocking() }
    }

    private func readsEndOfFileBlocking() throws -> Bool {
        if !buffer.isEmpty { return false }
        return try !fill()
    }

    private func readResponseBlocking() throws -> HTTPResponse {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            headEnd = buffer.indices.first { buffer[$0...].starts(with: separator) }
            if headEnd == nil, try !fill() { throw SocketError( "connection closed inside the response head") }
        }
        let head = String(decoding: buffer[..<headEnd!], as: UTF8.self)
        buffer.removeFirst(headEnd! + separator.count)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        while buffer.count < length {
            if try !fill() { throw SocketError( "connection closed inside the body") }
        }
        let body = String(decoding: buffer[..<length], as: UTF8.self)
        buffer.removeFirst(length)
        return HTTPResponse(status: Int(statusLine[1]) ?? 0, headers: headers, body: body)
    }
}

struct HTTPResponse: Sendable {
    var status: Int
    /// Lower-cased names.
    var headers: [String: String]
    var body: String
}

/// One request on a new connection (`Connection: close`).
func httpRequest(port: Int, method: String = "GET", path: String) async throws -> HTTPResponse {
    let connection = try RawConnection(port: port)
    try connection.send("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
    return try await connection.readResponse()
}

/// A TCP port that was free a moment ago (bound to port 0 and closed again).
func freePort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let rc = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { p in
            bind(fd, p, length) == 0 ? getsockname(fd, p, &length) : -1
        }
    }
    guard rc == 0 else { throw SocketError( "cannot find a free port: errno \(errno)") }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// A socket call of the test client failed.
struct SocketError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
