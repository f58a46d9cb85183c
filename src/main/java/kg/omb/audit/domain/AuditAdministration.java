package kg.omb.audit.domain;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What administrators do with the audit trail: search it, export it and verify its chain. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditAdministration {

	public static final int PAGE_SIZE = 50;

	static final int EXPORT_BATCH = 500;

	private final AuditRecords records;

	private final ChainVerifier verifier;

	AuditAdministration(AuditRecords records, ChainVerifier verifier) {
		this.records = records;
		this.verifier = verifier;
	}

	/** A page (from 0) of the matching entries, newest first. */
	public Page<AuditRecord> search(AuditFilter filter, int page) {
		var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		long total = records.count(filter);
		List<AuditRecord> entries = request.getOffset() < total
				? records.newestFirst(filter, request.getOffset(), PAGE_SIZE) : List.of();
		return new PageImpl<>(entries, request, total);
	}

	/**
	 * Every matching entry, newest first. The stream reads a batch at a time as it is consumed (the first at once,
	 * so that a refusal comes before anything is written).
	 */
	public Stream<AuditRecord> export(AuditFilter filter) {
		return Stream.iterate(records.newestFirstBefore(filter, Long.MAX_VALUE, EXPORT_BATCH),
				batch -> !batch.isEmpty(),
				batch -> batch.size() < EXPORT_BATCH ? List.of()
						: records.newestFirstBefore(filter, batch.get(batch.size() - 1).sequence(), EXPORT_BATCH))
			.flatMap(List::stream);
	}

	public ChainVerification verify() {
		return verifier.verify();
	}

}
