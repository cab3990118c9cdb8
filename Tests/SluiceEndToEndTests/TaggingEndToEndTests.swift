import Foundation
import Glibc
import SluiceTestSupport
import Testing

/// End-to-end: the text pipeline inside the daemon and in `sluicectl tag`, on the seeds.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct TaggingEndToEndTests {
    struct Tagged: Decodable {
        var file: String?
        var title: String?
        var language: String?
        var topics: [String]
        var entities: [Entity]
        struct Entity: Decodable { var kind: String; var name: String }
    }

    struct Story: Decodable {
        var id: String
        var seqs: [Int]
    }

    @Test func seeds_inTheDaemon_getLanguagesEntitiesTopicsAndStories() async throws {
        let box = try Sandbox("tagging")
        defer { box.remove() }
        let daemon = try box.startDaemon()
        try await box.waitForSpool(daemon)

        // Dropped one by one, in seed order, so that seqs follow the seed numbers.
        for name in Seeds.names {
            try box.drop(name, try Seeds.bytes(name))
            let expected = Seeds.names.firstIndex(of: name)! + 1
            try await waitUntil("\(name) ingested") { try await box.status().ingested == expected }
        }

        let languages = try await box.ctl(["list", "--json", "--after-seq", "0"])
        let entries = try JSONDecoder().decode([Tagged].self, from: languages.stdoutData)
        #expect(entries.map(\.language) == ["lv", "sq", "nb", "en", "tr"])
        #expect(entries.allSatisfy { $0.topics.contains("nagorno-karabakh") })
        #expect(entries.allSatisfy { $0.entities.contains { $0.name == "Vladimir Putin" && $0.kind == "person" } })

        // The entity index answers "what came in about Aliyev, in Turkish?"
        let aliyev = try await box.ctl(["list", "--json", "--entity", "Ilham Aliyev", "--lang", "tr"])
        #expect(try JSONDecoder().decode([Tagged].self, from: aliyev.stdoutData).count == 1)

        // Stories: 001 (sq) and 004 (tr) report the same call; 000 (lv) and 003 (en) are other events.
        let storiesResult = try await box.ctl(["stories", "--json", "--limit", "10"])
        let stories = try JSONDecoder().decode([Story].self, from: storiesResult.stdoutData)
        let groups = Set(stories.map { Set($0.seqs) })
        #expect(groups.contains([2, 5]))
        #expect(groups.contains([1]))
        #expect(groups.contains([4]))
        #expect(groups.contains([3]))
        #expect(try await daemon.stop() == 0)
    }

    @Test func tagCommand_printsOneObjectPerFile() async throws {
        let files = Seeds.names.map { Seeds.directory + "/" + $0 }
        let result = try await run(Binaries.sluicectl, ["tag"] + files)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == files.count)
        let first = try JSONDecoder().decode(Tagged.self, from: Data(lines[3].utf8))
        #expect(first.file == files[3])
        #expect(first.language == "en")
        #expect(first.title == "Turkish, Russian presidents discuss Upper Karabakh")
    }

    @Test func tagCommand_onAnEmptyFile_saysWhyAndExitsOne() async throws {
        let dir = try TemporaryDirectory("tagempty")
        defer { dir.remove() }
        let empty = try dir.write("empty.txt", "")
        let result = try await run(Binaries.sluicectl, ["tag", empty])
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty"))
    }
}

/// SIGHUP re-reads the configuration: new topic rules apply to files claimed afterwards.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct ReloadEndToEndTests {
    struct Tagged: Decodable { var source_name: String; var topics: [String] }

    @Test func sighup_appliesNewTopicRulesToNewFiles_andKeepsTheOldOnesWhenInvalid() async throws {
        let box = try Sandbox("reload")
        defer { box.remove() }
        let rules = box.root.appending("topics.toml")
        try box.root.write("topics.toml", "[topics.alpha]\nkeywords = [\"zebra\"]\nthreshold = 1\n")
        let config = try box.root.write("sluiced.toml", "topics = \"\(rules)\"\n")
        let daemon = try box.startDaemon(["--config", config])
        try await box.waitForSpool(daemon)

        try box.drop("one.txt", Array("Zebra news\n\nA zebra crossed the road.\n".utf8))
        try await waitUntil("first file") { try await box.status().ingested == 1 }

        // When the rules change and the daemon gets SIGHUP
        try box.root.write("topics.toml", "[topics.beta]\nkeywords = [\"zebra\"]\nthreshold = 1\n")
        daemon.send(SIGHUP)
        try await waitUntil("reloaded") { daemon.log.contains("configuration reloaded") }
        try box.drop("two.txt", Array("More zebra news\n\nAnother zebra crossed the road.\n".utf8))
        try await waitUntil("second file") { try await box.status().ingested == 2 }

        // Then the old file keeps its topic and the new one gets the new rule's
        let listed = try await box.ctl(["list", "--json", "--after-seq", "0"])
        let entries = try JSONDecoder().decode([Tagged].self, from: listed.stdoutData)
        #expect(entries.map(\.topics) == [["alpha"], ["beta"]])

        // And an invalid file is refused: logged, the running rules kept, the daemon up
        try box.root.write("topics.toml", "[topics.gamma]\nkeyword = [\"zebra\"]\n")
        daemon.send(SIGHUP)
        try await waitUntil("reload refused") { daemon.log.contains("reload failed") }
        #expect(daemon.isRunning)
        try box.drop("three.txt", Array("Zebra again\n\nA third zebra.\n".utf8))
        try await waitUntil("third file") { try await box.status().ingested == 3 }
        let all = try await JSONDecoder().decode([Tagged].self, from: try box.ctl(["list", "--json", "--after-seq", "0"]).stdoutData)
        #expect(all.last?.topics == ["beta"])
        #expect(try await daemon.stop() == 0)
    }
}
