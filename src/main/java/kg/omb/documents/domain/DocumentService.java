package kg.omb.documents.domain;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.AssociationStatus;
import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.audit.AuditLog;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.documents.ClauseChange;
import kg.omb.documents.ClauseEdit;
import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentFilter;
import kg.omb.documents.DocumentView;
import kg.omb.documents.RegistryEntry;
import kg.omb.documents.RegistryPage;
import kg.omb.shared.Strings;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import java.util.Comparator;
import kg.omb.documents.Documents;
import kg.omb.documents.DocumentsProperties;
import kg.omb.documents.NewDocument;
import kg.omb.documents.TimelineEntry;
import kg.omb.documents.VersionView;
import kg.omb.documents.docx.DocxOutlineReader;
import kg.omb.documents.docx.OutlinePart;
import kg.omb.files.StoredFile;
import kg.omb.files.StoredFiles;
import kg.omb.shared.Actor;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.html.RichText;

@Service
@Transactional
class DocumentService implements Documents {

	private static final String TARGET = "normative-document";

	private static final Set<DocumentStatus> REGISTRY_STATUSES = Set.of(DocumentStatus.IN_FORCE,
			DocumentStatus.SUPERSEDED, DocumentStatus.REPEALED);

	private final DocumentRepository documents;

	private final VersionRepository versions;

	private final ClauseRepository clauses;

	private final DocumentAccess access;

	private final AuditLog audit;

	private final DocumentsProperties properties;

	private final Associations associations;

	private final Clock clock;

	private final DocxOutlineReader docx;

	private final StoredFiles files;

	private final CommentsAwaitingDisposition comments;

	private final LegalActs legalActs;

	private final DocumentSearchEntries search;

	private final DiscussionAnnouncement announcement;

	private final ExpertReviewStep expertReview;

