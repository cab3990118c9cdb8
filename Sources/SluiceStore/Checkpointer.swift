import GRDB
import GRDBSQLite
import Synchronization

/// Runs the WAL checkpoints of the daemon's store on a connection of its own, off the commit path.
///
/// SQLite's default checkpoints run inside the commit that crosses 1,000 WAL frames: that commit then
/// also copies the WAL into the database file and fsyncs it, and the next batch waits. Here the
/// writer's WAL hook only asks for a checkpoint (`threshold` frames), and a `PASSIVE` checkpoint runs
/// on this connection's queue while the writer goes on appending; readers are never blocked. Should the
/// checkpoints fall behind (`backstop` frames), the writer checkpoints itself, as SQLite would.
/// Durability is unchanged: every commit is durable in the WAL (`synchronous=FULL`) before it returns.
final class Checkpointer: Sendable {
    static let threshold: CInt = 1_000
    static let backstop: CInt = 20_000

    private let connection = Mutex<DatabaseQueue?>(nil)
    private let requested = Atomic<Bool>(false)

    /// Opens the checkpoint connection, once the store file exists and is in WAL mode.
    func start(path: String) throws {
        var config = Configuration()
        config.label = "sluice.checkpointer"
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL; PRAGMA cache_size = -256") }
        let queue = try DatabaseQueue(path: path, configuration: config)
        connection.withLock { $0 = queue }
    }

    /// Installs the WAL hook on the writer connection (in place of SQLite's automatic checkpoints).
    func install(on db: Database) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_wal_hook(db.sqliteConnection, { context, handle, _, frames in
            guard let context else { return SQLITE_OK }
            let checkpointer = Unmanaged<Checkpointer>.fromOpaque(context).takeUnretainedValue()
            if frames >= Checkpointer.backstop || (frames >= Checkpointer.threshold && !checkpointer.request()) {
                // Behind, or no connection of its own yet: checkpoint here, like SQLite's default hook.
                sqlite3_wal_checkpoint_v2(handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            }
            return SQLITE_OK
        }, context)
    }

    /// Schedules one checkpoint unless one is waiting already. False without a connection.
    private func request() -> Bool {
        guard let queue = connection.withLock({ $0 }) else { return false }
        if requested.exchange(true, ordering: .acquiringAndReleasing) { return true }
        queue.asyncWriteWithoutTransaction { [self] db in
            requested.store(false, ordering: .releasing)
            // A failure (busy, I/O) leaves the frames in the WAL for the next checkpoint.
            _ = try? db.checkpoint(.passive)
        }
        return true
    }
}
