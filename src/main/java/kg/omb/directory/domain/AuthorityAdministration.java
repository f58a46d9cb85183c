package kg.omb.directory.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.directory.AuthorityView;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/** Creates and edits the authorized bodies (administrators only); every change audited. */
@Service
@Transactional
public class AuthorityAdministration {

	private final AuthorizedBodies authorities;

	private final DirectoryPermissions permissions;

	private final AuditLog audit;

	AuthorityAdministration(AuthorizedBodies authorities, DirectoryPermissions permissions, AuditLog audit) {
		this.authorities = authorities;
		this.permissions = permissions;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<AuthorityView> manageable() {
		permissions.require(permissions.mayManageAuthorities());
		return authorities.findAllByOrderByCodeAsc().stream().map(AuthorizedBody::view).toList();
	}

	@Transactional(readOnly = true)
	public Editable<AuthorityDetails> editable(long id) {
		permissions.require(permissions.mayManageAuthorities());
		AuthorizedBody body = find(id);
		return new Editable<>(body.id(), body.getVersion(), details(body));
	}

	public long create(AuthorityDetails details) {
		permissions.require(permissions.mayManageAuthorities());
		AuthorizedBody body = new AuthorizedBody(details);
		if (authorities.existsByCode(body.getCode())) {
			throw new DomainException("authority.error.duplicate-code", body.getCode());
		}
		authorities.saveAndFlush(body);
		audit.record("authority.created", "authority", body.id(), describe(body));
		return body.id();
	}

	public void update(long id, long version, AuthorityDetails details) {
		permissions.require(permissions.mayManageAuthorities());
		AuthorizedBody body = find(id);
		Versions.require(body, version);
		body.update(details);
		authorities.flush();
		audit.record("authority.updated", "authority", body.id(), describe(body));
	}

	private AuthorizedBody find(long id) {
		return authorities.findById(id).orElseThrow(() -> new NotFoundException("authority.error.not-found", id));
	}

	private static AuthorityDetails details(AuthorizedBody body) {
		AuthorityView view = body.view();
		return new AuthorityDetails(view.code(), view.name(), view.shortName(), view.sectors(), body.getWebsite());
	}

	private static Map<String, Object> describe(AuthorizedBody body) {
		AuthorityView view = body.view();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", view.code());
		details.put("name", AuditValues.text(view.name()));
		details.put("sectors", AuditValues.names(view.sectors()));
		return details;
	}

}
