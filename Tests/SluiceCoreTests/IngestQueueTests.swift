import SluiceCore
import SluiceTestSupport
import Synchronization
import Testing

/// A value set by one task and read by the test.
final class Box<Value: Sendable>: Sendable {
    private let value: Mutex<Value>
    init(_ initial: Value) { value = Mutex(initial) }
    func set(_ v: Value) { value.withLock { $0 = v } }
    func update(_ body: (inout Value) -> Void) { value.withLock { body(&$0) } }
    var get: Value { value.withLock { $0 } }
}

/// Checks that `condition` stays false for `window` (a negative check: bounded, never a bare sleep).
func staysFalse(for window: Duration = .milliseconds(150), _ condition: @escaping () -> Bool) async -> Bool {
    do {
        try await waitUntil(timeout: window) { condition() }
        return false
    } catch {
        return true
    }
}

@Suite struct IngestQueueTests {
    let a = SpoolName("a"), b = SpoolName("b"), c = SpoolName("c")

    @Test func shed_dropsOffersToAFullQueue_andReleasesWaitingOfferers() async throws {
        // Given a full queue and an offerer waiting on it
        let queue = IngestQueue(capacity: 1)
        await queue.offer(a)
        let offered = Box(false)
        let waiting = Task { await queue.offer(b); offered.set(true) }
        #expect(await staysFalse { offered.get })

        // When it sheds, the waiting offer returns without queueing, and new offers do too
        queue.shed(true)
        await waiting.value
        await queue.offer(c)
        #expect(queue.depth == 1)
        #expect(await queue.next() == a)

        // And once it stops shedding, offers queue again
        queue.shed(false)
        await queue.offer(c)
        #expect(await queue.next() == c)
    }

    @Test func next_whenNamesOffered_handsThemOutInOrder() async {
        let queue = IngestQueue(capacity: 10)
        await queue.offer(a)
        await queue.offer(b)
        await queue.offer(c)
        #expect(queue.depth == 3)
        #expect(await queue.next() == a)
        #expect(await queue.next() == b)
        #expect(await queue.next() == c)
        #expect(queue.depth == 0)
        #expect(queue.inFlight == 3)
    }

    @Test func offer_whenNameAlreadyQueued_dropsTheDuplicate() async {
        let queue = IngestQueue(capacity: 10)
        await queue.offer(a)
        await queue.offer(b)
        await queue.offer(a)
        await queue.offer(SpoolName(bytes: Array("a".utf8)))
        #expect(queue.depth == 2)
        #expect(await queue.next() == a)
        #expect(await queue.next() == b)
        #expect(queue.depth == 0)
    }

    @Test func offer_whenNameQueuedAndFull_returnsAtOnce() async {
        // Given a full queue holding a
        let queue = IngestQueue(capacity: 1)
        await queue.offer(a)
        // When a is offered again, it does not wait for room (it would never get it)
        await queue.offer(a)
        #expect(queue.depth == 1)
    }

    @Test func done_whenNameOfferedWhileInFlight_queuesItAgain() async {
        let queue = IngestQueue(capacity: 10)
        // Given a in flight
        await queue.offer(a)
        #expect(await queue.next() == a)
        // When a is offered again (a new file under the same name) — twice
        await queue.offer(a)
        await queue.offer(a)
        #expect(queue.depth == 0, "an in-flight name is not queued beside itself")
        // Then finishing a queues it once more
        queue.done(a)
        #expect(queue.depth == 1)
        #expect(queue.inFlight == 0)
        #expect(await queue.next() == a)
        // And finishing it clean does not
        queue.done(a)
        #expect(queue.depth == 0)
        #expect(queue.inFlight == 0)
    }

    @Test func done_whenNameWasNotOfferedAgain_forgetsIt() async {
        let queue = IngestQueue(capacity: 10)
        await queue.offer(a)
        #expect(await queue.next() == a)
        queue.done(a)
        #expect(queue.depth == 0)
        // A later offer is a new file and is queued normally
        await queue.offer(a)
        #expect(queue.depth == 1)
    }

