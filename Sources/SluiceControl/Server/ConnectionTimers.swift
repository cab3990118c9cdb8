/// When a control connection's two timers run. A plain state machine: the `ConnectionGuard` handler
/// feeds it events and performs the decisions it returns; it is tested without I/O or clocks.
///
/// - The *idle* timer runs only while the connection has no request in progress: from the moment it
///   opens, and again from each final reply. It is stopped when a request line arrives. When it fires
///   the connection is closed (`idleTimeout`). A long `follow` is therefore never idle.
/// - The *write* timer runs while written lines wait for the client to read them, and restarts each
///   time one of them is written out (progress). When it fires the client has stopped reading and the
///   connection is dropped (`writeTimeout`).
struct ConnectionTimers: Equatable {
    /// What to do with one timer.
    enum Change: Equatable {
        case start
        case stop
    }

    /// The changes an event calls for (nil: leave the timer as it is).
    struct Decision: Equatable {
        var idle: Change?
        var write: Change?

        static let none = Decision()
    }

    /// Requests received whose final reply was not written yet.
    private(set) var requestsInProgress = 0
    /// Lines handed to the channel and not yet written to the socket.
    private(set) var pendingWrites = 0
    private(set) var isClosed = false

    /// The connection became active.
    mutating func opened() -> Decision {
        if isClosed { return .none }
        return requestsInProgress == 0 ? Decision(idle: .start) : .none
    }

    /// A request line (or an over-long one) arrived.
    mutating func requestReceived() -> Decision {
        if isClosed { return .none }
        requestsInProgress += 1
        return requestsInProgress == 1 ? Decision(idle: .stop) : .none
    }

    /// A line was handed to the channel; `final` for the last line of a request's reply.
    mutating func lineQueued(final: Bool) -> Decision {
        if isClosed { return .none }
        var decision = Decision.none
        pendingWrites += 1
        if pendingWrites == 1 { decision.write = .start }
        if final {
            precondition(requestsInProgress > 0, "a final reply was written for no request")
            requestsInProgress -= 1
            if requestsInProgress == 0 { decision.idle = .start }
        }
        return decision
    }

    /// A queued line was written to the socket (or failed to be).
    mutating func lineWritten() -> Decision {
        if isClosed { return .none }
        precondition(pendingWrites > 0, "a line was written that was never queued")
        pendingWrites -= 1
        // Progress: restart the write timer for what is still waiting, or stop it.
        return Decision(write: pendingWrites == 0 ? .stop : .start)
    }

    /// The connection closed: both timers stop for good.
    mutating func closed() -> Decision {
        if isClosed { return .none }
        isClosed = true
        return Decision(idle: .stop, write: .stop)
    }
}
