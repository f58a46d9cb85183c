package kg.omb.surveys.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

class SurveyTemplateTests {

	static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

	@Test
	void buildsRowsOfASpecialtyAtEachOfItsLevelsOnce() {
		SurveyTemplate template = template();

		assertThat(template.addRows("580100", Set.of("MASTER", "BACHELOR"))).isEqualTo(2);
		assertThat(template.addRows("580100", Set.of("BACHELOR"))).isZero();

		assertThat(template.definition().rows()).containsExactly(new FormRow("580100", "BACHELOR"),
				new FormRow("580100", "MASTER"));
	}

	@Test
	void refusesACodeTwiceABadCodeAndARuleBetweenUnknownCodes() {
		SurveyTemplate template = template();
		template.addColumn(new FormColumn("enrolled", "Кабыл алынды", null, null, null));

		assertThatThrownBy(() -> template.addColumn(new FormColumn("enrolled", "Дагы", null, null, null)))
			.hasMessageStartingWith("surveys.error.code-taken");
		assertThatThrownBy(() -> template.addColumn(new FormColumn("Enrolled 2", "Дагы", null, null, null)))
			.hasMessage("surveys.error.code-format");
		assertThatThrownBy(() -> template.addRule(new FormRule(RuleKind.COLUMN_AT_MOST, "enrolled", "graduates")))
			.hasMessage("surveys.error.rule-codes");
		assertThatThrownBy(() -> template.addField(
				new FormField("kind", FieldKind.CHOICE, "Түрү", null, null, false, null, null, "бир")))
			.hasMessage("surveys.error.choices-required");
	}

	@Test
	void aFileFieldTakesEveryKindUpToTenMegabytesUnlessItsDesignerChoosesAndRefusesAnUnknownKindOrSize() {
		SurveyTemplate template = template();
		template.addField(FormField.file("plan", "Кабыл алуу планы", "План приёма", "Admission plan", true, Set.of(),
				null));
		template.addField(FormField.file("photo", "Сүрөт", null, null, false, Set.of(FileKind.IMAGE), 2));

		FormField plan = template.definition().field("plan").orElseThrow();
		assertThat(plan.fileKindSet()).containsExactlyInAnyOrder(FileKind.values());
		assertThat(plan.maxSizeMb()).isEqualTo(FormField.DEFAULT_MAX_SIZE_MB);
		assertThat(plan.label().in(java.util.Locale.ENGLISH)).isEqualTo("Admission plan");
		FormField photo = template.definition().field("photo").orElseThrow();
		assertThat(photo.fileKindSet()).containsExactly(FileKind.IMAGE);
		assertThat(photo.acceptedExtensions()).isEqualTo(".png,.jpg,.jpeg");
		assertThat(photo.maxSizeBytes()).isEqualTo(2L * 1024 * 1024);
		assertThatThrownBy(() -> template.addField(new FormField("scan", FieldKind.FILE, "Скан", null, null, false,
				null, null, null, "PDF|EXE", 5)))
			.hasMessage("surveys.error.file-kinds");
		assertThatThrownBy(() -> template.addField(FormField.file("big", "Чоң", null, null, false, Set.of(), 51)))
			.hasMessageStartingWith("surveys.error.file-size-range");
		assertThatThrownBy(() -> template.addField(FormField.file("none", "Жок", null, null, false, Set.of(), 0)))
			.hasMessageStartingWith("surveys.error.file-size-range");
		assertThatThrownBy(() -> template.addRule(new FormRule(RuleKind.FIELD_AT_MOST, "plan", "photo")))
			.hasMessage("surveys.error.rule-codes");
	}

	@Test
	void fixesItsStructureOnceSent() {
		SurveyTemplate template = template();
		template.addColumn(new FormColumn("enrolled", "Кабыл алынды", null, null, null));
		assertThatThrownBy(template::markSent).hasMessage("surveys.error.template-without-rows");
		template.addRows("580100", Set.of("BACHELOR"));

		template.markSent();

		assertThatThrownBy(() -> template.addRows("580200", Set.of("BACHELOR")))
			.isInstanceOf(DomainException.class)
			.hasMessage("surveys.error.template-in-use");
	}

