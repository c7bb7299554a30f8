import Foundation
import XCTest
@testable import NNShell

/// Every seed input and every input a fuzzer once crashed on (fuzz/corpus, fuzz/regressions)
/// runs through its fuzz target without trapping.
final class FuzzCorpusTests: XCTestCase {
    private static let root = Repository.url("fuzz").path

    private func inputs(_ target: String) -> [String] {
        ["corpus", "regressions"].flatMap { kind -> [String] in
            let folder = Self.root + "/\(kind)/\(target)"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
        }
    }

    func testEveryTargetHasSeedsAndRunsThemAll() throws {
        XCTAssertEqual(FuzzEntry.targets.keys.sorted(), ["csv", "interpreter", "markdown", "model", "notebook"])
        for (name, target) in FuzzEntry.targets {
            let files = inputs(name)
            XCTAssertFalse(files.isEmpty, "no seed inputs for \(name)")
            for file in files {
                target(try Data(contentsOf: URL(fileURLWithPath: file)))
            }
        }
    }

    func testTheInterpreterTargetSkipsSlowScriptsAndStaysInItsFolder() throws {
        let outside = ShellHarness.scratchFolder()
        FuzzEntry.interpreter(Data("dataset moons 20\ndataset save \(outside)/escaped.csv\nsave ../../m.json\n".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outside), [])
    }
}
