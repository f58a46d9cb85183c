package kg.omb.directory.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import kg.omb.directory.ActIssuer;

/** The recorded legal acts. */
interface LegalActRecords extends JpaRepository<LegalAct, Long> {

	@Query("select a from LegalAct a where a.issuerType = ?1 and a.issuerId = ?2 order by a.signedOn desc, a.id desc")
	List<LegalAct> issuedBy(ActIssuer.Type type, long issuerId);

	@Query("select a from LegalAct a where a.issuerType = ?1 and a.issuerId = ?2")
	Page<LegalAct> pageIssuedBy(ActIssuer.Type type, long issuerId, Pageable page);

	@Query("select a from LegalAct a where a.fileId is null order by a.signedOn asc, a.id asc")
	List<LegalAct> withoutFile();

	@Query("select count(a) > 0 from LegalAct a where a.issuerType = ?1 and a.issuerId = ?2 and a.number = ?3 "
			+ "and a.signedOn = ?4")
	boolean exists(ActIssuer.Type type, long issuerId, String number, LocalDate signedOn);

	boolean existsByFileId(long fileId);

}
