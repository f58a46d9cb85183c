package kg.omb.documents.domain;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.Region;
import kg.omb.documents.discussion.DispositionOutcome;
import kg.omb.documents.discussion.StakeholderKind;
import kg.omb.documents.domain.DemoEconomicsStandard.Part;
import kg.omb.documents.domain.DemoEconomicsStandard.Remark;
import kg.omb.shared.LocalizedText;

import static kg.omb.documents.ClauseLevel.CHAPTER;
import static kg.omb.documents.ClauseLevel.CLAUSE;

/**
 * The demo standard in force: 580200 Management (bachelor), discussed months before the first start, every comment
 * given a disposition, a second version that changed the clauses the accepted comments asked for, approved by the
 * ministry's order {@value #APPROVAL_ORDER}.
 */
final class DemoManagementStandard {

	/** The number of the directory's demo order that approves this standard. */
	static final String APPROVAL_ORDER = "615";

	static final LocalizedText TITLE = LocalizedText.of(
			"Жогорку кесиптик билим берүүнүн 580200 «Менеджмент» даярдоо багыты боюнча мамлекеттик билим берүү "
					+ "стандарты (бакалавр)",
			"Государственный образовательный стандарт высшего профессионального образования по направлению подготовки "
					+ "580200 «Менеджмент» (бакалавр)",
			"State educational standard of higher professional education for the direction 580200 Management (bachelor)");

	static final String SECOND_VERSION = "Коомдук талкуунун жыйынтыгы боюнча: практиканын көлөмү 24 кредитке "
			+ "көбөйтүлдү, санариптик компетенция кошулду, иш берүүчүлөрдүн катышуусу тактала берди.";

	/** A comment and what the authors made of it; {@code changed} is the number of the clause that changed. */
	record Disposed(Remark remark, DispositionOutcome outcome, String justification, @Nullable String changed) {
	}

	private DemoManagementStandard() {
	}

	static final List<Part> PARTS = List.of(
			new Part("1", CHAPTER, "Жалпы жоболор", ""),
			new Part("1.1", CLAUSE, "", "Ушул стандарт 580200 «Менеджмент» даярдоо багыты боюнча бакалаврларды "
					+ "даярдоонун негизги билим берүү программаларына милдеттүү талаптарды белгилейт."),
			new Part("1.2", CLAUSE, "", "Стандарт бул багыт боюнча бакалаврларды даярдаган Кыргыз Республикасынын бардык "
					+ "жогорку окуу жайлары үчүн милдеттүү."),
			new Part("2", CHAPTER, "Даярдоо багытынын мүнөздөмөсү", ""),
			new Part("2.1", CLAUSE, "", "Программаны өздөштүрүүнүн ченемдик мөөнөтү күндүзгү окуу формасында 4 жыл; "
					+ "жалпы көлөмү 240 кредит."),
			new Part("2.2", CLAUSE, "", "Бүтүрүүчүлөрдүн кесиптик ишмердүүлүгүнүн чөйрөсү: ар кандай менчик "
					+ "түрүндөгү уюмдарды, алардын бөлүмдөрүн жана долбоорлорун башкаруу."),
			new Part("3", CHAPTER, "Окутуунун натыйжаларына талаптар", ""),
			new Part("3.1", CLAUSE, "", "КК-1: уюмдун стратегиясын иштеп чыгууга жана ишке ашырууга катышат."),
			new Part("3.2", CLAUSE, "", "КК-2: персоналды башкаруунун негизги милдеттерин аткарат: тандоо, "
					+ "баалоо, мотивациялоо жана өнүктүрүү."),
			new Part("3.3", CLAUSE, "", "КК-3: уюмдун финансылык жана башкаруучулук отчеттуулугун талдайт."),
			new Part("4", CHAPTER, "Программанын түзүмүнө талаптар", ""),
			new Part("4.1", CLAUSE, "", "1-блок «Дисциплиналар (модулдар)» кеминде 200 кредит."),
			new Part("4.2", CLAUSE, "", "2-блок «Практика» кеминде 18 кредит."),
			new Part("4.3", CLAUSE, "", "3-блок «Мамлекеттик жыйынтыктоочу аттестация» кеминде 10 кредит."),
			new Part("5", CHAPTER, "Программаны ишке ашыруунун шарттарына талаптар", ""),
			new Part("5.1", CLAUSE, "", "Окутуучулардын кеминде 55 пайызы илимий даражага же илимий наамга ээ."),
			new Part("5.2", CLAUSE, "", "Кесиптик циклдин дисциплиналарын окутуучулардын бир бөлүгү тиешелүү чөйрөдө "
					+ "иштеген адистер болушу керек."),
			new Part("5.3", CLAUSE, "", "Ар бир студент электрондук китепканага жеткиликтүү болушу керек."));

