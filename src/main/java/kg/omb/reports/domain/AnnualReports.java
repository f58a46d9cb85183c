package kg.omb.reports.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import kg.omb.reports.ReportStatus;

interface AnnualReports extends JpaRepository<AnnualReport, Long> {

	Optional<AnnualReport> findByAssociationIdAndYear(long associationId, int year);

	List<AnnualReport> findByAssociationIdInOrderByYearDescIdDesc(Collection<Long> associationIds);

	List<AnnualReport> findAllByOrderByYearDescIdDesc();

	List<AnnualReport> findByStatus(ReportStatus status);

	List<AnnualReport> findByYear(int year);

	List<AnnualReport> findByAssociationIdAndStatusOrderByYearDesc(long associationId, ReportStatus status);

}
