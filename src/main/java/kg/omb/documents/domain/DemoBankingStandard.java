package kg.omb.documents.domain;

import java.util.List;

import kg.omb.directory.Region;
import kg.omb.documents.discussion.DispositionOutcome;
import kg.omb.documents.discussion.StakeholderKind;
import kg.omb.documents.domain.DemoEconomicsStandard.Part;
import kg.omb.documents.domain.DemoEconomicsStandard.Remark;
import kg.omb.documents.domain.DemoManagementStandard.Disposed;
import kg.omb.shared.LocalizedText;

import static kg.omb.documents.ClauseLevel.CHAPTER;
import static kg.omb.documents.ClauseLevel.CLAUSE;

/**
 * The demo draft at its expert review: the state educational standard of secondary vocational education for the
 * specialty 580120 Banking, discussed in public weeks before the first start (a teacher and an employer commented,
 * neither remark changed the text), now with two experts invited by the chair, single-blind.
 */
final class DemoBankingStandard {

	static final LocalizedText TITLE = LocalizedText.of(
			"Орто кесиптик билим берүүнүн 580120 «Банк иши» адистиги боюнча мамлекеттик билим берүү стандарты — долбоор",
			"Государственный образовательный стандарт среднего профессионального образования по специальности 580120 "
					+ "«Банковское дело» — проект",
			"State educational standard of secondary vocational education for the specialty 580120 Banking — draft");

	private DemoBankingStandard() {
	}

	static final List<Part> PARTS = List.of(
			new Part("1", CHAPTER, "Жалпы жоболор", ""),
			new Part("1.1", CLAUSE, "", "Ушул стандарт 580120 «Банк иши» адистиги боюнча орто кесиптик билим берүүнүн "
					+ "негизги программаларына милдеттүү талаптарды белгилейт."),
			new Part("1.2", CLAUSE, "", "Стандарт бул адистик боюнча адис даярдаган Кыргыз Республикасынын бардык "
					+ "колледждери жана техникумдары үчүн милдеттүү."),
			new Part("2", CHAPTER, "Адистиктин мүнөздөмөсү", ""),
			new Part("2.1", CLAUSE, "", "Негизги жалпы билимдин негизинде окуунун ченемдик мөөнөтү 2 жыл 10 ай, орто "
					+ "жалпы билимдин негизинде 1 жыл 10 ай."),
			new Part("2.2", CLAUSE, "", "Бүтүрүүчүнүн квалификациясы: банк ишинин адиси."),
			new Part("2.3", CLAUSE, "", "Кесиптик ишмердүүлүктүн чөйрөсү: коммерциялык банктардагы жана микрокаржы "
					+ "уюмдарындагы кардарларды тейлөө, эсептешүү жана кредиттик операциялар."),
			new Part("3", CHAPTER, "Окутуунун натыйжаларына талаптар", ""),
			new Part("3.1", CLAUSE, "", "КК-1: накталай жана накталай эмес эсептешүүлөрдү жүргүзөт, кассалык "
					+ "документтерди тариздейт."),
			new Part("3.2", CLAUSE, "", "КК-2: кредиттик арызды кабыл алып, карыз алуучунун төлөө жөндөмдүүлүгүн "
					+ "баштапкы баалоону жүргүзөт."),
			new Part("3.3", CLAUSE, "", "КК-3: банктын автоматташтырылган системаларында жана санариптик каналдарда "
					+ "кардарларды тейлейт."),
			new Part("3.4", CLAUSE, "", "КК-4: акчаны адалдоого каршы аракеттенүү жана кардарларды аныктоо "
					+ "талаптарын сактайт."),
			new Part("4", CHAPTER, "Программанын түзүмү", ""),
			new Part("4.1", CLAUSE, "", "Программа жалпы гуманитардык, жалпы кесиптик жана кесиптик циклдерден, "
					+ "окуу жана өндүрүштүк практикадан жана жыйынтыктоочу аттестациядан турат."),
			new Part("4.2", CLAUSE, "", "Өндүрүштүк практика банкта же микрокаржы уюмунда кеминде 12 жума өтөт."),
			new Part("5", CHAPTER, "Программаны ишке ашыруунун шарттары", ""),
			new Part("5.1", CLAUSE, "", "Окуу жайда банктын операциялык залынын окуу модели жана банктык "
					+ "программалар орнотулган компьютердик класс болот."),
			new Part("5.2", CLAUSE, "", "Кесиптик циклдин сабактарынын кеминде 20 пайызын банк тармагынын "
					+ "практиктери өткөрөт."));

	static final List<Disposed> REMARKS = List.of(
			new Disposed(new Remark("member@demo.omb.kg", "2.1", "2 жыл 10 ай", "Негизги жалпы билимдин негизинде "
					+ "мөөнөттү 3 жыл 10 айга узартуу керек: жалпы билим берүүчү сабактарга убакыт жетпейт.",
					StakeholderKind.TEACHER, Region.OSH_REGION, false), DispositionOutcome.REJECTED,
					"Мөөнөт орто кесиптик билим берүүнүн типтүү окуу планына ылайык; жалпы билим берүүчү сабактар "
							+ "биринчи курста толук окутулат.", null),
			new Disposed(new Remark("council@demo.omb.kg", null, null, "Банктар колледж бүтүрүүчүлөрүн даярдоого "
					+ "катышууга даяр; практика боюнча келишимдердин үлгүсүн стандартка тиркеп берүүнү сунуштайбыз.",
					StakeholderKind.EMPLOYER, Region.BISHKEK_CITY, false), DispositionOutcome.NOT_RELEVANT,
					"Келишимдин үлгүсү стандарттын предмети эмес; ал ОМБнын сунуштамасы катары өзүнчө даярдалат.", null));

}
