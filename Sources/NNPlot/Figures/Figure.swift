/// Something NNPlot can draw: as a ``Picture`` (then PNG, SVG or a one-frame GIF) or as
/// terminal text.
///
/// Conformers: ``BoundaryPlot`` (also `plot data`), ``CurvePlot`` (`plot loss`,
/// `plot accuracy`), ``HistoryPlot`` (`plot history`) and ``NeuronGrid`` (`plot neurons`).
public protocol Figure: Sendable {
    /// The figure laid out for a `width × height` pixel image.
    func picture(width: Int, height: Int) -> Picture
    /// The figure as lines of terminal text for `style` (colours, width in columns); lines are
    /// separated by `"\n"`, with no trailing newline.
    func terminalText(_ style: TerminalStyle) -> String
}

/// Default image size: 640×480 pixels.
public enum ImageSize {
    /// Default width in pixels.
    public static let width = 640
    /// Default height in pixels.
    public static let height = 480
}

/// Encoding helpers every figure gets: PNG, SVG, or any ``ImageFormat``.
extension Figure {
    /// PNG file bytes.
    public func png(width: Int = ImageSize.width, height: Int = ImageSize.height) throws -> [UInt8] {
        try PNGEncoder.encode(picture(width: width, height: height).rasterized())
    }

    /// SVG document text.
    public func svg(width: Int = ImageSize.width, height: Int = ImageSize.height) throws -> String {
        try SVGWriter.document(for: picture(width: width, height: height))
    }

    /// The file bytes for `format`; a GIF of a still figure has a single frame.
    public func encoded(as format: ImageFormat, width: Int = ImageSize.width, height: Int = ImageSize.height) throws -> [UInt8] {
        switch format {
        case .png:
            return try png(width: width, height: height)
        case .svg:
            return try Array(svg(width: width, height: height).utf8)
        case .gif:
            return try GIFEncoder.encode(frames: [picture(width: width, height: height).rasterized()], delays: [0], loops: false)
        }
    }
}

/// Image file formats, chosen by file extension.
public enum ImageFormat: String, Sendable, CaseIterable {
    /// Portable Network Graphics, 8-bit RGB.
    case png
    /// Scalable Vector Graphics with text as `<text>`.
    case svg
    /// GIF89a, animated for boundary recordings.
    case gif

    /// The format named by `path`'s extension (case-insensitive).
    /// - Throws: ``PlotError/unsupportedFormat(_:)`` for any other extension.
    public init(path: String) throws {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "") : ""
        guard let format = ImageFormat(rawValue: ext.lowercased()) else { throw PlotError.unsupportedFormat(ext) }
        self = format
    }
}
