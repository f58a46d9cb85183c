package kg.omb.documents.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.LegalActView;
import kg.omb.documents.ClauseChange;
import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentView;
import kg.omb.documents.TimelineEntry;
import kg.omb.documents.VersionView;
import kg.omb.documents.discussion.DiscussionFigures;
import kg.omb.documents.discussion.DiscussionWindow;
import kg.omb.documents.discussion.DispositionRow;
import kg.omb.documents.discussion.DocumentComment;

/**
 * Everything the public page of a document shows: its text in the latest published version, the published
 * versions, the comparison asked for, the discussion with its threads and figures, the disposition table, the act
 * that put it in force and its timeline with the names of those who moved it.
 */
record DocumentPage(DocumentView document, @Nullable String associationName, List<String> specialties,
		List<String> levels, int version, List<ClauseLine> clauses, List<VersionView> versions,
		@Nullable Comparison comparison, @Nullable DiscussionWindow window, long daysLeft, boolean open,
		List<ThreadGroup> threads, DiscussionFigures figures, Map<String, String> clauseNumbers,
		List<DispositionLine> dispositions, @Nullable LegalActView act, List<TimelineLine> timeline) {

	/** A clause of the text shown, its HTML sanitized again on the way out, and its count of visible comments. */
	record ClauseLine(ClauseView clause, String html, long comments) {

		public boolean isHeading() {
			return clause.level() == kg.omb.documents.ClauseLevel.CHAPTER
					|| clause.level() == kg.omb.documents.ClauseLevel.SECTION;
		}

	}

	/** Two versions compared clause by clause. */
	record Comparison(int from, int to, List<ClauseChange> changes) {

		public long changed() {
			return changes.stream().filter(change -> change.kind() != ClauseChange.Kind.UNCHANGED).count();
		}

	}

	/** A comment with the name of the organisation it speaks for (official) and its replies. */
	record CommentNode(DocumentComment comment, @Nullable String organization, List<CommentNode> replies) {
	}

	/** The threads about one clause (key and number), or about the whole document (neither). */
	record ThreadGroup(@Nullable String clauseKey, @Nullable String clauseNumber, List<CommentNode> comments) {
	}

	/** A line of the disposition table with the key of the changed clause, to link to it in the text shown. */
	record DispositionLine(DispositionRow row, @Nullable String changedClauseKey) {
	}

	/** A step of the timeline with the name of who took it and the act it rests on. */
	record TimelineLine(TimelineEntry entry, @Nullable String actor, @Nullable LegalActView act) {
	}

	public boolean hasFiles() {
		return act != null && act.fileId() != null
				|| versions.stream().anyMatch(version -> version.sourceFileId() != null);
	}

}
