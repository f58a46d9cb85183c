package kg.omb.identity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import jakarta.validation.constraints.NotBlank;
import org.springframework.validation.BindingResult;

import kg.omb.identity.Role;
import kg.omb.identity.Scope;
import kg.omb.identity.ScopeType;
import kg.omb.identity.domain.GrantCommand;

/**
 * The administrator's form to grant a role. Fields stay text as typed, so that whatever was entered, even a wrong
 * number or date, is shown again beside its error; {@link #validate} reads them. Dates are days in Asia/Bishkek,
 * the last day included.
 */
record GrantForm(@NotBlank(message = "{grant.form.role.required}") String role,
		@NotBlank(message = "{grant.form.scope-type.required}") String scopeType, String scopeId, String validFrom,
		String validTo, String legalActId) {

	static GrantForm empty() {
		return new GrantForm(null, null, null, null, null, null);
	}

	/** The checks Bean Validation cannot make: known names, whole numbers, real dates, an id where one belongs. */
	void validate(BindingResult result) {
		if (!blank(role) && !isName(Role.values(), role)) {
			result.rejectValue("role", "grant.form.role.unknown");
		}
		if (!blank(scopeType) && !isName(ScopeType.values(), scopeType)) {
			result.rejectValue("scopeType", "grant.form.scope-type.unknown");
		}
		checkId(result, "scopeId", scopeId, "grant.form.scope-id.positive");
		checkId(result, "legalActId", legalActId, "grant.form.legal-act-id.positive");
		checkDate(result, "validFrom", validFrom);
		checkDate(result, "validTo", validTo);
		if (result.hasFieldErrors("scopeType") || result.hasFieldErrors("scopeId") || blank(scopeType)) {
			return;
		}
		boolean platform = ScopeType.valueOf(scopeType) == ScopeType.PLATFORM;
		if (!platform && blank(scopeId)) {
			result.rejectValue("scopeId", "grant.form.scope-id.required");
		}
		if (platform && !blank(scopeId)) {
			result.rejectValue("scopeId", "grant.form.scope-id.platform");
		}
	}

	/** The command of a form that passed {@link #validate}. */
	GrantCommand toCommand(long accountId) {
		ScopeType type = ScopeType.valueOf(scopeType);
		Scope scope = type == ScopeType.PLATFORM ? Scope.PLATFORM : Scope.of(type, Long.parseLong(scopeId.strip()));
		return new GrantCommand(accountId, Role.valueOf(role), scope, BishkekDates.startOf(date(validFrom)),
				BishkekDates.endOf(date(validTo)), blank(legalActId) ? null : Long.valueOf(legalActId.strip()));
	}

	private static void checkId(BindingResult result, String field, String value, String errorKey) {
		if (!blank(value) && !(value.strip().matches("\\d{1,18}") && Long.parseLong(value.strip()) > 0)) {
			result.rejectValue(field, errorKey);
		}
	}

	private static void checkDate(BindingResult result, String field, String value) {
		try {
			date(value);
		}
		catch (DateTimeParseException invalid) {
			result.rejectValue(field, "grant.form.date.invalid");
		}
	}

	private static LocalDate date(String value) {
		return blank(value) ? null : LocalDate.parse(value.strip());
	}

	private static boolean isName(Enum<?>[] values, String name) {
		return Arrays.stream(values).anyMatch(value -> value.name().equals(name));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
