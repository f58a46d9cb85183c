package kg.omb.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page of the portal. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "portal/home";
	}

}
