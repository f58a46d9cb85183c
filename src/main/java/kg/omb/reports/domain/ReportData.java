package kg.omb.reports.domain;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import kg.omb.association.MembershipChangeView;
import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.meetings.WorkOfYear;
import kg.omb.review.Recommendation;
import kg.omb.shared.LocalizedText;

/**
 * The figures of an OMB's year as the other modules hold them, on the day they were read ({@code compiledOn}):
 * the meetings module's work (plan, meetings, decisions, events), the documents worked on in the year with their
 * stage now, the expert reviews, and who joined or left. There is no register of grifs on the platform yet, so a
 * report has no grifs to show and says so.
 */
public record ReportData(long associationId, LocalizedText associationName, int year, LocalDate compiledOn,
		WorkOfYear work, List<DocumentLine> documents, Reviews reviews, List<MembershipChangeView> membershipChanges,
		int membersNow) {

	public ReportData {
		documents = List.copyOf(documents);
		membershipChanges = List.copyOf(membershipChanges);
	}

	/** Documents whose public discussion opened in the year. */
	public long discussionsRun() {
		return documents.stream().filter(DocumentLine::discussedInYear).count();
	}

	public long joined() {
		return membershipChanges.stream().filter(MembershipChangeView::joined).count();
	}

	public long left() {
		return membershipChanges.size() - joined();
	}

	/** A document the OMB worked on in the year, its stage now, and whether its discussion opened in the year. */
	public record DocumentLine(long id, LocalizedText title, DocumentKind kind, DocumentStatus status,
			boolean discussedInYear) {
	}

	/** Reviews asked for in the year, those decided in it (listed), and those overdue on the day of reading. */
	public record Reviews(int requested, List<ReviewLine> decided, int overdue) {

		public Reviews {
			decided = List.copyOf(decided);
		}

	}

	/** A review decided in the year: its subject, the decision and the day. */
	public record ReviewLine(long id, LocalizedText title, @Nullable Recommendation decision, LocalDate decidedOn) {
	}

}
