import Foundation
import NNCore
import XCTest
@testable import NNShell

/// The same training under the reference loops and under every vector family this processor
/// runs saves model files with the same bytes: weights, biases and optimizer state agree to the
/// last bit, whatever kernel computed them.
final class KernelFamilyModelTests: XCTestCase {
    override func tearDown() {
        KernelFamily.active = KernelFamily.best
        MatrixProduct.allowsBLAS = true
        super.tearDown()
    }

    /// The bytes of the model file `script` saves as model.json under `family`.
    private func savedModel(_ script: String, family: KernelFamily) throws -> Data {
        KernelFamily.active = family
        let folder = ShellHarness.scratchFolder()
        var session = Session()
        try ShellHarness.execute(script + "; save model.json", in: &session, base: folder)
        return try Data(contentsOf: URL(fileURLWithPath: folder + "/model.json"))
    }

    private func check(_ script: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let reference = try savedModel(script, family: .reference)
        XCTAssertGreaterThan(reference.count, 100, "no model saved", file: file, line: line)
        for family in KernelFamily.supported where family != .reference {
            let model = try savedModel(script, family: family)
            XCTAssertTrue(model == reference, "\(family) saved other bytes than reference for: \(script)", file: file, line: line)
        }
    }

    func testSoftmaxTanhAdamWithPenalty() throws {
        try check("seed 3; dataset spiral 300 classes 3; net 2 24 20 3 tanh; optimizer adam lr 0.01; set l2 0.001; train 15 batch 20")
    }

    func testSigmoidOutputReluMomentum() throws {
        try check("seed 1; dataset moons 400; net 2 16 16 1 relu; optimizer momentum; train 10 batch 32")
    }

    func testProductsAboveTheOwnKernelLimitWithBLASOff() throws {
        try check("seed 2; set blas off; dataset moons 2000; net 2 64 64 1 relu; train 2 batch 2000")
    }
}
