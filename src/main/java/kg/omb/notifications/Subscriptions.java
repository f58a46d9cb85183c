package kg.omb.notifications;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Following topics (§10.7, e-mail subscriptions): the signed-in person follows or stops following an OMB, a
 * specialty or a kind of document; a module that announces something asks for the followers of the topics it
 * concerns and notifies each of them once through {@link Notifications}. Following twice is following once.
 */
public interface Subscriptions {

	/** The signed-in person follows the topic (nothing changes when they follow it already). */
	void follow(Topic topic);

	/** The signed-in person stops following the topic (nothing changes when they did not follow it). */
	void unfollow(Topic topic);

	/** Whether the signed-in person follows the topic; false for someone not signed in. */
	boolean isFollowing(Topic topic);

	/** What the signed-in person follows, in the order they started following. */
	List<Topic> mine();

	/** The accounts following any of the topics, each once. */
	Set<Long> followers(Collection<Topic> topics);

}
