package kg.omb.documents.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kg.omb.documents.DocumentFilter;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.Documents;
import kg.omb.documents.RegistryPage;

/**
 * The registry of documents in force and archived, and the list of public discussions, as open data (§10.7): the
 * same lists and filters as {@code /documents} and {@code /discussions}.
 */
@RestController
@Tag(name = "Documents")
class DocumentListsApi {

	static final int MAX_PAGE_SIZE = 100;

	private final Documents documents;

	DocumentListsApi(Documents documents) {
		this.documents = documents;
	}

	@GetMapping(path = "/api/v1/documents", produces = "application/json")
	@Operation(summary = "The registry: documents that entered into force (in force first, then superseded and repealed), newest first")
	Page registry(@Parameter(description = "kind of document") @RequestParam(required = false) @Nullable DocumentKind kind,
			@Parameter(description = "code of a level of education") @RequestParam(required = false) @Nullable String level,
			@Parameter(description = "classifier code of a direction or specialty") @RequestParam(required = false) @Nullable String specialty,
			@Parameter(description = "id of the OMB") @RequestParam(required = false) @Nullable Long association,
			@Parameter(description = "IN_FORCE, SUPERSEDED or REPEALED") @RequestParam(required = false) @Nullable DocumentStatus status,
			@Parameter(description = "year of entry into force") @RequestParam(required = false) @Nullable Integer year,
			@Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "entries per page, at most 100") @RequestParam(defaultValue = "50") int size) {
		RegistryPage found = documents.registry(new DocumentFilter(kind, blankToNull(level), blankToNull(specialty),
				association, status, year), Math.max(0, page), Math.min(Math.max(1, size), MAX_PAGE_SIZE));
		return new Page(found.entries().stream().map(entry -> DocumentItem.of(entry.document(), entry.inForceSince()))
			.toList(), found.page(), found.size(), found.total());
	}

	@GetMapping(path = "/api/v1/discussions", produces = "application/json")
	@Operation(summary = "Every public discussion: those open now, closing soonest first, then the closed ones")
	List<DocumentItem> discussions() {
		return documents.discussions().stream().map(document -> DocumentItem.of(document, null)).toList();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A page of a list: its entries, its number (from 0), its size and how many there are in all. */
	record Page(List<DocumentItem> items, int page, int size, long total) {
	}

}
