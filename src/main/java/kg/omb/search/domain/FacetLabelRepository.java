package kg.omb.search.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface FacetLabelRepository extends JpaRepository<FacetLabel, String> {
}
