package kg.omb.directory.domain;

import static kg.omb.directory.domain.DemoOrganizations.HIGHER_EDUCATION;
import static kg.omb.directory.domain.DemoOrganizations.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kg.omb.directory.ActIssuer;
import kg.omb.shared.LocalizedText;

/**
 * The demo legal acts, by issuer and number: the higher-education ministry's orders creating each of the five OMBs
 * and confirming each chair, its order forming the consultative council and the one that retires a classifier code;
 * each base university's order approving the structure, members and bylaws of its OMB. Days count from the demo
 * start (about eleven months before the first start); the last approves the documents module's demo standard in
 * force. Two acts are recorded without their scan, so that the
 * authority's warnings page lists them. The association module's demo data finds these acts by their numbers.
 */
final class DemoActs {

	/** The retirement of a classifier code, recorded before the OMBs were created. */
	static final String CLASSIFIER_ORDER = "388";

	private DemoActs() {
	}

	record Act(ActIssuer.Type issuerType, String issuerCode, String number, int signedDay, int effectiveDay,
			LocalizedText title, boolean scanned) {
	}

	/** One of the five OMBs: what its acts say of it, and the numbers they carry. */
	private record Omb(String fieldKy, String fieldRu, String fieldEn, String baseCode, String baseKy, String baseRu,
			String baseEn, String creation, String chair, String baseOrder, boolean baseOrderScanned) {
	}

	private static final List<Omb> OMBS = List.of(
			new Omb("экономика жана башкаруу", "по экономике и управлению", "in economics and management", "KEU",
					"М. Рыскулбеков атындагы Кыргыз экономикалык университетинин",
					"Кыргызского экономического университета им. М. Рыскулбекова",
					"the Kyrgyz Economic University named after M. Ryskulbekov", "412/1", "437/1", "01-15/87", true),
			new Omb("укук", "по праву", "in law", "KSLA", "Кыргыз мамлекеттик юридикалык академиясынын",
					"Кыргызской государственной юридической академии", "the Kyrgyz State Law Academy", "412/2",
					"437/2", "02-11/64", true),
			new Omb("информатика жана эсептөө техникасы", "по информатике и вычислительной технике",
					"in informatics and computer engineering", "KSTU",
					"И. Раззаков атындагы Кыргыз мамлекеттик техникалык университетинин",
					"Кыргызского государственного технического университета им. И. Раззакова",
					"the Kyrgyz State Technical University named after I. Razzakov", "412/3", "437/3", "1-05/212", true),
			new Omb("саламаттыкты сактоо", "по здравоохранению", "in health care", "KSMA",
					"И. К. Ахунбаев атындагы Кыргыз мамлекеттик медициналык академиясынын",
					"Кыргызской государственной медицинской академии им. И. К. Ахунбаева",
					"the Kyrgyz State Medical Academy named after I. K. Akhunbaev", "412/4", "437/4", "3/158", true),
			new Omb("билим берүү жана педагогика", "по образованию и педагогике", "in education and pedagogy", "KSU",
					"И. Арабаев атындагы Кыргыз мамлекеттик университетинин",
					"Кыргызского государственного университета им. И. Арабаева",
					"the Kyrgyz State University named after I. Arabaev", "412/5", "437/5", "01-04/96", false));

	static List<Act> all() {
		List<Act> acts = new ArrayList<>();
		acts.add(new Act(ActIssuer.Type.AUTHORITY, HIGHER_EDUCATION, CLASSIFIER_ORDER, -60, -30,
				text("Даярдоо багыттарынын тизмесине өзгөртүү киргизүү жөнүндө: 521500 «Менеджмент» багытын 580200 "
						+ "«Менеджмент» багыты менен алмаштыруу",
						"О внесении изменений в перечень направлений подготовки: замена направления 521500 "
								+ "«Менеджмент» направлением 580200 «Менеджмент»",
						"Amending the list of directions: 521500 Management replaced by 580200 Management"),
				false));
		for (Omb omb : OMBS) {
			acts.add(authorityOrder(omb.creation(), 0,
					omb.baseKy() + " базасында " + omb.fieldKy() + " боюнча окуу-методикалык бирикмени түзүү жөнүндө",
					"О создании учебно-методического объединения " + omb.fieldRu() + " на базе " + omb.baseRu(),
					"Creating the educational-methodological association " + omb.fieldEn() + " at " + omb.baseEn()));
			acts.add(authorityOrder(omb.chair(), 14,
					omb.fieldKy() + " боюнча окуу-методикалык бирикменин төрагасын бекитүү жөнүндө",
					"Об утверждении председателя учебно-методического объединения " + omb.fieldRu(),
					"Confirming the chair of the educational-methodological association " + omb.fieldEn()));
			acts.add(new Act(ActIssuer.Type.ORGANIZATION, omb.baseCode(), omb.baseOrder(), 30, 30,
					text(capitalized(omb.fieldKy()) + " боюнча окуу-методикалык бирикменин түзүмүн, курамын жана "
							+ "Жобосун бекитүү жөнүндө",
							"Об утверждении структуры, состава и Положения учебно-методического объединения "
									+ omb.fieldRu(),
							"Approving the structure, membership and bylaws of the educational-methodological "
									+ "association " + omb.fieldEn()),
					omb.baseOrderScanned()));
		}
		acts.add(authorityOrder("501", 45,
				"Окуу-методикалык бирикмелердин ишин координациялоо боюнча консультативдик кеңешти түзүү жөнүндө",
				"О создании консультативного совета по координации деятельности учебно-методических объединений",
				"Forming the consultative council for the coordination of the educational-methodological associations"));
		// the documents module's demo data: the order approving the standard 580200 Management
		acts.add(authorityOrder("615", 300,
				"Жогорку кесиптик билим берүүнүн 580200 «Менеджмент» даярдоо багыты боюнча мамлекеттик билим берүү "
						+ "стандартын бекитүү жөнүндө",
				"Об утверждении государственного образовательного стандарта высшего профессионального образования по "
						+ "направлению подготовки 580200 «Менеджмент»",
				"Approving the state educational standard of higher professional education for the direction 580200 "
						+ "Management"));
		return acts;
	}

	private static Act authorityOrder(String number, int day, String ky, String ru, String en) {
		return new Act(ActIssuer.Type.AUTHORITY, HIGHER_EDUCATION, number, day, day, text(capitalized(ky), ru, en),
				true);
	}

	private static String capitalized(String text) {
		return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

}
