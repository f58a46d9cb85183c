package kg.omb.review.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.review.ReviewDone;
import kg.omb.review.ReviewsDone;

/** The submitted reviews of one expert, read in two queries (their assignments, then the requests of those). */
@Service
@Transactional(readOnly = true)
class ReviewsDoneQueries implements ReviewsDone {

	private final ExpertRepository experts;

	private final AssignmentRepository assignments;

	private final ReviewRequestRepository requests;

	ReviewsDoneQueries(ExpertRepository experts, AssignmentRepository assignments,
			ReviewRequestRepository requests) {
		this.experts = experts;
		this.assignments = assignments;
		this.requests = requests;
	}

	@Override
	public List<ReviewDone> doneBy(long accountId, Instant from, Instant until) {
		return experts.findByAccountId(accountId).map(expert -> {
			List<ReviewAssignment> submitted = assignments.findByExpertIdOrderByIdDesc(expert.id())
				.stream()
				.filter(a -> a.getStatus() == AssignmentStatus.SUBMITTED && a.getSubmittedAt() != null
						&& !a.getSubmittedAt().isBefore(from) && a.getSubmittedAt().isBefore(until))
				.toList();
			Map<Long, ReviewRequest> byId = requests
				.findAllById(submitted.stream().map(ReviewAssignment::getRequestId).distinct().toList())
				.stream()
				.collect(Collectors.toMap(ReviewRequest::id, Function.identity()));
			return submitted.stream()
				.filter(a -> byId.containsKey(a.getRequestId()))
				.map(a -> view(a, byId.get(a.getRequestId())))
				.sorted(Comparator.comparing(ReviewDone::submittedAt).thenComparing(ReviewDone::requestId))
				.toList();
		}).orElse(List.of());
	}

	private static ReviewDone view(ReviewAssignment assignment, ReviewRequest request) {
		return new ReviewDone(request.id(), request.getAssociationId(), request.getTitle(), request.getMode(),
				assignment.getRound(), Objects.requireNonNull(assignment.getSubmittedAt()),
				Objects.requireNonNullElse(assignment.getHours(), BigDecimal.ZERO));
	}

}
