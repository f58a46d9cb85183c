package kg.omb.directory.domain;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.directory.ActIssuer;
import kg.omb.directory.LegalActKind;
import kg.omb.directory.LegalActView;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

/**
 * An order, decree or charter of an authority or an organisation. What it says is not edited once recorded
 * (openness, §6: a correction is a new act); only its scan may be added, once, when it was not at hand.
 */
@Entity
@Table(name = "legal_act")
public class LegalAct extends BaseEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private LegalActKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "issuer_type", nullable = false, updatable = false)
	private ActIssuer.Type issuerType;

	@Column(name = "issuer_id", nullable = false, updatable = false)
	private long issuerId;

	@Column(nullable = false, updatable = false)
	private String number;

	@Column(name = "signed_on", nullable = false, updatable = false)
	private LocalDate signedOn;

	@Embedded
	@AttributeOverride(name = "ky", column = @Column(name = "title_ky", updatable = false))
	@AttributeOverride(name = "ru", column = @Column(name = "title_ru", updatable = false))
	@AttributeOverride(name = "en", column = @Column(name = "title_en", updatable = false))
	private @Nullable LocalizedText title;

	@Column(name = "effective_on", nullable = false, updatable = false)
	private LocalDate effectiveOn;

	@Column(name = "file_id")
	private @Nullable Long fileId;

	protected LegalAct() {
		this.kind = LegalActKind.ORDER;
		this.issuerType = ActIssuer.Type.AUTHORITY;
		this.number = "";
		this.signedOn = LocalDate.EPOCH;
		this.effectiveOn = LocalDate.EPOCH;
	}

	public LegalAct(LegalActData data) {
		check(data);
		this.kind = data.kind();
		this.issuerType = data.issuer().type();
		this.issuerId = data.issuer().id();
		this.number = normalizedNumber(data.number());
		this.signedOn = data.signedOn();
		this.title = data.title();
		this.effectiveOn = data.effectiveOn();
	}

	/** The rules of a recorded act, checked before anything is kept. */
	static void check(LegalActData data) {
		if (data.kind() == null) {
			throw new DomainException("act.error.kind-required");
		}
		if (data.issuer() == null) {
			throw new DomainException("act.error.issuer-required");
		}
		if (normalizedNumber(data.number()).isEmpty()) {
			throw new DomainException("act.error.number-required");
		}
		if (data.signedOn() == null) {
			throw new DomainException("act.error.signed-on-required");
		}
		if (data.title() == null || data.title().isEmpty()) {
			throw new DomainException("act.error.title-required");
		}
		if (data.effectiveOn() == null) {
			throw new DomainException("act.error.effective-on-required");
		}
		if (data.effectiveOn().isBefore(data.signedOn())) {
			throw new DomainException("act.error.effective-before-signed");
		}
	}

	/** Numbers are compared as written, without surrounding or doubled spaces ({@code 123/1}, {@code № 45-п}). */
	static String normalizedNumber(@Nullable String number) {
		return number == null ? "" : number.strip().replaceAll("\\s+", " ");
	}

	/** The scan of the signed act, added when it was not at hand at recording. */
	public void attachScan(long storedFileId) {
		if (fileId != null) {
			throw new DomainException("act.error.scan-present");
		}
		this.fileId = storedFileId;
	}

	public ActIssuer issuer() {
		return new ActIssuer(issuerType, issuerId);
	}

	public @Nullable Long getFileId() {
		return fileId;
	}

	public LegalActView view() {
		return new LegalActView(id(), kind, issuer(), number, signedOn, Texts.orEmpty(title), effectiveOn, fileId);
	}

}
