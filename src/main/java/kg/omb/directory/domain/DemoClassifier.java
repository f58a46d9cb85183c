package kg.omb.directory.domain;

import static kg.omb.directory.ClassifierKind.DIRECTION;
import static kg.omb.directory.ClassifierKind.GROUP;
import static kg.omb.directory.ClassifierKind.SPECIALTY;
import static kg.omb.directory.domain.DemoOrganizations.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.ClassifierKind;
import kg.omb.shared.LocalizedText;

/**
 * The part of the classifier the demo OMBs work with: six enlarged groups (one without an OMB, so that the
 * authority's warnings page lists it), their directions and a few secondary vocational specialties, each with its
 * levels. Its history: the old code 521500 Management is retired by the authority's order and succeeded by 580200
 * on the same day, and the education group was renamed.
 */
final class DemoClassifier {

	/** The day the current list of groups came into force. */
	static final LocalDate LIST_OF_2013 = LocalDate.of(2013, 9, 1);

	/** The day the revised list of directions came into force. */
	static final LocalDate LIST_OF_2021 = LocalDate.of(2021, 9, 1);

	static final String RETIRED = "521500";

	static final String SUCCESSOR = "580200";

	static final String RENAMED = "550000";

	static final LocalizedText RENAMED_TO = text("Билим берүү жана педагогика", "Образование и педагогика",
			"Education and pedagogy");

	private static final Set<String> HIGHER = Set.of("BACHELOR", "MASTER");

	private static final Set<String> VOCATIONAL = Set.of("SECONDARY_VOCATIONAL");

	private DemoClassifier() {
	}

	/** An entry; {@code introducedOn} null means the day the successor of the retired code came in. */
	record Entry(String code, ClassifierKind kind, LocalizedText name, @Nullable String parentCode, Set<String> levels,
			@Nullable LocalDate introducedOn) {

		ClassifierEntryData data(LocalDate successionDay) {
			return ClassifierEntryData.introduced(code, kind, name, parentCode, levels,
					introducedOn == null ? successionDay : introducedOn);
		}

	}

	static final List<Entry> ENTRIES = List.of(
			group("530000", "Укук", "Право", "Law", Set.of("BACHELOR", "MASTER", "SPECIALIST", "SECONDARY_VOCATIONAL")),
			group("550000", "Билим берүү", "Образование", "Education", Set.of("BACHELOR", "MASTER", "SECONDARY_VOCATIONAL")),
			group("560000", "Саламаттыкты сактоо", "Здравоохранение", "Health care",
					Set.of("SPECIALIST", "SECONDARY_VOCATIONAL")),
			group("580000", "Экономика жана башкаруу", "Экономика и управление", "Economics and management",
					Set.of("BACHELOR", "MASTER", "SECONDARY_VOCATIONAL")),
			group("630000", "Айыл жана балык чарбасы", "Сельское и рыбное хозяйство", "Agriculture and fisheries",
					Set.of("BACHELOR", "MASTER", "SECONDARY_VOCATIONAL")),
			group("710000", "Информатика жана эсептөө техникасы", "Информатика и вычислительная техника",
					"Informatics and computer engineering", Set.of("BACHELOR", "MASTER", "SECONDARY_VOCATIONAL")),
			direction("530500", "Юриспруденция", "Юриспруденция", "Jurisprudence", "530000", HIGHER),
			specialty("530501", "Укук коргоо иши", "Правоохранительная деятельность", "Law enforcement", "530000",
					Set.of("SPECIALIST")),
			specialty("530510", "Укук таануу", "Правоведение", "Legal studies", "530000", VOCATIONAL),
			direction("550100", "Педагогикалык билим берүү", "Педагогическое образование", "Teacher education",
					"550000", HIGHER),
			direction("550200", "Физика-математикалык билим берүү", "Физико-математическое образование",
					"Physics and mathematics education", "550000", HIGHER),
			specialty("550110", "Башталгыч класстарда окутуу", "Преподавание в начальных классах",
					"Primary school teaching", "550000", VOCATIONAL),
			direction("560001", "Жалпы медицина", "Лечебное дело", "General medicine", "560000", Set.of("SPECIALIST")),
			direction("560002", "Педиатрия", "Педиатрия", "Paediatrics", "560000", Set.of("SPECIALIST")),
			specialty("560010", "Мээрмандык иш", "Сестринское дело", "Nursing", "560000", VOCATIONAL),
			direction("580100", "Экономика", "Экономика", "Economics", "580000", HIGHER),
			new Entry(RETIRED, DIRECTION, text("Менеджмент", "Менеджмент", "Management"), "580000", Set.of("BACHELOR"),
					LIST_OF_2013),
			new Entry(SUCCESSOR, DIRECTION, text("Менеджмент", "Менеджмент", "Management"), "580000", HIGHER, null),
			specialty("580110", "Экономика жана бухгалтердик эсеп (тармактар боюнча)",
					"Экономика и бухгалтерский учёт (по отраслям)", "Economics and accounting (by industry)", "580000",
					VOCATIONAL),
			specialty("580120", "Банк иши", "Банковское дело", "Banking", "580000", VOCATIONAL),
			direction("630100", "Агрономия", "Агрономия", "Agronomy", "630000", HIGHER),
			direction("710200", "Маалыматтык системалар жана технологиялар", "Информационные системы и технологии",
					"Information systems and technologies", "710000", HIGHER),
			direction("710400", "Программалык инженерия", "Программная инженерия", "Software engineering", "710000",
					HIGHER),
			specialty("710210", "Компьютердик системаларда программалоо", "Программирование в компьютерных системах",
					"Programming in computer systems", "710000", VOCATIONAL));

	private static Entry group(String code, String ky, String ru, String en, Set<String> levels) {
		return new Entry(code, GROUP, text(ky, ru, en), null, levels, LIST_OF_2013);
	}

	private static Entry direction(String code, String ky, String ru, String en, String group, Set<String> levels) {
		return new Entry(code, DIRECTION, text(ky, ru, en), group, levels, LIST_OF_2021);
	}

	private static Entry specialty(String code, String ky, String ru, String en, String parent, Set<String> levels) {
		return new Entry(code, SPECIALTY, text(ky, ru, en), parent, levels, LIST_OF_2021);
	}

}
