package kg.omb.documents.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.association.Associations;
import kg.omb.directory.ActIssuer;
import kg.omb.directory.LegalActView;
import kg.omb.directory.LegalActs;
import kg.omb.documents.ClauseEdit;
import kg.omb.documents.ClauseView;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentView;
import kg.omb.documents.ExpertReviewOrder;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.documents.discussion.DiscussionAtClock;
import kg.omb.documents.discussion.DocumentComment;
import kg.omb.documents.discussion.NewComment;
import kg.omb.documents.discussion.PublicDiscussion;
import kg.omb.documents.domain.DemoEconomicsStandard.Part;
import kg.omb.documents.domain.DemoEconomicsStandard.Remark;
import kg.omb.documents.domain.DemoEconomicsStandard.Reply;
import kg.omb.documents.domain.DemoManagementStandard.Disposed;
import kg.omb.identity.AccountView;
import kg.omb.identity.Accounts;
import kg.omb.identity.DemoSignIn;
import kg.omb.notifications.Subscriptions;
import kg.omb.notifications.Topic;
import kg.omb.review.ReviewMode;
import kg.omb.shared.Bishkek;

/**
 * The demo documents of the economics OMB ({@code omb.demo-data.enabled}), made through the documents and
 * discussion services as the demo accounts, so that every permission and rule is checked and every step audited:
 * the draft standard 580100 Economics open for discussion now, commented on by teachers, an employer, a student, a
 * citizen and (officially) the base university, with replies; the standard 580200 Management in force, whose
 * discussion took place months ago; and the draft standard 580120 Banking, discussed weeks ago, at its expert
 * review. The past is told on its own days: the same services, reading the calendar from a clock that walks from
 * the drafting on, so that the window is enforced as it always is. A start that finds the Economics draft, or
 * lacks the demo accounts, the OMB or the order,
 * creates nothing.
 */
@Component
// AdministratorBootstrap.ORDER (100) + 40: after the demo accounts, the directory and the OMBs
@Order(100 + 40)
@ConditionalOnBooleanProperty("omb.demo-data.enabled")
class DocumentsDemoData implements ApplicationRunner {

	static final long OMB = 1;

	static final long SECTION = 1;

	static final long AUTHORITY = 1;

	private static final Logger log = LoggerFactory.getLogger(DocumentsDemoData.class);

	private final Documents documents;

	private final PublicDiscussion discussion;

	private final DocumentsAtClock documentsAtClock;

	private final DiscussionAtClock discussionAtClock;

	private final Associations associations;

	private final LegalActs acts;

	private final Accounts accounts;

	private final Subscriptions subscriptions;

	private final Clock clock;

	private final TransactionTemplate transactions;

