package kg.omb.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import kg.omb.notifications.Subscriptions;
import kg.omb.notifications.Topic;

/**
 * What the follow button ({@code fragments/follow.html :: button(type, key)}) needs on any page: whether the
 * signed-in person follows the topic, and the page to come back to after following it.
 */
@Component("followButtons")
public class FollowButtons {

	private final Subscriptions subscriptions;

	FollowButtons(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	/** Whether the signed-in person follows the topic; false for an unknown type or key. */
	public boolean following(String type, Object key) {
		Topic topic = topic(type, String.valueOf(key));
		return topic != null && subscriptions.isFollowing(topic);
	}

	/** The path of the page showing the button; after an htmx follow, the page it came from. */
	public String returnTo() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String given = SubscriptionsController.localPath(request.getParameter("returnTo"));
		if (given != null) {
			return given;
		}
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query);
	}

	static @Nullable Topic topic(String type, String key) {
		try {
			return Topic.isValidKey(key) ? new Topic(Topic.Type.valueOf(type), key) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