	@Test
	void anAnswerIsLockedOnceSubmittedAndOpenAgainWhenReturnedEvenAfterTheDeadline() {
		SurveyRound round = new SurveyRound(1, 2026, TODAY.plusDays(10), TODAY, false);
		SurveyAnswer answer = new SurveyAnswer(1, 7);
		CheckedAnswer values = new CheckedAnswer(Map.of("head", "Асанов"), Map.of(), java.util.List.of());

		answer.submit(values, round, TODAY, Instant.EPOCH);
		assertThatThrownBy(() -> answer.saveDraft(values, round, TODAY)).hasMessage("surveys.error.answer-locked");

		answer.returnWithRemarks("Бүтүрүүчүлөрдү текшериңиз", round);
		answer.saveDraft(values, round, TODAY.plusDays(30));
		assertThat(answer.getStatus()).isEqualTo(AnswerStatus.RETURNED);
		answer.submit(values, round, TODAY.plusDays(30), Instant.EPOCH);
		answer.accept();
		assertThat(answer.getStatus()).isEqualTo(AnswerStatus.ACCEPTED);
	}

	@Test
	void aDraftCannotBeSavedAfterTheDeadlineNorAReturnWithoutRemarks() {
		SurveyRound round = new SurveyRound(1, 2026, TODAY, TODAY, false);
		SurveyAnswer answer = new SurveyAnswer(1, 7);
		CheckedAnswer values = new CheckedAnswer(Map.of(), Map.of(), java.util.List.of());

		assertThatThrownBy(() -> answer.saveDraft(values, round, TODAY.plusDays(1)))
			.hasMessageStartingWith("surveys.error.deadline-passed");
		answer.submit(values, round, TODAY, Instant.EPOCH);
		assertThatThrownBy(() -> answer.returnWithRemarks(" ", round)).hasMessage("surveys.error.remarks-required");
		assertThatThrownBy(() -> new SurveyRound(1, 2026, TODAY.minusDays(1), TODAY, false))
			.hasMessage("surveys.error.deadline-past");
	}

	@Test
	void aClosedRoundTakesNoDraftNoSubmissionAndNoReturnButASubmittedAnswerCanStillBeAccepted() {
		SurveyRound round = new SurveyRound(1, 2026, TODAY.plusDays(10), TODAY, false);
		SurveyAnswer open = new SurveyAnswer(1, 7);
		SurveyAnswer submitted = new SurveyAnswer(1, 8);
		SurveyAnswer other = new SurveyAnswer(1, 9);
		CheckedAnswer values = new CheckedAnswer(Map.of(), Map.of(), java.util.List.of());
		submitted.submit(values, round, TODAY, Instant.EPOCH);
		other.submit(values, round, TODAY, Instant.EPOCH);

		round.close();

		assertThat(round.openOn(TODAY)).isFalse();
		assertThatThrownBy(() -> open.saveDraft(values, round, TODAY)).hasMessage("surveys.error.round-closed-answer");
		assertThatThrownBy(() -> open.submit(values, round, TODAY, Instant.EPOCH))
			.hasMessage("surveys.error.round-closed-answer");
		assertThatThrownBy(() -> other.returnWithRemarks("Текшериңиз", round))
			.hasMessage("surveys.error.round-closed-return");
		submitted.accept();
		assertThat(submitted.getStatus()).isEqualTo(AnswerStatus.ACCEPTED);
		assertThat(open.remindOn(round, TODAY.plusDays(8), 3)).isFalse();
		assertThatThrownBy(round::close).hasMessage("surveys.error.round-closed");
	}

	@Test
	void aSubmittedAnswerIsNeverRemindedAndAnOpenOneOnceBeforeAndOnceAfterTheDeadline() {
		SurveyRound round = new SurveyRound(1, 2026, TODAY.plusDays(10), TODAY, false);
		SurveyAnswer open = new SurveyAnswer(1, 7);
		SurveyAnswer submitted = new SurveyAnswer(1, 8);
		submitted.submit(new CheckedAnswer(Map.of(), Map.of(), java.util.List.of()), round, TODAY, Instant.EPOCH);

		assertThat(open.remindOn(round, TODAY, 3)).isFalse();
		assertThat(open.remindOn(round, TODAY.plusDays(7), 3)).isTrue();
		assertThat(open.remindOn(round, TODAY.plusDays(8), 3)).isFalse();
		assertThat(open.remindOn(round, TODAY.plusDays(11), 3)).isTrue();
		assertThat(open.remindOn(round, TODAY.plusDays(12), 3)).isFalse();
		assertThat(submitted.remindOn(round, TODAY.plusDays(7), 3)).isFalse();
		assertThat(submitted.remindOn(round, TODAY.plusDays(11), 3)).isFalse();
	}

	static SurveyTemplate template() {
		return new SurveyTemplate(OwnerType.ASSOCIATION, 1, LocalizedText.of("Адистерди даярдоо", null, null));
	}

}
