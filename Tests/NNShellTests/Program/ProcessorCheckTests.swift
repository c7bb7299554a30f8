import CProcessorCheck
import XCTest

/// The check a release build runs before `main`: which x86-64-v3 features a cpuid report lacks.
final class ProcessorCheckTests: XCTestCase {
    private func missing(_ report: nnb_processor_report) -> (count: Int32, names: String) {
        var buffer = [CChar](repeating: 0, count: 256)
        let count = nnb_missing_x86_64_v3(report, &buffer, buffer.count)
        return (count, String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Leaf 1 ECX of a Haswell: SSE3, SSSE3, FMA, CX16, SSE4.1, SSE4.2, MOVBE, POPCNT, OSXSAVE, AVX, F16C.
    private let haswellLeaf1: UInt32 = 1 << 0 | 1 << 9 | 1 << 12 | 1 << 13 | 1 << 19 | 1 << 20 | 1 << 22 | 1 << 23
        | 1 << 27 | 1 << 28 | 1 << 29
    /// Leaf 7 EBX: BMI1, AVX2, BMI2.
    private let haswellLeaf7: UInt32 = 1 << 3 | 1 << 5 | 1 << 8
    /// Leaf 0x80000001 ECX: LAHF, LZCNT.
    private let haswellExtended: UInt32 = 1 << 0 | 1 << 5

    func testAnX86_64_V3ProcessorLacksNothing() {
        let result = missing(nnb_processor_report(leaf1_ecx: haswellLeaf1, leaf7_ebx: haswellLeaf7,
                                                  extended_ecx: haswellExtended, xcr0: 0b111))
        XCTAssertEqual(result.count, 0)
        XCTAssertEqual(result.names, "")
    }

    func testAnOlderProcessorIsToldWhatItLacks() {
        // A Nehalem: x86-64-v2, no AVX at all, so the system saves no AVX state either.
        let nehalem = haswellLeaf1 & ~(1 << 12 | 1 << 22 | 1 << 27 | 1 << 28 | 1 << 29)
        let result = missing(nnb_processor_report(leaf1_ecx: nehalem, leaf7_ebx: 0, extended_ecx: 1, xcr0: 0b11))
        XCTAssertEqual(result.names, "avx, fma, f16c, movbe, osxsave, avx2, bmi1, bmi2, lzcnt, avx state saved by the system")
        XCTAssertEqual(result.count, 10)
    }

    func testAVXTheSystemDoesNotSaveCountsAsMissing() {
        let result = missing(nnb_processor_report(leaf1_ecx: haswellLeaf1, leaf7_ebx: haswellLeaf7,
                                                  extended_ecx: haswellExtended, xcr0: 0b011))
        XCTAssertEqual(result.names, "avx state saved by the system")
    }

    func testAShortBufferIsCutNotOverrun() {
        var buffer = [CChar](repeating: 7, count: 8)
        let count = nnb_missing_x86_64_v3(nnb_processor_report(), &buffer, 6)
        XCTAssertEqual(count, 17)
        XCTAssertEqual(buffer[5], 0)
        XCTAssertEqual(buffer[6], 7)
    }
}
