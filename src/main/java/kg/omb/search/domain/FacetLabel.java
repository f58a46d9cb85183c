package kg.omb.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.shared.LocalizedText;

/** The label of a facet value, in three languages, as the content that carries it last named it. */
@Entity
@Table(name = "search_facet_label")
class FacetLabel {

	@Id
	@Column(name = "term")
	private String term;

	@Column(name = "label_ky")
	private @Nullable String ky;

	@Column(name = "label_ru")
	private @Nullable String ru;

	@Column(name = "label_en")
	private @Nullable String en;

	protected FacetLabel() {
		this.term = "";
	}

	FacetLabel(String term, LocalizedText label) {
		this.term = term;
		name(label);
	}

	/** Whether the label changed. */
	boolean name(LocalizedText label) {
		boolean changed = !label.equals(label());
		ky = label.ky();
		ru = label.ru();
		en = label.en();
		return changed;
	}

	String getTerm() {
		return term;
	}

	LocalizedText label() {
		return new LocalizedText(ky, ru, en);
	}

}
