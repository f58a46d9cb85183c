package kg.omb.documents.web.manage;

/**
 * What the signed-in person may do with one document, for choosing which forms to show; the documents service
 * still decides every action. An author drafts and disposes of comments, the chair reviews and submits, and whoever
 * decides (the authority's officer, or the chair for the OMB's own documents) approves, returns or repeals.
 */
record Capacities(boolean author, boolean chair, boolean decides) {

	public boolean any() {
		return author || chair || decides;
	}

}
