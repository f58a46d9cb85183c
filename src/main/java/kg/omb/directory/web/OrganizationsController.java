package kg.omb.directory.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.AuthorityView;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationSector;
import kg.omb.directory.LegalActs;
import kg.omb.directory.OrganizationInvolvement;
import kg.omb.directory.OrganizationInvolvements;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.OrganizationView;
import kg.omb.directory.Region;
import kg.omb.directory.domain.DirectorySearch;
import kg.omb.directory.domain.OrganizationFilter;
import kg.omb.shared.NotFoundException;

/** The public list of organisations with its filters, and an organisation's page. */
@Controller
class OrganizationsController {

	static final int PAGE_SIZE = 25;

	private final DirectorySearch search;

	private final Directory directory;

	private final LegalActs acts;

	private final List<OrganizationInvolvements> involvements;

	OrganizationsController(DirectorySearch search, Directory directory, LegalActs acts,
			List<OrganizationInvolvements> involvements) {
		this.search = search;
		this.directory = directory;
		this.acts = acts;
		this.involvements = List.copyOf(involvements);
	}

	@GetMapping("/organizations")
	String list(@RequestParam(name = "kind", required = false) @Nullable String kind,
			@RequestParam(name = "region", required = false) @Nullable String region,
			@RequestParam(name = "sector", required = false) @Nullable String sector,
			@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Locale locale, Model model) {
		var filter = new OrganizationFilter(Choices.parse(OrganizationKind.class, kind),
				Choices.parse(Region.class, region), Choices.parse(EducationSector.class, sector), query);
		model.addAttribute("filter", filter);
		model.addAttribute("organizations", search.organizations(filter, page, PAGE_SIZE, locale));
		model.addAttribute("authorities", authoritiesById());
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("sectors", EducationSector.values());
		return htmx ? "directory/organizations/list :: results" : "directory/organizations/list";
	}

	@GetMapping("/organizations/{id}")
	String detail(@PathVariable long id, Model model) {
		OrganizationView organization = directory.organization(id)
			.orElseThrow(() -> new NotFoundException("organization.error.not-found", id));
		model.addAttribute("organization", organization);
		model.addAttribute("authority",
				organization.authorityId() == null ? null : directory.authority(organization.authorityId()).orElse(null));
		model.addAttribute("acts", acts.issuedBy(ActIssuer.organization(id)));
		model.addAttribute("involvements", involvementsOf(id));
		return "directory/organizations/detail";
	}

	/** What other modules say the organisation is in their structures (none until such a module is present). */
	private List<OrganizationInvolvement> involvementsOf(long id) {
		return involvements.stream().flatMap(source -> source.of(id).stream()).toList();
	}

	private Map<Long, AuthorityView> authoritiesById() {
		return directory.authorities().stream().collect(Collectors.toMap(AuthorityView::id, Function.identity()));
	}

}
