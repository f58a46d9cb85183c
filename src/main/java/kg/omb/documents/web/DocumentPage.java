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
 * that put it in force (with {@code inForceAhead} when its effective day is still to come) and its timeline with
 * the names of those who moved it.
 */
record DocumentPage(DocumentView document, @Nullable String associationName, List<String> specialties,
		List<String> levels, int version, List<ClauseLine> clauses, List<VersionView> versions,
		@Nullable Comparison comparison, @Nullable DiscussionWindow window, long daysLeft, boolean open,
		List<ThreadGroup> threads, ThreadPaging threadPaging, DiscussionFigures figures, Map<String, String> clauseNumbers,
		Window<DispositionLine> dispositions, @Nullable LegalActView act, boolean inForceAhead,
		List<TimelineLine> timeline) {

	/** Threads shown at a time, of the whole discussion or of one clause; the rest are a link away. */
	static final int THREADS_AT_A_TIME = 50;

	/** The whole discussion in the order of the text, in addresses ({@code ?threads=all&from=50}). */
	static final String ALL_THREADS = "all";

	/** Lines of the disposition table shown at a time; the downloads hold all of them. */
	static final int DISPOSITIONS_AT_A_TIME = 100;

	/** The key of the group of threads about the whole document, in addresses ({@code ?threads=whole}). */
	static final String WHOLE_DOCUMENT = "whole";

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

	/**
	 * The threads about one clause (key and number), or about the whole document (neither): those shown, from
	 * {@code comments.from()} on, of all its threads.
	 */
	record ThreadGroup(@Nullable String clauseKey, @Nullable String clauseNumber, Window<CommentNode> comments) {

		/** The group's key in addresses. */
		public String key() {
			return clauseKey == null ? WHOLE_DOCUMENT : clauseKey;
		}

	}

	/**
	 * Which threads of the discussion the page shows: of one group only ({@code group}, a clause key or
	 * {@code whole}) or of the whole discussion in the order of the text, from {@code from} to {@code to}, of
	 * {@code total} in all.
	 */
	record ThreadPaging(@Nullable String group, int from, int to, int total) {

		public boolean hasEarlier() {
			return group == null && from > 0;
		}

		public boolean hasLater() {
			return group == null && to < total;
		}

		public int earlier() {
			return Math.max(0, from - THREADS_AT_A_TIME);
		}

	}

	/**
	 * A part of a long list: the items shown, the position of the first among all (from 0) and how many there are;
	 * the page links to the parts before and after.
	 */
	record Window<T>(List<T> items, int from, int total, int size) {

		static <T> Window<T> of(List<T> all, int from, int size) {
			int start = Math.max(0, Math.min(from, Math.max(0, all.size() - 1)));
			return new Window<>(List.copyOf(all.subList(start, Math.min(all.size(), start + size))), start, all.size(),
					size);
		}

		public boolean isEmpty() {
			return total == 0;
		}

		public boolean hasEarlier() {
			return from > 0;
		}

		public boolean hasLater() {
			return from + items.size() < total;
		}

		public int earlier() {
			return Math.max(0, from - size);
		}

		public int later() {
			return from + items.size();
		}

		/** The position of the last item shown, from 1. */
		public int to() {
			return from + items.size();
		}

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
