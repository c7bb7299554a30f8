import CZlib
import NNPlot
import XCTest

/// A minimal PNG decoder for tests, independent of the encoder: it walks the chunks, checks
/// each CRC with its own table-driven CRC-32, inflates IDAT with zlib's `uncompress` and undoes
/// the five scanline filters. Supports 8-bit RGB (colour type 2) only, which is all NNPlot writes.
struct PNGReader {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let width: Int
    let height: Int
    /// RGB bytes, top row first.
    let rgb: [UInt8]
    /// Chunk types in file order.
    let chunkTypes: [String]

    init(_ file: [UInt8]) throws {
        guard file.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { throw Failure(description: "bad signature") }
        var offset = 8
        var types: [String] = []
        var header: [UInt8] = []
        var compressed: [UInt8] = []
        while offset + 12 <= file.count {
            let length = Int(Self.bigEndian(file, offset))
            let type = String(decoding: file[(offset + 4)..<(offset + 8)], as: UTF8.self)
            guard offset + 12 + length <= file.count else { throw Failure(description: "truncated \(type)") }
            let data = Array(file[(offset + 8)..<(offset + 8 + length)])
            let stored = Self.bigEndian(file, offset + 8 + length)
            guard Self.crc(Array(file[(offset + 4)..<(offset + 8 + length)])) == stored else { throw Failure(description: "bad CRC in \(type)") }
            types.append(type)
            if type == "IHDR" { header = data }
            if type == "IDAT" { compressed += data }
            offset += 12 + length
            if type == "IEND" { break }
        }
        guard header.count == 13, header[8] == 8, header[9] == 2 else { throw Failure(description: "not 8-bit RGB") }
        width = Int(Self.bigEndian(header, 0))
        height = Int(Self.bigEndian(header, 4))
        chunkTypes = types
        let rowBytes = 3 * width
        var raw = [UInt8](repeating: 0, count: height * (rowBytes + 1))
        var rawLength = uLongf(raw.count)
        let status = raw.withUnsafeMutableBufferPointer { out in
            compressed.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &rawLength, input.baseAddress, uLong(input.count))
            }
        }
        guard status == Z_OK, Int(rawLength) == raw.count else { throw Failure(description: "inflate failed (\(status))") }
        var pixels = [UInt8](repeating: 0, count: height * rowBytes)
        for y in 0..<height {
            let filter = raw[y * (rowBytes + 1)]
            for i in 0..<rowBytes {
                let x = raw[y * (rowBytes + 1) + 1 + i]
                let a = i >= 3 ? pixels[y * rowBytes + i - 3] : 0
                let b = y > 0 ? pixels[(y - 1) * rowBytes + i] : 0
                let c = (i >= 3 && y > 0) ? pixels[(y - 1) * rowBytes + i - 3] : 0
                let predicted: UInt8
                switch filter {
                case 0: predicted = 0
                case 1: predicted = a
                case 2: predicted = b
                case 3: predicted = UInt8((Int(a) + Int(b)) >> 1)
                case 4:
                    let p = Int(a) + Int(b) - Int(c)
                    let pa = abs(p - Int(a)), pb = abs(p - Int(b)), pc = abs(p - Int(c))
                    predicted = (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c)
                default: throw Failure(description: "unknown filter \(filter)")
                }
                pixels[y * rowBytes + i] = x &+ predicted
            }
        }
        rgb = pixels
    }

    /// The colour at (x, y).
    func color(_ x: Int, _ y: Int) -> RGB {
        let i = 3 * (y * width + x)
        return RGB(rgb[i], rgb[i + 1], rgb[i + 2])
    }

    private static func bigEndian(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        (UInt32(bytes[at]) << 24) | (UInt32(bytes[at + 1]) << 16) | (UInt32(bytes[at + 2]) << 8) | UInt32(bytes[at + 3])
    }

    /// Bitwise CRC-32 (polynomial 0xEDB88320), written out rather than taken from zlib.
    private static func crc(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 {
                crc = (crc & 1) == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1
            }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
