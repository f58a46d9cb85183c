package kg.omb.search.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.search.domain.IndexRebuild;

/**
 * The administrator's view of the search index: how many entries of each kind it holds, and the full reindex
 * with its progress (the page follows it while it runs).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SearchAdminController {

	private final IndexRebuild rebuild;

	SearchAdminController(IndexRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@GetMapping("/admin/search")
	String index(Model model) {
		model.addAttribute("counts", rebuild.counts());
		model.addAttribute("progress", rebuild.progress());
		return "search/admin";
	}

	/** The progress panel alone, which the page asks for every two seconds while a reindex runs. */
	@GetMapping("/admin/search/progress")
	String progress(Model model) {
		model.addAttribute("counts", rebuild.counts());
		model.addAttribute("progress", rebuild.progress());
		return "search/admin :: progress";
	}

	@PostMapping("/admin/search/reindex")
	String reindex(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", rebuild.start() ? "search.admin.started" : "search.admin.already-running");
		return "redirect:/admin/search";
	}

}
