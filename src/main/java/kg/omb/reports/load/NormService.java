package kg.omb.reports.load;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.directory.AuthorityView;
import kg.omb.directory.Directory;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * The norms of the authorized bodies: each body's officers (and administrators) set the hours per kind of work
 * from an academic year on; a change carries the version the person saw, a stale one is refused, and every change
 * is audited.
 */
@Service
@Transactional(readOnly = true)
public class NormService {

	static final String TARGET = "teaching-load-norms";

	private final LoadNormsRepository norms;

	private final LoadAccess access;

	private final Directory directory;

	private final AuditLog audit;

	private final Clock clock;

	NormService(LoadNormsRepository norms, LoadAccess access, Directory directory, AuditLog audit, Clock clock) {
		this.norms = norms;
		this.access = access;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** The bodies whose norms the person sets: every one for an administrator or a platform officer. */
	public List<AuthorityView> authorities() {
		if (access.setsAllNorms()) {
			return directory.authorities();
		}
		return access.officerAuthorities().stream().map(directory::authority).flatMap(java.util.Optional::stream)
			.toList();
	}

	/** A body's sets of norms, the latest academic year first. */
	public List<NormSet> of(long authorityId) {
		LoadAccess.require(access.setsNorms(authorityId));
		return norms.findByAuthorityIdOrderByAcademicYearDesc(authorityId).stream().map(NormSet::of).toList();
	}

	/**
	 * Sets the body's hours from the academic year on: a new set ({@code version} none) or a change of the set the
	 * person saw at that version.
	 */
	@Transactional
	public NormSet save(long authorityId, int academicYear, @Nullable Long version, LoadNorms.Hours hours) {
		LoadAccess.require(access.setsNorms(authorityId));
		directory.authority(authorityId).orElseThrow(() -> new NotFoundException("load.error.no-authority"));
		AcademicYear year = AcademicYear.checked(academicYear, clock);
		LoadNorms set = norms.findByAuthorityIdAndAcademicYear(authorityId, year.startYear()).orElse(null);
		String action;
		if (set == null) {
			if (version != null) {
				throw stale(authorityId, academicYear);
			}
			set = new LoadNorms(authorityId, year, hours);
			action = "load.norms.created";
		}
		else {
			if (version == null) {
				throw new DomainException("load.error.norms-exist", year.label());
			}
			if (set.getVersion() != version) {
				throw stale(authorityId, academicYear);
			}
			set.change(hours);
			action = "load.norms.changed";
		}
		LoadNorms saved = norms.saveAndFlush(set);
		audit.record(action, TARGET, saved.id(), Map.of("authority", authorityId, "academicYear", year.startYear(),
				"review", hours.review().toPlainString(), "meeting", hours.meeting().toPlainString(), "document",
				hours.document().toPlainString(), "task", hours.task().toPlainString()));
		return NormSet.of(saved);
	}

	private static ObjectOptimisticLockingFailureException stale(long authorityId, int academicYear) {
		return new ObjectOptimisticLockingFailureException(LoadNorms.class, authorityId + "/" + academicYear);
	}

	/** A body's set of norms as a page shows it; {@code version} is its lock. */
	public record NormSet(long id, long version, long authorityId, AcademicYear academicYear, LoadNorms.Hours hours) {

		static NormSet of(LoadNorms norms) {
			return new NormSet(norms.id(), norms.getVersion(), norms.getAuthorityId(), norms.getAcademicYear(),
					norms.getHours());
		}

	}

}
