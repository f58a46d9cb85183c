package kg.omb.surveys.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.directory.Directory;
import kg.omb.directory.OrganizationView;
import kg.omb.directory.Region;
import kg.omb.shared.LocalizedText;
import kg.omb.surveys.domain.Views.RoundView;
import kg.omb.surveys.domain.Views.TemplateView;
import kg.omb.surveys.forecast.Forecast;
import kg.omb.surveys.forecast.Forecaster;
import kg.omb.surveys.forecast.YearValue;

/**
 * The consolidated dataset of a round: the accepted answers' figures summed by specialty and level, by region and
 * by organisation, and the template's totals year by year. Read from the sums kept as answers are accepted
 * ({@link AcceptedTotals}), so that 210 organisations with 600 rows of 12 figures each are read as some 7,200 row
 * totals and 2,500 organisation totals, not as 1.5 million figures grouped on every request.
 */
@Service
@Transactional(readOnly = true)
public class Consolidation {

	private final SurveyService surveys;

	private final Directory directory;

	private final JdbcTemplate jdbc;

	private final AttachedFiles attachedFiles;

	Consolidation(SurveyService surveys, Directory directory, JdbcTemplate jdbc, AttachedFiles attachedFiles) {
		this.attachedFiles = attachedFiles;
		this.surveys = surveys;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/** A line of totals: what it totals (a row of the table, a region, an organisation) and a figure per column. */
	public record Line(String key, LocalizedText name, LocalizedText detail, Map<String, Long> figures) {

		public long figure(String column) {
			return figures.getOrDefault(column, 0L);
		}

	}

	/** The totals, and which organisations attached a file to each FILE field (none in a published summary). */
	public record RoundTotals(TemplateView template, RoundView round, int accepted, int expected, List<Line> rows,
			List<Line> byLevel, List<Line> byRegion, List<Line> byOrganization, Map<String, Long> total,
			List<Line> years, List<Views.AttachedFile> files) {
	}

	public RoundTotals of(long roundId) {
		RoundView round = surveys.round(roundId);
		return totals(round, surveys.template(round.templateId()), true);
	}

	/**
	 * The published summary of a round, for anyone: the totals by specialty and level, by level, by region and year
	 * by year; never one organisation's figures.
	 */
	public RoundTotals published(long roundId) {
		SurveyService.PublishedRound published = surveys.publishedRound(roundId);
		return totals(published.round(), published.template(), false);
	}

	private RoundTotals totals(RoundView round, TemplateView template, boolean withOrganizations) {
		long roundId = round.id();
		Map<String, Views.RowView> rowViews = new LinkedHashMap<>();
		template.rows().forEach(row -> rowViews.put(row.row().specialtyCode() + "|" + row.row().levelCode(), row));
		Map<String, Map<String, Long>> rowFigures = new LinkedHashMap<>();
		rowViews.keySet().forEach(key -> rowFigures.put(key, new HashMap<>()));
		Map<String, Map<String, Long>> levels = new LinkedHashMap<>();
		Map<String, Long> total = new HashMap<>();
		jdbc.query("select specialty_code, level_code, column_code, amount from survey_round_total where round_id = ? "
				+ "order by specialty_code, level_code, column_code", rs -> {
					String key = rs.getString(1) + "|" + rs.getString(2);
					long amount = rs.getLong(4);
					rowFigures.computeIfAbsent(key, k -> new HashMap<>()).merge(rs.getString(3), amount, Long::sum);
					levels.computeIfAbsent(rs.getString(2), k -> new HashMap<>()).merge(rs.getString(3), amount,
							Long::sum);
					total.merge(rs.getString(3), amount, Long::sum);
				}, roundId);
		List<Line> rows = new ArrayList<>();
		rowFigures.forEach((key, figures) -> {
			Views.RowView view = rowViews.get(key);
			rows.add(view == null ? new Line(key, SurveyService.plain(key), SurveyService.plain(""), figures)
					: new Line(key, view.specialtyName(), view.levelName(), figures));
		});
		Map<String, LocalizedText> levelNames = surveys.levelNames();
		List<Line> byLevel = new ArrayList<>();
		levels.forEach((level, figures) -> byLevel.add(
				new Line(level, levelNames.getOrDefault(level, SurveyService.plain(level)), SurveyService.plain(""),
						figures)));
		Map<Long, Map<String, Long>> organizations = new LinkedHashMap<>();
		jdbc.query("select a.organization_id, t.column_code, t.amount from survey_answer_total t "
				+ "join survey_answer a on a.id = t.answer_id where a.round_id = ? and a.status = 'ACCEPTED' "
				+ "order by a.organization_id, t.column_code", rs -> {
					organizations.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
						.put(rs.getString(2), rs.getLong(3));
				}, roundId);
		Map<Long, OrganizationView> named = new HashMap<>();
		directory.organizations(organizations.keySet()).forEach(organization -> named.put(organization.id(),
				organization));
		List<Line> byOrganization = new ArrayList<>();
		Map<Region, Map<String, Long>> regions = new TreeMap<>();
		organizations.forEach((id, figures) -> {
			OrganizationView organization = named.get(id);
			byOrganization.add(new Line(Long.toString(id),
					organization == null ? SurveyService.plain("#" + id) : organization.name(),
					SurveyService.plain(organization == null ? "" : organization.region().name()), figures));
			if (organization != null) {
				Map<String, Long> region = regions.computeIfAbsent(organization.region(), k -> new HashMap<>());
				figures.forEach((column, amount) -> region.merge(column, amount, Long::sum));
			}
		});
		byOrganization.sort(java.util.Comparator.comparing(line -> line.name().in(java.util.Locale.ROOT)));
		List<Line> byRegion = new ArrayList<>();
		regions.forEach((region, figures) -> byRegion.add(new Line(region.name(), SurveyService.plain(region.name()),
				SurveyService.plain(""), figures)));
		Integer[] counts = jdbc.queryForObject("select count(*), sum(case when status = 'ACCEPTED' then 1 else 0 end) "
				+ "from survey_answer where round_id = ?", (rs, n) -> new Integer[] { rs.getInt(1), rs.getInt(2) },
				roundId);
		return new RoundTotals(template, round, counts[1] == null ? 0 : counts[1], counts[0], rows, byLevel,
				byRegion, withOrganizations ? byOrganization : List.of(), total, years(template.id(), !withOrganizations),
				withOrganizations ? attachedFiles.of(roundId, template.definition()) : List.of());
	}

	/** The template's totals per column for every year it was sent, from the accepted answers. */
	public List<Line> years(long templateId) {
		return years(templateId, false);
	}

	private List<Line> years(long templateId, boolean publishedOnly) {
		Map<Integer, Map<String, Long>> years = new TreeMap<>();
		jdbc.query("select r.period_year, t.column_code, sum(t.amount) from survey_round_total t "
				+ "join survey_round r on r.id = t.round_id "
				+ "where r.template_id = ?" + (publishedOnly ? " and r.published = true" : "")
				+ " group by r.period_year, t.column_code", rs -> {
					years.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
				}, templateId);
		List<Line> lines = new ArrayList<>();
		years.forEach((year, figures) -> lines.add(new Line(Integer.toString(year),
				SurveyService.plain(Integer.toString(year)), SurveyService.plain(""), figures)));
		return lines;
	}

	/** A specialty's series of one column over the years (all its levels together) and its projection. */
	public record SpecialtySeries(String specialtyCode, LocalizedText name, List<YearValue> history,
			java.util.Optional<Forecast> forecast) {
	}

	public List<SpecialtySeries> forecasts(long templateId, String column, int years) {
		TemplateView template = surveys.template(templateId);
		Map<String, TreeMap<Integer, Long>> series = new LinkedHashMap<>();
		template.rows().forEach(row -> series.putIfAbsent(row.row().specialtyCode(), new TreeMap<>()));
		jdbc.query("select t.specialty_code, r.period_year, sum(t.amount) from survey_round_total t "
				+ "join survey_round r on r.id = t.round_id where r.template_id = ? and t.column_code = ? "
				+ "group by t.specialty_code, r.period_year", rs -> {
					series.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getLong(3));
				}, templateId, column);
		Map<String, LocalizedText> names = new HashMap<>();
		template.rows().forEach(row -> names.putIfAbsent(row.row().specialtyCode(), row.specialtyName()));
		List<SpecialtySeries> result = new ArrayList<>();
		series.forEach((code, values) -> {
			List<YearValue> history = values.entrySet()
				.stream()
				.map(entry -> YearValue.observed(entry.getKey(), entry.getValue()))
				.toList();
			result.add(new SpecialtySeries(code, names.getOrDefault(code, SurveyService.plain(code)), history,
					Forecaster.project(history, years)));
		});
		return result;
	}

}
