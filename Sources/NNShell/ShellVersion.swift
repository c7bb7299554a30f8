/// The shell's name and version, as `nnb --version` prints them.
public enum ShellVersion {
    /// The release this build belongs to.
    public static let version = "0.1.0"
}
