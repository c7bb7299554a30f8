/// Errors NNPlot reports instead of trapping.
public enum PlotError: Error, Equatable, CustomStringConvertible {
    /// A prediction closure returned `got` numbers where `expected` were needed
    /// (`n·K`, or `n` for a two-class model with one sigmoid output).
    case predictionShape(expected: Int, got: Int)
    /// zlib's deflate failed with this status code.
    case compressionFailed(status: Int32)
    /// A file extension no encoder handles (only `png`, `svg` and, for animations, `gif`).
    case unsupportedFormat(String)
    /// Nothing to draw: a figure or animation had no frames or an empty size.
    case empty(String)

    /// A one-line explanation for the shell to print.
    public var description: String {
        switch self {
        case let .predictionShape(expected, got):
            return "prediction returned \(got) numbers, expected \(expected)"
        case let .compressionFailed(status):
            return "zlib compression failed (status \(status))"
        case let .unsupportedFormat(ext):
            return "unsupported image format '\(ext)' (use .png, .svg or .gif)"
        case let .empty(what):
            return "nothing to draw: \(what)"
        }
    }
}
