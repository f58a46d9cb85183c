package kg.omb.reports.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import kg.omb.reports.domain.ReportDetails;
import kg.omb.shared.LocalizedText;

/**
 * The narrative parts of a report as the chair wrote them, HTML in each language, which the report keeps
 * sanitized; {@code version} is the report's lock.
 */
record NarrativeForm(@Nullable Long version,
		@Size(max = 100_000, message = "{reports.manage.form.too-long}") @Nullable String introductionKy,
		@Size(max = 100_000, message = "{reports.manage.form.too-long}") @Nullable String introductionRu,
		@Size(max = 100_000, message = "{reports.manage.form.too-long}") @Nullable String introductionEn,
		@Size(max = 100_000, message = "{reports.manage.form.too-long}") @Nullable String conclusionsKy,
		@Size(max = 100_000, message = "{reports.manage.form.too-long}") @Nullable String conclusionsRu,
		@Size(max = 100_000, message = "{reports.manage.form.too-long}") @Nullable String conclusionsEn,
		@Size(max = 100_000, message = "{reports.manage.form.too-long}") @Nullable String plansKy,
		@Size(max = 100_000, message = "{reports.manage.form.too-long}") @Nullable String plansRu,
		@Size(max = 100_000, message = "{reports.manage.form.too-long}") @Nullable String plansEn) {

	static NarrativeForm of(ReportDetails report) {
		return new NarrativeForm(report.version(), report.introduction().ky(), report.introduction().ru(),
				report.introduction().en(), report.conclusions().ky(), report.conclusions().ru(),
				report.conclusions().en(), report.plans().ky(), report.plans().ru(), report.plans().en());
	}

	LocalizedText introduction() {
		return new LocalizedText(introductionKy, introductionRu, introductionEn);
	}

	LocalizedText conclusions() {
		return new LocalizedText(conclusionsKy, conclusionsRu, conclusionsEn);
	}

	LocalizedText plans() {
		return new LocalizedText(plansKy, plansRu, plansEn);
	}

}