    @Test func done_whenDirtyAndAWorkerIsWaiting_handsTheNameToIt() async throws {
        let queue = IngestQueue(capacity: 10)
        await queue.offer(a)
        #expect(await queue.next() == a)
        await queue.offer(a)
        // Given a worker waiting on the empty queue
        let got = Box<SpoolName?>(nil)
        let worker = Task { got.set(await queue.next()) }
        #expect(await staysFalse { got.get != nil })
        // When the dirty name is done
        queue.done(a)
        // Then the waiting worker gets it
        try await waitUntil("worker got a", timeout: .seconds(5)) { got.get == a }
        await worker.value
        #expect(queue.inFlight == 1)
        #expect(queue.depth == 0)
    }

    @Test func offer_whenFull_suspendsUntilNextMakesRoom() async throws {
        let queue = IngestQueue(capacity: 2)
        await queue.offer(a)
        await queue.offer(b)
        // Given a third offer on the full queue
        let offered = Box(false)
        let producer = Task {
            await queue.offer(c)
            offered.set(true)
        }
        // Then it waits
        #expect(await staysFalse { offered.get })
        #expect(queue.depth == 2)
        // When a worker takes a name
        #expect(await queue.next() == a)
        // Then the offer completes and c is queued behind b
        try await waitUntil("offer of c returned", timeout: .seconds(5)) { offered.get }
        await producer.value
        #expect(queue.depth == 2)
        #expect(await queue.next() == b)
        #expect(await queue.next() == c)
    }

