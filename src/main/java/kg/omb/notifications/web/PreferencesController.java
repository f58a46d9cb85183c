package kg.omb.notifications.web;

import java.util.List;

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

import kg.omb.notifications.domain.Delivery;
import kg.omb.notifications.domain.DeliveryPreferences;

/** The signed-in person chooses how notifications reach them by e-mail: at once, or in a daily digest. */
@Controller
@RequestMapping("/notifications/preferences")
class PreferencesController {

	private static final String VIEW = "notifications/preferences";

	private final DeliveryPreferences preferences;

	PreferencesController(DeliveryPreferences preferences) {
		this.preferences = preferences;
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

	/** The choice on the form. */
	public record PreferenceForm(@NotNull(message = "{notifications.preferences.required}") @Nullable Delivery delivery) {
	}

}
