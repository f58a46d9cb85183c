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

import kg.omb.directory.EducationSector;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.OrganizationView;
import kg.omb.directory.Region;
import kg.omb.shared.BaseEntity;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;

/**
 * An education organisation (university, college), the Republican Scientific-Methodological Centre (§19), or
 * another body taking part in the OMBs' work (professional associations, employers). A state university with special
 * status (§3, §17, §25) forms its own associations under its charter.
 */
@Entity
@Table(name = "organization")
public class Organization extends BaseEntity {

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

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganizationKind kind;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "organization_sector", joinColumns = @JoinColumn(name = "organization_id"))
	@Column(name = "sector", nullable = false)
	@Enumerated(EnumType.STRING)
	private Set<EducationSector> sectors = new HashSet<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Region region;

	@Column(name = "special_status", nullable = false)
	private boolean specialStatus;

	@Column(name = "authority_id")
	private @Nullable Long authorityId;

	private @Nullable String address;

	private @Nullable String website;

	@Column(name = "head_name")
	private @Nullable String headName;

	@Column(name = "head_position")
	private @Nullable String headPosition;

	protected Organization() {
		this.code = "";
		this.kind = OrganizationKind.OTHER;
		this.region = Region.BISHKEK_CITY;
	}

	public Organization(OrganizationData data) {
		this.code = Codes.organizationCode(data.code(), "organization.error.code-format");
		this.kind = data.kind();
		this.region = data.region();
		apply(data);
	}

	/** Takes the new details; the code is the organisation's identity and does not change. */
	public void update(OrganizationData data) {
		if (!code.equals(data.code() == null ? "" : data.code().strip().toUpperCase(Locale.ROOT))) {
			throw new DomainException("organization.error.code-fixed", code);
		}
		apply(data);
	}

	private void apply(OrganizationData data) {
		check(data);
		this.name = data.name();
		this.shortName = Texts.orNull(data.shortName());
		this.kind = data.kind();
		this.sectors.clear();
		this.sectors.addAll(Texts.sectors(data.sectors()));
		this.region = data.region();
		this.specialStatus = data.specialStatus();
		this.authorityId = data.authorityId();
		this.address = Texts.clean(data.address());
		this.website = Texts.clean(data.website());
		this.headName = Texts.clean(data.headName());
		this.headPosition = Texts.clean(data.headPosition());
	}

	/** The rules every organisation keeps, checked before anything is taken. */
	static void check(OrganizationData data) {
		if (data.name() == null || data.name().isEmpty()) {
			throw new DomainException("organization.error.name-required");
		}
		if (data.kind() == null) {
			throw new DomainException("organization.error.kind-required");
		}
		if (data.region() == null) {
			throw new DomainException("organization.error.region-required");
		}
		if (data.kind().teaches() && (data.sectors() == null || data.sectors().isEmpty())) {
			throw new DomainException("organization.error.sectors-required");
		}
		if (data.specialStatus() && !(data.kind() == OrganizationKind.UNIVERSITY && data.sectors() != null
				&& data.sectors().contains(EducationSector.HIGHER))) {
			throw new DomainException("organization.error.special-status-university");
		}
	}

	public String getCode() {
		return code;
	}

	public LocalizedText getName() {
		return Texts.orEmpty(name);
	}

	public @Nullable Long getAuthorityId() {
		return authorityId;
	}

	public OrganizationKind getKind() {
		return kind;
	}

	public OrganizationView view() {
		return new OrganizationView(id(), code, getName(), Texts.orEmpty(shortName), kind, Texts.sectors(sectors),
				region, specialStatus, authorityId, address, website, headName, headPosition);
	}

}
