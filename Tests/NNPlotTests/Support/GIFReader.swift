import NNPlot

/// A small GIF89a decoder for tests, written independently of the encoder: it reads the screen
/// descriptor and colour tables, the NETSCAPE2.0 loop count, graphic control delays and every
/// image, LZW-decoding each with its own string table, and composites frames onto the screen.
struct GIFReader {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let width: Int
    let height: Int
    /// Loop count from NETSCAPE2.0 (0 = forever), nil when the block is absent.
    let loopCount: Int?
    /// Delay of each frame in 1/100 s.
    let delays: [Int]
    /// Composited screen after each frame, RGB bytes.
    let frames: [[UInt8]]

    init(_ bytes: [UInt8]) throws {
        var reader = ByteReader(bytes: bytes)
        guard try reader.take(6) == Array("GIF89a".utf8) else { throw Failure(description: "not GIF89a") }
        width = try reader.word()
        height = try reader.word()
        let flags = try reader.byte()
        _ = try reader.take(2)
        var global: [RGB] = []
        if flags & 0x80 != 0 {
            global = try Self.colorTable(&reader, size: 2 << Int(flags & 7))
        }
        var screen = [UInt8](repeating: 0, count: 3 * width * height)
        var loop: Int?
        var delays: [Int] = []
        var frames: [[UInt8]] = []
        var pendingDelay = 0
        var pendingTransparent: Int?
        loop: while true {
            switch try reader.byte() {
            case 0x21:
                let label = try reader.byte()
                let blocks = try reader.subBlocks()
                if label == 0xF9, let block = blocks.first, block.count >= 4 {
                    pendingDelay = Int(block[1]) | (Int(block[2]) << 8)
                    pendingTransparent = block[0] & 1 == 1 ? Int(block[3]) : nil
                } else if label == 0xFF, blocks.count >= 2, blocks[0] == Array("NETSCAPE2.0".utf8), blocks[1].count >= 3 {
                    loop = Int(blocks[1][1]) | (Int(blocks[1][2]) << 8)
                }
            case 0x2C:
                let left = try reader.word(), top = try reader.word()
                let w = try reader.word(), h = try reader.word()
                let imageFlags = try reader.byte()
                guard imageFlags & 0x40 == 0 else { throw Failure(description: "interlaced frames not supported") }
                let table = imageFlags & 0x80 != 0 ? try Self.colorTable(&reader, size: 2 << Int(imageFlags & 7)) : global
                let minimum = Int(try reader.byte())
                let data = try reader.subBlocks().flatMap { $0 }
                let indices = try Self.decompress(data, minimumCodeSize: minimum, count: w * h)
                for y in 0..<h {
                    for x in 0..<w where left + x < width && top + y < height && Int(indices[y * w + x]) != pendingTransparent {
                        let color = table[Int(indices[y * w + x])]
                        let i = 3 * ((top + y) * width + left + x)
                        screen[i] = color.r
                        screen[i + 1] = color.g
                        screen[i + 2] = color.b
                    }
                }
                frames.append(screen)
                delays.append(pendingDelay)
                pendingTransparent = nil
            case 0x3B:
                break loop
            case let other:
                throw Failure(description: "unexpected block 0x\(String(other, radix: 16))")
            }
        }
        loopCount = loop
        self.delays = delays
        self.frames = frames
    }

    func color(frame: Int, _ x: Int, _ y: Int) -> RGB {
        let i = 3 * (y * width + x)
        return RGB(frames[frame][i], frames[frame][i + 1], frames[frame][i + 2])
    }

    private static func colorTable(_ reader: inout ByteReader, size: Int) throws -> [RGB] {
        let raw = try reader.take(3 * size)
        return (0..<size).map { RGB(raw[3 * $0], raw[3 * $0 + 1], raw[3 * $0 + 2]) }
    }

    /// LZW decoding with a table of (prefix code, last byte) pairs and string lengths.
    static func decompress(_ data: [UInt8], minimumCodeSize: Int, count: Int) throws -> [UInt8] {
        let clear = 1 << minimumCodeSize, end = clear + 1
        var prefixes = [Int](repeating: -1, count: 4096)
        var suffixes = [UInt8](repeating: 0, count: 4096)
        var firsts = [UInt8](repeating: 0, count: 4096)
        for i in 0..<clear {
            suffixes[i] = UInt8(truncatingIfNeeded: i)
            firsts[i] = UInt8(truncatingIfNeeded: i)
        }
        var output: [UInt8] = []
        var size = minimumCodeSize + 1
        var available = clear + 2
        var previous = -1
        var bitPosition = 0
        func string(_ code: Int) -> [UInt8] {
            var result: [UInt8] = []
            var c = code
            while c >= 0 {
                result.append(suffixes[c])
                c = prefixes[c]
            }
            return result.reversed()
        }
        while bitPosition + size <= data.count * 8 {
            var code = 0
            for bit in 0..<size {
                let position = bitPosition + bit
                if data[position / 8] & (1 << UInt8(position % 8)) != 0 { code |= 1 << bit }
            }
            bitPosition += size
            if code == clear {
                size = minimumCodeSize + 1
                available = clear + 2
                previous = -1
                continue
            }
            if code == end { break }
            if previous == -1 {
                guard code < clear else { throw Failure(description: "first code \(code) is not a literal") }
                output.append(UInt8(code))
                previous = code
                continue
            }
            let first: UInt8
            if code < available {
                let entry = string(code)
                output += entry
                first = entry[0]
            } else if code == available {
                let entry = string(previous)
                first = entry[0]
                output += entry + [first]
            } else {
                throw Failure(description: "code \(code) beyond table size \(available)")
            }
            if available < 4096 {
                prefixes[available] = previous
                suffixes[available] = first
                firsts[available] = firsts[previous]
                available += 1
                if available == (1 << size) && size < 12 { size += 1 }
            }
            previous = code
        }
        guard output.count >= count else { throw Failure(description: "decoded \(output.count) of \(count) pixels") }
        return Array(output.prefix(count))
    }
}

/// Sequential little-endian reading of a byte array.
struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw GIFReader.Failure(description: "unexpected end of file") }
        offset += 1
        return bytes[offset - 1]
    }

    mutating func word() throws -> Int {
        Int(try byte()) | (Int(try byte()) << 8)
    }

    mutating func take(_ count: Int) throws -> [UInt8] {
        guard offset + count <= bytes.count else { throw GIFReader.Failure(description: "unexpected end of file") }
        offset += count
        return Array(bytes[(offset - count)..<offset])
    }

    /// Data sub-blocks up to the zero terminator.
    mutating func subBlocks() throws -> [[UInt8]] {
        var blocks: [[UInt8]] = []
        while true {
            let length = Int(try byte())
            if length == 0 { return blocks }
            blocks.append(try take(length))
        }
    }
}