	DocumentService(DocumentRepository documents, VersionRepository versions, ClauseRepository clauses,
			DocumentAccess access, AuditLog audit, DocumentsProperties properties, Associations associations,
			Clock clock, DocxOutlineReader docx, StoredFiles files, CommentsAwaitingDisposition comments,
			LegalActs legalActs, DocumentSearchEntries search, DiscussionAnnouncement announcement,
			ExpertReviewStep expertReview) {
		this.expertReview = expertReview;
		this.legalActs = legalActs;
		this.search = search;
		this.announcement = announcement;
		this.docx = docx;
		this.files = files;
		this.comments = comments;
		this.associations = associations;
		this.documents = documents;
		this.versions = versions;
		this.clauses = clauses;
		this.access = access;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public DocumentView createDraft(NewDocument command) {
		access.require(access.drafts(command.associationId(), command.sectionId()));
		AssociationView association = associations.find(command.associationId())
			.orElseThrow(() -> new NotFoundException("documents.error.association-not-found", command.associationId()));
		if (association.status() != AssociationStatus.ACTIVE) {
			throw new DomainException("documents.error.association-not-active");
		}
		Long sectionId = command.sectionId();
		if (sectionId != null && associations.sections(command.associationId())
			.stream()
			.noneMatch(section -> section.id() == sectionId && section.open())) {
			throw new DomainException("documents.error.section-not-of-association");
		}
		Long predecessorId = command.predecessorId();
		if (predecessorId != null) {
			NormativeDocument predecessor = documents.findById(predecessorId)
				.orElseThrow(() -> new DomainException("documents.error.predecessor"));
			if (predecessor.getAssociationId() != command.associationId()
					|| predecessor.getKind() != command.kind()) {
				throw new DomainException("documents.error.predecessor");
			}
		}
		NormativeDocument document = documents.save(new NormativeDocument(command.associationId(),
				command.sectionId(), command.kind(), command.title(), command.codes(), command.levels(), predecessorId,
				Actor.current(), now()));
		versions.save(new DocumentVersion(document.id(), 1, null));
		audit.record("document.created", TARGET, document.id(),
				details("kind", command.kind(), "association", command.associationId(), "predecessor", predecessorId));
		return view(document);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DocumentView> find(long documentId) {
		return documents.findById(documentId).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DocumentView> ofAssociation(long associationId) {
		return documents.findByAssociationIdOrderByIdDesc(associationId).stream().map(this::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public RegistryPage registry(DocumentFilter filter, int page, int size) {
		Set<DocumentStatus> statuses = filter.status() == null ? REGISTRY_STATUSES
				: REGISTRY_STATUSES.contains(filter.status()) ? Set.of(filter.status()) : Set.of();
		int number = Math.max(page, 0);
		int length = Math.max(size, 1);
		if (statuses.isEmpty()) {
			return new RegistryPage(List.of(), number, length, 0);
		}
		Integer year = filter.year();
		LocalDate from = LocalDate.of(year == null ? 1900 : year, 1, 1);
		LocalDate until = LocalDate.of(year == null ? 9999 : year + 1, 1, 1);
		Page<NormativeDocument> found = documents.registry(statuses, filter.kind(),
				Strings.blankToNull(filter.levelCode()), Strings.blankToNull(filter.specialtyCode()),
				filter.associationId(), from, until, PageRequest.of(number, length));
		LocalDate today = Bishkek.today(clock);
		List<RegistryEntry> entries = found.getContent()
			.stream()
			.map(document -> RegistryEntry.of(view(document), Objects.requireNonNull(document.getInForceSince()), today))
			.toList();
		return new RegistryPage(entries, number, length, found.getTotalElements());
	}

	@Override
	@Transactional(readOnly = true)
	public List<RegistryEntry> latestInForce(int count) {
		return registry(new DocumentFilter(null, null, null, null, DocumentStatus.IN_FORCE, null), 0, count).entries();
	}

	@Override
	@Transactional(readOnly = true)
	public List<DocumentView> discussions() {
		Comparator<DocumentView> open = Comparator.comparing(DocumentView::discussionClosesOn);
		return documents.findByDiscussionClosesOnIsNotNull()
			.stream()
			.map(this::view)
			.sorted(Comparator.comparing((DocumentView d) -> d.status() != DocumentStatus.PUBLIC_DISCUSSION)
				.thenComparing((a, b) -> a.status() == DocumentStatus.PUBLIC_DISCUSSION ? open.compare(a, b)
						: open.compare(b, a))
				.thenComparing(DocumentView::id, Comparator.reverseOrder()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<DocumentView> openDiscussions(LocalDate today, int limit) {
		return documents
			.findByStatusAndDiscussionClosesOnGreaterThanEqualOrderByDiscussionClosesOnAscIdDesc(
					DocumentStatus.PUBLIC_DISCUSSION, today, Limit.of(limit))
			.stream()
			.map(this::view)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<VersionView> versions(long documentId) {
		return versions.findByDocumentIdOrderByNumber(documentId)
			.stream()
			.map(v -> new VersionView(v.getNumber(), v.getSummary(), v.isPublished(), v.getPublishedAt(),
					v.getSourceFileId()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ClauseView> clauses(long documentId, int versionNumber) {
		return clauseViews(version(documentId, versionNumber));
	}

	@Override
	public DocumentView assignWorkingGroup(long documentId, long lock, @Nullable Long workingGroupId) {
		NormativeDocument document = current(documentId, lock);
		access.require(access.organises(document));
		if (workingGroupId != null) {
			associations.workingGroup(workingGroupId)
				.filter(group -> group.associationId() == document.getAssociationId() && group.open())
				.orElseThrow(() -> new DomainException("documents.error.working-group"));
		}
		document.assignWorkingGroup(workingGroupId);
		documents.saveAndFlush(document);
		audit.record("document.working-group", TARGET, documentId, details("workingGroup", workingGroupId));
		return view(document);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isAuthor(long documentId) {
		return access.authors(document(documentId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(long documentId) {
		return document(documentId).getTransitions()
			.stream()
			.map(t -> new TimelineEntry(t.getFrom(), t.getTo(), t.getOccurredAt(), t.getActorId(), t.getReason(),
					t.getActId(), t.getNoteKey()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ClauseChange> compare(long documentId, int fromVersion, int toVersion) {
		return ClauseDiff.compare(clauseViews(version(documentId, fromVersion)),
				clauseViews(version(documentId, toVersion)));
	}

	@Override
	public ClauseView addClause(long documentId, ClauseEdit edit) {
		NormativeDocument document = document(documentId);
		access.require(access.authors(document));
		document.requireEditable();
		DocumentVersion working = version(documentId, document.getCurrentVersion());
		int position = edit.position() != null ? edit.position()
				: clauses.findByDocumentVersionOrderByPositionAscIdAsc(working).stream()
					.mapToInt(Clause::getPosition)
					.max()
					.orElse(0) + 1;
		Clause clause = clauses.saveAndFlush(new Clause(working, UUID.randomUUID().toString(), edit.number(),
				edit.level(), edit.heading(), edit.html(), position));
		audit.record("document.clause.added", TARGET, documentId,
				details("version", working.getNumber(), "clause", clause.getKey(), "number", clause.getNumber()));
		return clauseView(clause);
	}

	@Override
	public ClauseView editClause(long documentId, long clauseId, long clauseLock, ClauseEdit edit) {
		NormativeDocument document = document(documentId);
		access.require(access.authors(document));
		document.requireEditable();
		Clause clause = clause(documentId, clauseId, clauseLock);
		clause.edit(edit.number(), edit.level(), edit.heading(), edit.html(),
				edit.position() != null ? edit.position() : clause.getPosition());
		clauses.saveAndFlush(clause);
		audit.record("document.clause.edited", TARGET, documentId, details("version",
				clause.getDocumentVersion().getNumber(), "clause", clause.getKey(), "number", clause.getNumber()));
		return clauseView(clause);
	}

	@Override
	public List<ClauseView> importDocx(long documentId, long lock, String fileName, byte[] content) {
		NormativeDocument document = current(documentId, lock);
		access.require(access.authors(document));
		document.requireEditable();
		DocumentVersion working = version(documentId, document.getCurrentVersion());
		working.requireWorking();
		List<OutlinePart> parts = docx.read(new ByteArrayInputStream(content));
		StoredFile original = files.store(new ByteArrayInputStream(content), fileName, content.length, Actor.current());
		List<Clause> existing = clauses.findByDocumentVersionOrderByPositionAscIdAsc(working);
		Map<String, String> keys = new HashMap<>();
		existing.stream().filter(clause -> !clause.getNumber().isEmpty())
			.forEach(clause -> keys.putIfAbsent(clause.getLevel() + " " + clause.getNumber(), clause.getKey()));
		clauses.deleteAll(existing);
		clauses.flush();
		int position = 0;
		for (OutlinePart part : parts) {
			String key = part.number().isEmpty() ? null : keys.remove(part.level() + " " + part.number());
			clauses.save(new Clause(working, key != null ? key : UUID.randomUUID().toString(), part.number(),
					part.level(), part.isHeading() ? RichText.plainText(part.html()) : null,
					part.isHeading() ? "" : part.html(), ++position));
		}
		working.importedFrom(original.id());
		clauses.flush();
		audit.record("document.imported", TARGET, documentId,
				details("version", working.getNumber(), "file", original.id(), "clauses", parts.size()));
		return clauseViews(working);
	}

	@Override
	public void removeClause(long documentId, long clauseId, long clauseLock) {
		NormativeDocument document = document(documentId);
		access.require(access.authors(document));
		document.requireEditable();
		Clause clause = clause(documentId, clauseId, clauseLock);
		clause.getDocumentVersion().requireWorking();
		clauses.delete(clause);
		clauses.flush();
		audit.record("document.clause.removed", TARGET, documentId, details("version",
				clause.getDocumentVersion().getNumber(), "clause", clause.getKey(), "number", clause.getNumber()));
	}

	@Override
	public DocumentView publishVersion(long documentId, long lock, @Nullable String summary) {
		NormativeDocument document = current(documentId, lock);
		access.require(access.authors(document));
		document.requireEditable();
		DocumentVersion working = version(documentId, document.getCurrentVersion());
		working.summarize(summary);
		publish(document, working);
		search.refresh(document);
		return view(document);
	}

	@Override
	public DocumentView startNewVersion(long documentId, long lock, @Nullable String summary) {
		NormativeDocument document = current(documentId, lock);
		access.require(access.authors(document));
		document.requireEditable();
		DocumentVersion published = version(documentId, document.getCurrentVersion());
		if (!published.isPublished()) {
			throw new DomainException("documents.error.no-published-version");
		}
		int number = published.getNumber() + 1;
		document.advanceVersion(number);
		DocumentVersion working = versions.save(new DocumentVersion(documentId, number, summary));
		for (Clause clause : clauses.findByDocumentVersionOrderByPositionAscIdAsc(published)) {
			clauses.save(clause.copyTo(working));
		}
		documents.saveAndFlush(document);
		audit.record("document.version.started", TARGET, documentId, details("version", number));
		return view(document);
	}

	@Override
	public DocumentView openDiscussion(long documentId, long lock, LocalDate closesOn) {
		DocumentView opened = move(documentId, lock, access::authors, "document.discussion.opened", document -> {
			publishIfWorking(document);
			document.openDiscussion(Bishkek.today(clock), closesOn, properties.discussionMinDays(document.getKind()),
					Actor.current(), now());
		}, details("closesOn", closesOn));
		announcement.opened(document(documentId));
		return opened;
	}

	@Override
	public DocumentView closeDiscussion(long documentId, long lock) {
		return move(documentId, lock, access::authors, "document.discussion.closed",
				document -> document.closeDiscussion(Bishkek.today(clock), Actor.current(), now()), Map.of());
	}

	@Override
	public DocumentView sendToReview(long documentId, long lock) {
		return move(documentId, lock, access::authors, "document.sent-to-review", document -> {
			requireDisposed(document);
			publishIfWorking(document);
			document.sendToReview(Actor.current(), now());
		}, Map.of());
	}

	@Override
	public DocumentView passExpertReview(long documentId, long lock) {
		return move(documentId, lock, access::chairs, "document.expert-review.not-performed", document -> {
			requireDisposed(document);
			document.passWithoutExpertReview(Actor.current(), now());
		}, Map.of());
	}

	@Override
	public void requestExpertReview(long documentId, long lock, kg.omb.documents.ExpertReviewOrder order) {
		NormativeDocument document = current(documentId, lock);
		access.require(access.organises(document));
		expertReview.request(document, order);
		audit.record("document.expert-review.requested", TARGET, documentId,
				details("version", document.getCurrentVersion(), "mode", order.mode(), "reviewers", order.reviewers()));
	}

	@Override
	public DocumentView submitToAuthority(long documentId, long lock) {
		return move(documentId, lock, access::chairs, "document.submitted", document -> {
			requireDisposed(document);
			document.submitToAuthority(Actor.current(), now());
		}, Map.of());
	}

	@Override
	public DocumentView approve(long documentId, long lock, long actId) {
		return move(documentId, lock, access::decides, "document.approved", document -> {
			requireDisposed(document);
			LegalActView act = requireAct(document, actId);
			document.approveByAuthority(actId, act.effectiveOn(), Actor.current(), now());
			supersedePredecessor(document);
		}, details("act", actId));
	}

	@Override
	public DocumentView adoptByOmbDecision(long documentId, long lock, @Nullable Long actId) {
		return move(documentId, lock, access::decides, "document.adopted", document -> {
			requireDisposed(document);
			LocalDate effectiveOn = actId == null ? Bishkek.today(clock) : requireAct(document, actId).effectiveOn();
			document.adoptByOmbDecision(actId, effectiveOn, Actor.current(), now());
			supersedePredecessor(document);
		}, details("act", actId));
	}

	@Override
	public DocumentView repeal(long documentId, long lock, long actId, @Nullable String reason) {
		return move(documentId, lock, access::decides, "document.repealed", document -> {
			requireAct(document, actId);
			document.repeal(actId, reason, Actor.current(), now());
		},
				details("act", actId, "reason", reason));
	}

	@Override
	public DocumentView returnForRevision(long documentId, long lock, String remarks) {
		NormativeDocument document = current(documentId, lock);
		access.require(document.getStatus() == DocumentStatus.SUBMITTED ? access.decides(document)
				: access.chairs(document));
		DocumentStatus from = document.getStatus();
		document.returnForRevision(remarks, Actor.current(), now());
		documents.saveAndFlush(document);
		search.refresh(document);
		audit.record("document.returned", TARGET, documentId, details("from", from, "remarks", remarks));
		return view(document);
	}

	private DocumentView move(long documentId, long lock, java.util.function.Predicate<NormativeDocument> allowed,
			String action, Consumer<NormativeDocument> change, Map<String, ?> extra) {
		NormativeDocument document = current(documentId, lock);
		access.require(allowed.test(document));
		DocumentStatus from = document.getStatus();
		change.accept(document);
		documents.saveAndFlush(document);
		search.refresh(document);
		Map<String, Object> details = new LinkedHashMap<>(extra);
		details.put("from", from);
		details.put("to", document.getStatus());
		audit.record(action, TARGET, documentId, details);
		return view(document);
	}

	/**
	 * A discussed document moves on towards review, submission and decision only once every comment that opens a
	 * thread and is not hidden has its disposition, whatever status it is in: returned for revision, it is disposed
	 * of while it is drafted again. Checked before every forward step, not only when leaving the disposition step.
	 */
	private void requireDisposed(NormativeDocument document) {
		if (!document.hasBeenDiscussed()) {
			return;
		}
		long waiting = comments.awaitingDisposition(document.id());
		if (waiting > 0) {
			throw new DomainException("documents.error.comments-without-disposition", waiting);
		}
	}

	/** The act exists and was issued by whoever may put this document in force or repeal it. */
	private LegalActView requireAct(NormativeDocument document, long actId) {
		return legalActs.requireIssuedBy(actId, access.issuers(document));
	}

	private void supersedePredecessor(NormativeDocument document) {
		Long predecessorId = document.getPredecessorId();
		if (predecessorId == null) {
			return;
		}
		documents.findById(predecessorId)
			.filter(predecessor -> predecessor.getStatus() == DocumentStatus.IN_FORCE)
			.ifPresent(predecessor -> {
				predecessor.supersedeBy(document.id(), Actor.current(), now());
				documents.save(predecessor);
				search.refresh(predecessor);
				audit.record("document.superseded", TARGET, predecessorId, details("by", document.id()));
			});
	}

	private void publishIfWorking(NormativeDocument document) {
		DocumentVersion working = version(document.id(), document.getCurrentVersion());
		if (!working.isPublished()) {
			publish(document, working);
		}
	}

	private void publish(NormativeDocument document, DocumentVersion working) {
		working.publish(now());
		versions.saveAndFlush(working);
		audit.record("document.version.published", TARGET, document.id(), details("version", working.getNumber()));
	}

	private Clause clause(long documentId, long clauseId, long clauseLock) {
		Clause clause = clauses.findById(clauseId)
			.filter(c -> c.getDocumentVersion().getDocumentId() == documentId)
			.orElseThrow(() -> new NotFoundException("documents.error.clause-not-found", clauseId));
		if (clause.getVersion() != clauseLock) {
			throw new ObjectOptimisticLockingFailureException(Clause.class, clauseId);
		}
		return clause;
	}

	private NormativeDocument current(long documentId, long lock) {
		NormativeDocument document = document(documentId);
		if (document.getVersion() != lock) {
			throw new ObjectOptimisticLockingFailureException(NormativeDocument.class, documentId);
		}
		return document;
	}

	private NormativeDocument document(long documentId) {
		return documents.findById(documentId)
			.orElseThrow(() -> new NotFoundException("documents.error.not-found", documentId));
	}

	private DocumentVersion version(long documentId, int number) {
		return versions.findByDocumentIdAndNumber(documentId, number)
			.orElseThrow(() -> new NotFoundException("documents.error.version-not-found", number));
	}

	private List<ClauseView> clauseViews(DocumentVersion version) {
		return clauses.findByDocumentVersionOrderByPositionAscIdAsc(version).stream().map(this::clauseView).toList();
	}

	private ClauseView clauseView(Clause clause) {
		return new ClauseView(clause.id(), clause.getKey(), clause.getNumber(), clause.getLevel(),
				clause.getHeading(), clause.getHtml(), clause.getPosition(), clause.getVersion());
	}

	private DocumentView view(NormativeDocument document) {
		boolean published = versions.findByDocumentIdAndNumber(document.id(), document.getCurrentVersion())
			.map(DocumentVersion::isPublished)
			.orElse(false);
		return new DocumentView(document.id(), document.getAssociationId(), document.getSectionId(),
				document.getWorkingGroupId(), document.getKind(), document.getTitle(), Set.copyOf(document.getCodes()),
				Set.copyOf(document.getLevels()), document.getStatus(), document.getCurrentVersion(), published,
				document.getDiscussionOpenedOn(), document.getDiscussionClosesOn(),
				document.getExpertReviewPerformed(), document.getPredecessorId(), document.getSuccessorId(),
				document.getInForceActId(), document.getInForceSince(), document.getVersion());
	}

	private Instant now() {
		return clock.instant();
	}

	private static Map<String, ?> details(Object... pairs) {
		Map<String, Object> details = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				details.put((String) pairs[i], pairs[i + 1] instanceof Enum<?> e ? e.name() : pairs[i + 1].toString());
			}
		}
		return details;
	}

}
