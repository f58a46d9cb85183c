package kg.omb.association.domain;

import static kg.omb.association.domain.DemoAssociationPlans.MemberPlan.employer;
import static kg.omb.association.domain.DemoAssociationPlans.MemberPlan.stakeholder;
import static kg.omb.association.domain.DemoAssociationPlans.MemberPlan.staff;
import static kg.omb.association.domain.DemoAssociationPlans.text;

import java.util.List;
import java.util.Set;

import kg.omb.association.domain.DemoAssociationPlans.Omb;
import kg.omb.association.domain.DemoAssociationPlans.Participant;
import kg.omb.association.domain.DemoAssociationPlans.SectionPlan;
import kg.omb.association.domain.DemoAssociationPlans.WorkingGroupPlan;

/**
 * The five demo OMBs, one per enlarged group. The people are invented; the organisations are real Kyrgyz
 * universities, colleges and employers as the directory's demo data records them.
 */
final class DemoOmbs {

	private static final List<String> BACHELOR_MASTER = List.of("BACHELOR", "MASTER");

	private static final List<String> SECONDARY = List.of("SECONDARY_VOCATIONAL");

	private static final List<String> SPECIALIST = List.of("SPECIALIST");

	private DemoOmbs() {
	}

	/** OMB 1, at organisation 1, with the demo chair, secretary, member and section head. */
	static Omb economics() {
		return new Omb("KEU",
				text("Экономика жана башкаруу боюнча окуу-методикалык бирикме",
						"Учебно-методическое объединение по экономике и управлению",
						"Educational-methodological association in economics and management"),
				Set.of("580000"), "412/1", "437/1", "chair@demo.omb.kg", "01-15/87", "omb.economics@demo.omb.kg",
				List.of(new SectionPlan(text("Экономика", "Экономика", "Economics"), Set.of("580100"), "KEU",
						"section-head@demo.omb.kg", null, BACHELOR_MASTER),
						new SectionPlan(text("Менеджмент", "Менеджмент", "Management"), Set.of("580200"), "OSHSU", null,
								"Гүлмира Ташиева", List.of("BACHELOR")),
						new SectionPlan(
								text("Экономика жана банк иши (кесиптик орто билим берүү)",
										"Экономика и банковское дело (среднее профессиональное образование)",
										"Economics and banking (secondary vocational education)"),
								Set.of("580110", "580120"), "BFET", null, "Наталья Петренко", SECONDARY)),
				List.of(staff("Нургүл Сатыбалдиева", "KEU", "Окуу-методикалык башкармалыгынын башчысы", 0)
					.withAccount("secretary@demo.omb.kg")
					.as(MemberRole.SECRETARY),
						staff("Жылдыз Мамбетова", "KEU", "Экономикалык теория кафедрасынын доценти", 0)
							.withAccount("member@demo.omb.kg"),
						staff("Бактыбек Жолдошев", "KEU", "Менеджмент кафедрасынын башчысы", 1).as(MemberRole.DEPUTY_CHAIR),
						staff("Ирина Соколова", "KEU", "Финансы жана кредит кафедрасынын профессору", 0),
						staff("Алмаз Токтосунов", "OSHSU", "Экономика жана башкаруу факультетинин деканы", 1),
						staff("Гүлзат Эсенбаева", "JASU", "Экономика кафедрасынын доценти", 0),
						staff("Кубанычбек Алиев", "TALSU", "Экономика жана бизнес кафедрасынын ага окутуучусу", 0),
						staff("Анара Султанбекова", "BFET", "Директордун окуу иштери боюнча орун басары", 2),
						employer("Сергей Литвинов", "UBK", "Аткаруучу директордун орун басары", 2),
						employer("Айнура Бейшенова", "NBKR", "Персонал менен иштөө башкармалыгынын башчысы", 0),
						stakeholder("Дамира Касымова", "RSMC", "Кесиптик орто билим берүү бөлүмүнүн башчысы", 2),
						staff("Тимур Исаков", "BATSU", "Экономика кафедрасынын доценти", 1),
						staff("Мирлан Байжигитов", "IKSU", "Туризм жана менеджмент кафедрасынын башчысы", 1),
						staff("Светлана Ким", "NSU", "Экономика кафедрасынын доценти", 0)),
				new WorkingGroupPlan(
						text("«Экономика» багыты боюнча МББСтин долбоорун иштеп чыгуучу топ",
								"Рабочая группа по проекту ГОС по направлению «Экономика»",
								"Working group on the draft SES for Economics"),
						"580100 «Экономика» багыты боюнча бакалавриаттын мамлекеттик билим берүү стандартынын "
								+ "долбоорун Улуттук квалификациялар алкагына ылайык даярдоо",
						4, List.of(new Participant("Ирина Соколова", "KEU", "Жетекчи"),
								new Participant("Гүлзат Эсенбаева", "JASU", "Мүчө"),
								new Participant("Айнура Бейшенова", "NBKR", "Иш берүүчүлөрдүн өкүлү"))));
	}

