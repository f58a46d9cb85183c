package kg.omb.directory.domain;

import static kg.omb.directory.EducationSector.HIGHER;
import static kg.omb.directory.EducationSector.SECONDARY_VOCATIONAL;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import kg.omb.directory.EducationSector;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.Region;
import kg.omb.shared.LocalizedText;

/**
 * The demo directory's bodies: the two authorized bodies (since 2025 higher and secondary vocational education sit
 * in different ministries) and organisations in every region: the real universities and colleges of Kyrgyzstan, the
 * Republican Scientific-Methodological Centre, employers and professional associations. The people heading them
 * are invented. The first organisation is the base of OMB 1, as the demo accounts' scopes expect.
 */
final class DemoOrganizations {

	static final String HIGHER_EDUCATION = "MSHEI";

	static final String VOCATIONAL_EDUCATION = "MOE";

	private DemoOrganizations() {
	}

	/** An authority and who signs its orders. */
	record Authority(AuthorityDetails details, String signatoryPosition, String signatoryName) {
	}

	/** An organisation, its supervising authority by code. */
	record Body(String code, LocalizedText name, LocalizedText shortName, OrganizationKind kind,
			Set<EducationSector> sectors, Region region, boolean specialStatus, @Nullable String authorityCode,
			String address, @Nullable String website, String headName, String headPosition) {

		OrganizationData data(@Nullable Long authorityId) {
			return new OrganizationData(code, name, shortName, kind, sectors, region, specialStatus, authorityId,
					address, website, headName, headPosition);
		}

	}

	static final List<Authority> AUTHORITIES = List.of(
			new Authority(new AuthorityDetails(HIGHER_EDUCATION,
					text("Кыргыз Республикасынын Илим, жогорку билим берүү жана инновациялар министрлиги",
							"Министерство науки, высшего образования и инноваций Кыргызской Республики",
							"Ministry of Science, Higher Education and Innovations of the Kyrgyz Republic"),
					text("ИЖББИМ", "МНВОИ", "MSHEI"), Set.of(HIGHER), null), "Министр", "Дөөлөтбек Сатыбалдиев"),
			new Authority(new AuthorityDetails(VOCATIONAL_EDUCATION,
					text("Кыргыз Республикасынын Билим берүү министрлиги", "Министерство образования Кыргызской Республики",
							"Ministry of Education of the Kyrgyz Republic"),
					text("ББМ", "МО КР", "MoE"), Set.of(SECONDARY_VOCATIONAL), "https://edu.gov.kg"), "Министр",
					"Гүлзат Абдыразакова"));

