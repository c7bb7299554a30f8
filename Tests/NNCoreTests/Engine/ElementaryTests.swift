import Foundation
import XCTest
@testable import NNCore

/// nnb's own Double exp, log, log1p and tanh and the Float tanh against the C library evaluated
/// in wider precision (Float80 for Double, Double for Float), over wide ranges: exp and log within
/// one ulp of the exact value, log1p and tanh within one and a half, Float tanh within two, so the golden values still hold while no printed number depends on
/// the C library.
final class ElementaryTests: XCTestCase {
    #if arch(x86_64)
    typealias Wide = Float80
    #else
    typealias Wide = Double
    #endif

    /// Distance between a and b in units of the last place of b.
    private func ulps(_ a: Double, _ exact: Wide) -> Double {
        let b = Double(exact)
        return Double(abs(Wide(a) - exact) / Wide(max(abs(b).ulp, Double.leastNormalMagnitude)))
    }

    private func worst(_ xs: [Double], _ ours: (Double) -> Double, _ theirs: (Wide) -> Wide) -> (Double, Double) {
        var result = (0.0, 0.0)
        for x in xs {
            let error = ulps(ours(x), theirs(Wide(x)))
            if error > result.0 { result = (error, x) }
        }
        return result
    }

    private var samples: [Double] {
        var r = SeededRandom(seed: 7)
        return r.uniforms(20_000, low: -1, high: 1)
    }

    func testExpWithinOneUlp() {
        let xs = samples.map { $0 * 700 } + samples.map { $0 * 2 } + [0, 1, -1, 0.5, 1e-300, 709.7, -708, -744]
        let (error, x) = worst(xs, Elementary.exp, Foundation.exp)
        XCTAssertLessThanOrEqual(error, 1, "exp(\(x))")
        XCTAssertEqual(Elementary.exp(0), 1)
        XCTAssertEqual(Elementary.exp(800), .infinity)
        XCTAssertEqual(Elementary.exp(-800), 0)
        XCTAssertTrue(Elementary.exp(.nan).isNaN)
    }

    func testLogWithinOneUlp() {
        let xs = samples.map { Foundation.exp($0 * 700) } + samples.map { 1 + $0 / 4 } + [1, 2, 0.5, Double.leastNormalMagnitude / 4, .greatestFiniteMagnitude]
        let (error, x) = worst(xs, Elementary.log, Foundation.log)
        XCTAssertLessThanOrEqual(error, 1, "log(\(x))")
        XCTAssertEqual(Elementary.log(1), 0)
        XCTAssertEqual(Elementary.log(0), -.infinity)
        XCTAssertTrue(Elementary.log(-1).isNaN)
    }

    func testLog1pWithinOneAndAHalfUlp() {
        let xs = samples.map { Foundation.exp($0 * 40) } + samples.map { $0 / 2 } + [1e-20, -1e-20, 3]
        let (error, x) = worst(xs, Elementary.log1p, Foundation.log1p)
        XCTAssertLessThanOrEqual(error, 1.5, "log1p(\(x))")
    }

    func testTanhWithinOneAndAHalfUlp() {
        let xs = samples.map { $0 * 25 } + samples.map { $0 } + [0, 1e-30, 0.55, -0.55, 0.5499999]
        let (error, x) = worst(xs, Elementary.tanh, Foundation.tanh)
        XCTAssertLessThanOrEqual(error, 1.5, "tanh(\(x))")
        XCTAssertEqual(Elementary.tanh(30), 1)
        XCTAssertEqual(Elementary.tanh(-30), -1)
    }

    func testFloatTanhWithinTwoUlp() {
        let xs = samples.map { Float($0 * 12) } + samples.map { Float($0) } + [0, 1e-20, 0.625, -0.625]
        var worst: (Double, Float) = (0, 0)
        for x in xs {
            let exact = Foundation.tanh(Double(x))
            let error = abs(Double(Float.tanh(x)) - exact) / Double(max(abs(Float(exact)).ulp, Float.leastNormalMagnitude))
            if error > worst.0 { worst = (error, x) }
        }
        XCTAssertLessThanOrEqual(worst.0, 2, "tanh(\(worst.1))")
    }

    func testSingleFloatsMatchTheirLanes() {
        let xs: [Float] = [-3.5, -0.2, 0, 0.7, 2, 9.5, 40, 0.01]
        let v = VectorMath.Floats(xs)
        let exps = VectorMath.exp(v), logs = VectorMath.log(v.replacing(with: 1, where: v .<= 0)), tanhs = VectorMath.tanh(v)
        for (i, x) in xs.enumerated() {
            XCTAssertEqual(Float.exp(x).bitPattern, exps[i].bitPattern)
            XCTAssertEqual(Float.tanh(x).bitPattern, tanhs[i].bitPattern)
            if x > 0 { XCTAssertEqual(Float.log(x).bitPattern, logs[i].bitPattern) }
        }
    }

    func testAdamPowerIsExactForSmallIntegers() {
        XCTAssertEqual(AdamRule.power(0.5, 10), 1.0 / 1024)
        XCTAssertEqual(AdamRule.power(0.9, 0), 1)
        XCTAssertEqual(AdamRule.power(0.9, 3), 0.9 * 0.9 * 0.9, accuracy: 1e-16)
    }
}
