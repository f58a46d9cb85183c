package kg.omb.identity.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kg.omb.identity.Role;
import kg.omb.identity.ScopeType;
import kg.omb.identity.domain.AccountAdministration;
import kg.omb.identity.domain.AccountDetails;
import kg.omb.identity.domain.GrantHistoryEntry;
import kg.omb.identity.domain.RoleGrantService;
import kg.omb.identity.domain.RoleNeedsMatchingScope;
import kg.omb.identity.domain.RuleViolation;
import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/**
 * The administration of accounts: search, an account's grants and history, granting and revoking scoped roles,
 * deactivating and reactivating. Each page is whole for a normal request and a fragment for htmx; every action is a
 * POST that works without JavaScript, with a confirmation page where it takes something away.
 */
@Controller
class AccountsAdminController {

	private static final String ACCOUNTS = "identity/admin/accounts";

	private static final String ACCOUNT = "identity/admin/account";

	private final AccountAdministration administration;

	private final RoleGrantService roleGrants;

	AccountsAdminController(AccountAdministration administration, RoleGrantService roleGrants) {
		this.administration = administration;
		this.roleGrants = roleGrants;
	}

	@GetMapping("/admin/accounts")
	String search(@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model) {
		model.addAttribute("query", query);
		model.addAttribute("accounts", administration.search(query, page));
		return htmx ? ACCOUNTS + " :: results" : ACCOUNTS;
	}

	@GetMapping("/admin/accounts/{id}")
	String account(@PathVariable long id, @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
			Model model) {
		show(id, GrantForm.empty(), model);
		return htmx ? ACCOUNT + " :: grants" : ACCOUNT;
	}

	@PostMapping("/admin/accounts/{id}/grants")
	String grant(@PathVariable long id, @Valid @ModelAttribute("grantForm") GrantForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				roleGrants.grant(form.toCommand(id));
				redirect.addFlashAttribute("flash", "admin.grant.granted");
				return "redirect:/admin/accounts/" + id;
			}
			catch (RuleViolation violation) {
				if (violation.field() == null) {
					result.reject(violation.messageKey());
				}
				else {
					result.rejectValue(violation.field(), violation.messageKey());
				}
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		show(id, form, model);
		return ACCOUNT;
	}

	@GetMapping("/admin/accounts/{id}/grants/{grantId}/revoke")
	String confirmRevoke(@PathVariable long id, @PathVariable long grantId, Model model) {
		AccountDetails account = administration.account(id);
		GrantHistoryEntry grant = account.currentGrants()
			.stream()
			.filter(entry -> entry.id() == grantId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("grant.error.not-found"));
		model.addAttribute("account", account);
		model.addAttribute("grant", grant);
		return "identity/admin/confirm-revoke";
	}

	@PostMapping("/admin/accounts/{id}/grants/{grantId}/revoke")
	String revoke(@PathVariable long id, @PathVariable long grantId, @RequestParam long version, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, () -> roleGrants.revoke(grantId, version), "admin.grant.revoked", model, redirect, response);
	}

	@GetMapping("/admin/accounts/{id}/deactivate")
	String confirmDeactivate(@PathVariable long id, Model model) {
		model.addAttribute("account", administration.account(id));
		return "identity/admin/confirm-deactivate";
	}

	@PostMapping("/admin/accounts/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, () -> administration.deactivate(id, version), "admin.account.deactivated", model, redirect,
				response);
	}

	@PostMapping("/admin/accounts/{id}/reactivate")
	String reactivate(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, () -> administration.reactivate(id, version), "admin.account.reactivated", model, redirect,
				response);
	}

	/** Runs an action; a stale edit or a refusing rule shows the account again with the reason instead. */
	private String act(long id, Runnable action, String doneKey, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", doneKey);
			return "redirect:/admin/accounts/" + id;
		}
		catch (OptimisticLockingFailureException stale) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("actionError", "error.stale-edit");
		}
		catch (NotFoundException notFound) {
			throw notFound;
		}
		catch (DomainException refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("actionError", refused.messageKey());
		}
		show(id, GrantForm.empty(), model);
		return ACCOUNT;
	}

	private void show(long id, GrantForm form, Model model) {
		model.addAttribute("account", administration.account(id));
		if (!model.containsAttribute("grantForm")) {
			model.addAttribute("grantForm", form);
		}
		model.addAttribute("roles", Role.values());
		model.addAttribute("scopeTypes", ScopeType.values());
		model.addAttribute("roleScopes", Arrays.stream(Role.values())
			.map(role -> new RoleScopes(role,
					List.copyOf(RoleNeedsMatchingScope.scopeTypesFor(role))))
			.toList());
	}

	/** Which scope types a role is granted for, shown beside the form. */
	record RoleScopes(Role role, List<ScopeType> scopeTypes) {
	}

}
