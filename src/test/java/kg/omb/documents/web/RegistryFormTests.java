package kg.omb.documents.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import kg.omb.documents.DocumentFilter;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.RegistryPage;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry's filter as the address carries it, and its pages. */
class RegistryFormTests {

	@Test
	void knownValuesBecomeTheFilterAndUnknownOnesAreIgnored() {
		RegistryForm form = new RegistryForm("professional_standard", " BACHELOR ", "", 7L, "nonsense", 2026, -3);

		assertThat(form.toFilter()).isEqualTo(new DocumentFilter(DocumentKind.PROFESSIONAL_STANDARD, "BACHELOR", null,
				7L, null, 2026));
		assertThat(form.pageNumber()).isZero();
		assertThat(new RegistryForm(null, null, null, null, "superseded", null, 2).statusValue())
			.isEqualTo(DocumentStatus.SUPERSEDED);
	}

	@Test
	void aLinkToAnotherPageKeepsTheFilterAndLeavesOutWhatIsEmpty() {
		RegistryForm form = new RegistryForm("STATE_STANDARD_HIGHER", null, "580101", 7L, "", 2026, 0);

		assertThat(form.link(2)).isEqualTo("/documents?kind=STATE_STANDARD_HIGHER&specialty=580101&omb=7&year=2026&page=2");
		assertThat(form.link(0)).isEqualTo("/documents?kind=STATE_STANDARD_HIGHER&specialty=580101&omb=7&year=2026");
	}

	@Test
	void aPageKnowsWhetherThereAreOthersBeforeAndAfterIt() {
		RegistryPage first = new RegistryPage(List.of(), 0, 20, 41);
		RegistryPage last = new RegistryPage(List.of(), 2, 20, 41);

		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		assertThat(last.hasNext()).isFalse();
		assertThat(last.hasPrevious()).isTrue();
		assertThat(new RegistryPage(List.of(), 0, 20, 0).pages()).isZero();
	}

}
