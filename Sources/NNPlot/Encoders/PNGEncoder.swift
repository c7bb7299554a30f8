import CZlib

/// Writes a ``Canvas`` as an 8-bit truecolour PNG (colour type 2, no interlace).
///
/// Layout: signature, `IHDR`, one `IDAT` holding the zlib stream of the filtered scanlines,
/// `IEND`. Each scanline gets the filter (None, Sub, Up, Average or Paeth) whose output has
/// the smallest sum of |signed bytes| — the heuristic the PNG specification recommends — and
/// zlib's `deflate` compresses the result. Chunk CRCs come from zlib's `crc32`.
public enum PNGEncoder {
    /// The PNG file bytes for `canvas`; `level` is zlib's 0 (store) … 9 (smallest). The default,
    /// 2, encodes a 640×480 plot in a few milliseconds; 9 makes files about a third smaller at
    /// several times the cost.
    public static func encode(_ canvas: Canvas, level: Int32 = 2) throws -> [UInt8] {
        guard canvas.width > 0, canvas.height > 0 else { throw PlotError.empty("0×0 image") }
        var header: [UInt8] = []
        appendBigEndian(UInt32(canvas.width), to: &header)
        appendBigEndian(UInt32(canvas.height), to: &header)
        header += [8, 2, 0, 0, 0]
        let compressed = try zlibStream(filteredScanlines(of: canvas), level: level)
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        appendChunk("IHDR", header, to: &file)
        appendChunk("IDAT", compressed, to: &file)
        appendChunk("IEND", [], to: &file)
        return file
    }

    /// Scanlines prefixed by their filter byte: `height·(1 + 3·width)` bytes.
    ///
    /// Each row is filtered all five ways into reused scratch rows (one tight loop per filter),
    /// and the candidate with the smallest sum of |signed bytes| is copied out.
    static func filteredScanlines(of canvas: Canvas) -> [UInt8] {
        let rowBytes = 3 * canvas.width
        var output = [UInt8](repeating: 0, count: canvas.height * (rowBytes + 1))
        var scratch = [UInt8](repeating: 0, count: 5 * rowBytes + rowBytes)
        canvas.pixels.withUnsafeBufferPointer { pixelBuffer in
            scratch.withUnsafeMutableBufferPointer { scratchBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    guard let pixels = pixelBuffer.baseAddress, let rows = scratchBuffer.baseAddress,
                          let out = outBuffer.baseAddress else { return }
                    let zero = rows + 5 * rowBytes
                    for y in 0..<canvas.height {
                        let row = pixels + y * rowBytes
                        let above = y == 0 ? UnsafePointer(zero) : pixels + (y - 1) * rowBytes
                        let sums = filterAll(row: row, above: above, count: rowBytes, into: rows)
                        var best = 0
                        for candidate in 1..<5 where sums[candidate] < sums[best] {
                            best = candidate
                        }
                        let start = out + y * (rowBytes + 1)
                        start.pointee = UInt8(best)
                        (start + 1).update(from: rows + best * rowBytes, count: rowBytes)
                    }
                }
            }
        }
        return output
    }

    /// Writes the None, Sub, Up, Average and Paeth filterings of one row to consecutive
    /// `count`-byte slots of `rows` and returns their sums of |byte as Int8|.
    private static func filterAll(row x: UnsafePointer<UInt8>, above b: UnsafePointer<UInt8>, count: Int,
                                  into rows: UnsafeMutablePointer<UInt8>) -> [Int] {
        let sub = rows + count, up = rows + 2 * count, average = rows + 3 * count, paethRow = rows + 4 * count
        var s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0
        rows.update(from: x, count: count)
        for i in 0..<min(3, count) {
            sub[i] = x[i]
            up[i] = x[i] &- b[i]
            average[i] = x[i] &- (b[i] >> 1)
            paethRow[i] = x[i] &- b[i]
        }
        for i in 3..<max(3, count) {
            let value = x[i], left = x[i - 3], upper = b[i], corner = b[i - 3]
            sub[i] = value &- left
            up[i] = value &- upper
            average[i] = value &- UInt8((UInt16(left) + UInt16(upper)) >> 1)
            paethRow[i] = value &- paeth(left, upper, corner)
        }
        for i in 0..<count {
            s0 &+= magnitude(rows[i])
            s1 &+= magnitude(sub[i])
            s2 &+= magnitude(up[i])
            s3 &+= magnitude(average[i])
            s4 &+= magnitude(paethRow[i])
        }
        return [s0, s1, s2, s3, s4]
    }

    @inline(__always)
    private static func magnitude(_ byte: UInt8) -> Int {
        let signed = Int(Int8(bitPattern: byte))
        return signed < 0 ? -signed : signed
    }

    /// The Paeth predictor: whichever of a, b, c is closest to `a + b − c` (ties: a, then b).
    @inline(__always)
    static func paeth(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt8 {
        let ia = Int32(a), ib = Int32(b), ic = Int32(c)
        let da = abs(ib - ic), db = abs(ia - ic), dc = abs(ia + ib - 2 * ic)
        let bOrC = db <= dc ? b : c
        return (da <= db && da <= dc) ? a : bOrC
    }

    /// The zlib stream (RFC 1950) of `data` from `deflateInit2` with `strategy`.
    static func zlibStream(_ data: [UInt8], level: Int32, strategy: Int32 = Z_DEFAULT_STRATEGY) throws -> [UInt8] {
        var stream = z_stream()
        var status = deflateInit2_(&stream, level, Z_DEFLATED, MAX_WBITS, 8, strategy, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw PlotError.compressionFailed(status: status) }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(data.count))))
        status = data.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw PlotError.compressionFailed(status: status) }
        output.removeLast(output.count - Int(stream.total_out))
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