	static final List<Body> ORGANIZATIONS = List.of(
			university("KEU", "М. Рыскулбеков атындагы Кыргыз экономикалык университети",
					"Кыргызский экономический университет им. М. Рыскулбекова",
					"Kyrgyz Economic University named after M. Ryskulbekov", "КЭУ", "КЭУ", "KEU", true,
					Region.BISHKEK_CITY, "720033, Бишкек ш., Тоголок Молдо көч., 58", "https://keu.kg", "Алмазбек Бейшеев"),
			university("KSLA", "Кыргыз мамлекеттик юридикалык академиясы", "Кыргызская государственная юридическая академия",
					"Kyrgyz State Law Academy", "КМЮА", "КГЮА", "KSLA", false, Region.BISHKEK_CITY,
					"720083, Бишкек ш., Ч. Валиханов көч., 2", "https://ksla.kg", "Эркинбек Турдубаев"),
			university("KSTU", "И. Раззаков атындагы Кыргыз мамлекеттик техникалык университети",
					"Кыргызский государственный технический университет им. И. Раззакова",
					"Kyrgyz State Technical University named after I. Razzakov", "КМТУ", "КГТУ", "KSTU", true,
					Region.BISHKEK_CITY, "720044, Бишкек ш., Ч. Айтматов пр., 66", "https://kstu.kg", "Мухтар Жумалиев"),
			university("KSMA", "И. К. Ахунбаев атындагы Кыргыз мамлекеттик медициналык академиясы",
					"Кыргызская государственная медицинская академия им. И. К. Ахунбаева",
					"Kyrgyz State Medical Academy named after I. K. Akhunbaev", "КММА", "КГМА", "KSMA", false,
					Region.BISHKEK_CITY, "720020, Бишкек ш., Ахунбаев көч., 92", "https://kgma.kg", "Эмил Осмонов"),
			university("KSU", "И. Арабаев атындагы Кыргыз мамлекеттик университети",
					"Кыргызский государственный университет им. И. Арабаева",
					"Kyrgyz State University named after I. Arabaev", "КМУ", "КГУ", "KSU", true, Region.BISHKEK_CITY,
					"720026, Бишкек ш., Раззаков көч., 51а", "https://arabaev.kg", "Нурбек Алымкулов"),
			new Body("KNU",
					text("Жусуп Баласагын атындагы Кыргыз улуттук университети",
							"Кыргызский национальный университет им. Жусупа Баласагына",
							"Kyrgyz National University named after J. Balasagyn"),
					text("КУУ", "КНУ", "KNU"), OrganizationKind.UNIVERSITY, Set.of(HIGHER, SECONDARY_VOCATIONAL),
					Region.BISHKEK_CITY, true, HIGHER_EDUCATION, "720033, Бишкек ш., Фрунзе көч., 547", "https://knu.kg",
					"Айгүл Бейшеналиева", "Ректор"),
			university("OSHSU", "Ош мамлекеттик университети", "Ошский государственный университет", "Osh State University",
					"ОшМУ", "ОшГУ", "OshSU", true, Region.OSH_CITY, "723500, Ош ш., Ленин көч., 331", "https://oshsu.kg",
					"Талантбек Арапов"),
			university("JASU", "Жалал-Абад мамлекеттик университети", "Жалал-Абадский государственный университет",
					"Jalal-Abad State University", "ЖАМУ", "ЖАГУ", "JASU", true, Region.JALAL_ABAD,
					"715600, Жалал-Абад ш., Ленин көч., 57", "https://jagu.kg", "Кубанычбек Маматов"),
			university("IKSU", "К. Тыныстанов атындагы Ысык-Көл мамлекеттик университети",
					"Иссык-Кульский государственный университет им. К. Тыныстанова",
					"Issyk-Kul State University named after K. Tynystanov", "ЫМУ", "ИГУ", "IKSU", false, Region.ISSYK_KUL,
					"722200, Каракол ш., Абдрахманов көч., 103", "https://iksu.kg", "Жылдыз Асанбекова"),
			university("NSU", "С. Нааматов атындагы Нарын мамлекеттик университети",
					"Нарынский государственный университет им. С. Нааматова",
					"Naryn State University named after S. Naamatov", "НМУ", "НГУ", "NSU", false, Region.NARYN,
					"722600, Нарын ш., С. Орозбаков көч., 25", "https://nsu.kg", "Бектур Качкынбаев"),
			university("TALSU", "Талас мамлекеттик университети", "Таласский государственный университет",
					"Talas State University", "ТМУ", "ТГУ", "TalSU", false, Region.TALAS,
					"724200, Талас ш., Ленин көч., 1", "https://talsu.kg", "Асан Сыдыкбеков"),
			university("BATSU", "Баткен мамлекеттик университети", "Баткенский государственный университет",
					"Batken State University", "БатМУ", "БатГУ", "BatSU", true, Region.BATKEN,
					"715100, Кызыл-Кыя ш., Асанов көч., 27", "https://batsu.kg", "Мамасали Жолдошев"),
			university("KNAU", "К. И. Скрябин атындагы Кыргыз улуттук агрардык университети",
					"Кыргызский национальный аграрный университет им. К. И. Скрябина",
					"Kyrgyz National Agrarian University named after K. I. Skryabin", "КУАУ", "КНАУ", "KNAU", true,
					Region.BISHKEK_CITY, "720005, Бишкек ш., Медеров көч., 68", "https://knau.kg", "Уланбек Чыныбаев"),
			college("BFET", "Бишкек финансы-экономикалык техникуму", "Бишкекский финансово-экономический техникум",
					"Bishkek Financial and Economic Technical School", "БФЭТ", "БФЭТ", "BFET", Region.BISHKEK_CITY,
					"720011, Бишкек ш., Тыныстанов көч., 199", "https://bfet.kg", "Гүлнара Абдыкадырова"),
			college("TIPC", "Токмок индустриалдык-педагогикалык колледжи",
					"Токмокский индустриально-педагогический колледж", "Tokmok Industrial and Pedagogical College",
					"ТИПК", "ТИПК", "TIPC", Region.CHUY, "724800, Токмок ш., Ленин көч., 312", "https://tipk.kg",
					"Олег Сидоренко"),
			college("KSPC", "Кара-Суу педагогикалык колледжи", "Кара-Суйский педагогический колледж",
					"Kara-Suu Pedagogical College", "КСПК", "КСПК", "KSPC", Region.OSH_REGION,
					"723600, Кара-Суу ш., Ленин көч., 95", "https://kspk.kg", "Дилбар Юсупова"),
			new Body("RSMC",
					text("Республикалык илимий-методикалык борбор", "Республиканский научно-методический центр",
							"Republican Scientific-Methodological Centre"),
					text("РИМБ", "РНМЦ", "RSMC"), OrganizationKind.SCIENTIFIC_METHODOLOGICAL_CENTRE,
					Set.of(SECONDARY_VOCATIONAL), Region.BISHKEK_CITY, false, VOCATIONAL_EDUCATION,
					"720040, Бишкек ш., Тыныстанов көч., 96", null, "Бурулкан Мамбетова", "Директор"),
			other("UBK", OrganizationKind.PROFESSIONAL_ASSOCIATION,
					text("Кыргызстан банктар союзу", "Союз банков Кыргызстана", "Union of Banks of Kyrgyzstan"),
					text("КБС", "СБК", "UBK"), "720040, Бишкек ш., Эркиндик бул., 35", "https://ubk.kg", "Виктор Попов",
					"Аткаруучу директор"),
			other("NBKR", OrganizationKind.EMPLOYER,
					text("Кыргыз Республикасынын Улуттук банкы", "Национальный банк Кыргызской Республики",
							"National Bank of the Kyrgyz Republic"),
					text("Улуттук банк", "НБКР", "NBKR"), "720001, Бишкек ш., Чүй пр., 168", "https://www.nbkr.kg",
					"Азамат Дөөлөтбаков", "Персонал менен иштөө башкармалыгынын жетекчиси"),
			other("KYRGYZTELECOM", OrganizationKind.EMPLOYER,
					text("«Кыргызтелеком» ачык акционердик коому", "Открытое акционерное общество «Кыргызтелеком»",
							"Kyrgyztelecom OJSC"),
					text("«Кыргызтелеком» ААК", "ОАО «Кыргызтелеком»", "Kyrgyztelecom"), "720000, Бишкек ш., Чүй пр., 96",
					"https://kt.kg", "Руслан Абдылдаев", "Башкы директор"),
			other("NATIONAL-HOSPITAL", OrganizationKind.EMPLOYER,
					text("Кыргыз Республикасынын Саламаттык сактоо министрлигине караштуу Улуттук госпиталь",
							"Национальный госпиталь при Министерстве здравоохранения Кыргызской Республики",
							"National Hospital under the Ministry of Health of the Kyrgyz Republic"),
					text("Улуттук госпиталь", "Национальный госпиталь", "National Hospital"),
					"720040, Бишкек ш., Тоголок Молдо көч., 1/13", null, "Кайрат Осмоналиев", "Башкы директор"),
			other("BAR", OrganizationKind.PROFESSIONAL_ASSOCIATION,
					text("Кыргыз Республикасынын Адвокатурасы", "Адвокатура Кыргызской Республики",
							"Bar of the Kyrgyz Republic"),
					text("Адвокатура", "Адвокатура КР", "Bar"), "720040, Бишкек ш., Киев көч., 96", "https://advokatura.kg",
					"Жылдыз Сейитбекова", "Адвокатуранын кеңешинин төрагасы"),
			other("HTP", OrganizationKind.PROFESSIONAL_ASSOCIATION,
					text("Кыргыз Республикасынын Жогорку технологиялар паркы", "Парк высоких технологий Кыргызской Республики",
							"High Technology Park of the Kyrgyz Republic"),
					text("ЖТП", "ПВТ", "HTP"), "720001, Бишкек ш., Ибраимов көч., 103", "https://htp.kg",
					"Данияр Маматкулов", "Аткаруучу директор"));

