package kg.omb.surveys.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

/**
 * A request as its owner designs it, to be sent year after year so that series build up. Once a round has been
 * sent its structure is fixed: changing it would make the years incomparable.
 */
@Entity
@Table(name = "survey_template")
public class SurveyTemplate extends BaseEntity {

	private static final String CODE = "[a-z][a-z0-9_]{0,39}";

	@Enumerated(EnumType.STRING)
	@Column(name = "owner_type", nullable = false)
	private OwnerType ownerType;

	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "ky", column = @Column(name = "title_ky")),
			@AttributeOverride(name = "ru", column = @Column(name = "title_ru")),
			@AttributeOverride(name = "en", column = @Column(name = "title_en")) })
	private LocalizedText title;

	private boolean sent;

	@ElementCollection
	@CollectionTable(name = "survey_template_field", joinColumns = @JoinColumn(name = "template_id"))
	@OrderColumn(name = "position")
	private List<FormField> fields = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "survey_template_column", joinColumns = @JoinColumn(name = "template_id"))
	@OrderColumn(name = "position")
	private List<FormColumn> columns = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "survey_template_row", joinColumns = @JoinColumn(name = "template_id"))
	@OrderColumn(name = "position")
	private List<FormRow> rows = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "survey_template_rule", joinColumns = @JoinColumn(name = "template_id"))
	@OrderColumn(name = "position")
	private List<FormRule> rules = new ArrayList<>();

	protected SurveyTemplate() {
		this.ownerType = OwnerType.ASSOCIATION;
		this.title = new LocalizedText(null, null, null);
	}

	public SurveyTemplate(OwnerType ownerType, long ownerId, LocalizedText title) {
		if (title.ky() == null) {
			throw new DomainException("surveys.error.title-ky-required");
		}
		this.ownerType = ownerType;
		this.ownerId = ownerId;
		this.title = title;
	}

	public void addField(FormField field) {
		requireEditable();
		requireNewCode(field.code());
		if (field.label().ky() == null) {
			throw new DomainException("surveys.error.label-ky-required");
		}
		if (field.kind() == FieldKind.CHOICE && field.choiceList().size() < 2) {
			throw new DomainException("surveys.error.choices-required");
		}
		if (field.minimum() != null && field.maximum() != null && field.minimum() > field.maximum()) {
			throw new DomainException("surveys.error.range-inverted");
		}
		if (field.isFile() && (field.fileKindSet().isEmpty()
				|| FileKind.format(field.fileKindSet()).length() != field.fileKinds().length())) {
			throw new DomainException("surveys.error.file-kinds");
		}
		if (field.isFile() && (field.maxSizeMb() < 1 || field.maxSizeMb() > FormField.LIMIT_MAX_SIZE_MB)) {
			throw new DomainException("surveys.error.file-size-range", FormField.LIMIT_MAX_SIZE_MB);
		}
		fields.add(field);
	}

	public void addColumn(FormColumn column) {
		requireEditable();
		requireNewCode(column.code());
		if (column.label().ky() == null) {
			throw new DomainException("surveys.error.label-ky-required");
		}
		if (column.maximum() != null && column.maximum() < 0) {
			throw new DomainException("surveys.error.range-inverted");
		}
		columns.add(column);
	}

	/** Adds a specialty at each of its levels; levels already in the table are left as they are. */
	public int addRows(String specialtyCode, Set<String> levelCodes) {
		requireEditable();
		if (levelCodes.isEmpty()) {
			throw new DomainException("surveys.error.specialty-without-levels", specialtyCode);
		}
		int added = 0;
		for (String level : levelCodes.stream().sorted().toList()) {
			FormRow row = new FormRow(specialtyCode, level);
			if (!rows.contains(row)) {
				rows.add(row);
				added++;
			}
		}
		return added;
	}

	public void addRule(FormRule rule) {
		requireEditable();
		boolean known = switch (rule.kind()) {
			case COLUMN_AT_MOST -> isColumn(rule.left()) && isColumn(rule.right());
			case FIELD_AT_MOST -> isNumberField(rule.left()) && isNumberField(rule.right());
			case COLUMN_TOTAL_EQUALS_FIELD -> isColumn(rule.left()) && isNumberField(rule.right());
		};
		if (!known || rule.left().equals(rule.right())) {
			throw new DomainException("surveys.error.rule-codes");
		}
		rules.add(rule);
	}

	/** Takes out a field, column or rule by its position in its list, and the rules that name a removed code. */
	public void removeField(String code) {
		requireEditable();
		fields.removeIf(field -> field.code().equals(code));
		columns.removeIf(column -> column.code().equals(code));
		rules.removeIf(rule -> rule.left().equals(code) || rule.right().equals(code));
	}

	public void removeSpecialty(String specialtyCode) {
		requireEditable();
		rows.removeIf(row -> row.specialtyCode().equals(specialtyCode));
	}

	public void removeRule(int index) {
		requireEditable();
		if (index < 0 || index >= rules.size()) {
			throw new DomainException("surveys.error.rule-codes");
		}
		rules.remove(index);
	}

	/** The first round goes out: from now on the structure is fixed. */
	public void markSent() {
		if (columns.isEmpty() && fields.isEmpty()) {
			throw new DomainException("surveys.error.template-empty");
		}
		if (!columns.isEmpty() && rows.isEmpty()) {
			throw new DomainException("surveys.error.template-without-rows");
		}
		sent = true;
	}

	public void requireEditable() {
		if (sent) {
			throw new DomainException("surveys.error.template-in-use");
		}
	}

	private void requireNewCode(String code) {
		if (!code.matches(CODE)) {
			throw new DomainException("surveys.error.code-format");
		}
		Set<String> taken = new HashSet<>();
		fields.forEach(field -> taken.add(field.code()));
		columns.forEach(column -> taken.add(column.code()));
		if (taken.contains(code)) {
			throw new DomainException("surveys.error.code-taken", code);
		}
	}

	private boolean isColumn(String code) {
		return columns.stream().anyMatch(column -> column.code().equals(code));
	}

	private boolean isNumberField(String code) {
		return fields.stream().anyMatch(field -> field.code().equals(code) && field.kind() == FieldKind.NUMBER);
	}

	public FormDefinition definition() {
		return new FormDefinition(fields, columns, rows, rules);
	}

	public OwnerType getOwnerType() {
		return ownerType;
	}

	public long getOwnerId() {
		return ownerId;
	}

	public LocalizedText getTitle() {
		return title;
	}

	public boolean isSent() {
		return sent;
	}

}