	static Omb law() {
		return new Omb("KSLA",
				text("Укук боюнча окуу-методикалык бирикме", "Учебно-методическое объединение по праву",
						"Educational-methodological association in law"),
				Set.of("530000"), "412/2", "437/2", "chair-law@demo.omb.kg", "02-11/64", "omb.law@demo.omb.kg",
				List.of(new SectionPlan(text("Юриспруденция", "Юриспруденция", "Jurisprudence"), Set.of("530500"),
						"KSLA", null, "Нурлан Шаршеев", BACHELOR_MASTER),
						new SectionPlan(text("Укук коргоо иши", "Правоохранительная деятельность", "Law enforcement"),
								Set.of("530501"), "OSHSU", null, "Канат Усубалиев", SPECIALIST)),
				List.of(staff("Айжан Маматова", "KSLA", "Окуу бөлүмүнүн башчысы", 0).as(MemberRole.SECRETARY),
						staff("Нурбек Осмонов", "KSLA", "Жарандык укук кафедрасынын профессору", 0),
						staff("Ольга Белова", "KSLA", "Кылмыш-укук кафедрасынын доценти", 1),
						staff("Канат Усубалиев", "OSHSU", "Юридикалык факультеттин деканы", 1).as(MemberRole.DEPUTY_CHAIR),
						staff("Венера Жумалиева", "JASU", "Укук кафедрасынын доценти", 0),
						staff("Рустам Мадумаров", "BATSU", "Укук жана экономика кафедрасынын ага окутуучусу", 0),
						staff("Асель Турдубаева", "TALSU", "Юриспруденция кафедрасынын башчысы", 0),
						employer("Игорь Никифоров", "BAR", "Адвокат, адвокаттык бюронун жетекчиси", 0),
						employer("Таалай Бообеков", "BAR", "Адвокатуранын кеңешинин төрагасынын орун басары", 1),
						staff("Жаркынай Абылкасымова", "IKSU", "Укук кафедрасынын доценти", 1),
						staff("Медер Сариев", "NSU", "Юриспруденция кафедрасынын ага окутуучусу", 1),
						staff("Эльвира Галиева", "KSLA", "Конституциялык укук кафедрасынын доценти", 0)),
				new WorkingGroupPlan(
						text("Юридикалык клиникалардын тажрыйбасын жалпылоо тобу",
								"Группа по обобщению опыта юридических клиник",
								"Group on the experience of legal clinics"),
						"Юридикалык клиникалардагы практиканы уюштуруу боюнча сунуштамаларды даярдоо", 3,
						List.of(new Participant("Нурбек Осмонов", "KSLA", "Жетекчи"),
								new Participant("Игорь Никифоров", "BAR", "Иш берүүчүлөрдүн өкүлү"))));
	}

