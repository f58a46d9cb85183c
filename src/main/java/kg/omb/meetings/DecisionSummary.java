package kg.omb.meetings;

import java.time.LocalDate;

import kg.omb.shared.LocalizedText;

/**
 * A published decision as a line of a list: where it is read ({@code /decisions/7}), its title (in the language
 * the meeting wrote it in), the OMB that took it and the day.
 */
public record DecisionSummary(long id, String path, String title, LocalizedText associationName,
		LocalDate decidedOn) {
}
