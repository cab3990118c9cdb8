import Synchronization

/// Sends the events of one streaming request to its client, in order.
///
/// `emit` returns once the line has been handed to the kernel, so a client that reads slowly slows the
/// handler down instead of making the daemon's memory grow: at most one line per connection waits. A
/// client that stops reading altogether is disconnected after the server's `writeTimeout`, and
/// `emit` then throws.
public struct ControlEventWriter: Sendable {
    /// The request the events belong to.
    public let requestID: ControlRequestID
    private let sink: @Sendable ([UInt8]) async throws(ControlError) -> Void
    private let state: State

    private final class State: Sendable {
        let finished = Atomic<Bool>(false)
        let emitted = Atomic<Int>(0)
    }

    /// - Parameters:
    ///   - requestID: the id every event line carries.
    ///   - sink: writes one complete line and returns when it is written (or throws `connection-closed`).
    init(requestID: ControlRequestID, sink: @escaping @Sendable ([UInt8]) async throws(ControlError) -> Void) {
        self.requestID = requestID
        self.sink = sink
        self.state = State()
    }

    /// Sends one event: `{"id":…,"ok":true,"event":<event>}`.
    ///
    /// - Throws: `ControlError` with code `connection-closed` when the client is gone (stop and let it
    ///   propagate), `internal` when `event` cannot be encoded, or when called after the handler
    ///   returned.
    public func emit(_ event: some Encodable & Sendable) async throws(ControlError) {
        let json = try ControlJSON.encode(event)
        if state.finished.load(ordering: .acquiring) {
            throw ControlError(.internal, "an event of request \(requestID) was emitted after its final reply")
        }
        try await sink(ReplyLine.event(id: requestID, json: json))
        state.emitted.add(1, ordering: .relaxed)
    }

    /// How many events were sent so far.
    public var emittedCount: Int { state.emitted.load(ordering: .relaxed) }

    /// Called once the handler returned: later emits throw instead of interleaving with the final line.
    func finish() { state.finished.store(true, ordering: .releasing) }
}
