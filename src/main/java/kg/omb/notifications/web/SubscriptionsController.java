package kg.omb.notifications.web;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import kg.omb.notifications.Subscriptions;
import kg.omb.notifications.Topic;

/**
 * Follows or stops following a topic from its follow button. An htmx request gets the button back in its new
 * state; a plain form goes back to the page it came from (a path within the application only).
 */
@Controller
class SubscriptionsController {

	private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]{0,999}");

	private final Subscriptions subscriptions;

	SubscriptionsController(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@PostMapping("/subscriptions")
	String processFollowForm(@RequestParam String type, @RequestParam String key, @RequestParam boolean follow,
			@RequestParam(required = false) @Nullable String returnTo,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		Topic topic = FollowButtons.topic(type, key);
		if (topic == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "notifications.follow.invalid");
		}
		if (follow) {
			subscriptions.follow(topic);
		}
		else {
			subscriptions.unfollow(topic);
		}
		if (htmx) {
			model.addAttribute("type", type);
			model.addAttribute("key", key);
			return "fragments/follow :: button";
		}
		String back = localPath(returnTo);
		return "redirect:" + (back != null ? back : "/notifications/preferences");
	}

	/** The path, when it is one within the application (no other host, no scheme); else null. */
	static @Nullable String localPath(@Nullable String path) {
		return path != null && LOCAL_PATH.matcher(path).matches() ? path : null;
	}

}
