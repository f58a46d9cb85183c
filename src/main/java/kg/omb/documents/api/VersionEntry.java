package kg.omb.documents.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import kg.omb.documents.VersionView;

/** A published version of a document's text, with the Word original it was imported from, if any. */
record VersionEntry(int number, @Nullable String summary, @Nullable Instant publishedAt, @Nullable String original,
		String clauses) {

	static VersionEntry of(long documentId, VersionView version) {
		Long file = version.sourceFileId();
		return new VersionEntry(version.number(), version.summary(), version.publishedAt(),
				file == null ? null : "/files/" + file,
				"/api/v1/documents/" + documentId + "/versions/" + version.number() + "/clauses");
	}

}
