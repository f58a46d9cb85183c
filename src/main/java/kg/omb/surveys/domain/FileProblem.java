package kg.omb.surveys.domain;

import org.jspecify.annotations.Nullable;

/** What is wrong in an uploaded workbook: the sheet and cell (A1 style) where it is, if anywhere, and why. */
public record FileProblem(@Nullable String sheet, @Nullable String cell, String messageKey, Object... arguments)
		implements java.io.Serializable {
}
