package kg.omb.review.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.Associations;
import kg.omb.association.MemberView;
import kg.omb.association.WorkingGroupView;
import kg.omb.audit.AuditLog;
import kg.omb.identity.Accounts;
import kg.omb.identity.AccountView;
import kg.omb.identity.CurrentAccess;
import kg.omb.identity.Role;
import kg.omb.identity.ScopeType;
import kg.omb.review.AssociationReview;
import kg.omb.review.NewReviewRequest;
import kg.omb.review.Recommendation;
import kg.omb.review.ReviewConcluded;
import kg.omb.review.ReviewRequestView;
import kg.omb.review.ReviewRequests;
import kg.omb.review.ReviewStatus;
import kg.omb.review.SubjectAuthor;
import kg.omb.shared.Actor;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * Review requests from their asking to the decision: the organisers invite ranked, eligible experts (or, with a
 * written justification, one the rules refused); experts accept declaring no conflict, or decline with a reason;
 * they submit their reviews; the chair decides, which concludes the round and tells the asking module through
 * {@link ReviewConcluded}. Every change is audited.
 */
@Service
@Transactional
public class ReviewService implements ReviewRequests {

	static final String TARGET = "review-request";

	private final ReviewRequestRepository requests;

	private final AssignmentRepository assignments;

	private final ExpertRepository experts;

	private final ConflictDeclarationRepository declarations;

	private final ExpertPool pool;

	private final ReviewAccess access;

	private final CurrentAccess currentAccess;

	private final Associations associations;

	private final Accounts accounts;

	private final ReviewNotices notices;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	private final java.math.BigDecimal hoursPerReview;

	private final ConclusionPublication publication;

