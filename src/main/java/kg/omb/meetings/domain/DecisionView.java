package kg.omb.meetings.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * A published decision whole: what was decided, by which OMB (and section), at which meeting, by what vote, and
 * the document version it concerns.
 */
public record DecisionView(long id, String title, String text, LocalDate decidedOn, long associationId,
		LocalizedText associationName, @Nullable LocalizedText sectionName, long meetingId, String meetingTitle,
		Instant meetingStartsAt, boolean inPerson, boolean online, boolean secret, int forCount, int againstCount,
		int abstainCount, int presentCount, int rollSize, @Nullable Long documentId,
		@Nullable LocalizedText documentTitle, @Nullable Integer documentVersion) {
}
