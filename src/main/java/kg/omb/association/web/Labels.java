package kg.omb.association.web;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The message key of an enum value under a prefix, as the association bundle spells them:
 * {@code association.stakeholder.employer-representative}.
 */
@Component("manageLabels")
class Labels {

	public String key(String prefix, Enum<?> value) {
		return prefix + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
