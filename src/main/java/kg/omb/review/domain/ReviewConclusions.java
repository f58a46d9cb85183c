package kg.omb.review.domain;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.review.ReviewCriterion;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.pdf.PdfDocuments;

/**
 * The consolidated expert conclusion (экспертное заключение) of a request as a PDF in the subject's language: the
 * subject and version of each decided round, the reviewers (named only in open mode), the average score per
 * criterion, each review's recommendation and comment, the decision, and every override of the conflict rules with
 * its justification. Confidential remarks never appear in it. The organisers, those who decide and the authors may
 * read it once a round was decided.
 */
@Service
@Transactional(readOnly = true)
public class ReviewConclusions {

	static final String TEMPLATE = "review/pdf/conclusion";

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final ReviewService reviews;

	private final AssignmentRepository assignments;

	private final ExpertRepository experts;

	private final ReviewAccess access;

	private final PdfDocuments pdf;

	private final ConclusionPublication publication;

	ReviewConclusions(ReviewService reviews, AssignmentRepository assignments, ExpertRepository experts,
			ReviewAccess access, PdfDocuments pdf, ConclusionPublication publication) {
		this.publication = publication;
		this.reviews = reviews;
		this.assignments = assignments;
		this.experts = experts;
		this.access = access;
		this.pdf = pdf;
	}

	public byte[] conclusion(long requestId) {
		ReviewRequest request = reviews.request(requestId);
		if (!(access.organises(request.getAssociationId()) || access.decides(request) || access.authors(request))) {
			throw new AccessDeniedException("review.error.not-allowed");
		}
		List<ReviewRequest.Round> decided = request.getRounds().stream().filter(r -> r.decision() != null).toList();
		if (decided.isEmpty()) {
			throw new DomainException("review.error.no-conclusion");
		}
		return pdf.render(TEMPLATE, Locale.forLanguageTag(request.getLanguage()), model(request));
	}

	/**
	 * The conclusion as published with its approved subject, for anyone; a request whose conclusion is not public
	 * (a draft, a pending review, a rejected subject) answers as if it did not exist.
	 */
	public byte[] publishedConclusion(long requestId) {
		ReviewRequest request = published(requestId);
		return pdf.render(TEMPLATE, Locale.forLanguageTag(request.getLanguage()), model(request));
	}

	/**
	 * What the published conclusion says, for the open-data API: the same rounds, averages, recommendations,
	 * decision and overrides as its PDF, with the reviewers anonymised in blind modes; answers as if it did not
	 * exist where the PDF would.
	 */
	public PublishedConclusion publishedContent(long requestId) {
		ReviewRequest request = published(requestId);
		return new PublishedConclusion(reviews.view(request), request.getTitle(), request.getLanguage(),
				request.criteria(), rounds(request), java.util.Objects.requireNonNullElse(request.getDecidedByName(), ""));
	}

	private ReviewRequest published(long requestId) {
		ReviewRequest request = reviews.request(requestId);
		if (!publication.isPublished(request)) {
			throw new kg.omb.shared.NotFoundException("review.error.request-not-found", requestId);
		}
		return request;
	}

	/** What the conclusion shows: blind modes anonymise the reviewers for every reader. */
	Map<String, Object> model(ReviewRequest request) {
		return Map.of("decidedBy", java.util.Objects.requireNonNullElse(request.getDecidedByName(), ""), "request",
				request, "criteria", request.criteria(), "rounds", rounds(request), "anonymous",
				request.getMode().hidesReviewers(), "title",
				request.getTitle().in(Locale.forLanguageTag(request.getLanguage())));
	}

	/** The decided rounds of a request, oldest first, anonymised in blind modes; confidential remarks left out. */
	private List<RoundConclusion> rounds(ReviewRequest request) {
		boolean anonymous = request.getMode().hidesReviewers();
		List<ReviewAssignment> all = assignments.findByRequestIdOrderByRoundAscOrdinalAsc(request.id());
		Map<Long, Expert> byId = experts.findAllById(all.stream().map(ReviewAssignment::getExpertId).toList())
			.stream()
			.collect(java.util.stream.Collectors.toMap(Expert::id, e -> e));
		List<ReviewCriterion> criteria = request.criteria();
		return IntStream.rangeClosed(1, request.getRounds().size())
			.filter(n -> request.round(n).map(r -> r.decision() != null).orElse(false))
			.mapToObj(n -> {
				List<AssignmentView> reviewsOfRound = all.stream()
					.filter(a -> a.getRound() == n && a.getStatus() == AssignmentStatus.SUBMITTED)
					.map(a -> reviews.assignmentView(a, request, byId.get(a.getExpertId()), anonymous, false))
					.toList();
				List<AssignmentView> overrides = all.stream()
					.filter(a -> a.getRound() == n && a.getOverrideJustification() != null)
					.map(a -> reviews.assignmentView(a, request, byId.get(a.getExpertId()), anonymous, false))
					.toList();
				List<String> averages = IntStream.range(0, criteria.size()).mapToObj(i -> {
					OptionalDouble average = reviewsOfRound.stream()
						.filter(r -> r.scores().size() > i)
						.mapToInt(r -> r.scores().get(i).score())
						.average();
					return average.isPresent() ? String.format(Locale.ROOT, "%.1f", average.getAsDouble()) : "";
				}).toList();
				ReviewRequest.Round round = request.round(n).orElseThrow();
				String decidedOn = round.decidedAt() == null ? ""
						: DAY.format(round.decidedAt().atZone(Bishkek.ZONE).toLocalDate());
				return new RoundConclusion(n, round, reviewsOfRound, overrides, averages, decidedOn);
			})
			.toList();
	}

	/** A published conclusion: the request, the subject's title and language, the criteria and the decided rounds. */
	public record PublishedConclusion(kg.omb.review.ReviewRequestView request, kg.omb.shared.LocalizedText title,
			String language, List<ReviewCriterion> criteria, List<RoundConclusion> rounds, String decidedBy) {

		public PublishedConclusion {
			criteria = List.copyOf(criteria);
			rounds = List.copyOf(rounds);
		}

	}

	/** One decided round as the conclusion shows it. */
	public record RoundConclusion(int number, ReviewRequest.Round round, List<AssignmentView> reviews,
			List<AssignmentView> overrides, List<String> averages, String decidedOn) {
	}

}
