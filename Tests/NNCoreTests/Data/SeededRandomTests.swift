import XCTest
import NNCore

/// The stream against the reference `PortableRNG` of datasets.py. The expected numbers were
/// printed by `PortableRNG(seed)._raw`, `.uniform`, `.normal` and `.permutation` with the seeds
/// below (floats via `repr`).
final class SeededRandomTests: XCTestCase {
    func testRawDrawsMatchReference() {
        var zero = SeededRandom(seed: UInt64(0))
        XCTAssertEqual([zero.next(), zero.next(), zero.next()],
                       [16_294_208_416_658_607_535, 7_960_286_522_194_355_700, 487_617_019_471_545_679])
        XCTAssertEqual(zero.counter, 3)
        var minusOne = SeededRandom(seed: -1)
        XCTAssertEqual(minusOne.seed, UInt64.max)
        XCTAssertEqual([minusOne.next(), minusOne.next()],
                       [16_490_336_266_968_443_936, 16_834_447_057_089_888_969])
    }

    func testUniformsMatchReference() {
        var random = SeededRandom(seed: UInt64(42))
        XCTAssertEqual(random.uniforms(3), [0.7415648787718233, 0.1599103928769201, 0.27860113025513866])
        var boxed = SeededRandom(seed: UInt64(42))
        XCTAssertEqual(boxed.uniforms(2, low: -10, high: 10), [4.831297575436466, -6.801792142461598])
    }

    func testNormalsMatchReference() {
        var scaled = SeededRandom(seed: UInt64(7))
        let half = scaled.normals(3, scale: 0.5)
        let expectedHalf = [0.49423716615936764, 0.05232832374449699, -0.9321279033656137]
        for (value, expected) in zip(half, expectedHalf) {
            XCTAssertEqual(value, expected, accuracy: 1e-15)
        }
        var odd = SeededRandom(seed: UInt64(5))
        let five = odd.normals(5)
        let expectedFive = [0.014334745996352224, -0.9888470868675538, 0.5906209568869251,
                            0.4253770277681044, -0.4720898558893115]
        for (value, expected) in zip(five, expectedFive) {
            XCTAssertEqual(value, expected, accuracy: 1e-15)
        }
        XCTAssertEqual(odd.counter, 6, "five normals use three pairs of draws")
    }

    func testPermutationMatchesReference() {
        var random = SeededRandom(seed: UInt64(42))
        XCTAssertEqual(random.permutation(10), [8, 3, 6, 5, 4, 0, 9, 2, 1, 7])
        XCTAssertEqual(random.counter, 9, "one draw per i = 9 … 1")
        var single = SeededRandom(seed: UInt64(42))
        XCTAssertEqual(single.permutation(1), [0])
        XCTAssertEqual(single.counter, 0)
    }

    func testShuffleIsTheFisherYatesWalkAcrossItsBlocksOfDraws() {
        for n in [2, 63, 64, 65, 66, 129, 300] {
            var walk = SeededRandom(seed: UInt64(n))
            var expected = Array(0..<n)
            for i in stride(from: n - 1, through: 1, by: -1) {
                expected.swapAt(i, Int(walk.uniform() * Double(i + 1)))
            }
            var random = SeededRandom(seed: UInt64(n))
            var values = Array(0..<n)
            random.shuffle(&values)
            XCTAssertEqual(values, expected, "n = \(n)")
            XCTAssertEqual(random.counter, walk.counter, "n = \(n)")
        }
    }
}
