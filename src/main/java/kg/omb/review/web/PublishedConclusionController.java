package kg.omb.review.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kg.omb.review.domain.ReviewConclusions;

/**
 * The expert conclusion published with its approved subject (a document in force), for anyone to read without
 * signing in; any other request's conclusion answers 404, as if there were none.
 */
@Controller
@ReviewConsole
class PublishedConclusionController {

	private final ReviewConclusions conclusions;

	PublishedConclusionController(ReviewConclusions conclusions) {
		this.conclusions = conclusions;
	}

	@GetMapping("/reviews/conclusions/{id}.pdf")
	ResponseEntity<byte[]> publishedConclusion(@PathVariable long id) {
		return ReviewPages.pdf(id, conclusions.publishedConclusion(id));
	}

}
