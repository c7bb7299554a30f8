import Foundation
import XCTest

/// The `nnb` executable that `swift test` builds next to the test bundle.
enum BuiltProgram {
    static func url() throws -> URL {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("nnb")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw XCTSkip("the nnb binary is not built next to the tests")
    }
}
