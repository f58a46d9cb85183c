package kg.omb.review.domain;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;


import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.directory.Directory;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.notifications.Notice;
import kg.omb.notifications.Notifications;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * The pool of experts (§11.2): a person applies, or a chair or secretary invites someone by their account's e-mail;
 * an OMB chair or secretary approves or declines; they search the pool by competence, organisation, language and
 * current load. Every change is audited.
 */
@Service
@Transactional
public class ExpertPool {

	static final String TARGET = "review-expert";

	private final ExpertRepository experts;

	private final ReviewAccess access;

	private final Accounts accounts;

	private final Directory directory;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	ExpertPool(ExpertRepository experts, ReviewAccess access, Accounts accounts, Directory directory,
			Notifications notifications, AuditLog audit, Clock clock) {
		this.experts = experts;
		this.access = access;
		this.accounts = accounts;
		this.directory = directory;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** The signed-in person's own profile, if they applied or were invited. */
	@Transactional(readOnly = true)
	public Optional<ExpertView> mine() {
		Long me = ReviewAccess.current();
		return me == null ? Optional.empty() : experts.findByAccountId(me).map(expert -> view(expert, loads()));
	}

	/** Applies to the pool, or updates one's profile (an approved expert stays approved). */
	public ExpertView apply(ExpertProfile profile) {
		long me = ReviewAccess.me();
		requireKnown(profile);
		Expert expert = experts.findByAccountId(me).orElse(null);
		if (expert == null) {
			expert = experts.saveAndFlush(new Expert(me, profile, null));
			audit.record("review.expert.applied", TARGET, expert.id());
		}
		else {
			expert.describe(profile);
			experts.saveAndFlush(expert);
			audit.record("review.expert.described", TARGET, expert.id());
		}
		return view(expert, loads());
	}

	/** A chair or secretary invites the person with this account's e-mail to the pool; they are told at once. */
	public ExpertView invite(String email, ExpertProfile profile) {
		ReviewAccess.require(access.keepsPool());
		requireKnown(profile);
		AccountView account = accounts.findByEmail(email.strip())
			.filter(AccountView::active)
			.orElseThrow(() -> new DomainException("review.error.no-such-account"));
		if (experts.findByAccountId(account.id()).isPresent()) {
			throw new DomainException("review.error.already-in-pool");
		}
		Expert expert = experts.saveAndFlush(new Expert(account.id(), profile, ReviewAccess.me()));
		notifications.notify(account.id(),
				Notice.of("review", "review.notice.pool-invited.title", "review.notice.pool-invited.body")
					.withLink("/reviews/experts"));
		audit.record("review.expert.invited", TARGET, expert.id());
		return view(expert, loads());
	}

	public ExpertView approve(long expertId, long lock) {
		ReviewAccess.require(access.keepsPool());
		Expert expert = current(expertId, lock);
		expert.approve(ReviewAccess.me(), clock.instant());
		experts.saveAndFlush(expert);
		notifications.notify(expert.getAccountId(),
				Notice.of("review", "review.notice.pool-approved.title", "review.notice.pool-approved.body")
					.withLink("/reviews"));
		audit.record("review.expert.approved", TARGET, expertId);
		return view(expert, loads());
	}

	public ExpertView decline(long expertId, long lock) {
		ReviewAccess.require(access.keepsPool());
		Expert expert = current(expertId, lock);
		expert.decline(ReviewAccess.me(), clock.instant());
		experts.saveAndFlush(expert);
		audit.record("review.expert.declined", TARGET, expertId);
		return view(expert, loads());
	}

	/** The pool as its keepers search it, by name. */
	@Transactional(readOnly = true)
	public List<ExpertView> search(PoolFilter filter) {
		ReviewAccess.require(access.keepsPool());
		Map<Long, Long> loads = loads();
		ExpertStatus status = filter.status() == null ? ExpertStatus.APPROVED : filter.status();
		String specialty = filter.specialty() == null ? "" : filter.specialty().strip();
		return experts.views(status, loads)
			.stream()
			.filter(e -> specialty.isEmpty() || e.specialtyCodes().stream().anyMatch(c -> c.startsWith(specialty)))
			.filter(e -> filter.organizationId() == null || e.organizationIds().contains(filter.organizationId()))
			.filter(e -> filter.language() == null || filter.language().isBlank()
					|| e.languages().contains(filter.language()))
			.filter(e -> filter.maxLoad() == null || e.load() <= filter.maxLoad())
			.toList();
	}

	@Transactional(readOnly = true)
	public ExpertView find(long expertId) {
		ReviewAccess.require(access.keepsPool());
		return view(expert(expertId), loads());
	}

	private void requireKnown(ExpertProfile profile) {
		if (profile.personName().isBlank()) {
			throw new DomainException("review.error.name-required");
		}
		if (directory.organizations(profile.organizationIds()).size() != profile.organizationIds().size()) {
			throw new DomainException("review.error.unknown-organization");
		}
		if (directory.classifierEntries(profile.specialtyCodes()).size() != profile.specialtyCodes().size()) {
			throw new DomainException("review.error.unknown-specialty");
		}
		if (!List.of("ky", "ru", "en").containsAll(profile.languages())) {
			throw new DomainException("review.error.language-required");
		}
		if (profile.experienceYears() < 0 || profile.experienceYears() > 80) {
			throw new DomainException("review.error.experience");
		}
	}

	private Expert current(long expertId, long lock) {
		Expert expert = expert(expertId);
		if (expert.getVersion() != lock) {
			throw new ObjectOptimisticLockingFailureException(Expert.class, expertId);
		}
		return expert;
	}

	private Expert expert(long expertId) {
		return experts.findById(expertId).orElseThrow(() -> new NotFoundException("review.error.expert-not-found",
				expertId));
	}

	Map<Long, Long> loads() {
		Map<Long, Long> loads = new HashMap<>();
		for (Object[] row : experts.activeLoads()) {
			loads.put((Long) row[0], ((Number) row[1]).longValue());
		}
		return loads;
	}

	private static ExpertView view(Expert expert, Map<Long, Long> loads) {
		return ExpertView.of(expert, Objects.requireNonNullElse(loads.get(expert.id()), 0L));
	}


}
