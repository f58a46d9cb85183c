package kg.omb.documents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kg.omb.association.Associations;
import kg.omb.association.WorkingGroupView;
import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.Directory;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.directory.OrganizationView;
import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.TimelineEntry;
import kg.omb.documents.VersionView;
import kg.omb.documents.discussion.DiscussionFigures;
import kg.omb.documents.discussion.DiscussionWindow;
import kg.omb.documents.discussion.DispositionTable;
import kg.omb.documents.discussion.DocumentComment;
import kg.omb.documents.discussion.PublicDiscussion;
import kg.omb.documents.web.DocumentPage.ClauseLine;
import kg.omb.documents.web.DocumentPage.CommentNode;
import kg.omb.documents.web.DocumentPage.Comparison;
import kg.omb.documents.web.DocumentPage.DispositionLine;
import kg.omb.documents.web.DocumentPage.ThreadGroup;
import kg.omb.documents.web.DocumentPage.ThreadPaging;
import kg.omb.documents.web.DocumentPage.TimelineLine;
import kg.omb.documents.web.DocumentPage.Window;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.shared.Bishkek;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.html.RichText;

/**
 * Reads what the public page of a document shows. A document is public once one of its versions is published (at
 * the latest when its discussion opens); a draft never published answers 404 like an unknown id, and the text
 * shown is always a published version, never the working one.
 */
@Component
class DocumentPages {

	private static final Pattern COMPARE = Pattern.compile("(\\d{1,4})\\.\\.(\\d{1,4})");

	private final Documents documents;

	private final PublicDiscussion discussion;

	private final DispositionTable dispositions;

	private final Associations associations;

	private final Directory directory;

	private final LegalActs acts;

	private final Accounts accounts;

	private final Clock clock;

