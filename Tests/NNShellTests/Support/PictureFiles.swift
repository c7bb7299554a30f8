import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Minimal readers of the picture files `plot` writes, independent of NNPlot's encoders.
enum PictureFiles {
    /// Width and height from a PNG's signature and IHDR chunk, or nil when it is not a PNG.
    static func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count > 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        return (bigEndian(bytes[16..<20]), bigEndian(bytes[20..<24]))
    }

    /// Whether `text` is well-formed XML with an `<svg>` root, and its width and height attributes.
    static func svgSize(_ data: Data) -> (width: String, height: String)? {
        let reader = SVGRoot()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        guard parser.parse(), let width = reader.width, let height = reader.height else { return nil }
        return (width, height)
    }

    /// A GIF's logical screen size, its number of images and whether it loops (NETSCAPE2.0
    /// application extension), walking the block structure; nil when it is not a GIF.
    static func gifInfo(_ bytes: [UInt8]) -> (width: Int, height: Int, frames: Int, loops: Bool)? {
        guard bytes.count > 13, Array(bytes[0..<6]) == Array("GIF89a".utf8) else { return nil }
        var index = 13
        if bytes[10] & 0x80 != 0 { index += 3 << (Int(bytes[10] & 7) + 1) }
        var frames = 0, loops = false
        func skipSubBlocks() {
            while index < bytes.count, bytes[index] != 0 { index += Int(bytes[index]) + 1 }
            index += 1
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x21:
                if bytes[index + 1] == 0xFF, index + 14 <= bytes.count, Array(bytes[(index + 3)..<(index + 14)]) == Array("NETSCAPE2.0".utf8) {
                    loops = true
                }
                index += 2
                skipSubBlocks()
            case 0x2C:
                frames += 1
                let packed = bytes[index + 9]
                index += 10
                if packed & 0x80 != 0 { index += 3 << (Int(packed & 7) + 1) }
                index += 1
                skipSubBlocks()
            case 0x3B:
                return (littleEndian(bytes[6..<8]), littleEndian(bytes[8..<10]), frames, loops)
            default:
                return nil
            }
        }
        return nil
    }

    private static func bigEndian(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 << 8 | Int($1) }
    }

    private static func littleEndian(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reversed().reduce(0) { $0 << 8 | Int($1) }
    }
}

/// Reads the root element's size attributes.
private final class SVGRoot: NSObject, XMLParserDelegate {
    var width: String?
    var height: String?
    private var seenRoot = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard !seenRoot else { return }
        seenRoot = true
        if name == "svg" {
            width = attributes["width"]
            height = attributes["height"]
        }
    }
}
