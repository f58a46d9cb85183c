package kg.omb.notifications.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.audit.AuditLog;
import kg.omb.notifications.Subscriptions;
import kg.omb.notifications.Topic;
import kg.omb.shared.Actor;

/** The signed-in person's subscriptions, and the followers of topics for the modules that announce things. */
@Service
@Transactional
class SubscriptionService implements Subscriptions {

	private final SubscriptionRepository subscriptions;

	private final AuditLog audit;

	private final Clock clock;

	SubscriptionService(SubscriptionRepository subscriptions, AuditLog audit, Clock clock) {
		this.subscriptions = subscriptions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void follow(Topic topic) {
		long accountId = signedIn();
		if (subscriptions.existsByAccountIdAndTopicTypeAndTopicKey(accountId, topic.type(), topic.key())) {
			return;
		}
		subscriptions.save(new Subscription(accountId, topic, clock.instant()));
		audit.record("subscription.followed", "account", accountId,
				Map.of("type", topic.type().name(), "key", topic.key()));
	}

	@Override
	public void unfollow(Topic topic) {
		long accountId = signedIn();
		if (subscriptions.deleteByAccountIdAndTopicTypeAndTopicKey(accountId, topic.type(), topic.key()) > 0) {
			audit.record("subscription.unfollowed", "account", accountId,
					Map.of("type", topic.type().name(), "key", topic.key()));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isFollowing(Topic topic) {
		return Actor.currentAccountId()
			.map(accountId -> subscriptions.existsByAccountIdAndTopicTypeAndTopicKey(accountId, topic.type(),
					topic.key()))
			.orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Topic> mine() {
		return subscriptions.findByAccountIdOrderByCreatedAtAscIdAsc(signedIn()).stream().map(Subscription::topic).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> followers(Collection<Topic> topics) {
		Map<Topic.Type, Set<String>> byType = topics.stream()
			.collect(Collectors.groupingBy(Topic::type, Collectors.mapping(Topic::key, Collectors.toSet())));
		Set<Long> followers = new LinkedHashSet<>();
		byType.forEach((type, keys) -> followers.addAll(subscriptions.followersOf(type, keys)));
		return followers;
	}

	private static long signedIn() {
		return Actor.currentAccountId().orElseThrow(() -> new AccessDeniedException("Not signed in to an account"));
	}

}
