package kg.omb.directory.transfer;

/** What an import did with its rows: created (a new code), updated (a code whose data differed), unchanged. */
public record Counts(int created, int updated, int unchanged) {

	public static final Counts NONE = new Counts(0, 0, 0);

	public int total() {
		return created + updated + unchanged;
	}

	Counts plus(Outcome outcome) {
		return switch (outcome) {
			case CREATED -> new Counts(created + 1, updated, unchanged);
			case UPDATED -> new Counts(created, updated + 1, unchanged);
			case UNCHANGED -> new Counts(created, updated, unchanged + 1);
		};
	}

	/** What importing one row did. */
	enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

}
