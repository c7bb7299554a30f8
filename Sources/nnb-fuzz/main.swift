import Foundation
import NNShell

// nnb-fuzz TARGET [ARGS...]: one of FuzzEntry.targets.
//
// Built with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING` (scripts/fuzz.sh), ARGS go to
// libFuzzer (a corpus folder, -max_total_time=N, ...). In an ordinary build, ARGS are input
// files (or folders of them) that are run through the target once each: a crash reproducer.

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzEntry.targets[arguments[1]] else {
    let names = FuzzEntry.targets.keys.sorted().joined(separator: "|")
    FileHandle.standardError.write(Data("usage: nnb-fuzz \(names) [libFuzzer options or input files]\n".utf8))
    exit(2)
}

#if FUZZING
selectedTarget = target
let driverArguments = [arguments[0]] + arguments.dropFirst(2)
var count = Int32(driverArguments.count)
var pointers: [UnsafeMutablePointer<CChar>?] = driverArguments.map { strdup($0) } + [nil]
let status = pointers.withUnsafeMutableBufferPointer { buffer in
    var base = buffer.baseAddress
    return runDriver(&count, &base) { data, size in fuzzTestOneInput(data, size) }
}
exit(status)
#else
var files: [String] = []
for path in arguments.dropFirst(2) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        FileHandle.standardError.write(Data("nnb-fuzz: no such file '\(path)'\n".utf8))
        exit(2)
    }
    if isFolder.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        files += names.sorted().map { path + "/" + $0 }
    } else {
        files.append(path)
    }
}
for file in files {
    target(FileManager.default.contents(atPath: file) ?? Data())
}
print("ran \(files.count) inputs through \(arguments[1])")
#endif
