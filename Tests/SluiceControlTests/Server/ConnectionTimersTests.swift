@testable import SluiceControl
import Testing

@Suite struct ConnectionTimersTests {
    typealias Decision = ConnectionTimers.Decision

    @Test func newConnection_startsTheIdleTimer() {
        var timers = ConnectionTimers()
        #expect(timers.opened() == Decision(idle: .start))
    }

    @Test func request_stopsTheIdleTimer_untilItsFinalReply() {
        var timers = ConnectionTimers()
        _ = timers.opened()
        // Given a request in progress
        #expect(timers.requestReceived() == Decision(idle: .stop))
        // When it emits events, the idle timer stays off and the write timer watches the writes
        #expect(timers.lineQueued(final: false) == Decision(write: .start))
        #expect(timers.lineWritten() == Decision(write: .stop))
        // Then its final reply starts the idle timer again
        #expect(timers.lineQueued(final: true) == Decision(idle: .start, write: .start))
        #expect(timers.lineWritten() == Decision(write: .stop))
        #expect(timers.requestsInProgress == 0)
    }

    @Test func pipelinedRequests_keepTheIdleTimerOff_untilTheLastIsAnswered() {
        var timers = ConnectionTimers()
        _ = timers.opened()
        #expect(timers.requestReceived() == Decision(idle: .stop))
        #expect(timers.requestReceived() == .none)
        #expect(timers.lineQueued(final: true) == Decision(write: .start))
        #expect(timers.lineWritten() == Decision(write: .stop))
        #expect(timers.lineQueued(final: true) == Decision(idle: .start, write: .start))
    }

    @Test func writeTimer_restartsOnProgress_andStopsWhenAllIsWritten() {
        var timers = ConnectionTimers()
        _ = timers.opened()
        _ = timers.requestReceived()
        #expect(timers.lineQueued(final: false) == Decision(write: .start))
        #expect(timers.lineQueued(final: false) == .none)
        #expect(timers.lineQueued(final: false) == .none)
        #expect(timers.lineWritten() == Decision(write: .start))
        #expect(timers.lineWritten() == Decision(write: .start))
        #expect(timers.lineWritten() == Decision(write: .stop))
        #expect(timers.pendingWrites == 0)
    }

    @Test func closedConnection_stopsBothTimers_andIgnoresLaterEvents() {
        var timers = ConnectionTimers()
        _ = timers.opened()
        _ = timers.requestReceived()
        _ = timers.lineQueued(final: false)
        #expect(timers.closed() == Decision(idle: .stop, write: .stop))
        #expect(timers.lineWritten() == .none)
        #expect(timers.opened() == .none)
        #expect(timers.closed() == .none)
    }
}
