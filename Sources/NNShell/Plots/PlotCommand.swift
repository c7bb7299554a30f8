import Foundation
import NNPlot

/// `plot`: draws a figure in the terminal, or writes it to a PNG, SVG or (boundary) GIF file.
///
/// When a report is being written, every picture also goes into it as a PNG at the session's
/// image size; the terminal drawing is then left out of the report's text.
enum PlotCommand {
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
        case "boundary": try session.boundaryFigure()
        case "data": try session.dataFigure()
        case "neurons": try session.neuronsFigure(layer: request.layer, at: invocation, argument: request.layerArgument)
        case "network": try session.networkFigure()
        default: try session.curveFigure(request.kind)
        }
    }

    /// `plot boundary FILE.gif`: the frames recorded during the last `train`, looping.
    private static func writeAnimation(_ session: Session, _ request: PlotRequest, _ context: Context,
                                       width: Int, height: Int) throws {
        guard let recording = session.recording, !recording.frames.isEmpty, let file = request.file else {
            throw Diagnostic("no training recorded yet: the .gif animates the boundary during the last 'train', so train first, e.g. 'train 100'")
        }
        let bytes = try recording.animation(width: width, height: height,
                                            frameDelay: BoundaryRecording.frameDelay(frames: recording.frames.count))
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
