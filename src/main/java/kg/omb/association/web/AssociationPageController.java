package kg.omb.association.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import kg.omb.association.domain.AssociationProfile;
import kg.omb.association.domain.AssociationQueries;
import kg.omb.association.domain.BylawsVersion;
import kg.omb.association.domain.CouncilQueries;
import kg.omb.directory.LegalActView;
import kg.omb.shared.NotFoundException;

/**
 * The public page of one OMB: status, authority, base organisation and its history, chairs, groups, sections with
 * subsections, members, working groups, bylaws, contacts and the history of acts; and the full text of each
 * version of its bylaws. An unknown OMB or version answers 404.
 */
@Controller
class AssociationPageController {

	private final AssociationQueries queries;

	private final CouncilQueries councils;

	AssociationPageController(AssociationQueries queries, CouncilQueries councils) {
		this.queries = queries;
		this.councils = councils;
	}

	@GetMapping("/associations/{id}")
	String showAssociation(@PathVariable long id, Model model) {
		AssociationProfile profile = queries.profile(id);
		model.addAttribute("association", profile);
		model.addAttribute("bylawsActs", actsInHistory(profile));
		model.addAttribute("councilId", profile.authority() == null ? null
				: councils.ofAuthority(profile.authority().id()).orElse(null));
		return "association/public/profile";
	}

	@GetMapping("/associations/{id}/bylaws/{number}")
	String showBylaws(@PathVariable long id, @PathVariable int number, Model model) {
		AssociationProfile profile = queries.profile(id);
		BylawsVersion version = profile.bylaws()
			.stream()
			.filter(candidate -> candidate.getNumber() == number)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("association.page.bylaws.not-found", number));
		model.addAttribute("association", profile);
		model.addAttribute("bylaws", version);
		model.addAttribute("act", actsInHistory(profile).get(version.getActId()));
		model.addAttribute("latest", profile.bylaws().get(0).getNumber() == number);
		return "association/public/bylaws";
	}

	/** The acts the history cites, by id: the bylaws versions' acts are among them. */
	private static Map<Long, LegalActView> actsInHistory(AssociationProfile profile) {
		Map<Long, LegalActView> acts = new HashMap<>();
		profile.history()
			.stream()
			.map(AssociationProfile.HistoryLine::act)
			.filter(Objects::nonNull)
			.forEach(act -> acts.put(act.id(), act));
		return acts;
	}

}
