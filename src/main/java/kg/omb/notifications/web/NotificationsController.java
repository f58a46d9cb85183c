package kg.omb.notifications.web;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.notifications.domain.NotificationInbox;

/**
 * The signed-in person's notifications: the bell with the unread count, the list, marking read. Each action answers
 * an htmx request with a fragment (and tells the bell to refresh) and a plain form post with a redirect, so that
 * the page works without JavaScript too.
 */
@Controller
@RequestMapping("/notifications")
class NotificationsController {

	/** The htmx event the bell listens to, sent when the unread count changed. */
	static final String CHANGED = "notifications-changed";

	private final NotificationInbox inbox;

	NotificationsController(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/bell")
	String bell(Model model) {
		model.addAttribute("unread", inbox.unreadCount());
		return "notifications/fragments/bell :: bell";
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model, Locale locale) {
		model.addAttribute("notifications", inbox.page(page, locale));
		return fragmentWanted(htmx) ? "notifications/fragments/list :: list" : "notifications/list";
	}

	@PostMapping("/{id}/read")
	String markRead(@PathVariable long id, @RequestParam(defaultValue = "0") int page, HtmxRequest htmx,
			Model model, Locale locale, HttpServletResponse response) {
		var item = inbox.markRead(id, locale);
		if (fragmentWanted(htmx)) {
			response.setHeader("HX-Trigger", CHANGED);
			model.addAttribute("item", item);
			return "notifications/fragments/list :: item";
		}
		return "redirect:/notifications?page=" + Math.max(page, 0);
	}

	@PostMapping("/read-all")
	String markAllRead(@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		inbox.markAllRead();
		if (fragmentWanted(htmx)) {
			response.setHeader("HX-Trigger", CHANGED);
			model.addAttribute("notifications", inbox.page(page, locale));
			return "notifications/fragments/list :: list";
		}
		redirect.addFlashAttribute("flash", "notifications.all-marked-read");
		return "redirect:/notifications?page=" + Math.max(page, 0);
	}

	/** An htmx request wants the fragment; restoring history after a cache miss wants the whole page. */
	private static boolean fragmentWanted(HtmxRequest htmx) {
		return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
	}

}
