package kg.omb.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.documents.ClauseLevel;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.Strings;
import kg.omb.shared.html.RichText;

/**
 * A chapter, section, clause or sub-clause of one version of a document. Its key stays the same from version to
 * version, so that the same clause can be compared across them even when renumbered. Text is stored sanitized;
 * two authors saving the same clause from the same version: the second is refused (optimistic locking).
 */
@Entity
@Table(name = "document_clause")
public class Clause extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "version_id", nullable = false, updatable = false)
	private DocumentVersion documentVersion;

	@Column(name = "clause_key", nullable = false, updatable = false)
	private String key;

	@Column(name = "number", nullable = false)
	private String number;

	@Enumerated(EnumType.STRING)
	@Column(name = "level", nullable = false)
	private ClauseLevel level;

	@Column(name = "heading")
	private @Nullable String heading;

	@Column(name = "html", nullable = false)
	private String html;

	@Column(name = "position", nullable = false)
	private int position;

	protected Clause() {
		this.documentVersion = null;
		this.key = "";
		this.number = "";
		this.level = ClauseLevel.CLAUSE;
		this.html = "";
	}

	public Clause(DocumentVersion documentVersion, String key, String number, ClauseLevel level,
			@Nullable String heading, String html, int position) {
		documentVersion.requireWorking();
		this.documentVersion = documentVersion;
		this.key = key;
		this.number = requireNumber(number);
		this.level = level;
		this.heading = Strings.blankToNull(heading);
		this.html = RichText.sanitize(html);
		this.position = position;
	}

	/** The same clause in a new working version. */
	public Clause copyTo(DocumentVersion newVersion) {
		return new Clause(newVersion, key, number, level, heading, html, position);
	}

	public void edit(String newNumber, ClauseLevel newLevel, @Nullable String newHeading, String newHtml,
			int newPosition) {
		documentVersion.requireWorking();
		number = requireNumber(newNumber);
		level = newLevel;
		heading = Strings.blankToNull(newHeading);
		html = RichText.sanitize(newHtml);
		position = newPosition;
	}

	@PreUpdate
	@PreRemove
	void refuseChangeOfPublished() {
		documentVersion.requireWorking();
	}

	/** A number such as 3, 3.2.1 or a chapter's II; none for an unnumbered heading or preamble. */
	private static String requireNumber(String number) {
		String stripped = Strings.blankToNull(number);
		if (stripped == null) {
			return "";
		}
		if (!stripped.matches("[0-9]+(\\.[0-9]+)*\\.?|[IVXLC]+\\.?")) {
			throw new DomainException("documents.error.clause-number", number);
		}
		return stripped;
	}

	public DocumentVersion getDocumentVersion() {
		return documentVersion;
	}

	public String getKey() {
		return key;
	}

	public String getNumber() {
		return number;
	}

	public ClauseLevel getLevel() {
		return level;
	}

	public @Nullable String getHeading() {
		return heading;
	}

	public String getHtml() {
		return html;
	}

	public int getPosition() {
		return position;
	}

}
