package kg.omb.association.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kg.omb.association.domain.AssociationQueries;
import kg.omb.association.domain.DirectoryFilter;
import kg.omb.directory.Region;

/** The OMB directory and each OMB's structure as open data (§10.7), read-only. */
@RestController
@RequestMapping(path = "/api/v1/associations", produces = "application/json")
@Tag(name = "Associations", description = "The OMB directory and the structure of each OMB")
class AssociationsApi {

	private final AssociationQueries queries;

	AssociationsApi(AssociationQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "The OMBs, by name; closed ones only when asked")
	List<AssociationItem> list(
			@Parameter(description = "code of an enlarged group") @RequestParam(required = false) @Nullable String group,
			@Parameter(description = "code of a level of training") @RequestParam(required = false) @Nullable String level,
			@Parameter(description = "region of the base organisation") @RequestParam(required = false) @Nullable Region region,
			@Parameter(description = "text in a name, or a classifier code") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "include reorganised and dissolved OMBs") @RequestParam(defaultValue = "false") boolean closed,
			Locale locale) {
		return queries.directory(new DirectoryFilter(group, level, region, q, closed), locale)
			.stream()
			.map(AssociationItem::of)
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One OMB's structure: base, chair, groups, sections, members, bylaws and history of acts")
	AssociationDetail get(@PathVariable long id) {
		return AssociationDetail.of(queries.profile(id));
	}

}
