import ArgumentParser
import Foundation
import Glibc
import SluiceCore

extension SluiceCtl {
    /// `sluicectl submit FILE…`: the safe way to drop files.
    struct Submit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Drop files into the spool safely.",
            discussion: "Each file is copied into SPOOL/tmp/, fsync'd, and renamed into SPOOL/incoming/, so sluiced never sees half a file. A name already waiting in incoming/ gets a numeric suffix.")

        @OptionGroup var globalOptions: GlobalOptions
        @ParentCommand var root: SluiceCtl
        var global: Locations { globalOptions.resolved(root) }
        @OptionGroup var output: OutputOptions

        @Argument(help: ArgumentHelp("Files to submit.", valueName: "file"))
        var files: [String]

        struct Submitted: Encodable { var file: String; var name: String }

        func run() async throws {
            let spool = Spool(root: global.spool)
            var done: [Submitted] = []
            var failures = 0
            for file in files {
                do {
                    let name = try spool.submit(file: file)
                    done.append(Submitted(file: file, name: name.description))
                    if !output.json { print("submitted \(file) as incoming/\(name)") }
                } catch {
                    failures += 1
                    FileHandle.standardError.write(Data("sluicectl: \(file): \(error.message)\n".utf8))
                }
            }
            if output.json { try Output.json(done) }
            if failures > 0 { throw ExitCode(1) }
        }
    }
}
