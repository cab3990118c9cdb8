import Foundation
import Glibc
import SluiceCore
import SluiceTestSupport
import Testing

@Suite struct StateLockTests {
    @Test func init_whenStateDirectoryMissing_createsItAndWritesPid() throws {
        let dir = try TemporaryDirectory("lock")
        defer { dir.remove() }
        let state = dir.appending("state")
        let lock = try StateLock(stateDirectory: state)
        #expect(lock.path == state + "/sluiced.lock")
        let contents = try String(contentsOfFile: lock.path, encoding: .utf8)
        #expect(contents == "\(getpid())\n")
        withExtendedLifetime(lock) {}
    }

    @Test func init_whenAnotherLockHeld_throwsStateLockedNamingThePid() throws {
        let dir = try TemporaryDirectory("lock")
        defer { dir.remove() }
        // Given a lock held on the state directory
        let first = try StateLock(stateDirectory: dir.path)
        // When a second one is taken on the same directory
        let error = #expect(throws: SpoolError.self) { try StateLock(stateDirectory: dir.path) }
        // Then it is refused with the owner's pid
        #expect(error?.code == .locked)
        #expect(error?.code.rawValue == "state-locked")
        #expect(error?.message.contains("another sluiced (pid \(getpid()))") == true)
        #expect(error?.message.contains(dir.path) == true)
        withExtendedLifetime(first) {}
    }

    @Test func init_whenPreviousLockReleased_succeedsAgain() throws {
        let dir = try TemporaryDirectory("lock")
        defer { dir.remove() }
        do {
            let first = try StateLock(stateDirectory: dir.path)
            withExtendedLifetime(first) {}
        }
        let second = try StateLock(stateDirectory: dir.path)
        #expect(second.path == dir.path + "/sluiced.lock")
        withExtendedLifetime(second) {}
    }

    @Test func init_whenLockFileIsASymlink_refusesIt() throws {
        let dir = try TemporaryDirectory("lock")
        defer { dir.remove() }
        try dir.write("elsewhere", "x")
        #expect(symlink(dir.appending("elsewhere"), dir.appending("sluiced.lock")) == 0)
        let error = #expect(throws: SpoolError.self) { try StateLock(stateDirectory: dir.path) }
        #expect(error?.code == .unusable)
        #expect(try String(contentsOfFile: dir.appending("elsewhere"), encoding: .utf8) == "x")
    }
}
