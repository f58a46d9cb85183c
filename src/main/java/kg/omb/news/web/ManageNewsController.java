package kg.omb.news.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.news.NewsStatus;
import kg.omb.news.domain.NewsItemDetails;
import kg.omb.news.domain.NewsService;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;

/**
 * The news a person writes ({@code /manage/news}): the items they may edit, the form of a new one, and one item's
 * page with its text, attached files and the steps its status allows: publish now, schedule, call the schedule
 * off, withdraw with a reason. A refused step shows the translated reason and changes nothing.
 */
@Controller
@NewsConsole
class ManageNewsController {

	static final String LIST = "news/manage/list";

	static final String EDIT = "news/manage/edit";

	private final NewsService news;

	private final Associations associations;

	ManageNewsController(NewsService news, Associations associations) {
		this.news = news;
		this.associations = associations;
	}

	@GetMapping("/manage/news")
	String list(Model model) {
		NewsService.Places places = places();
		model.addAttribute("items", news.editable());
		model.addAttribute("ombNames", new OmbNames(associations));
		model.addAttribute("mayCreate", places.any());
		return LIST;
	}

	@GetMapping("/manage/news/new")
	String initCreationForm(Model model) {
		return creationForm(model, NewsForm.empty());
	}

	@PostMapping("/manage/news")
	String processCreationForm(@Valid @ModelAttribute("newsForm") NewsForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		NewsService.Places places = places();
		if (form.associationId() == null && !places.portal()) {
			binding.rejectValue("associationId", "news.manage.form.place.required");
		}
		long[] created = new long[1];
		if (run(binding, response, () -> created[0] = news.create(form.associationId(), form.title(), form.body()))) {
			redirect.addFlashAttribute("flash", "news.manage.created");
			return "redirect:/manage/news/" + created[0];
		}
		return creationForm(model, form);
	}

	@GetMapping("/manage/news/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		NewsItemDetails item = news.forEditing(id);
		return editPage(model, item, NewsForm.of(item));
	}

