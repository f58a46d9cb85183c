package kg.omb.notifications.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import kg.omb.notifications.Topic;

interface SubscriptionRepository extends Repository<Subscription, Long> {

	Subscription save(Subscription subscription);

	boolean existsByAccountIdAndTopicTypeAndTopicKey(long accountId, Topic.Type topicType, String topicKey);

	@Modifying
	@Query("delete from Subscription s where s.accountId = :accountId and s.topicType = :topicType and s.topicKey = :topicKey")
	int deleteByAccountIdAndTopicTypeAndTopicKey(long accountId, Topic.Type topicType, String topicKey);

	List<Subscription> findByAccountIdOrderByCreatedAtAscIdAsc(long accountId);

	@Query("select distinct s.accountId from Subscription s where s.topicType = :topicType and s.topicKey in :keys")
	List<Long> followersOf(Topic.Type topicType, Collection<String> keys);

}
