import XCTest
@testable import NNCore

/// The BLAS and small-shape products against the reference loops, on awkward shapes and every transpose.
final class MatrixProductTests: XCTestCase {
    private func random<T: NNScalar>(_ rows: Int, _ columns: Int, _ r: inout SeededRandom) -> Matrix<T> {
        Matrix(rows: rows, columns: columns, values: r.uniforms(rows * columns, low: -1, high: 1).map { T($0) })
    }

    private func check<T: NNScalar>(_: T.Type, tolerance: Double) {
        var r = SeededRandom(seed: 42)
        let shapes = [(1, 1, 1), (1, 7, 1), (1, 1, 9), (5, 1, 3), (3, 5, 7), (17, 13, 11), (2, 64, 33), (32, 16, 2), (9, 1, 17), (40, 30, 20), (9, 16, 5), (17, 33, 12), (64, 64, 64), (3, 48, 1)]
        for (m, n, k) in shapes {
            for transA in [false, true] {
                for transB in [false, true] {
                    let a: Matrix<T> = transA ? random(k, m, &r) : random(m, k, &r)
                    let b: Matrix<T> = transB ? random(n, k, &r) : random(k, n, &r)
                    let start: Matrix<T> = random(m, n, &r)
                    var reference = start
                    MatrixProduct.reference(a, b, transposeA: transA, transposeB: transB, into: &reference, alpha: 0.5, beta: 2)
                    for kernel in MatrixProduct.Kernel.allCases {
                        var product = start
                        MatrixProduct.gemm(a, b, transposeA: transA, transposeB: transB, into: &product,
                                           alpha: 0.5, beta: 2, kernel: kernel)
                        for (x, y) in zip(product.values, reference.values) {
                            assertClose(Double(x), Double(y), relative: tolerance, floor: 1,
                                        "\(kernel) \(m)×\(n)×\(k) transA \(transA) transB \(transB)")
                        }
                    }
                }
            }
        }
    }

    func testEveryKernelMatchesReferenceInDouble() { check(Double.self, tolerance: 1e-13) }

    func testEveryKernelMatchesReferenceInFloat() { check(Float.self, tolerance: 1e-5) }

    func testKnownProduct() {
        let a = Matrix<Double>([[1, 2, 3], [4, 5, 6]])
        let b = Matrix<Double>([[7, 8], [9, 10], [11, 12]])
        XCTAssertEqual(MatrixProduct.product(a, b), Matrix([[58, 64], [139, 154]]))
        XCTAssertEqual(MatrixProduct.product(a, a, transposeB: true), Matrix([[14, 32], [32, 77]]))
    }
}