	private static Body university(String code, String ky, String ru, String en, String shortKy, String shortRu,
			String shortEn, boolean withCollege, Region region, String address, String website, String rector) {
		Set<EducationSector> sectors = withCollege ? Set.of(HIGHER, SECONDARY_VOCATIONAL) : Set.of(HIGHER);
		return new Body(code, text(ky, ru, en), text(shortKy, shortRu, shortEn), OrganizationKind.UNIVERSITY, sectors,
				region, false, HIGHER_EDUCATION, address, website, rector, "Ректор");
	}

	private static Body college(String code, String ky, String ru, String en, String shortKy, String shortRu,
			String shortEn, Region region, String address, String website, String director) {
		return new Body(code, text(ky, ru, en), text(shortKy, shortRu, shortEn), OrganizationKind.COLLEGE,
				Set.of(SECONDARY_VOCATIONAL), region, false, VOCATIONAL_EDUCATION, address, website, director,
				"Директор");
	}

	private static Body other(String code, OrganizationKind kind, LocalizedText name, LocalizedText shortName,
			String address, @Nullable String website, String head, String position) {
		return new Body(code, name, shortName, kind, Set.of(), Region.BISHKEK_CITY, false, null, address, website, head,
				position);
	}

	static LocalizedText text(String ky, String ru, String en) {
		return LocalizedText.of(ky, ru, en);
	}

}
