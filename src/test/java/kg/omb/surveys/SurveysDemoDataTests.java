package kg.omb.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import kg.omb.directory.Directory;
import kg.omb.surveys.domain.Consolidation;
import kg.omb.surveys.domain.SurveyService;
import kg.omb.support.WithAccount;

/**
 * The demo's request: five yearly rounds answered and accepted by every demo organisation that teaches, and this
 * year's round waiting for answers, so that the trends and forecasts of OMB 1 show something real.
 */
@SpringBootTest(properties = { "omb.demo-data.enabled=true", "omb.demo-data.password=demo-platform-key-0427" })
class SurveysDemoDataTests {

	@Autowired
	SurveyService surveys;

	@Autowired
	Consolidation consolidation;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithAccount(value = 1, roles = "OMB_CHAIR@ASSOCIATION:1")
	void fiveYearsOfTheTrainingOfSpecialistsAreAnsweredByEveryTeachingOrganisation() {
		var template = surveys.managedTemplates().get(0);
		var rounds = surveys.rounds(template.id());
		long teaching = directory.organizations().stream().filter(organization -> organization.kind().teaches()).count();

		assertThat(rounds).hasSize(6);
		for (var round : rounds.subList(0, 5)) {
			assertThat(consolidation.of(round.id()).accepted()).isEqualTo((int) teaching);
		}
		assertThat(surveys.answersOf(rounds.get(5).id())).hasSize((int) teaching)
			.allSatisfy(answer -> assertThat(answer.status().name()).isEqualTo("PENDING"));
		var years = consolidation.years(template.id());
		assertThat(years).hasSize(5).allSatisfy(year -> assertThat(year.figure("enrolled")).isPositive());
		List<Consolidation.SpecialtySeries> forecasts = consolidation.forecasts(template.id(), "enrolled", 5);
		assertThat(forecasts).isNotEmpty()
			.allSatisfy(series -> assertThat(series.forecast()).hasValueSatisfying(
					forecast -> assertThat(forecast.projection()).hasSize(5)));
		Long employedAboveGraduates = jdbc.queryForObject("select count(*) from survey_answer_cell e "
				+ "join survey_answer_cell g on g.answer_id = e.answer_id and g.specialty_code = e.specialty_code "
				+ "and g.level_code = e.level_code and g.column_code = 'graduates' "
				+ "where e.column_code = 'employed' and e.amount > g.amount", Long.class);
		assertThat(employedAboveGraduates).isZero();
	}

}
