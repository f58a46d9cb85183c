package kg.omb.surveys.domain;

import java.time.LocalDate;
import java.util.Set;

import kg.omb.directory.OrganizationKind;
import kg.omb.directory.Region;

/** What the services are asked to do, as the forms collect it. */
public final class Commands {

	private Commands() {
	}

	/**
	 * Send the template for a year to the organisations of these kinds in these regions (none given: every teaching
	 * kind, every region); with specialty codes, only to those that reported a figure for one of them in an earlier
	 * round of the template.
	 */
	public record SendRound(int year, LocalDate deadline, Set<OrganizationKind> kinds, Set<Region> regions,
			Set<String> specialtyCodes) {
	}

}
