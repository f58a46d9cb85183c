package kg.omb.notifications.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.notifications.Subscriptions;
import kg.omb.notifications.TestAccounts;
import kg.omb.notifications.Topic;
import kg.omb.support.TestAccount;
import kg.omb.support.WithAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Following an OMB, a specialty or a kind of document: the service, the button and the list of one's subscriptions. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(AssociationFixture.class)
class SubscriptionsTests {

	static final long ME = 5201;

	static final long OTHER = 5202;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AssociationFixture fixture;

	Omb omb;

	@BeforeEach
	void twoPeopleFollowingNothing() {
		TestAccounts.ensure(jdbc, ME, "Test Person", "en");
		TestAccounts.ensure(jdbc, OTHER, "Other Person", "ky");
		jdbc.update("delete from subscription where account_id in (?, ?)", ME, OTHER);
		omb = fixture.standardOmb(Region.TALAS);
	}

	@Test
	void followingTwiceIsFollowingOnceAndUnfollowingEndsIt() {
		Topic topic = Topic.association(omb.id());
		as(ME, () -> {
			subscriptions.follow(topic);
			subscriptions.follow(topic);
			return 0;
		});
		assertThat(jdbc.queryForObject("select count(*) from subscription where account_id = ?", Integer.class, ME))
			.isEqualTo(1);
		assertThat(as(ME, () -> subscriptions.isFollowing(topic))).isTrue();
		assertThat(as(OTHER, () -> subscriptions.isFollowing(topic))).isFalse();
		assertThat(subscriptions.isFollowing(topic)).as("not signed in").isFalse();

		as(ME, () -> {
			subscriptions.unfollow(topic);
			subscriptions.unfollow(topic);
			return 0;
		});
		assertThat(as(ME, () -> subscriptions.isFollowing(topic))).isFalse();
		assertThat(jdbc.queryForList("select action from audit_entry where target_type = 'account' and target_id = ?"
				+ " and action like 'subscription.%' order by sequence_number", String.class, String.valueOf(ME)))
			.containsSubsequence("subscription.followed", "subscription.unfollowed");
	}

	@Test
	void theFollowersOfSeveralTopicsAreEachCountedOnce() {
		as(ME, () -> {
			subscriptions.follow(Topic.association(omb.id()));
			subscriptions.follow(Topic.specialty("580100"));
			return 0;
		});
		as(OTHER, () -> {
			subscriptions.follow(new Topic(Topic.Type.DOCUMENT_KIND, "PROFESSIONAL_STANDARD"));
			return 0;
		});

		assertThat(subscriptions.followers(List.of(Topic.association(omb.id()), Topic.specialty("580100"),
				new Topic(Topic.Type.DOCUMENT_KIND, "STATE_STANDARD_HIGHER")))).containsExactly(ME);
		assertThat(subscriptions.followers(List.of(new Topic(Topic.Type.DOCUMENT_KIND, "PROFESSIONAL_STANDARD"),
				Topic.specialty("580100")))).containsExactlyInAnyOrder(ME, OTHER);
		assertThat(subscriptions.followers(List.of(Topic.specialty("999999")))).isEmpty();
		assertThat(as(ME, () -> subscriptions.mine())).containsExactly(Topic.association(omb.id()),
				Topic.specialty("580100"));
	}

	@Test
	void followingNeedsSomeoneSignedIn() {
		assertThatThrownBy(() -> subscriptions.follow(Topic.specialty("580100")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(mvc.post().uri("/subscriptions").param("type", "SPECIALTY").param("key", "580100")
			.param("follow", "true").with(csrf()).accept(MediaType.TEXT_HTML))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	@WithAccount(ME)
	void theOmbPageHasAFollowButtonThatReturnsToIt() {
		String page = "/associations/" + omb.id();
		assertThat(mvc.get().uri(page + "?lang=en")).hasStatusOk()
			.bodyText()
			.contains("id=\"follow-ASSOCIATION-" + omb.id() + "\"", ">Follow<",
					"name=\"returnTo\" value=\"" + page + "?lang=en\"");

		assertThat(mvc.post().uri("/subscriptions").param("type", "ASSOCIATION").param("key", String.valueOf(omb.id()))
			.param("follow", "true").param("returnTo", page).with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl(page);
		assertThat(mvc.get().uri(page + "?lang=en")).bodyText().contains(">Unfollow<", "You follow this");
	}

	@Test
	@WithAccount(ME)
	void aDirectionOfTheClassifierHasAFollowButtonToo() {
		String code = omb.codes().direction();
		assertThat(mvc.get().uri("/classifier/" + code + "?lang=en")).hasStatusOk()
			.bodyText()
			.contains("id=\"follow-SPECIALTY-" + code + "\"", ">Follow<",
					"You are notified when a draft for this specialty is opened for public discussion.");
	}

	@Test
	@WithAccount(ME)
	void anHtmxFollowGetsTheButtonBackInItsNewState() {
		assertThat(mvc.post().uri("/subscriptions?lang=en").header("HX-Request", "true").param("type", "SPECIALTY")
			.param("key", "580100").param("follow", "true").param("returnTo", "/classifier/580100").with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"follow-SPECIALTY-580100\"", ">Unfollow<", "value=\"false\"",
					"name=\"returnTo\" value=\"/classifier/580100\"")
			.doesNotContain("<html");
		assertThat(as(ME, () -> subscriptions.isFollowing(Topic.specialty("580100")))).isTrue();
	}

	@Test
	@WithAccount(ME)
	void anUnknownTopicOrAForeignAddressToReturnToIsRefused() {
		assertThat(mvc.post().uri("/subscriptions").param("type", "PLANET").param("key", "1").param("follow", "true")
			.with(csrf())).hasStatus(400);
		assertThat(mvc.post().uri("/subscriptions").param("type", "SPECIALTY").param("key", "58 01")
			.param("follow", "true").with(csrf())).hasStatus(400);
		assertThat(mvc.post().uri("/subscriptions").param("type", "SPECIALTY").param("key", "580100")
			.param("follow", "true").param("returnTo", "//evil.example/").with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/notifications/preferences");
		assertThat(jdbc.queryForObject("select count(*) from subscription where account_id = ?", Integer.class, ME))
			.isEqualTo(1);
	}

	@Test
	@WithAccount(ME)
	void thePreferencesPageListsWhatOneFollowsByName() {
		assertThat(mvc.get().uri("/notifications/preferences?lang=en")).hasStatusOk()
			.bodyText()
			.contains("My subscriptions", "You follow nothing yet.");
		as(ME, () -> {
			subscriptions.follow(Topic.association(omb.id()));
			subscriptions.follow(new Topic(Topic.Type.DOCUMENT_KIND, "PROFESSIONAL_STANDARD"));
			return 0;
		});
		assertThat(mvc.get().uri("/notifications/preferences?lang=en")).hasStatusOk()
			.bodyText()
			.contains("href=\"/associations/" + omb.id() + "\"", "Economics OMB " + omb.n(), "Professional standard",
					"href=\"/documents?kind=PROFESSIONAL_STANDARD\"")
			.doesNotContain("You follow nothing yet.");
	}

	static <T> T as(long accountId, java.util.function.Supplier<T> work) {
		return TestAccount.runAs(accountId, "PARTICIPANT", work);
	}

}