    @Test func offer_whenSeveralProducersBlockedAndWorkerWaits_everyProducerGetsIn() async throws {
        // Given a full queue of capacity 1 and five producers blocked on it
        let queue = IngestQueue(capacity: 1)
        await queue.offer(SpoolName("0"))
        let producers = Task {
            await withDiscardingTaskGroup { group in
                for i in 1...5 { group.addTask { await queue.offer(SpoolName("\(i)")) } }
            }
        }
        #expect(await staysFalse { queue.depth == 0 })
        // When a worker takes names as fast as it can (so it often waits in next() before a woken
        // producer has re-offered, and that producer hands its name straight to the worker)
        let received = Box<[SpoolName]>([])
        let worker = Task {
            while let name = await queue.next() {
                received.update { $0.append(name) }
                queue.done(name)
            }
        }
        // Then all six names arrive: each hand-off frees the slot for the next blocked producer
        await #expect(throws: Never.self) {
            try await waitUntil("all six names delivered", timeout: .seconds(30)) { received.get.count == 6 }
        }
        #expect(Set(received.get) == Set((0...5).map { SpoolName("\($0)") }))
        queue.close()  // releases producers that are still stuck, so the test ends either way
        await producers.value
        await worker.value
    }

    @Test func pause_whenNamesQueued_holdsThemUntilResume() async throws {
        let queue = IngestQueue(capacity: 10)
        // Given a paused queue with a name and a waiting worker
        queue.pause()
        #expect(queue.phase == .paused)
        await queue.offer(a)
        #expect(queue.depth == 1, "a paused queue still accepts names")
        let got = Box<SpoolName?>(nil)
        let worker = Task { got.set(await queue.next()) }
        #expect(await staysFalse { got.get != nil })
        // When resumed
        queue.resume()
        // Then the worker gets the name
        try await waitUntil("worker got a", timeout: .seconds(5)) { got.get == a }
        await worker.value
        #expect(queue.phase == .running)
        #expect(queue.depth == 0)
    }

    @Test func resume_whenNotPaused_changesNothing() async {
        let queue = IngestQueue(capacity: 10)
        queue.resume()
        #expect(queue.phase == .running)
        queue.close()
        queue.resume()
        queue.pause()
        #expect(queue.phase == .closed)
    }

    @Test func resume_whenPausedFullQueueHasBlockedProducerAndWaitingWorker_letsTheProducerIn() async throws {
        // Given a paused queue of capacity 1: a queued, a producer blocked offering b, a worker waiting
        let queue = IngestQueue(capacity: 1)
        queue.pause()
        await queue.offer(a)
        let offered = Box(false)
        let producer = Task {
            await queue.offer(b)
            offered.set(true)
        }
        let got = Box<[SpoolName]>([])
        let worker = Task {
            while let name = await queue.next() {
                got.update { $0.append(name) }
                queue.done(name)
            }
        }
        #expect(await staysFalse { offered.get })
        // When the queue is resumed, the worker takes a and the queue has room again
        queue.resume()
        // Then the blocked producer gets in and the worker receives b too
        try await waitUntil("worker got a", timeout: .seconds(5)) { got.get.first == a }
        await #expect(throws: Never.self) {
            try await waitUntil("blocked offer of b returned after resume()", timeout: .seconds(2)) { offered.get }
        }
        #expect(got.get == [a] || got.get == [a, b])
        queue.close()  // releases a producer that is still stuck, so the test ends either way
        await producer.value
        await worker.value
    }

    @Test func close_whenWorkersWaiting_wakesThemWithNil() async throws {
        let queue = IngestQueue(capacity: 10)
        let results = Box<[SpoolName?]>([])
        let workers = Task {
            await withDiscardingTaskGroup { group in
                for _ in 0..<3 {
                    group.addTask {
                        let name = await queue.next()
                        results.update { $0.append(name) }
                    }
                }
            }
        }
        #expect(await staysFalse { !results.get.isEmpty })
        queue.close()
        await workers.value
        #expect(results.get.count == 3)
        #expect(results.get.allSatisfy { $0 == nil })
        #expect(queue.phase == .closed)
    }

    @Test func close_whenProducerBlockedOnFullQueue_letsItReturn() async throws {
        let queue = IngestQueue(capacity: 1)
        await queue.offer(a)
        let offered = Box(false)
        let producer = Task {
            await queue.offer(b)
            offered.set(true)
        }
        #expect(await staysFalse { offered.get })
        queue.close()
        await producer.value
        #expect(offered.get)
    }

    @Test func close_whenNamesQueued_dropsOffersAndReturnsNil() async {
        let queue = IngestQueue(capacity: 10)
        await queue.offer(a)
        queue.close()
        await queue.offer(b)
        #expect(queue.depth == 1, "offers after close are dropped")
        #expect(await queue.next() == nil)
    }

    @Test func close_whenNameInFlightAndDirty_doesNotQueueItAgain() async {
        let queue = IngestQueue(capacity: 10)
        await queue.offer(a)
        #expect(await queue.next() == a)
        await queue.offer(a)
        queue.close()
        queue.done(a)
        #expect(queue.depth == 0)
        #expect(queue.inFlight == 0)
    }

    @Test func next_whenBurstOfOfferedNames_deliversEachExactlyOnce() async {
        // Given 500 names offered twice each by two producers against a small queue
        let queue = IngestQueue(capacity: 16)
        let names = (0..<500).map { SpoolName("f\($0)") }
        let producers = Task {
            await withDiscardingTaskGroup { group in
                group.addTask { for n in names { await queue.offer(n) } }
                group.addTask { for n in names { await queue.offer(n) } }
            }
            // Closing hands waiting workers nil even with names queued: close once the worker took them all.
            try? await waitUntil("queue drained") { queue.depth == 0 }
            queue.close()
        }
        // When a worker drains it, finishing each name before the next
        var seen: [SpoolName: Int] = [:]
        while let name = await queue.next() {
            seen[name, default: 0] += 1
            queue.done(name)
        }
        await producers.value
        // Then every name came at least once and never more than twice (a re-offer after done is a new file)
        #expect(seen.count == 500)
        #expect(seen.values.allSatisfy { $0 >= 1 && $0 <= 2 })
    }
}
