package kg.omb.association.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import kg.omb.association.domain.CouncilQueries;

/** A consultative council (§13) as open data, read-only. */
@RestController
@RequestMapping(path = "/api/v1/councils", produces = "application/json")
@Tag(name = "Consultative councils", description = "The councils that coordinate the OMBs (§13)")
class CouncilsApi {

	private final CouncilQueries councils;

	CouncilsApi(CouncilQueries councils) {
		this.councils = councils;
	}

	@GetMapping("/{id}")
	@Operation(summary = "A council: its authority, members now, recommendations and the OMBs it coordinates")
	CouncilDetail get(@PathVariable long id) {
		return CouncilDetail.of(councils.profile(id));
	}

}
