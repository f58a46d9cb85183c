package kg.omb.identity.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.identity.domain.GrantCommand;

/** The administrator's form to grant a role: dates are days in Asia/Bishkek, the last day included. */
record GrantForm(@NotNull(message = "{grant.form.role.required}") Role role,
		@NotNull(message = "{grant.form.scope-type.required}") ScopeType scopeType,
		@Positive(message = "{grant.form.scope-id.positive}") Long scopeId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
		@Positive(message = "{grant.form.legal-act-id.positive}") Long legalActId) {

	static GrantForm empty() {
		return new GrantForm(null, null, null, null, null, null);
	}

	/** The checks that need more than one field: a scope id for every scope but the platform, none for it. */
	void validateScope(BindingResult result) {
		if (scopeType == null || result.hasFieldErrors("scopeId")) {
			return;
		}
		if (scopeType != ScopeType.PLATFORM && scopeId == null) {
			result.rejectValue("scopeId", "grant.form.scope-id.required");
		}
		if (scopeType == ScopeType.PLATFORM && scopeId != null) {
			result.rejectValue("scopeId", "grant.form.scope-id.platform");
		}
	}

	GrantCommand toCommand(long accountId) {
		Scope scope = scopeType == ScopeType.PLATFORM ? Scope.PLATFORM : Scope.of(scopeType, scopeId);
		return new GrantCommand(accountId, role, scope, BishkekDates.startOf(validFrom), BishkekDates.endOf(validTo),
				legalActId);
	}

}
