import NNShell

print("nnb \(ShellVersion.version)")
