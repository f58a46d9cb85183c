package kg.omb.documents.domain;

import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.documents.ClauseEdit;
import kg.omb.documents.ClauseLevel;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.Documents;
import kg.omb.documents.NewDocument;
import kg.omb.notifications.Subscriptions;
import kg.omb.notifications.TestAccounts;
import kg.omb.notifications.Topic;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.support.AdjustableClock;
import kg.omb.support.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a discussion tells the followers of the document's OMB, of its specialty codes and of its kind, each
 * once, and nobody else.
 */
@SpringBootTest
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class DiscussionFollowersTests {

	static final String TITLE = "documents.notice.discussion-opened.title";

	@Autowired
	Documents documents;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	AssociationFixture fixture;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Omb omb;

	long author;

	@BeforeEach
	void anOmb() {
		clock.set(Instant.parse("2026-12-02T06:00:00Z"));
		omb = fixture.standardOmb(Region.BATKEN);
		author = TestAccounts.active(jdbc, "Автор", "ky");
	}

	@Test
	void followersOfTheOmbTheSpecialtyOrTheKindAreToldOnceAndNobodyElse() {
		long ofOmb = follower(Topic.association(omb.id()));
		long ofSpecialty = follower(Topic.specialty("580101"));
		long ofKind = follower(Topic.documentKind(DocumentKind.STATE_STANDARD_HIGHER));
		long ofAll = follower(Topic.association(omb.id()), Topic.specialty("580100"), Topic.specialty("580101"),
				Topic.documentKind(DocumentKind.STATE_STANDARD_HIGHER));
		long ofAnotherOmb = follower(Topic.association(omb.id() + 1000));
		long ofAnotherSpecialty = follower(Topic.specialty("550000"));
		long ofAnotherKind = follower(Topic.documentKind(DocumentKind.PROFESSIONAL_STANDARD));
		long ofNothing = TestAccounts.active(jdbc, "Эч нерсеге жазылбаган", "ky");

		long documentId = openDraft(Set.of("580100", "580101"));

		for (long told : new long[] { ofOmb, ofSpecialty, ofKind, ofAll }) {
			assertThat(notices(told, documentId)).as("account " + told).isEqualTo(1);
		}
		for (long untold : new long[] { ofAnotherOmb, ofAnotherSpecialty, ofAnotherKind, ofNothing, author }) {
			assertThat(notices(untold, documentId)).as("account " + untold).isZero();
		}
		assertThat(jdbc.queryForObject("select arguments from notification where account_id = ? and title_key = ?",
				String.class, ofAll, TITLE)).contains("Экономика багыты боюнча МББС", "2027-01-01");
	}

	@Test
	void aDraftThatIsNotOpenedTellsNobody() {
		long ofOmb = follower(Topic.association(omb.id()));
		long id = as(author, () -> documents.createDraft(draft(Set.of("580100"))).id());

		assertThat(notices(ofOmb, id)).isZero();
	}

	long openDraft(Set<String> codes) {
		return as(author, () -> {
			long id = documents.createDraft(draft(codes)).id();
			documents.addClause(id, new ClauseEdit("1", ClauseLevel.CLAUSE, null, "<p>Жалпы жоболор</p>", null));
			documents.openDiscussion(id, documents.find(id).orElseThrow().lock(), Bishkek.today(clock).plusDays(30));
			return id;
		});
	}

	NewDocument draft(Set<String> codes) {
		return new NewDocument(omb.id(), null, DocumentKind.STATE_STANDARD_HIGHER,
				LocalizedText.of("Экономика багыты боюнча МББС", null, null), codes, Set.of("BACHELOR"), null);
	}

	long follower(Topic... topics) {
		long id = TestAccounts.active(jdbc, "Жазылуучу", "ky");
		TestAccount.runAs(id, "PARTICIPANT", () -> {
			for (Topic topic : topics) {
				subscriptions.follow(topic);
			}
			return 0;
		});
		return id;
	}

	int notices(long accountId, long documentId) {
		return jdbc.queryForObject("select count(*) from notification where account_id = ? and title_key = ?"
				+ " and link = ?", Integer.class, accountId, TITLE, "/documents/" + documentId);
	}

	<T> T as(long accountId, Supplier<T> work) {
		return TestAccount.runAs(accountId, "OMB_CHAIR@ASSOCIATION:" + omb.id(), work);
	}

}
