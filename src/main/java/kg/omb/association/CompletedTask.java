package kg.omb.association;

import java.time.LocalDate;

import kg.omb.shared.LocalizedText;

/** The task of a working group (§15) a person took part in, completed on a day: the group, its OMB and its task. */
public record CompletedTask(long workingGroupId, long associationId, LocalizedText groupName, String task,
		LocalDate completedOn) {
}
