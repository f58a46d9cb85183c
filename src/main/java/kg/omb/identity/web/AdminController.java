package kg.omb.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration's start page, linking to its sections. */
@Controller
class AdminController {

	@GetMapping("/admin")
	@PreAuthorize("hasRole('ADMIN')")
	String dashboard() {
		return "identity/admin/dashboard";
	}

}
