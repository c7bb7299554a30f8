import Foundation

/// `index.ipynb` of a report: the executed notebook in Jupyter's format (nbformat 4.5). A text
/// cell becomes a markdown cell (its title, if any, as a `##` heading); a code cell a code cell
/// whose source is its lines (its title in `metadata.nnb.title`), with the
/// commands' output as `stdout` stream text, their errors as `stderr` stream text and every
/// picture as `display_data` with `image/png`. The notebook names the nnb kernel
/// (`jupyter/nnb_kernel`), so Jupyter and VS Code can run it again.
enum JupyterNotebook {
    /// The kernelspec name the nnb kernel registers.
    static let kernelName = "nnb"

    /// The notebook as JSON text (keys sorted, one-space indents, as Jupyter writes it).
    static func text(_ notebook: ExecutedNotebook, name: String) throws(Diagnostic) -> String {
        let document: [String: Any] = [
            "cells": cells(notebook),
            "metadata": [
                "kernelspec": ["name": kernelName, "display_name": "nnb", "language": "nnb"],
                "language_info": ["name": "nnb", "file_extension": ".nnb", "mimetype": "text/x-nnb",
                                  "version": Program.version],
                "nnb": ["source": name],
            ] as [String: Any],
            "nbformat": 4,
            "nbformat_minor": 5,
        ]
        do {
            let data = try JSONSerialization.data(withJSONObject: document,
                                                  options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw Diagnostic("cannot write index.ipynb: \(error.localizedDescription)")
        }
    }

    private static func cells(_ notebook: ExecutedNotebook) -> [[String: Any]] {
        var result: [[String: Any]] = []
        var executed = 0
        for cell in notebook.cells where !cell.isEmpty {
            let id = "cell-\(result.count + 1)"
            var metadata: [String: Any] = [:]
            if let title = cell.title, !title.isEmpty { metadata["nnb"] = ["title": title] }
            if cell.kind == .markdown {
                let heading = (cell.title ?? "").isEmpty ? [] : ["## \(cell.title ?? "")", ""]
                result.append(["cell_type": "markdown", "id": id, "metadata": metadata,
                               "source": multiline((heading + [cell.markdown]).joined(separator: "\n"))])
                continue
            }
            executed += 1
            result.append(["cell_type": "code", "id": id, "metadata": metadata, "execution_count": executed,
                           "source": multiline(cell.source.joined(separator: "\n")), "outputs": outputs(cell.entries)])
        }
        return result
    }

    /// Stream text merged while it continues on the same stream; a picture ends the run.
    private static func outputs(_ entries: [ExecutedNotebook.Entry]) -> [[String: Any]] {
        var result: [[String: Any]] = []
        var pending = (stream: "", text: "")
        func flush() {
            if !pending.text.isEmpty {
                result.append(["output_type": "stream", "name": pending.stream, "text": multiline(pending.text)])
            }
            pending = ("", "")
        }
        func add(_ stream: String, _ text: String) {
            guard !text.isEmpty else { return }
            if pending.stream != stream { flush() }
            pending = (stream, pending.text + text)
        }
        for entry in entries {
            add("stdout", entry.output)
            add("stderr", entry.errors)
            for picture in entry.pictures {
                flush()
                result.append(["output_type": "display_data", "metadata": [String: Any](),
                               "data": ["image/png": Data(picture).base64EncodedString(),
                                        "text/plain": ["<picture: \(entry.source)>"]]])
            }
        }
        flush()
        return result
    }

    /// Text as Jupyter stores it: a list of lines, each but the last keeping its newline.
    static func multiline(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
