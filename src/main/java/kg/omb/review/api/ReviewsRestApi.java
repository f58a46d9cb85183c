package kg.omb.review.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kg.omb.review.domain.ExpertPool;
import kg.omb.review.domain.ExpertStatus;
import kg.omb.review.domain.PoolFilter;
import kg.omb.review.domain.ReviewConclusions;
import kg.omb.review.domain.ReviewService;
import kg.omb.review.domain.Suggestion;

/**
 * Expert review, read-only, for the signed-in reader (the published conclusions for anyone): the same services as
 * the pages, so the same permission checks and the same blind modes. A request the reader has no business with
 * answers 403, an unknown one 404, both as problem details.
 */
@RestController
@RequestMapping(path = "/api/v1/reviews", produces = "application/json")
@Tag(name = "Expert review", description = "Review requests, reviews, invitations, the expert pool and published conclusions")
class ReviewsRestApi {

	private final ReviewService reviews;

	private final ReviewConclusions conclusions;

	private final ExpertPool pool;

	private final MessageSource messages;

	ReviewsRestApi(ReviewService reviews, ReviewConclusions conclusions, ExpertPool pool, MessageSource messages) {
		this.reviews = reviews;
		this.conclusions = conclusions;
		this.pool = pool;
		this.messages = messages;
	}

	@GetMapping("/requests")
	@Operation(summary = "The review requests of the OMBs the reader chairs or is secretary of, newest first")
	List<RequestEntry> organised() {
		return reviews.organised().stream().map(RequestEntry::of).toList();
	}

	@GetMapping("/requests/{id}")
	@Operation(summary = "A review request as its organiser, decider or author may see it: rounds and reviews")
	RequestDocument request(@Parameter(description = "id of the request") @PathVariable long id) {
		return RequestDocument.of(reviews.detail(id));
	}

	@GetMapping("/requests/{id}/suggestions")
	@Operation(summary = "Approved experts ranked for the request (competence, then load), with the conflict rules' reasons against them")
	List<ExpertEntry.Suggested> suggestions(@PathVariable long id, Locale locale) {
		return reviews.suggestions(id).stream().map(suggestion -> suggested(suggestion, locale)).toList();
	}

	@GetMapping("/tasks")
	@Operation(summary = "The reader's own invitations and reviews as an expert, newest first")
	List<TaskEntry> tasks() {
		return reviews.myTasks().stream().map(TaskEntry::of).toList();
	}

	@GetMapping("/tasks/{id}")
	@Operation(summary = "One of the reader's own invitations; the subject only once they declared no conflict")
	TaskEntry task(@Parameter(description = "id of the invitation") @PathVariable long id) {
		return TaskEntry.of(reviews.task(id));
	}

	@GetMapping("/experts")
	@Operation(summary = "The expert pool as chairs and secretaries search it: competence, organisation, language, load")
	List<ExpertEntry> experts(
			@Parameter(description = "a classifier code, or the start of one") @RequestParam(required = false) @Nullable String specialty,
			@Parameter(description = "id of an organisation") @RequestParam(required = false) @Nullable Long organization,
			@Parameter(description = "ky, ru or en") @RequestParam(required = false) @Nullable String language,
			@Parameter(description = "the most active reviews an expert may have") @RequestParam(required = false) @Nullable Integer maxLoad,
			@Parameter(description = "approved by default") @RequestParam(required = false) @Nullable ExpertStatus status) {
		return pool.search(new PoolFilter(specialty, organization, language, maxLoad, status))
			.stream()
			.map(ExpertEntry::of)
			.toList();
	}

	@GetMapping("/conclusions/{id}")
	@Operation(summary = "An expert conclusion published with its approved subject (open data): what its PDF shows")
	ConclusionDocument conclusion(@Parameter(description = "id of the request") @PathVariable long id) {
		ReviewConclusions.PublishedConclusion conclusion = conclusions.publishedContent(id);
		String pdf = reviews
			.publishedConclusion(conclusion.request().subjectType(), conclusion.request().subjectId())
			.orElseThrow();
		return ConclusionDocument.of(conclusion, pdf);
	}

	private ExpertEntry.Suggested suggested(Suggestion suggestion, Locale locale) {
		return new ExpertEntry.Suggested(ExpertEntry.of(suggestion.expert()), suggestion.match(), suggestion.eligible(),
				suggestion.conflictReasons()
					.stream()
					.map(key -> new ExpertEntry.Reason(key, messages.getMessage(key, null, key, locale)))
					.toList());
	}

}
