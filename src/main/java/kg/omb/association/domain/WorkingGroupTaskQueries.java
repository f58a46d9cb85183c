package kg.omb.association.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.CompletedTask;
import kg.omb.association.WorkingGroupTasks;

/** The completed tasks of a participant's working groups, read in one query. */
@Service
@Transactional(readOnly = true)
class WorkingGroupTaskQueries implements WorkingGroupTasks {

	private final WorkingGroupRepository groups;

	WorkingGroupTaskQueries(WorkingGroupRepository groups) {
		this.groups = groups;
	}

	@Override
	public List<CompletedTask> completedBy(long accountId, LocalDate from, LocalDate until) {
		return groups.findByParticipantAccountId(accountId)
			.stream()
			.filter(group -> group.getCompletedOn() != null && !group.getCompletedOn().isBefore(from)
					&& group.getCompletedOn().isBefore(until))
			.map(group -> new CompletedTask(group.id(), group.getAssociationId(), group.getName(), group.getTask(),
					Objects.requireNonNull(group.getCompletedOn())))
			.sorted(Comparator.comparing(CompletedTask::completedOn).thenComparing(CompletedTask::workingGroupId))
			.toList();
	}

}