	/** The second version's text of the clauses that changed after the discussion, by number. */
	static final Map<String, String> CHANGES = Map.of(
			"4.2", "2-блок «Практика» кеминде 24 кредит; анын ичинде өндүрүштүк практика кеминде 12 кредит.",
			"3.3", "КК-3: уюмдун финансылык жана башкаруучулук отчеттуулугун талдайт жана башкаруу чечимдерин "
					+ "даярдоодо санариптик каражаттарды колдонот.",
			"5.2", "Кесиптик циклдин дисциплиналарын окутуучулардын кеминде 10 пайызы тиешелүү чөйрөдө иштеген "
					+ "жетекчилер жана адистер болушу керек.");

	static final List<Disposed> REMARKS = List.of(
			new Disposed(new Remark("participant@demo.omb.kg", "4.2", "кеминде 18 кредит", "Практика үчүн 18 кредит аз, "
					+ "өндүрүштүк практикага өзүнчө минимум белгилеш керек.", StakeholderKind.STUDENT, Region.TALAS,
					false), DispositionOutcome.ACCEPTED, "Практиканын көлөмү 24 кредитке көбөйтүлдү, өндүрүштүк "
							+ "практиканын минимуму 12 кредит.", "4.2"),
			new Disposed(new Remark("council@demo.omb.kg", "3.3", null, "Менеджер азыр санариптик каражаттарсыз "
					+ "иштей албайт; бул компетенцияга аларды колдонууну кошуу керек.", StakeholderKind.EMPLOYER,
					Region.BISHKEK_CITY, false), DispositionOutcome.PARTLY_ACCEPTED, "КК-3 санариптик каражаттарды "
							+ "колдонуу менен толукталды; өзүнчө компетенция киргизилген жок.", "3.3"),
			new Disposed(new Remark("representative@demo.omb.kg", "5.2", "бир бөлүгү", "«Бир бөлүгү» деген так эмес. "
					+ "Университет практиктердин үлүшүн пайыз менен көрсөтүүнү сунуштайт.", StakeholderKind.ORGANIZATION,
					Region.BISHKEK_CITY, true), DispositionOutcome.ACCEPTED, "Кеминде 10 пайыз деп тактала берди.",
					"5.2"),
			new Disposed(new Remark("expert@demo.omb.kg", "5.1", "кеминде 55 пайызы", "55 пайыз аз, 70 пайыз болушу "
					+ "керек.", StakeholderKind.TEACHER, Region.OSH_CITY, false), DispositionOutcome.REJECTED,
					"Аймактык окуу жайлардын кадрдык мүмкүнчүлүгү азырынча 70 пайызга жетпейт; талап мурдагыдай калды.",
					null),
			new Disposed(new Remark("member@demo.omb.kg", null, null, "Окуу китептеринин кыргыз тилиндеги котормолору "
					+ "жетишсиз.", StakeholderKind.TEACHER, Region.CHUY, false), DispositionOutcome.NOT_RELEVANT,
					"Окуу адабияты стандарттын предмети эмес; сунуш окуу адабияты боюнча ОМБнын ишине өткөрүлдү.",
					null));

}
