/// A key that steers live training.
enum LiveKey: Equatable, Sendable {
    /// Space: pause or resume.
    case pauseResume
    /// `n`: one more epoch while paused.
    case step
    /// `+` (or `=`, its unshifted key): twice the epochs per second.
    case faster
    /// `-` (or `_`): half the epochs per second.
    case slower
    /// `q`, Esc or Ctrl-C: stop after the current mini-batch.
    case stop

    /// The keys in `bytes`, as read from a terminal in non-canonical mode, in order; other bytes
    /// are ignored. A lone Esc (nothing after it in the same read) stops, while an escape
    /// sequence (`ESC [ …` or `ESC O …`, e.g. an arrow key) is skipped as a whole.
    static func keys(in bytes: some Collection<UInt8>) -> [LiveKey] {
        var keys: [LiveKey] = []
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            index = bytes.index(after: index)
            if byte == 0x1B {
                guard index != bytes.endIndex, bytes[index] == UInt8(ascii: "[") || bytes[index] == UInt8(ascii: "O") else {
                    keys.append(.stop)
                    continue
                }
                index = bytes.index(after: index)
                // Parameters and intermediates (0x20…0x3F) up to the final byte (0x40…0x7E).
                while index != bytes.endIndex, (0x20...0x3F).contains(bytes[index]) {
                    index = bytes.index(after: index)
                }
                if index != bytes.endIndex { index = bytes.index(after: index) }
                continue
            }
            if let key = key(for: byte) { keys.append(key) }
        }
        return keys
    }

    /// The key one byte stands for, if any.
    static func key(for byte: UInt8) -> LiveKey? {
        switch byte {
        case UInt8(ascii: " "): .pauseResume
        case UInt8(ascii: "n"), UInt8(ascii: "N"): .step
        case UInt8(ascii: "+"), UInt8(ascii: "="): .faster
        case UInt8(ascii: "-"), UInt8(ascii: "_"): .slower
        case UInt8(ascii: "q"), UInt8(ascii: "Q"), 0x1B, 0x03: .stop
        default: nil
        }
    }
}
