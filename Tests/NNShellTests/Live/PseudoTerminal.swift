#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import XCTest

/// A fresh pseudo-terminal pair for tests: the controller side (what a terminal emulator holds)
/// and the terminal side (what a program's stdin would be).
///
/// `posix_openpt`, `unlockpt` and `ptsname` are not in Swift's Glibc module, so they are looked
/// up in the C library by name.
enum PseudoTerminal {
    private typealias OpenFunction = @convention(c) (Int32) -> Int32
    private typealias UnlockFunction = @convention(c) (Int32) -> Int32
    private typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    static func open() throws -> (controller: Int32, terminal: Int32) {
        let library = dlopen(nil, RTLD_NOW)
        guard let openSymbol = dlsym(library, "posix_openpt"), let unlockSymbol = dlsym(library, "unlockpt"),
              let nameSymbol = dlsym(library, "ptsname") else {
            throw XCTSkip("no pseudo-terminal functions in the C library")
        }
        let openController = unsafeBitCast(openSymbol, to: OpenFunction.self)
        let unlock = unsafeBitCast(unlockSymbol, to: UnlockFunction.self)
        let name = unsafeBitCast(nameSymbol, to: NameFunction.self)
        let controller = openController(O_RDWR | O_NOCTTY)
        guard controller >= 0 else { throw XCTSkip("no pseudo-terminal available") }
        guard unlock(controller) == 0, let path = name(controller) else {
            close(controller)
            throw XCTSkip("cannot unlock the pseudo-terminal")
        }
        let terminal = Glibc.open(path, O_RDWR | O_NOCTTY)
        guard terminal >= 0 else {
            close(controller)
            throw XCTSkip("cannot open \(String(cString: path))")
        }
        return (controller, terminal)
    }
}
