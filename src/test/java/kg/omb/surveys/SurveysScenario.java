package kg.omb.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.notifications.TestAccounts;
import kg.omb.shared.Bishkek;
import kg.omb.shared.LocalizedText;
import kg.omb.surveys.domain.Commands;
import kg.omb.surveys.domain.FieldKind;
import kg.omb.surveys.domain.FormColumn;
import kg.omb.surveys.domain.FormField;
import kg.omb.surveys.domain.FormRule;
import kg.omb.surveys.domain.OwnerType;
import kg.omb.surveys.domain.RuleKind;
import kg.omb.surveys.domain.SurveyService;
import kg.omb.support.TestAccount;

/**
 * A "training of specialists" request of a fresh OMB, sent to the teaching organisations of its region: a number
 * field that the enrolment must add up to, three figures per row (employed at most graduates) and the OMB's
 * direction at bachelor and master level. Built through the services as an administrator.
 */
public record SurveysScenario(Omb omb, long templateId, long roundId, String direction, long universityAnswer,
		long collegeAnswer) {

	public static SurveysScenario create(AssociationFixture fixture, SurveyService surveys, Clock clock,
			Region region) {
		return create(fixture, surveys, clock, region, List.of());
	}

	/** The same request with more fields after the number field (a FILE field, say). */
	public static SurveysScenario create(AssociationFixture fixture, SurveyService surveys, Clock clock,
			Region region, List<FormField> moreFields) {
		Omb omb = fixture.standardOmb(region);
		return fixture.asAdministrator(() -> {
			long template = surveys.createTemplate(OwnerType.ASSOCIATION, omb.id(),
					LocalizedText.of("Адистерди даярдоо " + omb.n(), "Подготовка специалистов " + omb.n(),
							"Training of specialists " + omb.n()));
			surveys.addField(template, version(surveys, template), new FormField("total_enrolled", FieldKind.NUMBER,
					"Бардыгы кабыл алынды", "Всего принято", "Enrolled in all", true, 0L, null, null));
			for (FormField field : moreFields) {
				surveys.addField(template, version(surveys, template), field);
			}
			for (String[] column : List.of(new String[] { "enrolled", "Кабыл алынды" },
					new String[] { "graduates", "Бүтүрүүчүлөр" }, new String[] { "employed", "Жумушка орношту" })) {
				surveys.addColumn(template, version(surveys, template),
						new FormColumn(column[0], column[1], null, column[0], null));
			}
			surveys.addSpecialty(template, version(surveys, template), omb.codes().direction());
			surveys.addRule(template, version(surveys, template),
					new FormRule(RuleKind.COLUMN_AT_MOST, "employed", "graduates"));
			surveys.addRule(template, version(surveys, template),
					new FormRule(RuleKind.COLUMN_TOTAL_EQUALS_FIELD, "enrolled", "total_enrolled"));
			LocalDate today = Bishkek.today(clock);
			long round = surveys.send(template, version(surveys, template), new Commands.SendRound(today.getYear(),
					today.plusDays(30), Set.of(), Set.of(region), Set.of()));
			var answers = surveys.answersOf(round);
			long university = answers.stream()
				.filter(answer -> answer.organizationId() == omb.baseOrganizationId())
				.findFirst()
				.orElseThrow()
				.id();
			long college = answers.stream()
				.filter(answer -> answer.organizationId() == omb.leadingOrganizationId())
				.findFirst()
				.orElseThrow()
				.id();
			return new SurveysScenario(omb, template, round, omb.codes().direction(), university, college);
		});
	}

	static long version(SurveyService surveys, long template) {
		return surveys.template(template).version();
	}

	public String chair() {
		return "OMB_CHAIR@ASSOCIATION:" + omb.id();
	}

	public String universityRepresentative() {
		return "ORG_REPRESENTATIVE@ORGANIZATION:" + omb.baseOrganizationId();
	}

	public String collegeRepresentative() {
		return "ORG_REPRESENTATIVE@ORGANIZATION:" + omb.leadingOrganizationId();
	}

	/** A signed-in account of its own holding the scoped role (and its plain role), as sign-in gives them. */
	public static Authentication signedIn(AssociationFixture fixture, String role) {
		long account = fixture.account("Surveys " + role);
		List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority(role),
				new SimpleGrantedAuthority("ROLE_" + role.substring(0, role.indexOf('@'))));
		return UsernamePasswordAuthenticationToken.authenticated(
				new TestAccount(account, TestAccounts.email(account), "Surveys " + role), null, authorities);
	}

	public static <T> T as(Authentication authentication, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
