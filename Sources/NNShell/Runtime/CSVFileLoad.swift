import Foundation
import NNCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How `dataset load` reads a CSV file: from 8 MiB on in two parts on two threads
/// (`CSVLoader.loadInTwoParts`), otherwise, or when the file cannot be cut, streamed through one
/// ``CSVLoader``. The file is opened once and read at offsets.
enum CSVFileLoad {
    /// Files from this size on are read in two parts.
    static let twoPartSize = 8 << 20

    /// The data set in the CSV file at `path` (`name` in messages), its label column as
    /// `dataset load` names it.
    static func load(_ path: String, shown name: String, labelColumn: String?,
                     regression: Bool) throws(Diagnostic) -> LabeledData {
        let (descriptor, size) = try FileAccess.openRegular(path, shown: name)
        defer { close(descriptor) }
        let read: CSVLoader.RangeReader = { range, body in
            try FileAccess.readRange(descriptor, range, shown: name, body)
        }
        do {
            if size >= twoPartSize, let data = try CSVLoader.loadInTwoParts(
                size: size, middle: size / 2, labelColumn: labelColumn, regression: regression, read: read) {
                return data
            }
            var loader = CSVLoader(labelColumn: labelColumn, regression: regression)
            loader.expect(bytes: size)
            try read(0..<size) { loader.consume($0) }
            return try loader.finish()
        } catch let error as Diagnostic {
            throw error
        } catch is CSVLoader.InvalidUTF8 {
            throw FileAccess.notUTF8(shown: name)
        } catch let error as DataError {
            throw Diagnostic(error.located(in: TextSafety.shown(name)))
        } catch {
            throw Diagnostic("cannot read '\(TextSafety.shown(name))': \(error)")
        }
    }
}