	DocumentsDemoData(Documents documents, PublicDiscussion discussion, DocumentsAtClock documentsAtClock,
			DiscussionAtClock discussionAtClock, Associations associations, LegalActs acts, Accounts accounts,
			Subscriptions subscriptions, Clock clock, PlatformTransactionManager transactionManager) {
		this.subscriptions = subscriptions;
		this.documents = documents;
		this.discussion = discussion;
		this.documentsAtClock = documentsAtClock;
		this.discussionAtClock = discussionAtClock;
		this.associations = associations;
		this.acts = acts;
		this.accounts = accounts;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void run(ApplicationArguments arguments) {
		Optional<LegalActView> order = acts.issuedBy(ActIssuer.authority(AUTHORITY))
			.stream()
			.filter(act -> act.number().equals(DemoManagementStandard.APPROVAL_ORDER))
			.findFirst();
		if (accounts.findByEmail(Staff.CHAIR).isEmpty() || associations.find(OMB).isEmpty() || order.isEmpty()
				|| alreadyThere()) {
			return;
		}
		long started = System.nanoTime();
		List<Long> ids = transactions
			.execute(status -> List.of(inForce(order.get()), underDiscussion(), atExpertReview()));
		log.info("Demo documents created: {} ({} ms)", ids, (System.nanoTime() - started) / 1_000_000);
	}

	private boolean alreadyThere() {
		return documents.ofAssociation(OMB)
			.stream()
			.anyMatch(document -> DemoEconomicsStandard.TITLE.ky().equals(document.title().ky()));
	}

	/**
	 * The Economics draft, written by the section head, opened by the chair for 30 days from today (the demo
	 * participant, who follows the economics OMB and the direction 580100, is told), commented on.
	 */
	private long underDiscussion() {
		long id = draft(documents, DemoEconomicsStandard.TITLE, "580100", DemoEconomicsStandard.PARTS);
		as(Staff.PARTICIPANT, () -> {
			subscriptions.follow(Topic.association(OMB));
			subscriptions.follow(Topic.specialty("580100"));
			return 0;
		});
		as(Staff.CHAIR, () -> documents.openDiscussion(id, lock(documents, id), Bishkek.today(clock).plusDays(30)));
		List<Long> remarks = new ArrayList<>();
		Map<String, String> keys = keysByNumber(documents, id, 1);
		for (Remark remark : DemoEconomicsStandard.REMARKS) {
			remarks.add(comment(discussion, id, keys, remark));
		}
		for (Reply reply : DemoEconomicsStandard.REPLIES) {
			as(reply.email(), () -> discussion.reply(remarks.get(reply.to()), reply.text(), reply.stakeholder(),
					reply.region()));
		}
		return id;
	}

	/**
	 * The Management standard's story, on its own days counted back from the approving order: drafted 160 days
	 * before it, discussed for 30 days from day 150 before it, comments disposed of and version 2 published after
	 * the window closed, reviewed, submitted, and approved the day after the order was signed.
	 */
	private long inForce(LegalActView order) {
		StoryClock story = new StoryClock(order.signedOn().minusDays(160), clock);
		Documents past = documentsAtClock.at(story);
		PublicDiscussion pastDiscussion = discussionAtClock.at(story, past);
		long id = draft(past, DemoManagementStandard.TITLE, "580200", DemoManagementStandard.PARTS);
		story.day(order.signedOn().minusDays(150));
		LocalDate closes = order.signedOn().minusDays(120);
		as(Staff.CHAIR, () -> past.openDiscussion(id, lock(past, id), closes));
		Map<String, String> keys = keysByNumber(past, id, 1);
		Map<Remark, Long> commentIds = new HashMap<>();
		int day = 0;
		for (Disposed disposed : DemoManagementStandard.REMARKS) {
			story.day(order.signedOn().minusDays(148 - 5L * day++));
			commentIds.put(disposed.remark(), comment(pastDiscussion, id, keys, disposed.remark()));
		}
		story.day(closes.plusDays(1));
		as(Staff.SECRETARY, () -> past.closeDiscussion(id, lock(past, id)));
		story.day(closes.plusDays(5));
		as(Staff.SECTION_HEAD, () -> {
			dispose(pastDiscussion, id, DemoManagementStandard.REMARKS, commentIds, keys);
			past.startNewVersion(id, lock(past, id), DemoManagementStandard.SECOND_VERSION);
			for (ClauseView clause : past.clauses(id, 2)) {
				String text = DemoManagementStandard.CHANGES.get(clause.number());
				if (text != null) {
					past.editClause(id, clause.id(), clause.lock(), new ClauseEdit(clause.number(), clause.level(),
							clause.heading(), "<p>" + text + "</p>", clause.position()));
				}
			}
			return 0;
		});
		story.day(closes.plusDays(12));
		as(Staff.SECTION_HEAD, () -> past.sendToReview(id, lock(past, id)));
		story.day(closes.plusDays(20));
		as(Staff.CHAIR, () -> past.passExpertReview(id, lock(past, id)));
		story.day(closes.plusDays(30));
		as(Staff.CHAIR, () -> past.submitToAuthority(id, lock(past, id)));
		story.day(order.signedOn().plusDays(1));
		as(Staff.OFFICER, () -> past.approve(id, lock(past, id), order.id()));
		return id;
	}

	/**
	 * The Banking draft's story, on its own days counted back from today: drafted 70 days ago, discussed for 30
	 * days from day 60, its two comments disposed of without a change of the text, sent on to its expert review,
	 * and yesterday the chair asked for a single-blind review by two experts, whom the review module's demo
	 * invites.
	 */
	private long atExpertReview() {
		LocalDate today = Bishkek.today(clock);
		StoryClock story = new StoryClock(today.minusDays(70), clock);
		Documents past = documentsAtClock.at(story);
		PublicDiscussion pastDiscussion = discussionAtClock.at(story, past);
		long id = draft(past, DocumentKind.STATE_STANDARD_SECONDARY_VOCATIONAL, "SECONDARY_VOCATIONAL",
				DemoBankingStandard.TITLE, "580120", DemoBankingStandard.PARTS);
		story.day(today.minusDays(60));
		LocalDate closes = today.minusDays(30);
		as(Staff.CHAIR, () -> past.openDiscussion(id, lock(past, id), closes));
		Map<String, String> keys = keysByNumber(past, id, 1);
		Map<Remark, Long> commentIds = new HashMap<>();
		int day = 0;
		for (Disposed disposed : DemoBankingStandard.REMARKS) {
			story.day(today.minusDays(55 - 7L * day++));
			commentIds.put(disposed.remark(), comment(pastDiscussion, id, keys, disposed.remark()));
		}
		story.day(closes.plusDays(1));
		as(Staff.SECRETARY, () -> past.closeDiscussion(id, lock(past, id)));
		story.day(closes.plusDays(4));
		as(Staff.SECTION_HEAD, () -> {
			dispose(pastDiscussion, id, DemoBankingStandard.REMARKS, commentIds, keys);
			return 0;
		});
		story.day(closes.plusDays(8));
		as(Staff.SECTION_HEAD, () -> past.sendToReview(id, lock(past, id)));
		story.day(today.minusDays(1));
		as(Staff.CHAIR, () -> {
			past.requestExpertReview(id, lock(past, id),
					new ExpertReviewOrder(2, ReviewMode.SINGLE_BLIND, today.plusDays(4), today.plusDays(21)));
			return 0;
		});
		return id;
	}

	/** The authors' disposition of each comment, as the section head gives it once the window closed. */
	private static void dispose(PublicDiscussion discussion, long documentId, List<Disposed> remarks,
			Map<Remark, Long> commentIds, Map<String, String> keys) {
		for (Disposed disposed : remarks) {
			long commentId = commentIds.get(disposed.remark());
			DocumentComment comment = discussion.thread(documentId)
				.stream()
				.filter(candidate -> candidate.id() == commentId)
				.findFirst()
				.orElseThrow();
			discussion.dispose(commentId, comment.getVersion(), disposed.outcome(), disposed.justification(),
					disposed.changed() == null ? null : keys.get(disposed.changed()));
		}
	}

	/** A new bachelor's standard of the section, its parts added in order, as the section head. */
	private long draft(Documents service, kg.omb.shared.LocalizedText title, String code, List<Part> parts) {
		return draft(service, DocumentKind.STATE_STANDARD_HIGHER, "BACHELOR", title, code, parts);
	}

	/** A new draft of the section, its parts added in order, as the section head. */
	private long draft(Documents service, DocumentKind kind, String level, kg.omb.shared.LocalizedText title,
			String code, List<Part> parts) {
		return as(Staff.SECTION_HEAD, () -> {
			DocumentView draft = service.createDraft(new NewDocument(OMB, SECTION, kind, title, Set.of(code),
					Set.of(level), null));
			for (Part part : parts) {
				service.addClause(draft.id(), new ClauseEdit(part.number(), part.level(),
						part.heading().isEmpty() ? null : part.heading(),
						part.text().isEmpty() ? "" : "<p>" + part.text() + "</p>", null));
			}
			return draft.id();
		});
	}

	private long comment(PublicDiscussion service, long documentId, Map<String, String> keys, Remark remark) {
		String clause = remark.clause();
		String key = clause == null ? null : keys.get(clause);
		if (clause != null && key == null) {
			throw new IllegalStateException("Demo data: no clause " + clause);
		}
		return as(remark.email(), () -> service.comment(documentId, new NewComment(key, remark.quote(), -1,
				remark.text(), remark.stakeholder(), remark.region(), remark.official() ? Staff.REPRESENTED : null))
			.id());
	}

	private static Map<String, String> keysByNumber(Documents service, long documentId, int version) {
		Map<String, String> keys = new HashMap<>();
		service.clauses(documentId, version).forEach(clause -> keys.put(clause.number(), clause.key()));
		return keys;
	}

	private static long lock(Documents service, long documentId) {
		return service.find(documentId).orElseThrow().lock();
	}

	/** Runs the work as the demo account, with the role its e-mail stands for (see {@link Staff#grants}). */
	private <T> T as(String email, Supplier<T> work) {
		AccountView account = accounts.findByEmail(email)
			.orElseThrow(() -> new IllegalStateException("Demo data: no demo account " + email));
		return DemoSignIn.as(account, Staff.grants(email), work);
	}

	/** The demo accounts that act on the documents, and what they hold (as the identity demo grants it). */
	static final class Staff {

		static final String CHAIR = "chair@demo.omb.kg";

		static final String SECRETARY = "secretary@demo.omb.kg";

		static final String SECTION_HEAD = "section-head@demo.omb.kg";

		static final String OFFICER = "officer@demo.omb.kg";

		static final String REPRESENTATIVE = "representative@demo.omb.kg";

		static final String PARTICIPANT = "participant@demo.omb.kg";

		/** The organisation the demo representative speaks for. */
		static final long REPRESENTED = 1;

		private Staff() {
		}

		static List<String> grants(String email) {
			return switch (email) {
				case CHAIR -> List.of("ROLE_OMB_CHAIR", "OMB_CHAIR@ASSOCIATION:" + OMB);
				case SECRETARY -> List.of("ROLE_OMB_SECRETARY", "OMB_SECRETARY@ASSOCIATION:" + OMB);
				case SECTION_HEAD -> List.of("ROLE_SECTION_HEAD", "SECTION_HEAD@SECTION:" + SECTION);
				case OFFICER -> List.of("ROLE_AUTHORITY_OFFICER", "AUTHORITY_OFFICER@AUTHORITY:" + AUTHORITY);
				case REPRESENTATIVE -> List.of("ROLE_ORG_REPRESENTATIVE", "ORG_REPRESENTATIVE@ORGANIZATION:" + REPRESENTED);
				default -> List.of("ROLE_PARTICIPANT");
			};
		}

	}

	/** The days of a story told in the past: ten in the morning, Bishkek time, of the day it is set to. */
	static final class StoryClock extends Clock {

		private final Clock real;

		private volatile Instant now;

		StoryClock(LocalDate day, Clock real) {
			this.real = real;
			this.now = at(day);
		}

		void day(LocalDate day) {
			Instant next = at(day);
			if (next.isBefore(now) || next.isAfter(real.instant())) {
				throw new IllegalStateException("Demo data: a story runs forward and ends in the past: " + day);
			}
			now = next;
		}

		private static Instant at(LocalDate day) {
			return day.atTime(10, 0).atZone(Bishkek.ZONE).toInstant();
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now, zone);
		}

	}

}
