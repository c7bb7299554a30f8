/// GIF's variable-width LZW compression (GIF89a specification, appendix F).
///
/// Codes start `minimumCodeSize + 1` bits wide after a clear code (`2^minimumCodeSize`); the
/// end-of-information code is clear + 1 and new strings get codes from clear + 2. The width
/// grows by one bit when the next free code exceeds `2^width` (the decoder adds its entries one
/// code later), up to 12 bits; when code 4095 is taken, a clear code resets the table. Codes are
/// packed least-significant bit first. The decoder adds a table entry on reading the last data
/// code, so the end code is written with the width that entry implies. The string table is an open-addressed hash of
/// `prefix·256 + byte`, reset cheaply on every clear.
enum LZWEncoder {
    /// The packed code stream for `indices` (each below `2^minimumCodeSize`), without the
    /// sub-block framing.
    static func encode(_ indices: [UInt8], minimumCodeSize: Int) -> [UInt8] {
        let clear = 1 << minimumCodeSize, end = clear + 1
        let tableSize = 1 << 14, mask = tableSize - 1
        var keys = [Int32](repeating: -1, count: tableSize)
        var codes = [Int16](repeating: 0, count: tableSize)
        var out: [UInt8] = []
        out.reserveCapacity(indices.count / 2 + 16)
        var accumulator = 0, bitCount = 0
        var width = minimumCodeSize + 1
        var next = clear + 2

        func emit(_ code: Int) {
            accumulator |= code << bitCount
            bitCount += width
            while bitCount >= 8 {
                out.append(UInt8(accumulator & 0xFF))
                accumulator >>= 8
                bitCount -= 8
            }
        }

        emit(clear)
        guard let first = indices.first else {
            emit(end)
            if bitCount > 0 { out.append(UInt8(accumulator & 0xFF)) }
            return out
        }
        var prefix = Int(first)
        indices.withUnsafeBufferPointer { input in
            for position in 1..<input.count {
                let byte = Int(input[position])
                let key = (prefix << 8) | byte
                var slot = ((key &* 0x9E37_79B1) >> 7) & mask
                while keys[slot] != -1 && keys[slot] != Int32(key) {
                    slot = (slot + 1) & mask
                }
                if keys[slot] == Int32(key) {
                    prefix = Int(codes[slot])
                    continue
                }
                emit(prefix)
                if next < 4096 {
                    keys[slot] = Int32(key)
                    codes[slot] = Int16(next)
                    next += 1
                    if next > (1 << width) && width < 12 {
                        width += 1
                    }
                } else {
                    emit(clear)
                    for i in 0..<tableSize {
                        keys[i] = -1
                    }
                    width = minimumCodeSize + 1
                    next = clear + 2
                }
                prefix = byte
            }
        }
        emit(prefix)
        if next < 4096 && next + 1 > (1 << width) && width < 12 {
            width += 1
        }
        emit(end)
        if bitCount > 0 {
            out.append(UInt8(accumulator & 0xFF))
        }
        return out
    }
}
