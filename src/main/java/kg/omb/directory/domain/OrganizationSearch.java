package kg.omb.directory.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/** The filter of the organisations list as a query: kind, region, sector taught, and name or code containing. */
final class OrganizationSearch {

	private OrganizationSearch() {
	}

	static Specification<Organization> matching(OrganizationFilter filter) {
		return (root, query, builder) -> {
			List<Predicate> conditions = new ArrayList<>();
			if (filter.kind() != null) {
				conditions.add(builder.equal(root.get("kind"), filter.kind()));
			}
			if (filter.region() != null) {
				conditions.add(builder.equal(root.get("region"), filter.region()));
			}
			if (filter.sector() != null) {
				conditions.add(builder.isMember(filter.sector(), root.get("sectors")));
			}
			String text = filter.normalizedQuery();
			if (!text.isEmpty()) {
				String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				List<Predicate> any = new ArrayList<>();
				any.add(builder.like(builder.lower(root.get("code")), pattern, '\\'));
				for (String name : List.of("name", "shortName")) {
					for (String language : List.of("ky", "ru", "en")) {
						any.add(builder.like(builder.lower(root.get(name).get(language)), pattern, '\\'));
					}
				}
				conditions.add(builder.or(any.toArray(Predicate[]::new)));
			}
			return builder.and(conditions.toArray(Predicate[]::new));
		};
	}

}
