package kg.omb.surveys.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kg.omb.directory.Directory;
import kg.omb.shared.LocalizedText;
import kg.omb.surveys.domain.Views.AttachedFile;

/**
 * Which organisations attached a file to each FILE field of a round, among the accepted answers the consolidation
 * counts. The caller has checked that the person may see the round's answers.
 */
@Component
class AttachedFiles {

	private final JdbcTemplate jdbc;

	private final Directory directory;

	private final AnswerFiles answerFiles;

	AttachedFiles(JdbcTemplate jdbc, Directory directory, AnswerFiles answerFiles) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.answerFiles = answerFiles;
	}

	List<AttachedFile> of(long roundId, FormDefinition form) {
		Map<String, FormField> fileFields = form.fields()
			.stream()
			.filter(FormField::isFile)
			.collect(Collectors.toMap(FormField::code, field -> field));
		if (fileFields.isEmpty()) {
			return List.of();
		}
		record Value(long answerId, long organizationId, String code, String value) {
		}
		List<Value> values = jdbc.query("select a.id, a.organization_id, f.code, f.field_value from survey_answer_field f "
				+ "join survey_answer a on a.id = f.answer_id where a.round_id = ? and a.status = 'ACCEPTED'",
				(rs, n) -> new Value(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), roundId)
			.stream()
			.filter(value -> fileFields.containsKey(value.code()))
			.toList();
		Set<Long> organizationIds = values.stream().map(Value::organizationId).collect(Collectors.toSet());
		Map<Long, LocalizedText> names = new HashMap<>();
		directory.organizations(organizationIds).forEach(organization -> names.put(organization.id(),
				organization.name()));
		List<AttachedFile> attached = new ArrayList<>();
		for (Value value : values) {
			FormField field = fileFields.get(value.code());
			answerFiles.view(value.value())
				.ifPresent(file -> attached.add(new AttachedFile(field.code(), field.label(), value.answerId(),
						names.getOrDefault(value.organizationId(), SurveyService.plain("#" + value.organizationId())),
						file)));
		}
		List<String> order = form.fields().stream().map(FormField::code).toList();
		attached.sort(Comparator.comparing((AttachedFile file) -> order.indexOf(file.fieldCode()))
			.thenComparing(file -> file.organizationName().in(Locale.ROOT)));
		return attached;
	}

}
