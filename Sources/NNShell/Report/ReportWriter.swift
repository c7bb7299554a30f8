import Foundation

/// Writes a report folder: `index.html`, `index.md` with the pictures as `plot-N.png` beside it,
/// and `index.ipynb`.
enum ReportWriter {
    /// Writes `notebook` (replayed from `name`) into `folder`, creating it if missing; the
    /// report's files are replaced and pictures of an earlier, longer report removed.
    static func write(_ notebook: ExecutedNotebook, name: String, to folder: String) throws(Diagnostic) {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
            throw Diagnostic("cannot write the report into '\(folder)': it is a file, not a folder")
        }
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic("cannot create the report folder '\(folder)': \(error.localizedDescription)")
        }
        let pictures = notebook.pictures
        let stale = ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).filter { file in
            file.hasPrefix("plot-") && file.hasSuffix(".png")
                && Int(file.dropFirst(5).dropLast(4)).map { $0 > pictures.count || $0 < 1 } ?? false
        }
        for file in stale {
            try? manager.removeItem(atPath: folder + "/" + file)
        }
        for (index, picture) in pictures.enumerated() {
            let file = ReportMarkdown.pictureName(index + 1)
            try FileAccess.write(Data(picture), to: folder + "/" + file, shown: folder + "/" + file)
        }
        try FileAccess.write(ReportMarkdown.text(notebook, name: name), to: folder + "/index.md", shown: folder + "/index.md")
        try FileAccess.write(ReportPage.html(notebook, name: name), to: folder + "/index.html", shown: folder + "/index.html")
        try FileAccess.write(JupyterNotebook.text(notebook, name: name), to: folder + "/index.ipynb", shown: folder + "/index.ipynb")
    }
}
