/// Checks that bytes fed in chunks of any size are well-formed UTF-8 (no overlong forms,
/// surrogates or code points past U+10FFFF, and no sequence cut off at the end).
struct UTF8Validator {
    /// Whether every byte so far fits UTF-8.
    private(set) var isValid = true
    /// Continuation bytes still due for the current sequence.
    private var needed = 0
    /// The range the next continuation byte must fall in.
    private var lower: UInt8 = 0x80, upper: UInt8 = 0xBF

    /// Whether the whole text, ended here, is well-formed UTF-8.
    var isComplete: Bool { isValid && needed == 0 }

    /// Checks the next bytes of the text.
    mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard isValid, let base = chunk.baseAddress else { return }
        let end = chunk.count
        var i = 0
        while i < end {
            if needed == 0 {
                while i + 8 <= end,
                      UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                guard i < end else { return }
                let byte = base[i]
                i += 1
                switch byte {
                case 0x00...0x7F: continue
                case 0xC2...0xDF: needed = 1
                case 0xE0: needed = 2; lower = 0xA0
                case 0xE1...0xEC, 0xEE, 0xEF: needed = 2
                case 0xED: needed = 2; upper = 0x9F
                case 0xF0: needed = 3; lower = 0x90
                case 0xF1...0xF3: needed = 3
                case 0xF4: needed = 3; upper = 0x8F
                default:
                    isValid = false
                    return
                }
            } else {
                let byte = base[i]
                i += 1
                guard byte >= lower, byte <= upper else {
                    isValid = false
                    return
                }
                lower = 0x80
                upper = 0xBF
                needed -= 1
            }
        }
    }
}
