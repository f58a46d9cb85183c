package kg.omb.reports;

/** Where an annual report stands: written, approved by the chair, or published (then final). */
public enum ReportStatus {

	DRAFT, APPROVED, PUBLISHED

}