	static Omb informatics() {
		return new Omb("KSTU",
				text("Информатика жана эсептөө техникасы боюнча окуу-методикалык бирикме",
						"Учебно-методическое объединение по информатике и вычислительной технике",
						"Educational-methodological association in informatics and computer engineering"),
				Set.of("710000"), "412/3", "437/3", "chair-informatics@demo.omb.kg", "1-05/212",
				"omb.informatics@demo.omb.kg",
				List.of(new SectionPlan(
						text("Маалыматтык системалар жана технологиялар", "Информационные системы и технологии",
								"Information systems and technologies"),
						Set.of("710200"), "KSTU", null, "Дмитрий Волков", BACHELOR_MASTER),
						new SectionPlan(text("Программалык инженерия", "Программная инженерия", "Software engineering"),
								Set.of("710400"), "KNU", null, "Чынара Абдиева", BACHELOR_MASTER),
						new SectionPlan(
								text("Программалоо (кесиптик орто билим берүү)",
										"Программирование (среднее профессиональное образование)",
										"Programming (secondary vocational education)"),
								Set.of("710210"), "TIPC", null, "Максат Төлөгөнов", SECONDARY)),
				List.of(staff("Бермет Жусупова", "KSTU", "Маалыматтык технологиялар институтунун методисти", 0)
					.as(MemberRole.SECRETARY),
						staff("Азамат Эркинбаев", "KSTU", "Программалык камсыздоо кафедрасынын башчысы", 1),
						staff("Дмитрий Волков", "KSTU", "Компьютердик системалар кафедрасынын доценти", 0),
						staff("Чынара Абдиева", "KNU", "Колдонмо информатика кафедрасынын профессору", 1)
							.as(MemberRole.DEPUTY_CHAIR),
						staff("Улан Бакиров", "OSHSU", "Математика жана информатика факультетинин деканы", 0),
						staff("Айпери Мырзаева", "JASU", "Информатика кафедрасынын доценти", 0),
						staff("Максат Төлөгөнов", "TIPC", "Программалоо бөлүмүнүн башчысы", 2),
						employer("Андрей Ли", "HTP", "Билим берүү программаларынын жетекчиси", 1),
						employer("Нуржан Абдраимов", "KYRGYZTELECOM", "Тармактарды өнүктүрүү департаментинин директору", 0),
						stakeholder("Гүлнара Ахметова", "RSMC", "Методист", 2),
						staff("Бекболот Сагынбаев", "TALSU", "Информатика кафедрасынын ага окутуучусу", 0),
						staff("Каныкей Орозова", "NSU", "Информатика кафедрасынын доценти", 1),
						staff("Павел Смирнов", "KSTU", "Маалыматтык коопсуздук кафедрасынын доценти", 0)),
				new WorkingGroupPlan(
						text("Программалык инженерия боюнча үлгү программалар тобу",
								"Группа по примерным программам по программной инженерии",
								"Group on sample programmes in software engineering"),
						"«Программалоо негиздери» жана «Маалымат базалары» дисциплиналарынын болжолдуу "
								+ "программаларын даярдоо",
						5, List.of(new Participant("Азамат Эркинбаев", "KSTU", "Жетекчи"),
								new Participant("Андрей Ли", "HTP", "Иш берүүчүлөрдүн өкүлү"),
								new Participant("Каныкей Орозова", "NSU", "Мүчө"))));
	}

	static Omb health() {
		return new Omb("KSMA",
				text("Саламаттыкты сактоо боюнча окуу-методикалык бирикме",
						"Учебно-методическое объединение по здравоохранению",
						"Educational-methodological association in health care"),
				Set.of("560000"), "412/4", "437/4", "chair-health@demo.omb.kg", "3/158", "omb.health@demo.omb.kg",
				List.of(new SectionPlan(text("Жалпы медицина", "Лечебное дело", "General medicine"), Set.of("560001"),
						"KSMA", null, "Абдыжапар Айтбаев", SPECIALIST),
						new SectionPlan(text("Педиатрия", "Педиатрия", "Paediatrics"), Set.of("560002"), "OSHSU", null,
								"Назгүл Абдылдаева", SPECIALIST)),
				List.of(staff("Гүлнара Бекова", "KSMA", "Окуу-методикалык бөлүмүнүн башчысы", 0).as(MemberRole.SECRETARY),
						staff("Абдыжапар Айтбаев", "KSMA", "Факультеттик терапия кафедрасынын профессору", 0),
						staff("Татьяна Морозова", "KSMA", "Педиатрия кафедрасынын профессору", 1),
						staff("Жаныбек Ташматов", "OSHSU", "Медицина факультетинин деканы", 0).as(MemberRole.DEPUTY_CHAIR),
						staff("Назгүл Абдылдаева", "OSHSU", "Педиатрия кафедрасынын доценти", 1),
						staff("Эрмек Калыков", "JASU", "Медицина факультетинин доценти", 0),
						employer("Виктория Шевченко", "NATIONAL-HOSPITAL",
								"Башкы дарыгердин дарылоо иштери боюнча орун басары", 0),
						employer("Садык Назаров", "NATIONAL-HOSPITAL", "Хирургия бөлүмүнүн башчысы", 0),
						staff("Айгерим Калиева", "KSMA", "Акушердик жана гинекология кафедрасынын доценти", 0),
						staff("Мелис Акматов", "IKSU", "Медицина кафедрасынын ага окутуучусу", 1),
						staff("Лариса Попова", "KSMA", "Балдар хирургиясы кафедрасынын доценти", 1),
						staff("Айбек Осмонкулов", "OSHSU", "Хирургия кафедрасынын башчысы", 0)),
				new WorkingGroupPlan(
						text("Клиникалык практиканын талаптары боюнча топ",
								"Группа по требованиям к клинической практике",
								"Group on clinical practice requirements"),
						"Жалпы медицина адистиги боюнча клиникалык практиканын базаларына коюлуучу талаптарды даярдоо",
						3, List.of(new Participant("Абдыжапар Айтбаев", "KSMA", "Жетекчи"),
								new Participant("Виктория Шевченко", "NATIONAL-HOSPITAL", "Иш берүүчүлөрдүн өкүлү"))));
	}

