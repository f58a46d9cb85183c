package kg.omb.notifications.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.notifications.Topic;

/** A person follows a topic; at most one row per person and topic. */
@Entity
@Table(name = "subscription")
class Subscription {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(name = "topic_type", nullable = false, updatable = false)
	private Topic.Type topicType;

	@Column(name = "topic_key", nullable = false, updatable = false)
	private String topicKey;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Subscription() {
		this.topicType = Topic.Type.ASSOCIATION;
		this.topicKey = "";
		this.createdAt = Instant.EPOCH;
	}

	Subscription(long accountId, Topic topic, Instant createdAt) {
		this.accountId = accountId;
		this.topicType = topic.type();
		this.topicKey = topic.key();
		this.createdAt = createdAt;
	}

	Topic topic() {
		return new Topic(topicType, topicKey);
	}

}
