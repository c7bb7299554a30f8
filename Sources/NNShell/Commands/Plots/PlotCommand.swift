import Foundation
import NNPlot

/// `plot`: draws a figure in the terminal, or writes it to a PNG, SVG or (boundary) GIF file.
///
/// When a report is being written, every picture also goes into it as a PNG at the session's
/// image size; the terminal drawing is then left out of the report's text.
enum PlotCommand {
    static let command = Command(
        "plot",
        forms: [UsageForm("boundary|loss|accuracy|history|data|network [FILE]"), UsageForm("neurons [LAYER] [FILE]")],
        summary: "draw in the terminal or write a picture file",
        help: """
        Draws in the terminal, or writes FILE when given. boundary: the network's prediction \
        over a grid covering the data (features and normalisation applied as to the data), \
        training points filled, validation points outlined, and the epoch, loss and accuracy \
        as title. data: the points alone. loss, accuracy: the curves per epoch, training \
        solid and validation dashed; history: both side by side. neurons: every unit of a \
        hidden layer (default 1) over the input plane. network: the network as TensorFlow \
        Playground draws it, one column per layer, every unit a tile of what it computes over \
        the input plane (plain nodes for data that is not two inputs), every weight a line \
        coloured by its sign (blue positive, orange negative) and as wide or bright as it is \
        large, at most 12 units per column ('+N more'), and the largest weights listed. The \
        extension picks the format: .png \
        or .svg; for boundary, .gif writes the animation of the boundary recorded during the \
        last 'train' (a looping GIF of at most 200 frames). Files are \(SettingKey.declared("size").defaultText.replacingOccurrences(of: " ", with: "×")) pixels unless \
        'set size W H'. In the terminal: colour half blocks when colour is on, plain letters \
        and ASCII curves when it is off ('set color off', NO_COLOR, or output to a pipe). \
        'set live on' redraws the boundary and the curves in place while 'train' runs.
        """,
        examples: ["plot boundary", "plot history", "plot loss loss.png", "plot neurons 2 units.svg", "plot network net.png",
                   "set size 800 600; plot boundary boundary.png", "train 300; plot boundary training.gif"],
        arguments: 1...3,
        completion: { position, previous in
            guard position > 0 else { return CompletionSet(words: PlotRequest.Kind.allCases.map(\.rawValue)) }
            let kind = previous.first ?? ""
            let extensions = kind == "boundary" ? PlotRequest.extensions : PlotRequest.extensions.filter { $0 != ".gif" }
            return CompletionSet(words: extensions.map { kind + $0 }, paths: true, extensions: extensions)
        },
        run: run
    )

    static func run(_ session: inout Session, _ invocation: Invocation, _ context: Context) throws {
        let request = try PlotRequest(invocation)
        let width = session.settings.imageWidth, height = session.settings.imageHeight
        if request.format == .gif {
            try writeAnimation(session, request, context, width: width, height: height)
            return
        }
        let figure = try makeFigure(session, request, invocation)
        if let file = request.file, let format = request.format {
            let bytes = try encode(figure, as: format, width: width, height: height)
            try FileAccess.write(Data(bytes), to: context.resolve(file), shown: file)
            context.console.line("wrote \(file) (\(description(format, width: width, height: height)))")
        } else {
            let text = figure.terminalText(PlotTerminal.style(session, context))
            context.display(text)
        }
        try context.report?.addPicture(encode(figure, as: .png, width: width, height: height))
    }

    /// The figure `request` names, built from the session.
    static func makeFigure(_ session: Session, _ request: PlotRequest, _ invocation: Invocation) throws -> any Figure {
        switch request.kind {
        case .boundary: try session.boundaryFigure()
        case .data: try session.dataFigure()
        case .neurons: try session.neuronsFigure(layer: request.layer, at: invocation, argument: request.layerArgument)
        case .loss, .accuracy, .history: try session.curveFigure(request.kind)
        case .network: try session.networkFigure()
        }
    }

    /// `plot boundary FILE.gif`: the frames recorded during the last `train`, looping.
    private static func writeAnimation(_ session: Session, _ request: PlotRequest, _ context: Context,
                                       width: Int, height: Int) throws {
        guard let recording = session.recording, !recording.frames.isEmpty, let file = request.file else {
            throw Diagnostic("no training recorded yet: the .gif animates the boundary during the last 'train', so train first, e.g. 'train 100'")
        }
        let bytes = try recording.animation(width: width, height: height,
                                            frameDelay: BoundaryAnimation.frameDelay(frames: recording.frames.count))
        try FileAccess.write(Data(bytes), to: context.resolve(file), shown: file)
        context.console.line("wrote \(file) (GIF \(width)×\(height), \(recording.frames.count) frames, looping)")
        if let last = recording.frames.indices.last {
            try context.report?.addPicture(encode(recording.plot(frame: last), as: .png, width: width, height: height))
        }
    }

    /// The file bytes of `figure`, encoder failures as one-line errors.
    static func encode(_ figure: any Figure, as format: ImageFormat, width: Int, height: Int) throws -> [UInt8] {
        do {
            return try figure.encoded(as: format, width: width, height: height)
        } catch let error as PlotError {
            throw Diagnostic("cannot draw the picture: \(error.description)")
        }
    }

    private static func description(_ format: ImageFormat, width: Int, height: Int) -> String {
        "\(format.rawValue.uppercased()) \(width)×\(height)"
    }
}
