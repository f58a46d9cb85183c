package kg.omb.directory.transfer;

/** A line of an import's report: an error (the file was refused for it) or a warning (imported all the same). */
public record ReportedProblem(boolean error, RowError problem) {
}
