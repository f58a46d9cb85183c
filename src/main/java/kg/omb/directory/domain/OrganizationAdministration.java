package kg.omb.directory.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.directory.AuthorityView;
import kg.omb.directory.OrganizationView;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * Creates and edits organisations: administrators, and the officers of the supervising authority for the
 * organisations it supervises. {@link #saveByCode} serves imports: it creates or updates an organisation matched
 * by its code, in the caller's transaction, under the same permissions; a row it refuses leaves that transaction
 * usable for the next one.
 */
@Service
@Transactional
public class OrganizationAdministration {

	private final Organizations organizations;

	private final AuthorizedBodies authorities;

	private final DirectoryPermissions permissions;

	private final AuditLog audit;

	private final OrganizationSearchEntries search;

	OrganizationAdministration(Organizations organizations, AuthorizedBodies authorities,
			DirectoryPermissions permissions, AuditLog audit, OrganizationSearchEntries search) {
		this.search = search;
		this.organizations = organizations;
		this.authorities = authorities;
		this.permissions = permissions;
		this.audit = audit;
	}

	/** The organisations the person may edit: all for an administrator, those of their authorities for an officer. */
	@Transactional(readOnly = true)
	public List<OrganizationView> manageable() {
		permissions.require(permissions.mayManageSomeOrganizations());
		List<Organization> found = permissions.isAdmin() || permissions.officerOnPlatform() ? organizations.findAll()
				: organizations.findByAuthorityIdIn(permissions.officerAuthorityIds());
		return found.stream().map(Organization::view).sorted(Comparator.comparing(OrganizationView::code)).toList();
	}

	/** The authorities the person may name as supervising an organisation. */
	@Transactional(readOnly = true)
	public List<AuthorityView> assignableAuthorities() {
		return authorities.findAllByOrderByCodeAsc().stream()
			.filter(body -> permissions.mayManageOrganizationsOf(body.id()))
			.map(AuthorizedBody::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public Editable<OrganizationData> editable(long id) {
		Organization organization = find(id);
		permissions.require(permissions.mayManageOrganizationsOf(organization.getAuthorityId()));
		return new Editable<>(organization.id(), organization.getVersion(), data(organization.view()));
	}

	public long create(OrganizationData data) {
		permissions.require(permissions.mayManageOrganizationsOf(data.authorityId()));
		Organization organization = new Organization(data);
		requireKnownAuthority(data);
		if (organizations.existsByCode(organization.getCode())) {
			throw new DomainException("organization.error.duplicate-code", organization.getCode());
		}
		organizations.saveAndFlush(organization);
		search.refresh(organization.view());
		audit.record("organization.created", "organization", organization.id(), describe(organization.view()));
		return organization.id();
	}

	public void update(long id, long version, OrganizationData data) {
		Organization organization = find(id);
		permissions.require(permissions.mayManageOrganizationsOf(organization.getAuthorityId())
				&& permissions.mayManageOrganizationsOf(data.authorityId()));
		Versions.require(organization, version);
		change(organization, data);
	}

	/**
	 * Creates the organisation with this code, or brings the existing one up to the record. Joins the caller's
	 * transaction. Refused with {@link DomainException} (the caller's transaction stays usable) or
	 * {@code AccessDeniedException} when the person may not manage it.
	 */
	@Transactional(noRollbackFor = DomainException.class)
	public SaveOutcome saveByCode(OrganizationData data) {
		String code = Codes.organizationCode(data.code(), "organization.error.code-format");
		var existing = organizations.findByCode(code);
		if (existing.isEmpty()) {
			return new SaveOutcome(create(data), SaveOutcome.Result.CREATED);
		}
		Organization organization = existing.get();
		permissions.require(permissions.mayManageOrganizationsOf(organization.getAuthorityId())
				&& permissions.mayManageOrganizationsOf(data.authorityId()));
		boolean changed = change(organization, data);
		return new SaveOutcome(organization.id(), changed ? SaveOutcome.Result.UPDATED : SaveOutcome.Result.UNCHANGED);
	}

	private boolean change(Organization organization, OrganizationData data) {
		Organization.check(data);
		requireKnownAuthority(data);
		OrganizationView before = organization.view();
		organization.update(data);
		OrganizationView after = organization.view();
		if (before.equals(after)) {
			return false;
		}
		organizations.flush();
		search.refresh(after);
		Map<String, Object> details = describe(after);
		if (!Objects.equals(before.authorityId(), after.authorityId()) && before.authorityId() != null) {
			details.put("previousAuthorityId", before.authorityId());
		}
		audit.record("organization.updated", "organization", organization.id(), details);
		return true;
	}

	private void requireKnownAuthority(OrganizationData data) {
		if (data.authorityId() != null && !authorities.existsById(data.authorityId())) {
			throw new DomainException("organization.error.unknown-authority", data.authorityId());
		}
	}

	private Organization find(long id) {
		return organizations.findById(id).orElseThrow(() -> new NotFoundException("organization.error.not-found", id));
	}

	static OrganizationData data(OrganizationView view) {
		return new OrganizationData(view.code(), view.name(), view.shortName(), view.kind(), view.sectors(),
				view.region(), view.specialStatus(), view.authorityId(), view.address(), view.website(),
				view.headName(), view.headPosition());
	}

	private static Map<String, Object> describe(OrganizationView view) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", view.code());
		details.put("name", AuditValues.text(view.name()));
		details.put("kind", view.kind().name());
		details.put("sectors", AuditValues.names(view.sectors()));
		details.put("region", view.region().name());
		details.put("specialStatus", view.specialStatus());
		if (view.authorityId() != null) {
			details.put("authorityId", view.authorityId());
		}
		return details;
	}

}