	/** No employer representative among its members, on purpose (the authority's warnings page shows it). */
	static Omb education() {
		return new Omb("KSU",
				text("Билим берүү жана педагогика боюнча окуу-методикалык бирикме",
						"Учебно-методическое объединение по образованию и педагогике",
						"Educational-methodological association in education and pedagogy"),
				Set.of("550000"), "412/5", "437/5", "chair-education@demo.omb.kg", "01-04/96",
				"omb.education@demo.omb.kg",
				List.of(new SectionPlan(text("Педагогикалык билим берүү", "Педагогическое образование", "Teacher education"),
						Set.of("550100"), "KSU", null, "Калыс Бектурганов", BACHELOR_MASTER),
						new SectionPlan(text("Башталгыч класстарда окутуу", "Преподавание в начальных классах",
								"Primary school teaching"), Set.of("550110"), "KSPC", null, "Зарина Ормонова", SECONDARY),
						new SectionPlan(
								text("Физика-математикалык билим берүү", "Физико-математическое образование",
										"Physics and mathematics education"),
								Set.of("550200"), "NSU", null, "Бурул Сейталиева", List.of("BACHELOR"))),
				List.of(staff("Миргүл Кадырбекова", "KSU", "Педагогика институтунун методисти", 0).as(MemberRole.SECRETARY),
						staff("Калыс Бектурганов", "KSU", "Педагогика кафедрасынын профессору", 0),
						staff("Наталья Юдина", "KSU", "Математика жана аны окутуунун методикасы кафедрасынын доценти", 2),
						staff("Эрнис Сатаров", "OSHSU", "Педагогика жана психология факультетинин деканы", 0)
							.as(MemberRole.DEPUTY_CHAIR),
						staff("Клара Абдыкеримова", "JASU", "Педагогика кафедрасынын доценти", 0),
						staff("Зарина Ормонова", "KSPC", "Башталгыч класстарда окутуу бөлүмүнүн башчысы", 1),
						staff("Бурул Сейталиева", "NSU", "Физика жана математика кафедрасынын доценти", 2),
						staff("Нурлан Абдыкалыков", "TALSU", "Педагогика кафедрасынын башчысы", 0),
						stakeholder("Айдай Шамшиева", "RSMC", "Башкы методист", 1),
						staff("Роза Искакова", "IKSU", "Педагогика жана психология кафедрасынын доценти", 0),
						staff("Асылбек Мамытов", "BATSU", "Физика-математика факультетинин деканы", 2),
						staff("Анна Григорьева", "KSU", "Башталгыч билим берүү кафедрасынын доценти", 1)),
				new WorkingGroupPlan(
						text("Педагогикалык практика боюнча топ", "Группа по педагогической практике",
								"Group on teaching practice"),
						"Педагогикалык багыттар боюнча үзгүлтүксүз педагогикалык практиканын моделин сунуштоо", 4,
						List.of(new Participant("Калыс Бектурганов", "KSU", "Жетекчи"),
								new Participant("Зарина Ормонова", "KSPC", "Мүчө"))));
	}

}
