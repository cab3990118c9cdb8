import Foundation
import Glibc
import Logging
import SluiceCore
import SluiceSystemd
import SluiceTestSupport
import Testing

struct JournaldLogHandlerTests {
    @Test func metadataKeys_becomeSluiceFields() {
        #expect(JournaldLogHandler.fieldName("spool.file") == "SLUICE_FILE")
        #expect(JournaldLogHandler.fieldName("store.seq") == "SLUICE_SEQ")
        #expect(JournaldLogHandler.fieldName("error.code") == "SLUICE_REASON")
        #expect(JournaldLogHandler.fieldName("queue.in_flight") == "SLUICE_QUEUE_IN_FLIGHT")
        #expect(JournaldLogHandler.fieldName("é-x") == "SLUICE___X")
    }

    @Test func fields_carryMessagePriorityCodeLocationAndMetadata() {
        let event = LogEvent(level: .warning, message: "file quarantined", metadata: nil, source: "t", file: "Spool.swift", function: "f()", line: 42)
        let fields = JournaldLogHandler.fields(of: event, metadata: ["spool.file": "a b.txt", "error.code": "binary"], identifier: "sluiced")
        #expect(fields == [
            "MESSAGE=file quarantined", "PRIORITY=4", "SYSLOG_IDENTIFIER=sluiced",
            "CODE_FILE=Spool.swift", "CODE_LINE=42", "CODE_FUNC=f()",
            "SLUICE_REASON=binary", "SLUICE_FILE=a b.txt",
        ])
    }

    @Test func journalStream_mustNameStderrsDeviceAndInode() throws {
        var st = stat()
        #expect(fstat(STDERR_FILENO, &st) == 0)
        #expect(SystemdLogging.stderrIsJournal(environment: ["JOURNAL_STREAM": "\(st.st_dev):\(st.st_ino)"]))
        #expect(!SystemdLogging.stderrIsJournal(environment: ["JOURNAL_STREAM": "\(st.st_dev):\(st.st_ino + 1)"]))
        #expect(!SystemdLogging.stderrIsJournal(environment: ["JOURNAL_STREAM": "garbage"]))
        #expect(!SystemdLogging.stderrIsJournal(environment: [:]))
        #expect(SystemdLogging.handler(label: "x", level: .info, environment: [:]) is DaemonLogHandler)
        #expect(SystemdLogging.handler(label: "x", level: .info, environment: ["JOURNAL_STREAM": "\(st.st_dev):\(st.st_ino)"]) is JournaldLogHandler)
    }
}

