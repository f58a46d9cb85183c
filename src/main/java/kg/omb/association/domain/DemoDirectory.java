package kg.omb.association.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.AuthorityView;
import kg.omb.directory.Directory;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.directory.OrganizationView;

/**
 * What the association demo data takes from the directory's demo data: the authority, the organisations by code
 * and the acts by issuer and number. A missing one is a mistake in the demo data, reported as such.
 */
final class DemoDirectory {

	private final AuthorityView authority;

	private final Map<String, OrganizationView> organizations;

	private final LegalActs acts;

	private final Map<ActIssuer, Map<String, LegalActView>> actsByIssuer = new HashMap<>();

	private DemoDirectory(AuthorityView authority, Map<String, OrganizationView> organizations, LegalActs acts) {
		this.authority = authority;
		this.organizations = organizations;
		this.acts = acts;
	}

	/** The directory's demo data, if it is there. */
	static Optional<DemoDirectory> read(Directory directory, LegalActs acts) {
		return directory.authorities()
			.stream()
			.filter(candidate -> candidate.code().equals(DemoAssociationPlans.AUTHORITY))
			.findFirst()
			.map(authority -> new DemoDirectory(authority, directory.organizations()
				.stream()
				.collect(Collectors.toMap(OrganizationView::code, Function.identity())), acts));
	}

	long authorityId() {
		return authority.id();
	}

	OrganizationView organization(String code) {
		OrganizationView organization = organizations.get(code);
		if (organization == null) {
			throw new IllegalStateException("Demo data: no organisation " + code + " in the directory");
		}
		return organization;
	}

	long organizationId(String code) {
		return organization(code).id();
	}

	LegalActView authorityAct(String number) {
		return act(ActIssuer.authority(authority.id()), number);
	}

	LegalActView organizationAct(String organizationCode, String number) {
		return act(ActIssuer.organization(organizationId(organizationCode)), number);
	}

	private LegalActView act(ActIssuer issuer, String number) {
		LegalActView act = actsByIssuer
			.computeIfAbsent(issuer, key -> acts.issuedBy(key)
				.stream()
				.collect(Collectors.toMap(LegalActView::number, Function.identity(), (first, second) -> first)))
			.get(number);
		if (act == null) {
			throw new IllegalStateException("Demo data: no act " + number + " of " + issuer + " in the directory");
		}
		return act;
	}

}
