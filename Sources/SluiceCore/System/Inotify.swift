import Foundation
import Glibc
import Synchronization
import SystemPackage

/// One inotify event, reduced to what the spool watcher uses.
public struct InotifyEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A file was closed after writing, or renamed into the directory: `name` may be ready.
        case ready(SpoolName)
        /// A name was created in place (a file being written, a symlink, a FIFO, a hard link).
        case created(SpoolName)
        /// The kernel dropped events (IN_Q_OVERFLOW): only a full scan tells what is there.
        case overflow
        /// The watched directory itself went away (deleted, moved or unmounted: IN_IGNORED and friends).
        case watchGone
    }
    public var kind: Kind
}

/// An inotify instance watching one directory for finished files, read on a dedicated thread.
///
/// The kernel's own queue is the buffer: the reader thread hands one chunk of events at a time to the
/// async consumer and reads the next only when asked, so a slow consumer makes the kernel queue fill
/// and report IN_Q_OVERFLOW (answered by a rescan) rather than growing memory here. The thread lives
/// as long as the instance (until `close()`): a thread per `next` cost a thread's creation and exit
/// per wake-up, about one per file in a trickle.
public final class Inotify: Sendable {
    /// IN_MOVED_TO | IN_CLOSE_WRITE | IN_CREATE plus the events that mean the watch itself is gone.
    static let mask: UInt32 = UInt32(IN_MOVED_TO | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT)

    private let fd: FileDescriptor
    private let state = Mutex(State())
    /// Signalled once per `next` (and by `close` and deinit): the reader thread reads one chunk per
    /// signal, for the waiter registered in `state`.
    private let requests = DispatchSemaphore(value: 0)

    private struct State {
        var waiter: CheckedContinuation<[InotifyEvent]?, Never>?
        var timeoutMillis: CInt = 0
        var closed = false
        var readerStarted = false
    }

    /// Creates the instance and adds the watch on `directory`.
    ///
    /// - Throws: `SpoolError` with code `watch-failed` (watch limit reached, directory missing, …).
    public init(watching directory: String) throws(SpoolError) {
        let fd: FileDescriptor
        let faults = FaultInjection.current
        if faults.isActive(.inotifyInstanceLimit) { throw SpoolError.watchFailed(directory, errno: .tooManyOpenFiles) }
        switch valueOrErrno({ system_inotify_init1(CInt(IN_NONBLOCK | IN_CLOEXEC)) }) {
        case .success(let raw): fd = FileDescriptor(rawValue: raw)
        case .failure(let e): throw SpoolError.watchFailed(directory, errno: e)
        }
        let added = faults.isActive(.inotifyWatchLimit)
            ? .failure(.noSpace)
            : directory.withCString { p in valueOrErrno { system_inotify_add_watch(fd.rawValue, p, Inotify.mask) } }
        if case .failure(let e) = added {
            Sys.close(fd)
            throw SpoolError.watchFailed(directory, errno: e)
        }
        self.fd = fd
    }

    deinit {
        requests.signal()  // a reader thread waiting for a request finds the instance gone and ends
        Sys.close(fd)
    }

    /// Waits (on a background thread, never a cooperative one) until events arrive or `timeout` passes.
    ///
    /// - Returns: the events read (empty on timeout), or nil once `close()` was called.
    public func next(timeout: Duration) async -> [InotifyEvent]? {
        let millis = CInt(clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        return await withCheckedContinuation { (continuation: CheckedContinuation<[InotifyEvent]?, Never>) in
            let (closed, start) = state.withLock { s -> (Bool, Bool) in
                if s.closed { return (true, false) }
                s.waiter = continuation
                s.timeoutMillis = millis
                defer { s.readerStarted = true }
                return (false, !s.readerStarted)
            }
            if closed { continuation.resume(returning: nil); return }
            if start { startReader() }
            requests.signal()
        }
    }

    /// Makes every later `next` return nil, and the reader thread end.
    public func close() {
        state.withLock { $0.closed = true }
        requests.signal()
    }

    /// The reader thread: one chunk of events per request. It holds the instance only while it reads,
    /// so an instance dropped without `close()` still goes away (and its deinit ends the thread).
    private func startReader() {
        let requests = self.requests
        let thread = Thread { [weak self] in
            while true {
                requests.wait()
                guard let inotify = self, inotify.serveRequest() else { return }
            }
        }
        thread.name = "sluice-inotify"
        thread.start()
    }

    /// Reads one chunk for the waiting `next` (nil once closed). - Returns: false once closed.
    private func serveRequest() -> Bool {
        let (millis, closed) = state.withLock { ($0.timeoutMillis, $0.closed) }
        let events = closed ? nil : pollAndRead(timeoutMillis: millis)
        let waiter = state.withLock { s -> CheckedContinuation<[InotifyEvent]?, Never>? in
            defer { s.waiter = nil }
            return s.waiter
        }
        waiter?.resume(returning: events)
        return !closed
    }

    private func pollAndRead(timeoutMillis: CInt) -> [InotifyEvent]? {
        if state.withLock({ $0.closed }) { return nil }
        var pfd = pollfd(fd: fd.rawValue, events: Int16(POLLIN), revents: 0)
        switch valueOrErrno({ system_poll(&pfd, 1, timeoutMillis) }) {
        case .failure, .success(0): return []
        case .success: break
        }
        var events: [InotifyEvent] = []
        let bufferSize = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: bufferSize, alignment: 8)
        defer { buffer.deallocate() }
        let n: Int
        switch valueOrErrno({ system_read(fd.rawValue, buffer, bufferSize) }) {
        case .failure: return []
        case .success(let count): n = count
        }
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= n {
            let ev = buffer.load(fromByteOffset: offset, as: inotify_event.self)
            let nameStart = buffer + offset + header
            let nameBytes = UnsafeRawBufferPointer(start: nameStart, count: Int(ev.len))
            let name = Array(nameBytes.prefix(while: { $0 != 0 }))
            if ev.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                events.append(InotifyEvent(kind: .overflow))
            } else if ev.mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT) != 0 {
                events.append(InotifyEvent(kind: .watchGone))
            } else if !name.isEmpty, ev.mask & UInt32(IN_CREATE) != 0 {
                events.append(InotifyEvent(kind: .created(SpoolName(bytes: name))))
            } else if !name.isEmpty {
                events.append(InotifyEvent(kind: .ready(SpoolName(bytes: name))))
            }
            offset += header + Int(ev.len)
        }
        return events
    }
}
