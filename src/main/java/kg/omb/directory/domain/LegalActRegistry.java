package kg.omb.directory.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.LegalActView;
import kg.omb.files.StoredFile;
import kg.omb.files.StoredFiles;
import kg.omb.shared.Actor;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;

/**
 * Records legal acts and their scans. Who may record an issuer's acts is {@link DirectoryPermissions}' answer. A scan
 * is checked by its content by the files module and must be a PDF or an image; a refused scan, or an act refused for
 * any reason, leaves neither a row nor stored bytes.
 */
@Service
@Transactional
public class LegalActRegistry {

	/** What a scan of a signed paper may be. */
	static final Set<String> SCAN_TYPES = Set.of("application/pdf", "image/png", "image/jpeg");

	static final int PAGE_SIZE = 50;

	private final LegalActRecords acts;

	private final AuthorizedBodies authorities;

	private final Organizations organizations;

	private final StoredFiles files;

	private final DirectoryPermissions permissions;

	private final AuditLog audit;

	LegalActRegistry(LegalActRecords acts, AuthorizedBodies authorities, Organizations organizations,
			StoredFiles files, DirectoryPermissions permissions, AuditLog audit) {
		this.acts = acts;
		this.authorities = authorities;
		this.organizations = organizations;
		this.files = files;
		this.permissions = permissions;
		this.audit = audit;
	}

	/** Records an act, with its scan when it is at hand. */
	public long record(LegalActData data, @Nullable ScanUpload scan) {
		if (data.issuer() != null) {
			permissions.require(permissions.mayRecordFor(data.issuer()));
		}
		LegalAct.check(data);
		requireKnownIssuer(data.issuer());
		if (acts.exists(data.issuer().type(), data.issuer().id(), LegalAct.normalizedNumber(data.number()),
				data.signedOn())) {
			throw new DomainException("act.error.duplicate", data.number().strip(), data.signedOn());
		}
		LegalAct act = new LegalAct(data);
		if (scan != null) {
			act.attachScan(store(scan).id());
		}
		acts.saveAndFlush(act);
		audit.record("act.recorded", "legal-act", act.id(), describe(act.view()));
		return act.id();
	}

	/** Adds the scan to an act recorded without one, as the person saw the act. */
	public void attachScan(long actId, long version, ScanUpload scan) {
		LegalAct act = acts.findById(actId).orElseThrow(() -> new NotFoundException("act.error.not-found", actId));
		permissions.require(permissions.mayRecordFor(act.issuer()));
		Versions.require(act, version);
		if (act.getFileId() != null) {
			throw new DomainException("act.error.scan-present");
		}
		act.attachScan(store(scan).id());
		acts.flush();
		audit.record("act.scan-attached", "legal-act", act.id(), describe(act.view()));
	}

	@Transactional(readOnly = true)
	public Editable<LegalActView> editable(long actId) {
		LegalAct act = acts.findById(actId).orElseThrow(() -> new NotFoundException("act.error.not-found", actId));
		return new Editable<>(act.id(), act.getVersion(), act.view());
	}

	/** Acts newest first, of one issuer or of all. */
	@Transactional(readOnly = true)
	public Page<LegalActView> list(@Nullable ActIssuer issuer, int page) {
		var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("signedOn"), Sort.Order.desc("id")));
		Page<LegalAct> found = issuer == null ? acts.findAll(request)
				: acts.pageIssuedBy(issuer.type(), issuer.id(), request);
		return found.map(LegalAct::view);
	}

	/** Every issuer the person may record acts for, authorities first, each by name. */
	@Transactional(readOnly = true)
	public List<IssuerOption> recordableIssuers() {
		List<IssuerOption> options = new ArrayList<>();
		authorities.findAllByOrderByCodeAsc().stream()
			.map(body -> new IssuerOption(ActIssuer.authority(body.id()), body.getName()))
			.filter(option -> permissions.mayRecordFor(option.issuer()))
			.forEach(options::add);
		organizations.findAll(Sort.by("code")).stream()
			.map(organization -> new IssuerOption(ActIssuer.organization(organization.id()), organization.getName()))
			.filter(option -> permissions.mayRecordFor(option.issuer()))
			.forEach(options::add);
		return options;
	}

	/** Whether the person may record the acts of some issuer: the acts management pages are theirs. */
	@Transactional(readOnly = true)
	public boolean mayRecordSomeActs() {
		return permissions.recordsOwnIssuersActs() || !recordableIssuers().isEmpty();
	}

	@Transactional(readOnly = true)
	public boolean mayRecordFor(ActIssuer issuer) {
		return permissions.mayRecordFor(issuer);
	}

	/** The issuer's name, or an empty text when it is unknown. */
	@Transactional(readOnly = true)
	public LocalizedText issuerName(ActIssuer issuer) {
		return switch (issuer.type()) {
			case AUTHORITY -> authorities.findById(issuer.id()).map(AuthorizedBody::getName).orElse(Texts.EMPTY);
			case ORGANIZATION -> organizations.findById(issuer.id()).map(Organization::getName).orElse(Texts.EMPTY);
		};
	}

	private StoredFile store(ScanUpload scan) {
		StoredFile stored = files.store(scan.content(), scan.originalName(), scan.declaredSize(), Actor.current());
		if (!SCAN_TYPES.contains(stored.mediaType())) {
			// the transaction rolls back, and the files module takes the bytes away with it
			throw new DomainException("act.error.scan-type", stored.mediaType());
		}
		return stored;
	}

	private void requireKnownIssuer(ActIssuer issuer) {
		boolean known = switch (issuer.type()) {
			case AUTHORITY -> authorities.existsById(issuer.id());
			case ORGANIZATION -> organizations.existsById(issuer.id());
		};
		if (!known) {
			throw new DomainException("act.error.unknown-issuer");
		}
	}

	private static Map<String, Object> describe(LegalActView act) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("kind", act.kind().name());
		details.put("issuer", act.issuer().type().name() + ":" + act.issuer().id());
		details.put("number", act.number());
		details.put("signedOn", act.signedOn().toString());
		details.put("effectiveOn", act.effectiveOn().toString());
		details.put("title", AuditValues.text(act.title()));
		if (act.fileId() != null) {
			details.put("fileId", act.fileId());
		}
		return details;
	}

}