	DocumentPages(Documents documents, PublicDiscussion discussion, DispositionTable dispositions,
			Associations associations, Directory directory, LegalActs acts, Accounts accounts, Clock clock) {
		this.documents = documents;
		this.discussion = discussion;
		this.dispositions = dispositions;
		this.associations = associations;
		this.directory = directory;
		this.acts = acts;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The working group that drafts the document (§15), if it names one. */
	@Nullable WorkingGroupView workingGroup(DocumentView document) {
		return document.workingGroupId() == null ? null : associations.workingGroup(document.workingGroupId()).orElse(null);
	}

	/** The document, if the public may see it. */
	DocumentView requirePublic(long documentId) {
		return documents.find(documentId)
			.filter(document -> latestPublished(documents.versions(documentId)).isPresent())
			.orElseThrow(() -> new NotFoundException("documents.error.not-found", documentId));
	}

	DocumentPage page(long documentId, @Nullable String compare, Locale locale) {
		return page(documentId, compare, Paging.FIRST, locale);
	}

	/**
	 * The page, showing of one group of threads ({@code paging.threads()}, a clause key or {@code whole}) those from
	 * {@code paging.threadsFrom()} on, of the other groups their first threads, and of the disposition table the
	 * lines from {@code paging.dispositionsFrom()} on.
	 */
	DocumentPage page(long documentId, @Nullable String compare, Paging paging, Locale locale) {
		DocumentView document = requirePublic(documentId);
		List<VersionView> published = documents.versions(documentId).stream().filter(VersionView::published).toList();
		int version = latestPublished(published).orElseThrow();
		List<ClauseView> clauses = documents.clauses(documentId, version);
		DiscussionFigures figures = discussion.figures(documentId);
		List<ClauseLine> lines = clauses.stream()
			.map(clause -> new ClauseLine(clause, RichText.sanitize(clause.html()),
					figures.byClause().getOrDefault(clause.key(), 0L)))
			.toList();
		Map<String, String> numbers = new LinkedHashMap<>();
		clauses.forEach(clause -> numbers.put(clause.key(), clause.number()));
		DiscussionWindow window = window(document);
		LocalDate today = Bishkek.today(clock);
		boolean open = window != null && document.status() == DocumentStatus.PUBLIC_DISCUSSION
				&& window.isOpenOn(today);
		List<DocumentComment> thread = discussion.thread(documentId);
		Map<Long, String> changedKeys = new HashMap<>();
		thread.forEach(comment -> {
			if (comment.getChangedClauseKey() != null) {
				changedKeys.put(comment.id(), comment.getChangedClauseKey());
			}
		});
		List<DispositionLine> table = thread.isEmpty() ? List.of()
				: dispositions.rows(documentId)
					.stream()
					.map(row -> new DispositionLine(row, changedKeys.get(row.commentId())))
					.toList();
		Window<DispositionLine> shownTable = Window.of(table, paging.dispositionsFrom(),
				DocumentPage.DISPOSITIONS_AT_A_TIME);
		LegalActView act = document.inForceActId() == null ? null : acts.find(document.inForceActId()).orElse(null);
		return new DocumentPage(document,
				associations.find(document.associationId()).map(a -> a.name().in(locale)).orElse(null),
				specialties(document.codes(), locale), levels(document.levels(), locale), version, lines, published,
				comparison(documentId, compare, published), window, window == null ? 0 : window.daysLeft(today), open,
				threads(thread, clauses, paging, locale), threadPaging(thread, paging), figures, numbers, shownTable, act,
				document.inForceSince() != null && document.inForceSince().isAfter(today), timeline(documentId));
	}

	private @Nullable Comparison comparison(long documentId, @Nullable String compare, List<VersionView> published) {
		if (compare == null || compare.isBlank()) {
			return null;
		}
		Matcher matcher = COMPARE.matcher(compare.strip());
		if (!matcher.matches()) {
			throw new NotFoundException("documents.public.compare.not-found", compare);
		}
		int from = Integer.parseInt(matcher.group(1));
		int to = Integer.parseInt(matcher.group(2));
		boolean known = published.stream().anyMatch(v -> v.number() == from)
				&& published.stream().anyMatch(v -> v.number() == to);
		if (!known) {
			throw new NotFoundException("documents.public.compare.not-found", compare);
		}
		return new Comparison(from, to, documents.compare(documentId, from, to));
	}

	private List<ThreadGroup> threads(List<DocumentComment> thread, List<ClauseView> clauses, Paging paging,
			Locale locale) {
		Map<Long, String> organizations = organizations(thread.stream()
			.map(DocumentComment::getOrganizationId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()), locale);
		Map<Long, List<DocumentComment>> replies = thread.stream()
			.filter(comment -> comment.getParentId() != null)
			.collect(Collectors.groupingBy(DocumentComment::getParentId));
		Map<String, List<CommentNode>> byClause = new LinkedHashMap<>();
		for (DocumentComment comment : thread) {
			if (comment.getParentId() == null) {
				byClause.computeIfAbsent(comment.getClauseKey() == null ? "" : comment.getClauseKey(), key -> new ArrayList<>())
					.add(node(comment, replies, organizations));
			}
		}
		List<ThreadGroup> all = new ArrayList<>();
		Optional.ofNullable(byClause.remove("")).ifPresent(whole -> all.add(group(null, null, whole)));
		for (ClauseView clause : clauses) {
			List<CommentNode> onClause = byClause.remove(clause.key());
			if (onClause != null) {
				all.add(group(clause.key(), clause.number(), onClause));
			}
		}
		// comments on clauses the version shown no longer has
		byClause.forEach((key, nodes) -> all.add(group(key, "—", nodes)));
		String chosen = paging.threads();
		if (chosen != null && !DocumentPage.ALL_THREADS.equals(chosen)) {
			return all.stream()
				.filter(group -> group.key().equals(chosen))
				.map(group -> new ThreadGroup(group.clauseKey(), group.clauseNumber(),
						Window.of(group.comments().items(), paging.threadsFrom(), DocumentPage.THREADS_AT_A_TIME)))
				.toList();
		}
		return slice(all, paging.threadsFrom(), DocumentPage.THREADS_AT_A_TIME);
	}

	private static ThreadGroup group(@Nullable String clauseKey, @Nullable String clauseNumber, List<CommentNode> threads) {
		return new ThreadGroup(clauseKey, clauseNumber, Window.of(threads, 0, threads.size()));
	}

	/** The threads from {@code from} to {@code from + size} in the order of the text, in their groups. */
	private static List<ThreadGroup> slice(List<ThreadGroup> all, int from, int size) {
		List<ThreadGroup> shown = new ArrayList<>();
		int position = 0;
		for (ThreadGroup group : all) {
			List<CommentNode> threads = group.comments().items();
			int start = Math.max(from - position, 0);
			int end = Math.min(from + size - position, threads.size());
			if (start < end) {
				shown.add(new ThreadGroup(group.clauseKey(), group.clauseNumber(),
						new Window<>(List.copyOf(threads.subList(start, end)), start, threads.size(),
								DocumentPage.THREADS_AT_A_TIME)));
			}
			position += threads.size();
		}
		return shown;
	}

	/** How many threads the discussion has in all: top-level comments, hidden ones included. */
	static int threadCount(List<DocumentComment> thread) {
		return (int) thread.stream().filter(comment -> comment.getParentId() == null).count();
	}

	private static CommentNode node(DocumentComment comment, Map<Long, List<DocumentComment>> replies,
			Map<Long, String> organizations) {
		return new CommentNode(comment,
				comment.getOrganizationId() == null ? null : organizations.get(comment.getOrganizationId()),
				replies.getOrDefault(comment.id(), List.of())
					.stream()
					.map(reply -> node(reply, replies, organizations))
					.toList());
	}

	/** The organisations by id, named in the page's language. */
	Map<Long, String> organizations(Collection<Long> ids, Locale locale) {
		return ids.isEmpty() ? Map.of()
				: directory.organizations(ids)
					.stream()
					.collect(Collectors.toMap(OrganizationView::id, organization -> organization.name().in(locale)));
	}

	private List<TimelineLine> timeline(long documentId) {
		List<TimelineEntry> entries = documents.timeline(documentId);
		Map<Long, String> names = new HashMap<>();
		entries.stream().map(TimelineEntry::actorId).filter(Objects::nonNull).distinct().forEach(id -> accounts
			.find(id).map(AccountView::displayName).ifPresent(name -> names.put(id, name)));
		Map<Long, LegalActView> cited = acts.find(entries.stream()
			.map(TimelineEntry::actId)
			.filter(Objects::nonNull)
			.toList()).stream().collect(Collectors.toMap(LegalActView::id, Function.identity()));
		return entries.stream()
			.map(entry -> new TimelineLine(entry, entry.actorId() == null ? null : names.get(entry.actorId()),
					entry.actId() == null ? null : cited.get(entry.actId())))
			.toList();
	}

	private List<String> specialties(Collection<String> codes, Locale locale) {
		Map<String, ClassifierEntryView> entries = directory.classifierEntries(codes)
			.stream()
			.collect(Collectors.toMap(ClassifierEntryView::code, Function.identity(), (a, b) -> a));
		return codes.stream()
			.sorted()
			.map(code -> entries.containsKey(code) ? code + " " + entries.get(code).name().in(locale) : code)
			.toList();
	}

	private List<String> levels(Collection<String> codes, Locale locale) {
		return directory.levels()
			.stream()
			.filter(level -> codes.contains(level.code()))
			.map(level -> level.name().in(locale))
			.toList();
	}

	private static ThreadPaging threadPaging(List<DocumentComment> thread, Paging paging) {
		String chosen = paging.threads();
		boolean everything = chosen == null || DocumentPage.ALL_THREADS.equals(chosen);
		int total = threadCount(thread);
		int from = everything ? Math.max(0, Math.min(paging.threadsFrom(), Math.max(0, total - 1))) : 0;
		return new ThreadPaging(everything ? null : chosen, from, Math.min(total, from + DocumentPage.THREADS_AT_A_TIME),
				total);
	}

	/** Which part of the long lists the page shows; see {@link #page(long, String, Paging, Locale)}. */
	record Paging(@Nullable String threads, int threadsFrom, int dispositionsFrom) {

		static final Paging FIRST = new Paging(null, 0, 0);

	}

	static @Nullable DiscussionWindow window(DocumentView document) {
		return document.discussionOpenedOn() == null || document.discussionClosesOn() == null ? null
				: new DiscussionWindow(document.discussionOpenedOn(), document.discussionClosesOn());
	}

	private static Optional<Integer> latestPublished(List<VersionView> versions) {
		return versions.stream().filter(VersionView::published).map(VersionView::number).max(Integer::compare);
	}

}
