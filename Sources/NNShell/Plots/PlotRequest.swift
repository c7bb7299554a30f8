import NNPlot

/// What a `plot` line asks for: the picture, the hidden layer for `neurons`, and the file.
struct PlotRequest {
    /// The pictures `plot` draws, in the order `help` and completion list them.
    enum Kind: String, CaseIterable {
        /// The network's prediction over the plane, with the data.
        case boundary
        /// Loss per epoch.
        case loss
        /// Accuracy per epoch.
        case accuracy
        /// Loss and accuracy side by side.
        case history
        /// The points alone.
        case data
        /// Every unit of a hidden layer over the plane.
        case neurons
        /// The network as a diagram: unit tiles and weight lines.
        case network
    }

    /// The picture asked for.
    let kind: Kind
    /// The hidden layer of `plot neurons` (default 1).
    let layer: Int
    /// Which positional argument gave the layer, for errors.
    let layerArgument: Int?
    /// The file as typed, when the picture goes to a file.
    let file: String?
    /// The file's format, from its extension.
    let format: ImageFormat?

    /// The extensions completion offers after a kind.
    static let extensions = [".png", ".svg", ".gif"]

    /// Reads `plot KIND [FILE]` or `plot neurons [LAYER] [FILE]`.
    init(_ invocation: Invocation) throws(Diagnostic) {
        kind = Kind(rawValue: try invocation.choice(at: 0, from: Kind.allCases.map(\.rawValue), what: "plot kind")) ?? .boundary
        var rest = Array(invocation.arguments.dropFirst())
        var fileArgument = 1
        if kind == .neurons, let first = rest.first, NumberParser.number(first.text) != nil {
            layer = Int(try invocation.number(at: 1, named: "LAYER", in: .integers(0, 1_000_000)))
            layerArgument = 1
            rest.removeFirst()
            fileArgument = 2
        } else {
            layer = 1
            layerArgument = nil
        }
        if rest.count > 1 {
            throw invocation.error("unexpected argument '\(rest[1].text)'", at: fileArgument + 1, usage: true)
        }
        if let name = rest.first?.text {
            file = name
            format = try Self.format(of: name, kind: kind, invocation, at: fileArgument)
        } else {
            file = nil
            format = nil
        }
    }

    /// The image format named by `file`'s extension, or an error naming the allowed ones.
    private static func format(of file: String, kind: Kind, _ invocation: Invocation, at index: Int) throws(Diagnostic) -> ImageFormat {
        let allowed = kind == .boundary ? ".png, .svg or .gif (the animation of the last 'train')" : ".png or .svg"
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            throw invocation.error("'\(file)' has no picture extension: end it with \(allowed), e.g. '\(file).png'", at: index)
        }
        let ext = String(name[name.index(after: dot)...])
        guard let format = ImageFormat(rawValue: ext.lowercased()) else {
            throw invocation.error("unknown picture format '.\(ext)': use \(allowed)", at: index)
        }
        if format == .gif, kind != .boundary {
            throw invocation.error("a .gif is the boundary animation of the last 'train' ('plot boundary FILE.gif'): write plot \(kind.rawValue) as .png or .svg", at: index)
        }
        return format
    }
}
