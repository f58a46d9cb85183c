package kg.omb.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import kg.omb.shared.DomainException;
import kg.omb.shared.NotFoundException;

/** The legal acts other modules cite. Acts are recorded in the directory's own pages. */
public interface LegalActs {

	Optional<LegalActView> find(long id);

	/** The acts with these ids, in no particular order; unknown ids are left out. */
	default List<LegalActView> find(Collection<Long> ids) {
		return ids.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
	}

	/** Acts of an issuer, newest first. */
	List<LegalActView> issuedBy(ActIssuer issuer);

	/** Acts that have no scanned file yet, oldest first. */
	List<LegalActView> withoutFile();

	/**
	 * The act, when a change may rest on it: it exists and was issued by one of the expected issuers.
	 * @throws NotFoundException {@code act.error.not-found} when there is no such act
	 * @throws DomainException {@code act.error.wrong-issuer} when someone else issued it
	 */
	LegalActView requireIssuedBy(long actId, ActIssuer... expected);

}
