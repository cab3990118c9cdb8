import ServiceLifecycle
import UnixSignals

/// Reloads the configuration on every SIGHUP.
struct ReloadService: Service {
    let reloader: Reloader

    func run() async throws {
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        for await _ in hangups.cancelOnGracefulShutdown() {
            // A failure is logged by the reloader; the daemon goes on with the running configuration.
            try? reloader.reload(trigger: "SIGHUP")
        }
    }
}
