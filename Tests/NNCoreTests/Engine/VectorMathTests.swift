import Foundation
import XCTest
@testable import NNCore

/// The eight-lane exp, log and sigmoid against the C library, within a few ulp.
final class VectorMathTests: XCTestCase {
    private func lanes(_ values: [Float]) -> [VectorMath.Floats] {
        stride(from: 0, to: values.count, by: 8).map { start in
            var v = VectorMath.Floats()
            for i in 0..<min(8, values.count - start) { v[i] = values[start + i] }
            return v
        }
    }

    func testExpWithinFourUlp() {
        let xs = stride(from: -87.0, through: 88.2, by: 0.173).map { Float($0) } + [0, -0, 1e-8, -1e-8, 0.5, -0.5]
        for (block, v) in lanes(xs).enumerated() {
            let e = VectorMath.exp(v)
            for i in 0..<8 where block * 8 + i < xs.count {
                let want = Foundation.exp(xs[block * 8 + i])
                XCTAssertLessThanOrEqual(abs(e[i] - want), 4 * want.ulp, "exp(\(xs[block * 8 + i]))")
            }
        }
        XCTAssertEqual(VectorMath.exp(VectorMath.Floats(repeating: -1e4))[0], Foundation.exp(Float(-87.3)), accuracy: 1e-37)
        XCTAssertTrue(VectorMath.exp(VectorMath.Floats(repeating: 1e4))[0].isFinite)
    }

    func testLogWithinFourUlp() {
        let xs = stride(from: -30.0, through: 30.0, by: 0.37).map { Float(Foundation.exp($0)) } + [1, 2, 0.5, 1.0000001, 1.9999999]
        for (block, v) in lanes(xs).enumerated() {
            let l = VectorMath.log(v)
            for i in 0..<8 where block * 8 + i < xs.count {
                let want = Foundation.log(xs[block * 8 + i])
                XCTAssertLessThanOrEqual(abs(l[i] - want), 4 * max(abs(want).ulp, Float.ulpOfOne), "log(\(xs[block * 8 + i]))")
            }
        }
    }

    func testSigmoidHasNoOverflowAndMatchesTheDefinition() {
        let zs: [Float] = [-1e4, -100, -20, -3, -0.5, 0, 0.5, 3, 20, 100, 1e4, 7]
        for (block, v) in lanes(zs).enumerated() {
            let s = VectorMath.sigmoid(v)
            for i in 0..<8 where block * 8 + i < zs.count {
                let z = Double(zs[block * 8 + i])
                let want = Float(1 / (1 + Foundation.exp(-z)))
                XCTAssertEqual(s[i], want, accuracy: 4 * max(want.ulp, 1e-30), "σ(\(z))")
            }
        }
    }

    func testBinaryCrossEntropyOfExtremeLogitsIsFinite() {
        let z: [Float] = [1e4, -1e4, 0, 30, -30, 2, -3, 0.5, 1]
        let y: [Float] = [0, 1, 1, 1, 0, 1, 1, 0, 0]
        let a = z.map { Float(1 / (1 + Foundation.exp(-Double($0)))) }
        let value = z.withUnsafeBufferPointer { zp in
            a.withUnsafeBufferPointer { ap in
                y.withUnsafeBufferPointer { yp in
                    Loss.binaryCrossEntropy(zp.baseAddress!, ap.baseAddress!, yp.baseAddress!, count: z.count)
                }
            }
        }
        var sum = 0.0
        for (zi, yi) in zip(z, y) {
            let logit = Double(zi)
            let softplus: Double = Foundation.log1p(Foundation.exp(-abs(logit)))
            sum += max(logit, 0) - logit * Double(yi) + softplus
        }
        let exact = sum / Double(z.count)
        XCTAssertEqual(Double(value), exact, accuracy: 1e-5 * exact)
    }
}
