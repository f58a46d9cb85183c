package kg.omb.meetings.web;

import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kg.omb.association.AssociationFixture;
import kg.omb.association.AssociationFixture.Omb;
import kg.omb.directory.Region;
import kg.omb.support.AdjustableClock;

import static kg.omb.meetings.web.MeetingsWorkspaceTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seminars per role: the secretary announces one with a single place; anyone reads it; the first to register gets
 * the place, the second waits and is given it (and told) when the first cancels; a member may not announce; after
 * it began the secretary records attendance and the participant downloads a certificate naming them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ AssociationFixture.class, AdjustableClock.Configuration.class })
class EventsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AssociationFixture fixture;

	@Autowired
	AdjustableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Omb omb;

	long secretary;

	long first;

	long second;

	@BeforeEach
	void oneOmb() {
		clock.set(Instant.parse("2026-12-02T06:00:00Z"));
		omb = fixture.standardOmb(Region.JALAL_ABAD);
		secretary = fixture.asAdministrator(() -> fixture.account("Катчы " + omb.n()));
		first = fixture.asAdministrator(() -> fixture.account("Биринчи Катышуучу"));
		second = fixture.asAdministrator(() -> fixture.account("Экинчи Катышуучу"));
	}

	@Test
	void onePlaceTheWaitingListACancellationAttendanceAndTheCertificate() throws Exception {
		mvc.perform(announce().with(as(first, "OMB_MEMBER@ASSOCIATION:" + omb.id()))).andExpect(status().isForbidden());
		String location = mvc.perform(announce().with(organiser())).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring("/events/".length()));

		assertThat(mvc.perform(get("/events")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("Окутуучулар үчүн семинар " + omb.n());
		assertThat(mvc.perform(get("/events/" + id)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("1 орундун 1 бош", "Катталуу үчүн кириңиз.");

		act(as(first, "PARTICIPANT"), "/events/" + id + "/register");
		act(as(second, "PARTICIPANT"), "/events/" + id + "/register");
		assertThat(page(id, as(second, "PARTICIPANT"))).contains("Сиз күтүү тизмесиндесиз.", "күтүү тизмесинде: 1");
		act(as(first, "PARTICIPANT"), "/events/" + id + "/cancel");
		assertThat(page(id, as(second, "PARTICIPANT"))).contains("Сиз катталдыңыз.", "1 орундун 0 бош");
		assertThat(jdbc.queryForObject("select count(*) from notification where account_id = ? and link = ?",
				Integer.class, second, "/events/" + id)).isEqualTo(1);
		mvc.perform(get("/events/" + id + "/certificate.pdf").with(as(second, "PARTICIPANT")))
			.andExpect(status().isNotFound());

		clock.set(Instant.parse("2026-12-10T05:00:00Z"));
		long registration = jdbc.queryForObject("select id from omb_event_registration where event_id = ?"
				+ " and account_id = ?", Long.class, id, second);
		mvc.perform(post("/events/" + id + "/attendance").with(as(second, "PARTICIPANT")).with(csrf())
			.param("registration", String.valueOf(registration)).param("attended", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/events/" + id + "/attendance").with(organiser()).with(csrf())
			.param("registration", String.valueOf(registration)).param("attended", "true"))
			.andExpect(flash().attribute("done", true));
		byte[] certificate = mvc.perform(get("/events/" + id + "/certificate.pdf").with(as(second, "PARTICIPANT")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(certificate)) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(
					"Катышуучунун сертификаты", "Экинчи Катышуучу", "Окутуучулар үчүн семинар " + omb.n(),
					omb.nameKy(), "10.12.2026 10:00");
		}
		mvc.perform(get("/events/" + id + "/certificate.pdf").with(as(first, "PARTICIPANT")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/events/" + id + "/register").with(as(first, "PARTICIPANT")).with(csrf()))
			.andExpect(flash().attribute("refusal", "meetings.error.event.started"));
	}

	org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder announce() {
		return post("/manage/events").with(csrf())
			.param("associationId", String.valueOf(omb.id()))
			.param("title", "Окутуучулар үчүн семинар " + omb.n())
			.param("startsAt", "2026-12-10T10:00")
			.param("link", "https://meet.example.kg/seminar")
			.param("capacity", "1");
	}

	String page(long id, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/events/" + id).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	void act(RequestPostProcessor who, String path) throws Exception {
		mvc.perform(post(path).with(who).with(csrf())).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("done", true));
	}

	RequestPostProcessor organiser() {
		return as(secretary, "OMB_SECRETARY@ASSOCIATION:" + omb.id());
	}

}
