import CZlib

/// Writes a ``Canvas`` as an 8-bit truecolour PNG (colour type 2, no interlace).
///
/// Layout: signature, `IHDR`, one `IDAT` holding the zlib stream of the filtered scanlines,
/// `IEND`. Each scanline gets the filter (None, Sub, Up, Average or Paeth) whose output has
/// the smallest sum of |signed bytes| — the heuristic the PNG specification recommends — and
/// zlib's `compress2` deflates the result. Chunk CRCs come from zlib's `crc32`.
public enum PNGEncoder {
    /// The PNG file bytes for `canvas`; `level` is zlib's 0 (store) … 9 (smallest).
    public static func encode(_ canvas: Canvas, level: Int32 = 6) throws -> [UInt8] {
        guard canvas.width > 0, canvas.height > 0 else { throw PlotError.empty("0×0 image") }
        var header: [UInt8] = []
        appendBigEndian(UInt32(canvas.width), to: &header)
        appendBigEndian(UInt32(canvas.height), to: &header)
        header += [8, 2, 0, 0, 0]
        let compressed = try deflate(filteredScanlines(of: canvas), level: level)
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        appendChunk("IHDR", header, to: &file)
        appendChunk("IDAT", compressed, to: &file)
        appendChunk("IEND", [], to: &file)
        return file
    }

    /// Scanlines prefixed by their filter byte: `height·(1 + 3·width)` bytes.
    static func filteredScanlines(of canvas: Canvas) -> [UInt8] {
        let rowBytes = 3 * canvas.width
        var output = [UInt8](repeating: 0, count: canvas.height * (rowBytes + 1))
        let zeroRow = [UInt8](repeating: 0, count: rowBytes)
        canvas.pixels.withUnsafeBufferPointer { pixels in
            zeroRow.withUnsafeBufferPointer { zero in
                output.withUnsafeMutableBufferPointer { out in
                    for y in 0..<canvas.height {
                        let row = UnsafeBufferPointer(rebasing: pixels[(y * rowBytes)..<((y + 1) * rowBytes)])
                        let above = y == 0 ? zero : UnsafeBufferPointer(rebasing: pixels[((y - 1) * rowBytes)..<(y * rowBytes)])
                        let filter = bestFilter(row: row, above: above)
                        let start = y * (rowBytes + 1)
                        out[start] = filter
                        for i in 0..<rowBytes {
                            out[start + 1 + i] = filtered(filter, row, above, i)
                        }
                    }
                }
            }
        }
        return output
    }

    /// The filter type (0…4) minimising the sum of |filtered byte as Int8|.
    private static func bestFilter(row: UnsafeBufferPointer<UInt8>, above: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var sums = (0, 0, 0, 0, 0)
        for i in 0..<row.count {
            sums.0 &+= magnitude(filtered(0, row, above, i))
            sums.1 &+= magnitude(filtered(1, row, above, i))
            sums.2 &+= magnitude(filtered(2, row, above, i))
            sums.3 &+= magnitude(filtered(3, row, above, i))
            sums.4 &+= magnitude(filtered(4, row, above, i))
        }
        let all = [sums.0, sums.1, sums.2, sums.3, sums.4]
        var best = 0
        for candidate in 1..<5 where all[candidate] < all[best] {
            best = candidate
        }
        return UInt8(best)
    }

    @inline(__always)
    private static func magnitude(_ byte: UInt8) -> Int {
        abs(Int(Int8(bitPattern: byte)))
    }

    /// Byte `i` of `row` under filter `type`; neighbours left (a), above (b), above-left (c).
    @inline(__always)
    private static func filtered(_ type: UInt8, _ row: UnsafeBufferPointer<UInt8>, _ above: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt8 {
        let x = row[i]
        let a = i >= 3 ? row[i - 3] : 0
        let b = above[i]
        let c = i >= 3 ? above[i - 3] : 0
        switch type {
        case 1: return x &- a
        case 2: return x &- b
        case 3: return x &- UInt8((Int(a) + Int(b)) / 2)
        case 4: return x &- paeth(a, b, c)
        default: return x
        }
    }

    /// The Paeth predictor: whichever of a, b, c is closest to `a + b − c` (ties: a, then b).
    @inline(__always)
    static func paeth(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
        let estimate = Int(a) + Int(b) - Int(c)
        let da = abs(estimate - Int(a)), db = abs(estimate - Int(b)), dc = abs(estimate - Int(c))
        if da <= db && da <= dc { return a }
        return db <= dc ? b : c
    }

    /// The zlib stream (RFC 1950) of `data` at compression `level`.
    private static func deflate(_ data: [UInt8], level: Int32) throws -> [UInt8] {
        var capacity = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &capacity, input.baseAddress, uLong(input.count), level)
            }
        }
        guard status == Z_OK else { throw PlotError.compressionFailed(status: status) }
        output.removeLast(output.count - Int(capacity))
        return output
    }

    /// Appends length, type, data and CRC-32 (over type and data).
    private static func appendChunk(_ type: String, _ data: [UInt8], to file: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        appendBigEndian(UInt32(data.count), to: &file)
        var crc = typeBytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        if !data.isEmpty {
            crc = data.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        }
        file += typeBytes
        file += data
        appendBigEndian(UInt32(truncatingIfNeeded: crc), to: &file)
    }

    private static func appendBigEndian(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
