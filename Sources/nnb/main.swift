import CProcessorCheck
import NNShell
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Already run as a constructor before main; calling it here also keeps it linked in.
nnb_check_processor()
exit(Program.main(Array(CommandLine.arguments.dropFirst())))
