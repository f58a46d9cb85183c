package kg.omb.documents.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentView;
import kg.omb.documents.TimelineEntry;
import kg.omb.shared.web.Names;

/**
 * One normative document, as {@code GET /api/v1/documents/{id}} gives it: what the public page shows about it, its
 * latest published version ({@code currentVersion}), the discussion window, the act that put it in force and its
 * public timeline. No account ids: the timeline says what happened, when and why.
 */
record DocumentDetail(long id, Names title, DocumentKind kind, DocumentStatus status, AssociationRef association,
		@Nullable Long sectionId, Set<String> codes, Set<String> levels, int currentVersion,
		@Nullable Discussion discussion, @Nullable Boolean expertReviewPerformed, @Nullable Long predecessorId,
		@Nullable Long successorId, @Nullable ActRef inForceAct, List<Step> timeline, String page) {

	static DocumentDetail of(DocumentView document, int currentVersion, AssociationRef association,
			@Nullable ActRef act, List<TimelineEntry> timeline) {
		LocalDate opens = document.discussionOpenedOn();
		LocalDate closes = document.discussionClosesOn();
		return new DocumentDetail(document.id(), Names.of(document.title()), document.kind(), document.status(),
				association, document.sectionId(), new TreeSet<>(document.codes()), new TreeSet<>(document.levels()),
				currentVersion, opens == null || closes == null ? null : new Discussion(opens, closes),
				document.expertReviewPerformed(), document.predecessorId(), document.successorId(), act,
				timeline.stream().map(Step::of).toList(), "/documents/" + document.id());
	}

	/** The OMB developing the document. */
	record AssociationRef(long id, @Nullable Names name) {
	}

	/**
	 * A legal act, by its id in {@code /api/v1/acts/{id}}, its number, the day it was signed and the day it takes
	 * effect, which is the day the document it approved enters into force.
	 */
	record ActRef(long id, @Nullable String number, @Nullable LocalDate signedOn, @Nullable LocalDate effectiveOn) {
	}

	/** The days of the public discussion, both included (Bishkek calendar). */
	record Discussion(LocalDate opensOn, LocalDate closesOn) {
	}

	/** A line of the timeline: from which status to which, when, why, on which act, and a message key for a note. */
	record Step(@Nullable DocumentStatus from, DocumentStatus to, Instant at, @Nullable String reason,
			@Nullable Long actId, @Nullable String noteKey) {

		static Step of(TimelineEntry entry) {
			return new Step(entry.from(), entry.to(), entry.at(), entry.reason(), entry.actId(), entry.noteKey());
		}

	}

}
