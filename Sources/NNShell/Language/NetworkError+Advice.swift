import NNCore

extension NetworkError {
    /// The engine's reason with what to type instead, in the shell's words.
    var advice: String {
        switch self {
        case .noLayers:
            "\(description) (for example: net 2 8 1)"
        case let .lossNeedsOutput(_, _, required):
            "\(description): use 'out \(required.rawValue)' or 'loss mse'"
        case .badSize, .sizeMismatch, .softmaxHidden:
            description
        }
    }
}
