package kg.omb.directory.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import kg.omb.directory.AuthorityView;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationSector;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.OrganizationView;
import kg.omb.directory.Region;
import kg.omb.directory.domain.OrganizationAdministration;
import kg.omb.shared.LocalizedText;

/**
 * Education organisations in and out, matched by their code. Besides the cells' own rules a row must name a known
 * supervising authority, one the person may name (an officer: their own), and may not take over an organisation
 * another authority supervises; a code may come once in a file.
 */
@Component
class OrganizationTransfer implements ImportTarget<OrganizationRow> {

	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,31}");

	static final Column CODE_COLUMN = Column.required("code", 32);

	static final Column KIND = Column.required("kind", 40);

	static final Column NAME_KY = Column.required("name_ky", 500);

	static final Column NAME_RU = Column.optional("name_ru", 500);

	static final Column NAME_EN = Column.optional("name_en", 500);

	static final Column SHORT_KY = Column.optional("short_name_ky", 100);

	static final Column SHORT_RU = Column.optional("short_name_ru", 100);

	static final Column SHORT_EN = Column.optional("short_name_en", 100);

	static final Column SECTORS = Column.optional("sectors", 100);

	static final Column REGION = Column.required("region", 32);

	static final Column SPECIAL_STATUS = Column.optional("special_status", 10);

	static final Column AUTHORITY = Column.optional("authority_code", 32);

	static final Column ADDRESS = Column.optional("address", 500);

	static final Column WEBSITE = Column.optional("website", 500);

	static final Column HEAD_NAME = Column.optional("head_name", 200);

	static final Column HEAD_POSITION = Column.optional("head_position", 200);

	static final List<Column> COLUMNS = List.of(CODE_COLUMN, KIND, NAME_KY, NAME_RU, NAME_EN, SHORT_KY, SHORT_RU,
			SHORT_EN, SECTORS, REGION, SPECIAL_STATUS, AUTHORITY, ADDRESS, WEBSITE, HEAD_NAME, HEAD_POSITION);

	private final Directory directory;

	private final OrganizationAdministration administration;

	OrganizationTransfer(Directory directory, OrganizationAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.ORGANIZATIONS;
	}

	@Override
	public List<Column> columns() {
		return COLUMNS;
	}

	@Override
	public String fileName() {
		return "organizations";
	}

	@Override
	public @Nullable OrganizationRow parse(RowCells cells) {
		String code = cells.code(CODE_COLUMN, CODE, true, "transfer.error.organization.code");
		OrganizationKind kind = cells.choice(KIND, OrganizationKind.class);
		LocalizedText name = cells.name(NAME_KY, NAME_RU, NAME_EN, true);
		LocalizedText shortName = cells.name(SHORT_KY, SHORT_RU, SHORT_EN, false);
		var sectors = cells.choices(SECTORS, EducationSector.class);
		Region region = cells.choice(REGION, Region.class);
		boolean specialStatus = cells.flag(SPECIAL_STATUS);
		String authority = cells.text(AUTHORITY);
		if (kind != null && kind.teaches() && sectors.isEmpty() && cells.raw(SECTORS).isEmpty()) {
			cells.error(SECTORS, "", "transfer.error.organization.sectors-required");
		}
		if (specialStatus && kind != null
				&& !(kind == OrganizationKind.UNIVERSITY && sectors.contains(EducationSector.HIGHER))) {
			cells.error(SPECIAL_STATUS, cells.raw(SPECIAL_STATUS), "transfer.error.organization.special-status");
		}
		String address = cells.text(ADDRESS);
		String website = cells.text(WEBSITE);
		String headName = cells.text(HEAD_NAME);
		String headPosition = cells.text(HEAD_POSITION);
		if (code == null || kind == null || region == null || name.ky() == null) {
			return null;
		}
		return new OrganizationRow(code, kind, name, shortName, sectors, region, specialStatus,
				authority == null ? null : authority.toUpperCase(Locale.ROOT), null, address, website, headName,
				headPosition);
	}

	@Override
	public List<Planned<OrganizationRow>> plan(List<Numbered<OrganizationRow>> rows, ImporterRights rights,
			Problems problems) {
		Map<String, AuthorityView> authorities = new HashMap<>();
		directory.authorities().forEach(body -> authorities.put(body.code().toUpperCase(Locale.ROOT), body));
		Map<Long, String> authorityCodes = authorityCodes();
		Map<String, OrganizationRow> existing = new HashMap<>();
		directory.organizations()
			.forEach(view -> existing.put(view.code(), OrganizationRow.of(view, authorityCodes.get(view.authorityId()))));
		Map<String, Integer> seen = new HashMap<>();
		List<Planned<OrganizationRow>> planned = new ArrayList<>();
		for (Numbered<OrganizationRow> numbered : rows) {
			OrganizationRow row = numbered.value();
			Integer first = seen.putIfAbsent(row.code(), numbered.row());
			if (first != null) {
				problems.error(numbered.row(), CODE_COLUMN, row.code(), "transfer.error.duplicate-code", first);
				continue;
			}
			AuthorityView authority = authority(numbered, authorities, rights, problems);
			OrganizationRow before = existing.get(row.code());
			if (before != null && !rights.maySupervise(before.authorityId())) {
				problems.error(numbered.row(), CODE_COLUMN, row.code(), "transfer.error.organization.foreign",
						Objects.toString(before.authorityCode(), ""));
				continue;
			}
			planned.add(Planned.of(new Numbered<>(numbered.row(), row.supervisedBy(authority)), before));
		}
		return planned;
	}

	private @Nullable AuthorityView authority(Numbered<OrganizationRow> numbered, Map<String, AuthorityView> authorities,
			ImporterRights rights, Problems problems) {
		String code = numbered.value().authorityCode();
		if (code == null) {
			if (!rights.maySupervise(null)) {
				problems.error(numbered.row(), AUTHORITY, "", "transfer.error.organization.authority-required");
			}
			return null;
		}
		AuthorityView authority = authorities.get(code);
		if (authority == null) {
			problems.error(numbered.row(), AUTHORITY, code, "transfer.error.organization.unknown-authority");
			return null;
		}
		if (!rights.maySupervise(authority.id())) {
			problems.error(numbered.row(), AUTHORITY, code, "transfer.error.organization.not-your-authority");
		}
		return authority;
	}

	@Override
	public void write(List<Planned<OrganizationRow>> rows, Runnable written) {
		for (Planned<OrganizationRow> row : rows) {
			if (row.outcome() != Counts.Outcome.UNCHANGED) {
				RowRefused.guard(row.row(), () -> administration.saveByCode(row.value().data()));
			}
			written.run();
		}
	}

	@Override
	public List<String> cells(OrganizationRow row) {
		return List.of(row.code(), row.kind().name(), text(row.name().ky()), text(row.name().ru()),
				text(row.name().en()), text(row.shortName().ky()), text(row.shortName().ru()),
				text(row.shortName().en()), RowCells.joined(row.sectors().stream()
					.sorted()
					.map(Enum::name)
					.toList()),
				row.region().name(), Boolean.toString(row.specialStatus()), text(row.authorityCode()),
				text(row.address()), text(row.website()), text(row.headName()), text(row.headPosition()));
	}

	@Override
	public void each(Consumer<OrganizationRow> consumer) {
		Map<Long, String> authorityCodes = authorityCodes();
		directory.organizations()
			.stream()
			.sorted(Comparator.comparing(OrganizationView::code))
			.forEach(view -> consumer.accept(OrganizationRow.of(view, authorityCodes.get(view.authorityId()))));
	}

	private Map<Long, String> authorityCodes() {
		Map<Long, String> codes = new HashMap<>();
		directory.authorities().forEach(body -> codes.put(body.id(), body.code()));
		return codes;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
