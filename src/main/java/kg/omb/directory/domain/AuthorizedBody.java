package kg.omb.directory.domain;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import kg.omb.directory.AuthorityView;
import kg.omb.directory.EducationSector;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

/**
 * An authorized state body (§3): the ministry that creates OMBs and answers for one or both sectors. Since 2025
 * higher and vocational education sit in different ministries, so there may be several.
 */
@Entity
@Table(name = "authorized_body")
public class AuthorizedBody extends BaseEntity {

	@Column(nullable = false, length = 32, updatable = false)
	private String code;

	@Embedded
	@AttributeOverride(name = "ky", column = @Column(name = "name_ky"))
	@AttributeOverride(name = "ru", column = @Column(name = "name_ru"))
	@AttributeOverride(name = "en", column = @Column(name = "name_en"))
	private @Nullable LocalizedText name;

	@Embedded
	@AttributeOverride(name = "ky", column = @Column(name = "short_name_ky"))
	@AttributeOverride(name = "ru", column = @Column(name = "short_name_ru"))
	@AttributeOverride(name = "en", column = @Column(name = "short_name_en"))
	private @Nullable LocalizedText shortName;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "authorized_body_sector", joinColumns = @JoinColumn(name = "authority_id"))
	@Column(name = "sector", nullable = false)
	@Enumerated(EnumType.STRING)
	private Set<EducationSector> sectors = new HashSet<>();

	private @Nullable String website;

	protected AuthorizedBody() {
		this.code = "";
	}

	public AuthorizedBody(AuthorityDetails details) {
		this.code = Codes.organizationCode(details.code(), "authority.error.code-format");
		apply(details);
	}

	/** Changes names, sectors and website; the code stays what it was. */
	public void update(AuthorityDetails details) {
		if (!code.equals(details.code().strip().toUpperCase(Locale.ROOT))) {
			throw new DomainException("authority.error.code-fixed", code);
		}
		apply(details);
	}

	private void apply(AuthorityDetails details) {
		if (details.name() == null || details.name().isEmpty()) {
			throw new DomainException("authority.error.name-required");
		}
		if (details.sectors() == null || details.sectors().isEmpty()) {
			throw new DomainException("authority.error.sectors-required");
		}
		this.name = details.name();
		this.shortName = Texts.orNull(details.shortName());
		this.sectors.clear();
		this.sectors.addAll(details.sectors());
		this.website = Texts.clean(details.website());
	}

	public String getCode() {
		return code;
	}

	public LocalizedText getName() {
		return Texts.orEmpty(name);
	}

	public AuthorityView view() {
		return new AuthorityView(id(), code, getName(), Texts.orEmpty(shortName), Texts.sectors(sectors));
	}

	public @Nullable String getWebsite() {
		return website;
	}

}