	ReviewService(ReviewRequestRepository requests, AssignmentRepository assignments, ExpertRepository experts,
			ConflictDeclarationRepository declarations, ExpertPool pool, ReviewAccess access,
			CurrentAccess currentAccess, Associations associations, Accounts accounts, ReviewNotices notices,
			ApplicationEventPublisher events, AuditLog audit, Clock clock, ConclusionPublication publication,
			@org.springframework.beans.factory.annotation.Value("${omb.review.hours-per-review:2}") java.math.BigDecimal hoursPerReview) {
		this.hoursPerReview = hoursPerReview;
		this.publication = publication;
		this.requests = requests;
		this.assignments = assignments;
		this.experts = experts;
		this.declarations = declarations;
		this.pool = pool;
		this.access = access;
		this.currentAccess = currentAccess;
		this.associations = associations;
		this.accounts = accounts;
		this.notices = notices;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public ReviewRequestView request(NewReviewRequest command) {
		ReviewAccess.require(access.organises(command.associationId()));
		LocalDate today = Bishkek.today(clock);
		Optional<ReviewRequest> latest = requests.findFirstBySubjectTypeAndSubjectIdOrderByIdDesc(
				command.subjectType(), command.subjectId());
		if (latest.isPresent() && latest.get().getStatus() == ReviewStatus.AWAITING_RESUBMISSION) {
			ReviewRequest request = latest.get();
			int previous = request.getRound();
			request.resubmit(command, today);
			requests.saveAndFlush(request);
			for (ReviewAssignment earlier : assignments.findByRequestIdOrderByRoundAscOrdinalAsc(request.id())) {
				if (earlier.getRound() == previous && earlier.getStatus() == AssignmentStatus.SUBMITTED) {
					invite(request, earlier.getExpertId(), earlier.getOrdinal(), null);
				}
			}
			audit.record("review.round.opened", TARGET, request.id(),
					Map.of("round", request.getRound(), "version", request.getSubjectVersion()));
			return view(request);
		}
		if (latest.isPresent() && latest.get().getStatus() == ReviewStatus.IN_PROGRESS) {
			throw new DomainException("review.error.already-requested");
		}
		ReviewRequest request = requests.saveAndFlush(new ReviewRequest(command, today, ReviewAccess.current()));
		audit.record("review.requested", TARGET, request.id(), Map.of("subject",
				command.subjectType() + ":" + command.subjectId(), "version", command.subjectVersion(), "mode",
				command.mode().name()));
		return view(request);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ReviewRequestView> latest(String subjectType, long subjectId) {
		return requests.findFirstBySubjectTypeAndSubjectIdOrderByIdDesc(subjectType, subjectId).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AssociationReview> ofAssociation(long associationId) {
		return requests.findByAssociationIdInOrderByIdDesc(List.of(associationId))
			.stream()
			.map(r -> new AssociationReview(r.id(), r.getSubjectType(), r.getSubjectId(), r.getTitle(),
					r.getStatus(), r.getDecision(),
					r.getCreatedAt() == null ? r.getSubmitBy() : r.getCreatedAt().atZone(Bishkek.ZONE).toLocalDate(),
					r.getSubmitBy(), r.getDecidedAt()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> publishedConclusion(String subjectType, long subjectId) {
		return publication.published(subjectType, subjectId).map(ConclusionPublication::path);
	}

	/** The requests of the OMBs the signed-in person organises or chairs, newest first; all for an administrator. */
	@Transactional(readOnly = true)
	public List<ReviewRequestView> organised() {
		if (access.admin()) {
			return requests.findAllByOrderByIdDesc().stream().map(this::view).toList();
		}
		Set<Long> mine = new HashSet<>(currentAccess.scopeIds(Role.OMB_CHAIR, ScopeType.ASSOCIATION));
		mine.addAll(currentAccess.scopeIds(Role.OMB_SECRETARY, ScopeType.ASSOCIATION));
		return mine.isEmpty() ? List.of()
				: requests.findByAssociationIdInOrderByIdDesc(mine).stream().map(this::view).toList();
	}

	/** A request as the signed-in organiser, decider or author may see it. */
	@Transactional(readOnly = true)
	public RequestDetail detail(long requestId) {
		ReviewRequest request = request(requestId);
		boolean organiser = access.organises(request.getAssociationId());
		boolean decider = access.decides(request);
		ReviewAccess.require(organiser || decider || access.authors(request));
		boolean insider = organiser || decider;
		Map<Long, Expert> byId = experts.findAllById(assignments.findByRequestIdOrderByRoundAscOrdinalAsc(requestId)
			.stream()
			.map(ReviewAssignment::getExpertId)
			.toList()).stream().collect(Collectors.toMap(Expert::id, e -> e));
		List<AssignmentView> views = assignments.findByRequestIdOrderByRoundAscOrdinalAsc(requestId)
			.stream()
			.filter(a -> insider || a.getStatus() == AssignmentStatus.SUBMITTED)
			.map(a -> assignmentView(a, request, byId.get(a.getExpertId()), !insider && request.getMode().hidesReviewers(),
					decider || organiser))
			.toList();
		return new RequestDetail(view(request), request.getTitle(), request.getLanguage(), request.getAssociationId(),
				request.getSpecialtyCodes(), request.authors(), request.criteria(), request.getRounds(), views,
				organiser, decider, Objects.requireNonNullElse(request.getSubjectLink(), ""),
				Objects.requireNonNullElse(request.getDecisionNote(), ""),
				Objects.requireNonNullElse(request.getDecidedByName(), ""), request.getVersion());
	}

	/**
	 * The approved experts ranked for the request (competence match, then load), each with the reasons the conflict
	 * rules give against them; those already invited in this round are left out.
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> suggestions(long requestId) {
		ReviewRequest request = request(requestId);
		ReviewAccess.require(access.organises(request.getAssociationId()));
		Map<Long, Long> loads = pool.loads();
		Set<Long> invited = assignments.findByRequestIdOrderByRoundAscOrdinalAsc(requestId)
			.stream()
			.filter(a -> a.getRound() == request.getRound() && a.getStatus() != AssignmentStatus.WITHDRAWN)
			.map(ReviewAssignment::getExpertId)
			.collect(Collectors.toSet());
		Map<Long, ExpertView> approved = new java.util.LinkedHashMap<>();
		experts.views(ExpertStatus.APPROVED, loads)
			.stream()
			.filter(e -> !invited.contains(e.id()))
			.forEach(e -> approved.put(e.id(), e));
		ConflictFacts facts = facts(request);
		List<ConflictRule> rules = ConflictRule.all();
		return ReviewerRanking
			.rank(approved.values()
				.stream()
				.map(e -> new Candidate(e.id(), e.accountId(), e.personName(), e.organizationIds(), e.specialtyCodes(),
						e.languages(), e.load()))
				.toList(), request.getSpecialtyCodes())
			.stream()
			.map(ranked -> new Suggestion(approved.get(ranked.candidate().expertId()), ranked.match(),
					ConflictRule.reasons(rules, ranked.candidate(), facts)))
			.toList();
	}

	/**
	 * Invites an approved expert to the current round. An expert the conflict rules refuse is invited only with the
	 * organiser's written justification, which is recorded and shown in the conclusion.
	 */
	public AssignmentView invite(long requestId, long expertId, @Nullable String justification) {
		ReviewRequest request = request(requestId);
		ReviewAccess.require(access.organises(request.getAssociationId()));
		request.requireInProgress();
		Expert expert = experts.findById(expertId)
			.orElseThrow(() -> new NotFoundException("review.error.expert-not-found", expertId));
		expert.requireApproved();
		List<String> reasons = ConflictRule.reasons(ConflictRule.all(),
				Candidate.of(expert, 0), facts(request));
		ReviewAssignment.Override override = null;
		if (!reasons.isEmpty()) {
			if (justification == null || justification.isBlank()) {
				throw new DomainException("review.error.conflict-needs-justification");
			}
			override = new ReviewAssignment.Override(String.join(",", reasons), justification.strip(), myName());
		}
		int ordinal = assignments.findByRequestIdOrderByRoundAscOrdinalAsc(requestId)
			.stream()
			.filter(a -> a.getExpertId() == expertId)
			.map(ReviewAssignment::getOrdinal)
			.findFirst()
			.orElseGet(() -> assignments.findByRequestIdOrderByRoundAscOrdinalAsc(requestId)
				.stream()
				.mapToInt(ReviewAssignment::getOrdinal)
				.max()
				.orElse(0) + 1);
		ReviewAssignment assignment = invite(request, expertId, ordinal, override);
		if (override != null) {
			audit.record("review.conflict.overridden", TARGET, requestId,
					Map.of("expert", expertId, "reasons", override.reasons()));
		}
		return assignmentView(assignment, request, expert, false, true);
	}

	private ReviewAssignment invite(ReviewRequest request, long expertId, int ordinal,
			ReviewAssignment.@Nullable Override override) {
		if (assignments.existsByRequestIdAndRoundAndExpertId(request.id(), request.getRound(), expertId)) {
			throw new DomainException("review.error.already-invited");
		}
		LocalDate today = Bishkek.today(clock);
		// a reassignment after the request's answer day still leaves the new expert a few days to answer
		LocalDate answerBy = request.getAnswerBy().isBefore(today.plusDays(3)) ? today.plusDays(3) : request.getAnswerBy();
		if (answerBy.isAfter(request.getSubmitBy())) {
			answerBy = request.getSubmitBy();
		}
		ReviewAssignment assignment = assignments.saveAndFlush(new ReviewAssignment(request, expertId, ordinal,
				answerBy, override));
		Expert expert = experts.findById(expertId).orElseThrow();
		notices.invited(expert.getAccountId(), request, assignment);
		audit.record("review.invited", TARGET, request.id(), Map.of("expert", expertId, "round", request.getRound()));
		return assignment;
	}

	/** The organiser takes an invitation back, to invite someone else. */
	public void withdraw(long assignmentId, long lock) {
		ReviewAssignment assignment = assignment(assignmentId, lock);
		ReviewRequest request = request(assignment.getRequestId());
		ReviewAccess.require(access.organises(request.getAssociationId()));
		assignment.withdraw();
		assignments.saveAndFlush(assignment);
		audit.record("review.withdrawn", TARGET, request.id(), Map.of("expert", assignment.getExpertId()));
	}

	/** The decision on the current round's reviews; tells the asking module and the authors. */
	public ReviewRequestView decide(long requestId, long lock, Recommendation decision, @Nullable String note) {
		ReviewRequest request = request(requestId);
		if (request.getVersion() != lock) {
			throw new ObjectOptimisticLockingFailureException(ReviewRequest.class, requestId);
		}
		ReviewAccess.require(access.decides(request));
		int submitted = (int) assignments.countByRequestIdAndRoundAndStatusIn(requestId, request.getRound(),
				Set.of(AssignmentStatus.SUBMITTED));
		request.decide(decision, note, submitted, myName(), clock.instant());
		requests.saveAndFlush(request);
		audit.record("review.decided", TARGET, requestId,
				Map.of("decision", decision.name(), "round", request.getRound()));
		events.publishEvent(new ReviewConcluded(requestId, request.getSubjectType(), request.getSubjectId(),
				request.getSubjectVersion(), request.getRound(), decision));
		request.authors()
			.stream()
			.map(SubjectAuthor::accountId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach(author -> notices.concluded(author, request));
		return view(request);
	}

	/** The signed-in expert's invitations and reviews, newest first. */
	@Transactional(readOnly = true)
	public List<ExpertTask> myTasks() {
		Optional<Expert> expert = experts.findByAccountId(ReviewAccess.me());
		if (expert.isEmpty()) {
			return List.of();
		}
		return assignments.findByExpertIdOrderByIdDesc(expert.get().id())
			.stream()
			.map(a -> task(a, expert.get()))
			.toList();
	}

	/** One of the signed-in expert's own invitations; the subject only once they declared no conflict. */
	@Transactional(readOnly = true)
	public ExpertTask task(long assignmentId) {
		ReviewAssignment assignment = assignments.findById(assignmentId)
			.orElseThrow(() -> new NotFoundException("review.error.assignment-not-found", assignmentId));
		Expert expert = experts.findById(assignment.getExpertId()).orElseThrow();
		ReviewAccess.require(expert.getAccountId() == ReviewAccess.me());
		return task(assignment, expert);
	}

	public void accept(long assignmentId, long lock, boolean declaresNoConflict) {
		ReviewAssignment assignment = own(assignmentId, lock);
		request(assignment.getRequestId()).requireInProgress();
		assignment.accept(declaresNoConflict, Bishkek.today(clock), clock.instant());
		assignments.saveAndFlush(assignment);
		audit.record("review.accepted", TARGET, assignment.getRequestId(), Map.of("assignment", assignmentId));
	}

	/** Declines with a reason; a declared conflict also keeps the expert off the subject's later rounds. */
	public void decline(long assignmentId, long lock, String reason, boolean conflict) {
		ReviewAssignment assignment = own(assignmentId, lock);
		ReviewRequest request = request(assignment.getRequestId());
		assignment.decline(reason);
		assignments.saveAndFlush(assignment);
		if (conflict) {
			declarations.save(new ConflictDeclaration(assignment.getExpertId(), request.getSubjectType(),
					request.getSubjectId(), null, reason.strip(), clock.instant()));
		}
		audit.record("review.declined", TARGET, request.id(),
				Map.of("assignment", assignmentId, "conflict", conflict));
		organisersOf(request).forEach(organiser -> notices.declined(organiser, request));
	}

	public void submit(long assignmentId, long lock, ReviewForm form) {
		ReviewAssignment assignment = own(assignmentId, lock);
		ReviewRequest request = request(assignment.getRequestId());
		request.requireInProgress();
		assignment.submit(request.criteria(), form.scores(), form.recommendation(), form.comment(),
				form.confidentialRemarks(), hoursPerReview, clock.instant());
		assignments.saveAndFlush(assignment);
		audit.record("review.submitted", TARGET, request.id(), Map.of("assignment", assignmentId));
		organisersOf(request).forEach(organiser -> notices.submitted(organiser, request));
	}

	/** The conflict facts of a request: its authors, the working group and section that drafted it, declarations. */
	ConflictFacts facts(ReviewRequest request) {
		Set<Long> authorAccounts = request.authors().stream().map(SubjectAuthor::accountId).filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Set<Long> authorOrganizations = request.authors().stream().map(SubjectAuthor::organizationId)
			.filter(Objects::nonNull).collect(Collectors.toSet());
		Set<Long> group = request.getWorkingGroupId() == null ? Set.of()
				: associations.workingGroup(request.getWorkingGroupId())
					.map(WorkingGroupView::participantAccountIds)
					.orElse(Set.of());
		Long section = request.getSectionId();
		Set<Long> sectionMembers = section == null ? Set.of()
				: associations.members(request.getAssociationId())
					.stream()
					.filter(member -> section.equals(member.sectionId()))
					.map(MemberView::accountId)
					.filter(Objects::nonNull)
					.collect(Collectors.toSet());
		Set<Long> organisations = authorOrganizations.isEmpty() ? Set.of(-1L) : authorOrganizations;
		Set<Long> declared = Set.copyOf(declarations.expertsInConflict(request.getSubjectType(),
				request.getSubjectId(), organisations));
		return new ConflictFacts(authorAccounts, authorOrganizations, group, sectionMembers, declared);
	}

	private List<Long> organisersOf(ReviewRequest request) {
		Set<Long> organisers = new HashSet<>();
		associations.find(request.getAssociationId()).map(a -> a.chairAccountId()).ifPresent(organisers::add);
		associations.members(request.getAssociationId())
			.stream()
			.filter(MemberView::secretary)
			.map(MemberView::accountId)
			.filter(Objects::nonNull)
			.forEach(organisers::add);
		return organisers.stream().sorted().toList();
	}

	private ExpertTask task(ReviewAssignment assignment, Expert expert) {
		ReviewRequest request = request(assignment.getRequestId());
		boolean sees = assignment.maySeeSubject();
		return new ExpertTask(assignmentView(assignment, request, expert, false, true), view(request),
				request.getTitle(), request.criteria(),
				sees && !request.getMode().hidesAuthors() ? request.authors() : List.of(),
				sees ? Objects.requireNonNullElse(request.getSubjectLink(), "") : "", sees);
	}

	AssignmentView assignmentView(ReviewAssignment a, ReviewRequest request, @Nullable Expert expert,
			boolean anonymous, boolean confidential) {
		return new AssignmentView(a.id(), a.getRequestId(), a.getRound(), a.getOrdinal(),
				anonymous || expert == null ? "" : expert.getPersonName(), anonymous, a.getStatus(), a.getAnswerBy(),
				a.getSubmitBy(), anonymous ? null : a.getDeclineReason(), a.getOverrideReason(),
				a.getOverrideJustification(), anonymous ? null : a.getOverrideByName(), a.getRecommendation(),
				a.getScores(), a.getComment(), confidential ? a.getConfidentialRemarks() : null, a.getSubmittedAt(),
				a.isLate(), a.getVersion());
	}

	ReviewRequestView view(ReviewRequest request) {
		return new ReviewRequestView(request.id(), request.getSubjectType(), request.getSubjectId(),
				request.getSubjectVersion(), request.getMode(), request.getReviewersNeeded(), request.getAnswerBy(),
				request.getSubmitBy(), request.getRound(), request.getStatus(), request.getDecision());
	}

	ReviewRequest request(long requestId) {
		return requests.findById(requestId)
			.orElseThrow(() -> new NotFoundException("review.error.request-not-found", requestId));
	}

	private ReviewAssignment own(long assignmentId, long lock) {
		ReviewAssignment assignment = assignment(assignmentId, lock);
		Expert expert = experts.findById(assignment.getExpertId()).orElseThrow();
		ReviewAccess.require(expert.getAccountId() == ReviewAccess.me());
		return assignment;
	}

	private ReviewAssignment assignment(long assignmentId, long lock) {
		ReviewAssignment assignment = assignments.findById(assignmentId)
			.orElseThrow(() -> new NotFoundException("review.error.assignment-not-found", assignmentId));
		if (assignment.getVersion() != lock) {
			throw new ObjectOptimisticLockingFailureException(ReviewAssignment.class, assignmentId);
		}
		return assignment;
	}

	private String myName() {
		Long me = ReviewAccess.current();
		return me == null ? Actor.current().name()
				: accounts.find(me).map(AccountView::displayName).orElse(Actor.current().name());
	}


}
