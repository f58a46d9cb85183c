package kg.omb.association.domain;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/**
 * What the demo data builds in the association module: five OMBs of the higher-education authority, each at its base
 * university, with its chair, sections at leading organisations, members from across the country, a working group
 * and bylaws. Organisations are named by their directory codes and acts by their numbers, as the directory's demo
 * data records them. The education OMB deliberately has no employer representative (the authority's warnings page
 * shows it, §2).
 */
final class DemoAssociationPlans {

	/** The authority that creates the OMBs and forms the council (its code in the directory). */
	static final String AUTHORITY = "MSHEI";

	private DemoAssociationPlans() {
	}

	/** An OMB: its base organisation, name, groups, the acts it rests on, and what it is made of. */
	record Omb(String baseCode, LocalizedText name, Set<String> groupCodes, String creationAct, String chairAct,
			String chairEmail, String baseAct, String contactEmail, List<SectionPlan> sections,
			List<MemberPlan> members, WorkingGroupPlan workingGroup) {
	}

	/** A section at a leading organisation, headed by an account (e-mail) or a person named, with its levels. */
	record SectionPlan(LocalizedText name, Set<String> codes, String leadingCode, @Nullable String headEmail,
			@Nullable String headName, List<String> levels) {
	}

	/** A member: in which section (index into the OMB's sections), with which role and for whom they stand. */
	record MemberPlan(String name, @Nullable String email, String organizationCode, String position, int section,
			MemberRole role, StakeholderKind kind) {

		static MemberPlan staff(String name, String organizationCode, String position, int section) {
			return new MemberPlan(name, null, organizationCode, position, section, MemberRole.MEMBER,
					StakeholderKind.ACADEMIC_STAFF);
		}

		static MemberPlan employer(String name, String organizationCode, String position, int section) {
			return new MemberPlan(name, null, organizationCode, position, section, MemberRole.MEMBER,
					StakeholderKind.EMPLOYER_REPRESENTATIVE);
		}

		static MemberPlan stakeholder(String name, String organizationCode, String position, int section) {
			return new MemberPlan(name, null, organizationCode, position, section, MemberRole.MEMBER,
					StakeholderKind.OTHER_STAKEHOLDER);
		}

		MemberPlan as(MemberRole newRole) {
			return new MemberPlan(name, email, organizationCode, position, section, newRole, kind);
		}

		MemberPlan withAccount(String accountEmail) {
			return new MemberPlan(name, accountEmail, organizationCode, position, section, role, kind);
		}

	}

	/** A creative working group (§15): its task, deadline in months from the start, and participants. */
	record WorkingGroupPlan(LocalizedText name, String task, int monthsToDeadline, List<Participant> participants) {
	}

	record Participant(String name, String organizationCode, String groupRole) {
	}

	/** The authority's consultative council (§13): its order, members, and one recommendation. */
	record CouncilPlan(LocalizedText name, String act, List<CouncilSeat> seats, LocalizedText recommendationTitle,
			String recommendation) {
	}

	/** A council member: with an account (e-mail) or without, from an organisation or not. */
	record CouncilSeat(String name, @Nullable String email, @Nullable String organizationCode, String position) {
	}

	static final CouncilPlan COUNCIL = new CouncilPlan(
			LocalizedText.of("Окуу-методикалык бирикмелердин ишин координациялоо боюнча консультативдик кеңеш",
					"Консультативный совет по координации деятельности учебно-методических объединений",
					"Consultative council for the coordination of the educational-methodological associations"),
			"501",
			List.of(new CouncilSeat("Бакыт Жумабеков", "council@demo.omb.kg", null,
					"Жогорку кесиптик билим берүү башкармалыгынын башчысы, кеңештин төрагасы"),
					new CouncilSeat("Римма Алымкулова", null, "KNU", "Окуу иштери боюнча проректор"),
					new CouncilSeat("Жамила Токтобаева", null, "OSHSU", "Окуу иштери боюнча проректор"),
					new CouncilSeat("Виктор Попов", null, "UBK", "Аткаруучу директор"),
					new CouncilSeat("Бурулкан Мамбетова", null, "RSMC", "Директор")),
			LocalizedText.of("Окуу-методикалык бирикмелердин курамына иш берүүчүлөрдүн өкүлдөрүн тартуу жөнүндө",
					"О привлечении представителей работодателей в состав учебно-методических объединений",
					"On bringing employers' representatives into the associations"),
			"Ар бир окуу-методикалык бирикменин курамында иш берүүчүлөрдүн кеминде эки өкүлү болушу сунушталат "
					+ "(Жобонун 2-пункту). Иш берүүчүлөрдүн өкүлү жок бирикмелер кийинки жыйынга чейин базалык "
					+ "уюмдун буйругу менен курамды толуктасын.");

	/** Proposed by the demo organisation representative for OMB 1: one waits for the chair, one was rejected. */
	static final MemberPlan PENDING = MemberPlan.staff("Бекзат Абдрахманов", "KEU",
			"Бухгалтердик эсеп жана аудит кафедрасынын доценти", 0);

	static final MemberPlan REJECTED = MemberPlan.staff("Элмира Асанова", "KEU", "Окуу бөлүмүнүн ага лаборанты", 0);

	static final String REJECTION = "Сунушталган кызматкер профессордук-окутуучулук курамга кирбейт; бирикменин "
			+ "курамына окутуучулар, иш берүүчүлөрдүн өкүлдөрү жана башка кызыкдар тараптар сунушталат.";

	static LocalizedText text(String ky, String ru, String en) {
		return LocalizedText.of(ky, ru, en);
	}

	static final List<Omb> OMBS = List.of(DemoOmbs.economics(), DemoOmbs.law(), DemoOmbs.informatics(),
			DemoOmbs.health(), DemoOmbs.education());

}
