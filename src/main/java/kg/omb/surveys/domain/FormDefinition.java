package kg.omb.surveys.domain;

import java.util.List;
import java.util.Optional;

/** What a template asks for: its fields, the columns and rows of its table, and its rules. */
public record FormDefinition(List<FormField> fields, List<FormColumn> columns, List<FormRow> rows,
		List<FormRule> rules) {

	public FormDefinition {
		fields = List.copyOf(fields);
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		rules = List.copyOf(rules);
	}

	public Optional<FormField> field(String code) {
		return fields.stream().filter(field -> field.code().equals(code)).findFirst();
	}

	public Optional<FormColumn> column(String code) {
		return columns.stream().filter(column -> column.code().equals(code)).findFirst();
	}

}
