package kg.omb.directory.transfer;

/**
 * Where an import is: waiting for a worker, reading the file, checking its rows, writing them (in one
 * transaction), or finished: imported, refused because of errors in the file (nothing imported), or failed for a
 * reason not in the file (nothing imported either).
 */
public enum ImportPhase {

	QUEUED, READING, CHECKING, IMPORTING, SUCCEEDED, REJECTED, FAILED;

	public boolean finished() {
		return this == SUCCEEDED || this == REJECTED || this == FAILED;
	}

}
