package kg.omb.notifications.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.notifications.Subscriptions;
import kg.omb.notifications.Topic;
import kg.omb.notifications.TopicNames;
import kg.omb.notifications.domain.Delivery;
import kg.omb.notifications.domain.DeliveryPreferences;

/**
 * The signed-in person chooses how notifications reach them by e-mail (at once, or in a daily digest) and sees what
 * they follow, each with its name as the module owning it gives it and a button to stop following.
 */
@Controller
@RequestMapping("/notifications/preferences")
class PreferencesController {

	private static final String VIEW = "notifications/preferences";

	private final DeliveryPreferences preferences;

	private final Subscriptions subscriptions;

	private final Map<Topic.Type, TopicNames> names;

	PreferencesController(DeliveryPreferences preferences, Subscriptions subscriptions, List<TopicNames> names) {
		this.preferences = preferences;
		this.subscriptions = subscriptions;
		this.names = names.stream().collect(Collectors.toMap(TopicNames::type, Function.identity(), (a, b) -> a));
	}

	@ModelAttribute("subscriptions")
	List<SubscriptionLine> subscriptions(Locale locale) {
		return subscriptions.mine().stream().map(topic -> {
			TopicNames named = names.get(topic.type());
			TopicNames.Name name = named == null ? null : named.name(topic.key(), locale).orElse(null);
			return new SubscriptionLine(topic.type().name(), topic.key(), name == null ? topic.key() : name.label(),
					name == null ? null : name.link());
		}).toList();
	}

	@ModelAttribute("options")
	List<Delivery> options() {
		return List.of(Delivery.values());
	}

	@GetMapping
	String initPreferencesForm(Model model) {
		model.addAttribute("form", new PreferenceForm(preferences.mine()));
		return VIEW;
	}

	@PostMapping
	String processPreferencesForm(@Valid @ModelAttribute("form") @Nullable PreferenceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors() || form == null || form.delivery() == null) {
			// an unknown choice cannot even build the form: show the saved one again, with the message
			model.addAttribute("form", new PreferenceForm(preferences.mine()));
			model.addAttribute("invalid", true);
			return VIEW;
		}
		preferences.changeMine(form.delivery());
		redirect.addFlashAttribute("flash", "notifications.preferences.saved");
		return "redirect:/notifications/preferences";
	}

	/** One followed topic as the page lists it. */
	public record SubscriptionLine(String type, String key, String label, @Nullable String link) {
	}

	/** The choice on the form. */
	public record PreferenceForm(@NotNull(message = "{notifications.preferences.required}") @Nullable Delivery delivery) {
	}

}
