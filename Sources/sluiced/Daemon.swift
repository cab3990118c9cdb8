import Logging
import Glibc
import ServiceLifecycle
import SluiceControl
import SluiceCore
import SluiceMetrics
import SluiceStore
import SluiceSystemd
import SluiceText

/// Builds the daemon's services from a configuration and runs them in one `ServiceGroup`.
struct Daemon {
    var configuration: SluiceConfiguration
    var logger: Logger
    /// Reads the configuration again (file and flags), for SIGHUP.
    var reload: @Sendable () throws(ConfigError) -> SluiceConfiguration
    /// The process environment (systemd's NOTIFY_SOCKET, WATCHDOG_USEC, RUNTIME_DIRECTORY, …).
    var environment: [String: String]

    /// The parse stage a configuration asks for: the text pipeline with its topic rules, or raw mode.
    static func makeParser(_ configuration: SluiceConfiguration) throws(ConfigError) -> any ArticleParser {
        if !configuration.tagging { return ArticlePipeline() }
        try ArticleTagger.prepareResources()
        return ArticleTagger(topics: try TopicClassifier.forConfiguration(configuration))
    }

    func run() async throws {
        // Metrics first: every handle made from here on records into the exporter's registry.
        let exporter = PrometheusExporter()
        exporter.bootstrap()
        let notifier = SystemdNotifier(environment: environment)
        let queue = IngestQueue(capacity: configuration.queueCapacity)
        let statistics = IngestStatistics()
        let monitor = DaemonMonitor(statistics: statistics, queue: queue)
        let readiness = Readiness(waitingFor: [.storeOpen, .controlSocketBound, .firstScanDone]) { [logger, configuration] in
            monitor.enter(.running)
            notifier.ready(status: monitor.status().summary)
            logger.info("sluiced is ready", metadata: ["spool.dir": "\(configuration.spoolDirectory)"])
        }

        // The prelude: lock, spool, recovery, store. Nothing is claimed before all of it succeeded.
        let lock = try StateLock(stateDirectory: configuration.stateDirectory)
        let spool = Spool(root: configuration.spoolDirectory)
        try spool.prepare()
        let recovered = try spool.recoverActive()
        if !recovered.isEmpty {
            logger.notice("recovered files left in active/ by an earlier run", metadata: ["spool.recovered": "\(recovered.count)"])
        }
        let journal = try Journal.open(
            path: Spool.absolute(configuration.databasePath), stories: configuration.tagging ? StoryClusterer() : nil)
        try await checkChain(journal)
        readiness.met(.storeOpen)

        let parser = ParserHolder(try Daemon.makeParser(configuration))
        let watcher = SpoolWatcher(
            spool: spool, queue: queue, rescanInterval: configuration.rescanInterval, logger: logger,
            onFirstScan: { readiness.met(.firstScanDone) })
        let pipeline = IngestPipeline(
            spool: spool, queue: queue, store: journal, parser: parser,
            configuration: configuration, statistics: statistics, metrics: exporter.ingestMetrics, recovered: Set(recovered),
            rescan: { watcher.requestRescan() }, logger: logger)
        let reloader = Reloader(parser: parser, running: configuration, load: reload, notifier: notifier, monitor: monitor, logger: logger)
        let storePath = Spool.absolute(configuration.databasePath)
        let metricsText: @Sendable () -> String = {
            exporter.render(status: monitor.status(), storeBytes: PrometheusExporter.storeBytes(databasePath: storePath))
        }
        let control = try controlServer(
            context: ControlContext(
                reader: journal, spool: spool,
                daemon: LiveDaemon(monitor: monitor, reloader: reloader, metricsText: metricsText),
                storePath: Spool.absolute(configuration.databasePath)),
            onListening: { readiness.met(.controlSocketBound) })
        let metricsServer = try configuration.metricsListen.map { listen throws(ConfigError) in
            try MetricsHTTPServer(listen: listen, logger: logger, render: metricsText)
        }

        // Shutdown runs in reverse order: the watcher stops feeding first, then the pipeline commits
        // its last batch and returns, then the control socket closes; the watchdog goes last. The status service is told first, so
        // STOPPING=1 goes out as shutdown begins.
        var groupConfiguration = ServiceGroupConfiguration(
            services: [
                .init(service: WatchdogService(notifier: notifier, monitor: monitor, logger: logger), successTerminationBehavior: .ignore, failureTerminationBehavior: .gracefullyShutdownGroup),
                .init(service: control, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
                .init(service: pipeline, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
                .init(service: watcher, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
                .init(service: ReloadService(reloader: reloader), successTerminationBehavior: .ignore, failureTerminationBehavior: .gracefullyShutdownGroup),
                .init(service: StatusService(notifier: notifier, monitor: monitor), successTerminationBehavior: .ignore, failureTerminationBehavior: .gracefullyShutdownGroup),
            ],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger)
        if let metricsServer {
            // Right after the control socket: it starts after it and stops just before it.
            let after = groupConfiguration.services.firstIndex { $0.service is ControlServer }.map { $0 + 1 } ?? groupConfiguration.services.endIndex
            groupConfiguration.services.insert(
                .init(service: metricsServer, successTerminationBehavior: .gracefullyShutdownGroup, failureTerminationBehavior: .gracefullyShutdownGroup),
                at: after)
        }
        // Below systemd's stop timeout: a batch stuck past this is cancelled, its files stay in active/.
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(20)
        try await ServiceGroup(configuration: groupConfiguration).run()
        withExtendedLifetime(lock) {}
        let totals = statistics.snapshot
        logger.info("sluiced stopped", metadata: ["ingest.ingested": "\(totals.ingested)", "ingest.duplicates": "\(totals.duplicates)", "ingest.failed": "\(totals.failed)"])
    }

    /// Refuses to append onto a store whose chain end does not verify, unless told to accept it.
    func checkChain(_ journal: Journal) async throws {
        let report = try await journal.verifyTail()
        if report.ok { return }
        let at = report.firstBadSeq.map { "at entry \($0)" } ?? "in the database file"
        let problem = report.problem ?? "unknown problem"
        guard configuration.acceptBrokenChain else {
            throw StoreError(.brokenChain, "the hash chain of \(journal.path) is broken \(at): \(problem); run `sluicectl verify` and restore the store from a backup, or start with --accept-broken-chain (accept-broken-chain = true) to append onto it anyway")
        }
        logger.critical("the hash chain is broken; appending onto it anyway as told (accept-broken-chain)", metadata: [
            "store.path": "\(journal.path)", "store.first_bad_seq": "\(report.firstBadSeq.map(String.init) ?? "-")", "store.problem": "\(problem)",
        ])
        // The head file recorded the lost or replaced chain: the next commit records the accepted one.
        journal.chainHead?.remove()
    }

    /// The control socket: the descriptor systemd passed as `control` (socket activation), else a
    /// socket bound at `control-socket`.
    func controlServer(context: ControlContext, onListening: @escaping @Sendable () -> Void) throws(ConfigError) -> ControlServer {
        var group: UInt32?
        if let name = configuration.controlGroup {
            guard let entry = getgrnam(name) else {
                throw ConfigError(.invalidValue, "control-group '\(name)' is not a group on this system; create it (systemd-sysusers) or remove the key")
            }
            group = entry.pointee.gr_gid
        }
        let activated = ListenedSockets.take().descriptor(named: "control")
        let endpoint: ControlServer.Endpoint = activated.map { .listeningDescriptor($0) } ?? .path(Spool.absolute(configuration.controlSocketPath(environment: environment)))
        var router = ControlRouter()
        SluiceCommands.register(on: &router, context: context)
        // Control clients must never take the descriptors that claiming and reading files need.
        let limit = OpenFileLimit.raiseToHard()
        let maxClients = OpenFileLimit.clientBudget(configured: configuration.controlMaxClients, limit: limit)
        if maxClients < configuration.controlMaxClients {
            logger.warning("control-max-clients lowered: RLIMIT_NOFILE leaves room for fewer clients", metadata: [
                "control.max_clients": "\(maxClients)", "control.configured_max_clients": "\(configuration.controlMaxClients)",
                "process.nofile": "\(limit)", "process.nofile_reserved": "\(OpenFileLimit.reserved)",
            ])
        }
        return ControlServer(
            endpoint: endpoint,
            configuration: .init(idleTimeout: configuration.controlIdleTimeout, maxClients: maxClients, group: group),
            router: router, logger: logger, onListening: onListening)
    }
}
