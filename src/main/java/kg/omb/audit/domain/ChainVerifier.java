package kg.omb.audit.domain;

import java.util.List;

import org.springframework.stereotype.Service;

import kg.omb.audit.domain.ChainVerification.Problem;

/**
 * Walks the audit chain from entry 1 to the head as it stood when the walk began, a page at a time, and reports the
 * first link that does not hold: a missing sequence number (an entry was removed), a previous hash that is not the
 * hash of the entry before (an entry before was removed or rewritten), or a hash that the entry's own fields no
 * longer give (the entry was edited). Entries appended during the walk are left for the next one.
 */
@Service
public class ChainVerifier {

	static final int PAGE_SIZE = 200;

	private final AuditRecords records;

	ChainVerifier(AuditRecords records) {
		this.records = records;
	}

	public ChainVerification verify() {
		AuditRecords.Head head = records.head();
		long expected = 1;
		String previousHash = ChainHash.GENESIS;
		while (expected <= head.lastSequence()) {
			List<AuditRecord> page = records.inSequence(expected, head.lastSequence(), PAGE_SIZE);
			if (page.isEmpty()) {
				return ChainVerification.brokenAt(expected, Problem.REMOVED);
			}
			for (AuditRecord entry : page) {
				if (entry.sequence() != expected) {
					return ChainVerification.brokenAt(expected, Problem.REMOVED);
				}
				if (!entry.previousHash().equals(previousHash)) {
					return ChainVerification.brokenAt(expected, Problem.RELINKED);
				}
				if (!entry.sealedIntact()) {
					return ChainVerification.brokenAt(expected, Problem.EDITED);
				}
				previousHash = entry.hash();
				expected++;
			}
		}
		if (head.lastSequence() > 0 && !previousHash.equals(head.lastHash())) {
			// the last entry was rewritten with a fresh hash: only the head still knows the old one
			return ChainVerification.brokenAt(head.lastSequence(), Problem.EDITED);
		}
		return ChainVerification.intact(head.lastSequence());
	}

}
