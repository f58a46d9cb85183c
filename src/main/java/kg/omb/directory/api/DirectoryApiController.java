package kg.omb.directory.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kg.omb.directory.ClassifierKind;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationSector;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.Region;
import kg.omb.directory.domain.DirectorySearch;
import kg.omb.directory.domain.LegalActRegistry;
import kg.omb.directory.domain.OrganizationFilter;
import kg.omb.shared.NotFoundException;

/** The directory as open data: organisations, authorized bodies, the classifier and legal acts, read-only. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Education organisations, authorized bodies, the classifier and legal acts")
class DirectoryApiController {

	private final DirectorySearch search;

	private final Directory directory;

	private final LegalActs acts;

	private final LegalActRegistry registry;

	DirectoryApiController(DirectorySearch search, Directory directory, LegalActs acts, LegalActRegistry registry) {
		this.search = search;
		this.directory = directory;
		this.acts = acts;
		this.registry = registry;
	}

	@GetMapping("/organizations")
	@Operation(summary = "Organisations, filtered by kind, region, sector and a text in their name or code")
	Dtos.Page<Dtos.Organization> organizations(@RequestParam(name = "kind", required = false) @Nullable OrganizationKind kind,
			@RequestParam(name = "region", required = false) @Nullable Region region,
			@RequestParam(name = "sector", required = false) @Nullable EducationSector sector,
			@RequestParam(name = "q", required = false) @Nullable String query,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "50") int size) {
		var found = search.organizations(new OrganizationFilter(kind, region, sector, query), page, size, Locale.ROOT);
		return new Dtos.Page<>(found.map(Dtos.Organization::of).getContent(), found.getNumber(), found.getSize(),
				found.getTotalElements(), found.getTotalPages());
	}

	@GetMapping("/organizations/{id}")
	@Operation(summary = "One organisation")
	Dtos.Organization organization(@PathVariable long id) {
		return directory.organization(id).map(Dtos.Organization::of)
			.orElseThrow(() -> new NotFoundException("organization.error.not-found", id));
	}

	@GetMapping("/authorities")
	@Operation(summary = "The authorized state bodies")
	List<Dtos.Authority> authorities() {
		return directory.authorities().stream().map(Dtos.Authority::of).toList();
	}

	@GetMapping("/classifier")
	@Operation(summary = "Entries of the classifier by code, of one kind or all; retired ones on request")
	List<Dtos.ClassifierEntry> classifier(@RequestParam(name = "kind", required = false) @Nullable ClassifierKind kind,
			@RequestParam(name = "includeRetired", defaultValue = "false") boolean includeRetired) {
		return (kind == null ? search.classifier() : directory.classifier(kind)).stream()
			.filter(entry -> includeRetired || entry.retiredOn() == null)
			.map(Dtos.ClassifierEntry::of)
			.toList();
	}

	@GetMapping("/classifier/{code}")
	@Operation(summary = "One entry of the classifier, retired or not")
	Dtos.ClassifierEntry classifierEntry(@PathVariable String code) {
		return directory.classifierEntry(code).map(Dtos.ClassifierEntry::of)
			.orElseThrow(() -> new NotFoundException("classifier.error.unknown-code", code));
	}

	@GetMapping("/acts/{id}")
	@Operation(summary = "One legal act, with its issuer and the address of its scan")
	Dtos.LegalAct act(@PathVariable long id) {
		LegalActView act = acts.find(id).orElseThrow(() -> new NotFoundException("act.error.not-found", id));
		return Dtos.LegalAct.of(act, registry.issuerName(act.issuer()));
	}

}
