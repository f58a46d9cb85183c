package kg.omb.files.domain;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionTemplate;

import kg.omb.files.FileStore;

/**
 * Takes stored bytes away again when the transaction that was to record them does not commit, so that no orphan
 * file is left behind, unless another upload's row holds the same content. The check runs in a transaction of its
 * own: the caller's is over by then.
 */
class BytesRemovedOnRollback implements TransactionSynchronization {

	private static final Logger LOG = LoggerFactory.getLogger(BytesRemovedOnRollback.class);

	private final String sha256;

	private final FileStore store;

	private final FileRecords records;

	private final TransactionTemplate newReadOnlyTransaction;

	BytesRemovedOnRollback(String sha256, FileStore store, FileRecords records,
			TransactionTemplate newReadOnlyTransaction) {
		this.sha256 = sha256;
		this.store = store;
		this.records = records;
		this.newReadOnlyTransaction = newReadOnlyTransaction;
	}

	@Override
	public void afterCompletion(int status) {
		if (status == STATUS_COMMITTED) {
			return;
		}
		try {
			Boolean held = newReadOnlyTransaction.execute(transaction -> records.existsBySha256(sha256));
			if (!Boolean.TRUE.equals(held)) {
				store.delete(sha256);
			}
		}
		catch (IOException | RuntimeException failure) {
			LOG.error("Could not remove the bytes of {} after the upload was rolled back", sha256, failure);
		}
	}

}