	@PostMapping("/manage/news/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("newsForm") NewsForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (run(binding, response, () -> news.edit(id, lock(form.version()), form.title(), form.body()))) {
			return done(id, "news.manage.saved", redirect);
		}
		return editPage(model, news.forEditing(id), form);
	}

	@PostMapping("/manage/news/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam @Nullable Long version,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
				|| file.getOriginalFilename().isBlank())) {
			return refused(id, model, response, HttpStatus.UNPROCESSABLE_CONTENT, "files.error.required");
		}
		try (InputStream content = file.getInputStream()) {
			String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
			return step(id, model, redirect, response, "news.manage.attached",
					() -> news.attach(id, lock(version), content, name, file.getSize()));
		}
	}

	@PostMapping("/manage/news/{id}/attachments/{fileId}/delete")
	String detach(@PathVariable long id, @PathVariable long fileId, @RequestParam @Nullable Long version,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, model, redirect, response, "news.manage.detached", () -> news.detach(id, lock(version), fileId));
	}

	@PostMapping("/manage/news/{id}/publish")
	String publish(@PathVariable long id, @RequestParam @Nullable Long version, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, model, redirect, response, "news.manage.published", () -> news.publishNow(id, lock(version)));
	}

	@PostMapping("/manage/news/{id}/unschedule")
	String unschedule(@PathVariable long id, @RequestParam @Nullable Long version, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, model, redirect, response, "news.manage.unscheduled", () -> news.unschedule(id, lock(version)));
	}

	@PostMapping("/manage/news/{id}/schedule")
	String schedule(@PathVariable long id, @Valid @ModelAttribute("scheduleForm") ScheduleForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (run(binding, response, () -> news.schedule(id, lock(form.version()),
				Objects.requireNonNull(form.publishAt()).atZone(Bishkek.ZONE).toInstant()))) {
			return done(id, "news.manage.scheduled", redirect);
		}
		return editPage(model, news.forEditing(id), null);
	}

	@PostMapping("/manage/news/{id}/withdraw")
	String withdraw(@PathVariable long id, @Valid @ModelAttribute("withdrawForm") WithdrawForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (run(binding, response, () -> news.withdraw(id, lock(form.version()), Objects.requireNonNull(form.reason())))) {
			return done(id, "news.manage.withdrawn", redirect);
		}
		return editPage(model, news.forEditing(id), null);
	}

	private String creationForm(Model model, NewsForm form) {
		NewsService.Places places = places();
		if (!places.any()) {
			throw new AccessDeniedException("news.error.not-allowed");
		}
		List<AssociationView> ombs = places.everywhere() ? associations.all()
				: places.associations().stream().map(associations::find).flatMap(java.util.Optional::stream)
					.sorted(Comparator.comparing(AssociationView::id)).toList();
		model.addAttribute("newsForm", form);
		model.addAttribute("portal", places.portal());
		model.addAttribute("ombs", ombs);
		return EDIT;
	}

	private String editPage(Model model, NewsItemDetails item, @Nullable NewsForm form) {
		model.addAttribute("item", item);
		model.addAttribute("ombNames", new OmbNames(associations));
		boolean editable = item.status() == NewsStatus.DRAFT || item.status() == NewsStatus.SCHEDULED;
		model.addAttribute("editable", editable);
		if (!model.containsAttribute("newsForm")) {
			model.addAttribute("newsForm", form == null ? NewsForm.of(item) : form);
		}
		if (!model.containsAttribute("scheduleForm")) {
			model.addAttribute("scheduleForm", new ScheduleForm(item.version(), null));
		}
		if (!model.containsAttribute("withdrawForm")) {
			model.addAttribute("withdrawForm", new WithdrawForm(item.version(), null));
		}
		return EDIT;
	}

	private String step(long id, Model model, RedirectAttributes redirect, HttpServletResponse response,
			String done, Runnable action) {
		try {
			action.run();
			return done(id, done, redirect);
		}
		catch (OptimisticLockingFailureException stale) {
			return refused(id, model, response, HttpStatus.CONFLICT, "news.manage.stale");
		}
		catch (DomainException refusal) {
			model.addAttribute("refusalArguments", readable(refusal.arguments()));
			return refused(id, model, response, HttpStatus.UNPROCESSABLE_CONTENT, refusal.messageKey());
		}
	}

	private String refused(long id, Model model, HttpServletResponse response, HttpStatus status, String key) {
		response.setStatus(status.value());
		model.addAttribute("refusal", key);
		if (!model.containsAttribute("refusalArguments")) {
			model.addAttribute("refusalArguments", new Object[0]);
		}
		return editPage(model, news.forEditing(id), null);
	}

	private static boolean run(BindingResult binding, HttpServletResponse response, Runnable action) {
		if (binding.hasErrors()) {
			if (binding.hasFieldErrors("version")) {
				binding.reject("news.manage.form.stale-page");
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return false;
		}
		try {
			action.run();
			return true;
		}
		catch (OptimisticLockingFailureException stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			binding.reject("news.manage.stale");
		}
		catch (DomainException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			binding.reject(refused.messageKey(), readable(refused.arguments()), refused.messageKey());
		}
		return false;
	}

	/** A status among the arguments is named in the reader's language. */
	private static Object[] readable(Object[] arguments) {
		Object[] readable = arguments.clone();
		for (int i = 0; i < readable.length; i++) {
			if (readable[i] instanceof NewsStatus status) {
				readable[i] = new DefaultMessageSourceResolvable("news.status." + status.name());
			}
		}
		return readable;
	}

	private static long lock(@Nullable Long version) {
		if (version == null) {
			throw new DomainException("news.manage.form.stale-page");
		}
		return version;
	}

	private static String done(long id, String key, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", key);
		return "redirect:/manage/news/" + id;
	}

	private NewsService.Places places() {
		return news.places();
	}

}
