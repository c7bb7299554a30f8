/// The pictures module's format version, written into SVG metadata.
public enum PlotVersion {
    /// Bumped when the look of a plot changes.
    public static let version = 1
}
