import XCTest
@testable import NNCore

/// Every kernel family this processor runs gives products with the same bits as the reference
/// loops, on awkward shapes, both transposes, α, β and the dense layer's bias; and `NNB_KERNEL`
/// names are checked.
final class KernelFamilyTests: XCTestCase {
    override func tearDown() {
        KernelFamily.active = KernelFamily.best
        super.tearDown()
    }

    private func random<T: NNScalar>(_ count: Int, _ r: inout SeededRandom) -> [T] {
        r.uniforms(count, low: -1, high: 1).map { T($0) }
    }

    /// C for one shape under `family`, with a bias when `biased`.
    private func product<T: NNScalar>(_ family: KernelFamily, m: Int, n: Int, k: Int, transA: Bool, transB: Bool,
                                      biased: Bool, seed: UInt64) -> [T] {
        KernelFamily.active = family
        var r = SeededRandom(seed: seed)
        let a: [T] = random(m * k, &r), b: [T] = random(k * n, &r), bias: [T] = random(n, &r)
        var c: [T] = random(m * n, &r)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                bias.withUnsafeBufferPointer { pbias in
                    c.withUnsafeMutableBufferPointer { pc in
                        SmallProduct.gemm(m: m, n: n, k: k, alpha: biased ? 1 : 0.75, a: pa.baseAddress!, lda: transA ? m : k,
                                          transA: transA, b: pb.baseAddress!, ldb: transB ? k : n, transB: transB,
                                          beta: biased ? 0 : 1.5, c: pc.baseAddress!, ldc: n,
                                          bias: biased && !transB ? pbias.baseAddress : nil)
                    }
                }
            }
        }
        return c
    }

    private func check<T: NNScalar>(_: T.Type) {
        let shapes = [(1, 1, 1), (1, 7, 1), (5, 1, 3), (3, 5, 7), (17, 13, 11), (2, 64, 33), (32, 16, 2), (9, 1, 17),
                      (40, 30, 20), (9, 16, 5), (17, 33, 12), (64, 64, 64), (3, 48, 1), (32, 17, 0), (13, 31, 40),
                      (20, 3, 16), (14, 24, 6), (7, 40, 3), (11, 18, 9), (13, 10, 7)]
        var seed: UInt64 = 1
        for (m, n, k) in shapes {
            for transA in [false, true] {
                for transB in [false, true] {
                    for biased in [false, true] {
                        seed += 1
                        let reference: [T] = product(.reference, m: m, n: n, k: k, transA: transA, transB: transB,
                                                     biased: biased, seed: seed)
                        for family in KernelFamily.supported where family != .reference {
                            let got: [T] = product(family, m: m, n: n, k: k, transA: transA, transB: transB,
                                                   biased: biased, seed: seed)
                            XCTAssertEqual(got.map { Double($0).bitPattern }, reference.map { Double($0).bitPattern },
                                           "\(family) \(T.self) \(m)×\(n)×\(k) transA \(transA) transB \(transB) bias \(biased)")
                        }
                    }
                }
            }
        }
    }

    func testEveryFamilyGivesTheReferenceBitsInFloat() { check(Float.self) }

    func testEveryFamilyGivesTheReferenceBitsInDouble() { check(Double.self) }

    func testReferenceIsTheFusedChain() {
        KernelFamily.active = .reference
        let a = Matrix<Float>([[1e8, 1, -1e8]])
        let b = Matrix<Float>([[1], [1e-8], [1]])
        // fma chain: ((0 + 1e8·1) + 1·1e-8) + (−1e8)·1 = 1e8 − 1e8 = 0 after rounding 1e8 + 1e-8.
        XCTAssertEqual(MatrixProduct.product(a, b)[0, 0], 0)
    }

    func testChoosingAFamilyByName() throws {
        try KernelFamily.choose(named: "reference")
        XCTAssertEqual(KernelFamily.active, .reference)
        try KernelFamily.choose(named: "neon")
        XCTAssertEqual(KernelFamily.active, .neon)
        try KernelFamily.choose(named: nil)
        XCTAssertEqual(KernelFamily.active, .neon, "no name keeps the choice")
        XCTAssertThrowsError(try KernelFamily.choose(named: "sse")) { error in
            XCTAssertEqual("\(error)", "NNB_KERNEL=sse is not a kernel family: use one of reference, avx2, avx512, neon")
        }
        for family in KernelFamily.allCases where !family.isSupported {
            XCTAssertThrowsError(try KernelFamily.choose(named: family.rawValue)) { error in
                XCTAssertTrue("\(error)".contains("this processor cannot run the \(family.rawValue) kernels"), "\(error)")
            }
        }
    }

    func testOwnKernelsTakeEveryProductWithBLASOff() {
        defer { MatrixProduct.allowsBLAS = true }
        XCTAssertTrue(MatrixProduct.usesOwnKernel(m: 1024, n: 64, k: 64))
        XCTAssertFalse(MatrixProduct.usesOwnKernel(m: 64, n: 128, k: 784))
        MatrixProduct.allowsBLAS = false
        XCTAssertTrue(MatrixProduct.usesOwnKernel(m: 64, n: 128, k: 784))
    }
}
