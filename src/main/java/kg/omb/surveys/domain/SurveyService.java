package kg.omb.surveys.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kg.omb.association.AssociationView;
import kg.omb.association.Associations;
import kg.omb.audit.AuditLog;
import kg.omb.directory.ClassifierEntryView;
import kg.omb.directory.Directory;
import kg.omb.directory.EducationLevelView;
import kg.omb.directory.OrganizationKind;
import kg.omb.directory.OrganizationView;
import kg.omb.shared.Bishkek;
import kg.omb.shared.DomainException;
import kg.omb.shared.LocalizedText;
import kg.omb.shared.NotFoundException;
import kg.omb.surveys.domain.Views.AnswerView;
import kg.omb.surveys.domain.Views.FileView;
import kg.omb.surveys.domain.Views.OwnerOption;
import kg.omb.surveys.domain.Views.RoundView;
import kg.omb.surveys.domain.Views.RowView;
import kg.omb.surveys.domain.Views.TemplateView;

/** Designing requests, sending rounds, filling in answers and deciding on them, each checked against the person. */
@Service
@Transactional
public class SurveyService {

	private final SurveyTemplates templates;

	private final SurveyRounds rounds;

	private final SurveyAnswers answers;

	private final SurveyAccess access;

	private final Directory directory;

	private final Associations associations;

	private final AuditLog audit;

	private final JdbcTemplate jdbc;

	private final AcceptedTotals acceptedTotals;

	private final Clock clock;

	private final AnswerFiles answerFiles;

	SurveyService(SurveyTemplates templates, SurveyRounds rounds, SurveyAnswers answers, SurveyAccess access,
			Directory directory, Associations associations, AuditLog audit, JdbcTemplate jdbc,
			AcceptedTotals acceptedTotals, Clock clock, AnswerFiles answerFiles) {
		this.answerFiles = answerFiles;
		this.templates = templates;
		this.rounds = rounds;
		this.answers = answers;
		this.access = access;
		this.directory = directory;
		this.associations = associations;
		this.audit = audit;
		this.jdbc = jdbc;
		this.acceptedTotals = acceptedTotals;
		this.clock = clock;
	}

	// --- templates

	@Transactional(readOnly = true)
	public List<OwnerOption> ownerOptions() {
		List<OwnerOption> options = new ArrayList<>();
		for (AssociationView association : associations.all()) {
			if (access.manages(OwnerType.ASSOCIATION, association.id())) {
				options.add(new OwnerOption(OwnerType.ASSOCIATION, association.id(), association.name()));
			}
		}
		directory.authorities()
			.stream()
			.filter(authority -> access.manages(OwnerType.AUTHORITY, authority.id()))
			.forEach(authority -> options.add(new OwnerOption(OwnerType.AUTHORITY, authority.id(), authority.name())));
		return options;
	}

	public long createTemplate(OwnerType ownerType, long ownerId, LocalizedText title) {
		if (!access.manages(ownerType, ownerId)) {
			throw new AccessDeniedException(SurveyAccess.NOT_ALLOWED);
		}
		if (ownerName(ownerType, ownerId).isEmpty()) {
			throw new DomainException("surveys.error.owner-unknown");
		}
		SurveyTemplate template = templates.save(new SurveyTemplate(ownerType, ownerId, title));
		audit.record("survey.template.created", "survey_template", template.id(),
				Map.of("owner", ownerType + ":" + ownerId));
		return template.id();
	}

	@Transactional(readOnly = true)
	public List<TemplateView> managedTemplates() {
		List<SurveyTemplate> found;
		if (access.administrator()) {
			found = templates.findAllByOrderByIdDesc();
		}
		else {
			found = new ArrayList<>(templates.findByOwnerTypeAndOwnerIdInOrderByIdDesc(OwnerType.ASSOCIATION,
					access.managedAssociations()));
			found.addAll(templates.findByOwnerTypeAndOwnerIdInOrderByIdDesc(OwnerType.AUTHORITY,
					access.managedAuthorities()));
		}
		return found.stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public TemplateView template(long id) {
		SurveyTemplate template = managedTemplate(id);
		return view(template);
	}

	/** Changes the structure of a template not yet sent, as the person who manages it. */
	public void design(long templateId, long version, java.util.function.Consumer<SurveyTemplate> change,
			String action) {
		SurveyTemplate template = managedTemplate(templateId);
		requireVersion(template.getVersion(), version);
		change.accept(template);
		templates.saveAndFlush(template);
		audit.record("survey.template." + action, "survey_template", templateId);
	}

	public void addField(long templateId, long version, FormField field) {
		design(templateId, version, template -> template.addField(field), "field-added");
	}

	public void addColumn(long templateId, long version, FormColumn column) {
		design(templateId, version, template -> template.addColumn(column), "column-added");
	}

	public void addRule(long templateId, long version, FormRule rule) {
		design(templateId, version, template -> template.addRule(rule), "rule-added");
	}

	/** Adds a classifier entry at its levels; for a group or direction, every specialty or direction under it. */
	public int addSpecialty(long templateId, long version, String code) {
		LocalDate today = Bishkek.today(clock);
		ClassifierEntryView entry = directory.requireUsable(code.strip(), today);
		int[] added = { 0 };
		design(templateId, version, template -> {
			for (ClassifierEntryView row : rowsOf(entry, today)) {
				added[0] += template.addRows(row.code(), row.levelCodes());
			}
		}, "rows-added");
		return added[0];
	}

	private List<ClassifierEntryView> rowsOf(ClassifierEntryView entry, LocalDate today) {
		if (!entry.levelCodes().isEmpty() && entry.kind() != kg.omb.directory.ClassifierKind.GROUP) {
			return List.of(entry);
		}
		List<ClassifierEntryView> under = new ArrayList<>();
		for (var kind : List.of(kg.omb.directory.ClassifierKind.DIRECTION, kg.omb.directory.ClassifierKind.SPECIALTY)) {
			directory.classifier(kind)
				.stream()
				.filter(candidate -> entry.code().equals(candidate.parentCode()) && candidate.usableOn(today)
						&& !candidate.levelCodes().isEmpty())
				.forEach(under::add);
		}
		if (under.isEmpty()) {
			throw new DomainException("surveys.error.specialty-without-levels", entry.code());
		}
		return under;
	}

	// --- rounds

	public long send(long templateId, long version, Commands.SendRound command) {
		SurveyTemplate template = managedTemplate(templateId);
		requireVersion(template.getVersion(), version);
		return sendRound(template, command, false);
	}

	/** The demo's history: a round whose deadline has passed long ago. */
	long sendPast(long templateId, Commands.SendRound command) {
		return sendRound(managedTemplate(templateId), command, true);
	}

	private long sendRound(SurveyTemplate template, Commands.SendRound command, boolean allowPast) {
		if (rounds.existsByTemplateIdAndYear(template.id(), command.year())) {
			throw new DomainException("surveys.error.year-taken", command.year());
		}
		SurveyRound round = new SurveyRound(template.id(), command.year(), command.deadline(), Bishkek.today(clock),
				allowPast);
		List<OrganizationView> chosen = recipients(template, command);
		if (chosen.isEmpty()) {
			throw new DomainException("surveys.error.no-recipients");
		}
		template.markSent();
		round = rounds.save(round);
		for (OrganizationView organization : chosen) {
			answers.save(new SurveyAnswer(round.id(), organization.id()));
		}
		audit.record("survey.round.sent", "survey_round", round.id(),
				Map.of("template", template.id(), "year", command.year(), "organizations", chosen.size()));
		return round.id();
	}

	List<OrganizationView> recipients(SurveyTemplate template, Commands.SendRound command) {
		Set<Long> reported = command.specialtyCodes().isEmpty() ? null : reportedEarlier(template.id(),
				command.specialtyCodes());
		return directory.organizations()
			.stream()
			.filter(organization -> command.kinds().isEmpty() ? organization.kind().teaches()
					: command.kinds().contains(organization.kind()))
			.filter(organization -> command.regions().isEmpty() || command.regions().contains(organization.region()))
			.filter(organization -> reported == null || reported.contains(organization.id()))
			.toList();
	}

	/** Organisations that reported a figure above zero for one of the specialties in an earlier round. */
	private Set<Long> reportedEarlier(long templateId, Collection<String> specialtyCodes) {
		String marks = specialtyCodes.stream().map(code -> "?").collect(Collectors.joining(","));
		List<Object> arguments = new ArrayList<>();
		arguments.add(templateId);
		arguments.addAll(specialtyCodes);
		return Set.copyOf(jdbc.queryForList("select distinct a.organization_id from survey_answer a "
				+ "join survey_round r on r.id = a.round_id join survey_answer_cell c on c.answer_id = a.id "
				+ "where r.template_id = ? and a.status = 'ACCEPTED' and c.amount > 0 and c.specialty_code in ("
				+ marks + ")", Long.class, arguments.toArray()));
	}

	@Transactional(readOnly = true)
	public List<RoundView> rounds(long templateId) {
		SurveyTemplate template = managedTemplate(templateId);
		return rounds.findByTemplateIdOrderByYearAsc(templateId).stream().map(round -> view(round, template)).toList();
	}

	@Transactional(readOnly = true)
	public RoundView round(long roundId) {
		SurveyRound round = rounds.findById(roundId).orElseThrow(SurveyService::roundNotFound);
		return view(round, managedTemplate(round.getTemplateId()));
	}

	/** Every answer of a round with its organisation, for the owner: who answered, who has not. */
	@Transactional(readOnly = true)
	public List<AnswerView> answersOf(long roundId) {
		SurveyRound round = rounds.findById(roundId).orElseThrow(SurveyService::roundNotFound);
		SurveyTemplate template = managedTemplate(round.getTemplateId());
		List<SurveyAnswer> found = answers.findByRoundIdOrderById(roundId);
		Map<Long, OrganizationView> organizations = organizations(found);
		RoundView roundView = view(round, template);
		return found.stream().map(answer -> view(answer, roundView, organizations, false)).toList();
	}

	/**
	 * Closes a round, after its deadline or early: from then on no organisation submits or saves an answer to it;
	 * answers already submitted can still be accepted.
	 */
	public void closeRound(long roundId, long version) {
		SurveyRound round = rounds.findById(roundId).orElseThrow(SurveyService::roundNotFound);
		managedTemplate(round.getTemplateId());
		requireVersion(round.getVersion(), version);
		boolean early = round.openOn(Bishkek.today(clock));
		round.close();
		rounds.saveAndFlush(round);
		audit.record("survey.round.closed", "survey_round", roundId, Map.of("early", early));
	}

	public void publish(long roundId, long version) {
		SurveyRound round = rounds.findById(roundId).orElseThrow(SurveyService::roundNotFound);
		managedTemplate(round.getTemplateId());
		requireVersion(round.getVersion(), version);
		round.publish();
		rounds.saveAndFlush(round);
		audit.record("survey.round.published", "survey_round", roundId);
	}

	/** The rounds whose summaries are published, newest first; anyone may read them. */
	@Transactional(readOnly = true)
	public List<RoundView> publishedRounds() {
		return rounds.findByPublishedTrueOrderByYearDesc().stream().map(round -> view(round,
				templates.findById(round.getTemplateId()).orElseThrow())).toList();
	}

	/** A published round and its template, for anyone; a round not published is not found. */
	@Transactional(readOnly = true)
	public PublishedRound publishedRound(long roundId) {
		SurveyRound round = rounds.findById(roundId).filter(SurveyRound::isPublished)
			.orElseThrow(SurveyService::roundNotFound);
		SurveyTemplate template = templates.findById(round.getTemplateId()).orElseThrow();
		return new PublishedRound(view(round, template), view(template));
	}

	public record PublishedRound(RoundView round, TemplateView template) {
	}

	public void accept(long answerId, long version) {
		decide(answerId, version, (answer, round) -> answer.accept(), "survey.answer.accepted", Map.of());
	}

	public void returnAnswer(long answerId, long version, String remarks) {
		decide(answerId, version, (answer, round) -> answer.returnWithRemarks(remarks, round), "survey.answer.returned",
				Map.of("remarks", remarks.strip()));
	}

	private void decide(long answerId, long version,
			java.util.function.BiConsumer<SurveyAnswer, SurveyRound> decision,
			String action, Map<String, ?> details) {
		SurveyAnswer answer = answers.findById(answerId).orElseThrow(SurveyService::answerNotFound);
		SurveyRound round = rounds.findById(answer.getRoundId()).orElseThrow(SurveyService::roundNotFound);
		managedTemplate(round.getTemplateId());
		requireVersion(answer.getVersion(), version);
		boolean wasAccepted = answer.getStatus() == AnswerStatus.ACCEPTED;
		decision.accept(answer, round);
		answers.saveAndFlush(answer);
		boolean accepted = answer.getStatus() == AnswerStatus.ACCEPTED;
		if (accepted && !wasAccepted) {
			acceptedTotals.add(round.id(), answerId);
		}
		else if (wasAccepted && !accepted) {
			acceptedTotals.remove(round.id(), answerId);
		}
		audit.record(action, "survey_answer", answerId, details);
	}

	// --- answers

	/** The answers of the organisations the person represents, newest first. */
	@Transactional(readOnly = true)
	public List<AnswerView> myAnswers() {
		Set<Long> organizations = access.representedOrganizations();
		if (organizations.isEmpty()) {
			return List.of();
		}
		List<SurveyAnswer> found = answers.findByOrganizationIdInOrderByIdDesc(organizations);
		Map<Long, OrganizationView> names = organizations(found);
		Map<Long, SurveyRound> roundsById = rounds.findByIdIn(found.stream().map(SurveyAnswer::getRoundId).toList())
			.stream()
			.collect(Collectors.toMap(SurveyRound::id, Function.identity()));
		Map<Long, SurveyTemplate> templatesById = templates
			.findAllById(roundsById.values().stream().map(SurveyRound::getTemplateId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(SurveyTemplate::id, Function.identity()));
		return found.stream().map(answer -> {
			SurveyRound round = roundsById.get(answer.getRoundId());
			return view(answer, view(round, templatesById.get(round.getTemplateId())), names, false);
		}).toList();
	}

	/** One answer with its template, for its organisation's representative or the request's owner. */
	@Transactional(readOnly = true)
	public AnswerForm answer(long answerId) {
		Readable readable = readable(answerId);
		SurveyAnswer answer = readable.answer();
		SurveyRound round = readable.round();
		SurveyTemplate template = readable.template();
		AnswerView view = view(answer, view(round, template), organizations(List.of(answer)), true);
		boolean editable = readable.own() && answer.getStatus().editable() && !round.isClosed()
				&& (answer.getStatus() == AnswerStatus.RETURNED || round.openOn(Bishkek.today(clock)));
		return new AnswerForm(view, view(template), editable, access.manages(template),
				answerFiles.views(template.definition(), answer.getFields()));
	}

	/**
	 * An answer and what it answers, with whether the person may change it now, whether they decide on it, and the
	 * files attached to its FILE fields by their codes.
	 */
	public record AnswerForm(AnswerView answer, TemplateView template, boolean editable, boolean decides,
			Map<String, FileView> files) {
	}

	/**
	 * The file attached to a FILE field of an answer, for those who may read the answer: its organisation's
	 * representative and the request's owner; to anyone else there is no such answer. The caller closes the stream.
	 */
	@Transactional(readOnly = true)
	public FileDownload file(long answerId, String fieldCode) {
		Readable readable = readable(answerId);
		FileView file = readable.template()
			.definition()
			.field(fieldCode)
			.filter(FormField::isFile)
			.flatMap(field -> answerFiles.view(readable.answer().getFields().get(fieldCode)))
			.orElseThrow(() -> new NotFoundException("surveys.error.file-not-found"));
		return new FileDownload(file, answerFiles.open(file.fileId()));
	}

	public record FileDownload(FileView file, java.io.InputStream content) {
	}

	private record Readable(SurveyAnswer answer, SurveyRound round, SurveyTemplate template, boolean own) {
	}

	private Readable readable(long answerId) {
		SurveyAnswer answer = answers.findById(answerId).orElseThrow(SurveyService::answerNotFound);
		SurveyRound round = rounds.findById(answer.getRoundId()).orElseThrow(SurveyService::roundNotFound);
		SurveyTemplate template = templates.findById(round.getTemplateId()).orElseThrow();
		boolean own = access.represents(answer.getOrganizationId());
		if (!own && !access.manages(template)) {
			throw answerNotFound();
		}
		return new Readable(answer, round, template, own);
	}

	/**
	 * Checks the input (for submission or as a draft) and, when it passes, keeps it; otherwise nothing changes and
	 * the violations are returned. FILE fields keep the files they have.
	 */
	public CheckedAnswer fill(long answerId, long version, AnswerInput input, boolean submit) {
		return fill(answerId, version, input, List.of(), submit);
	}

	/**
	 * Checks the input with the files chosen for FILE fields and, when it passes and every file is taken, keeps
	 * them: a file replaces the one its field had. A refused file (by its content, kind or size) is refused with
	 * its reason and nothing changes; with violations, no file is stored at all. The values of FILE fields never
	 * come from the input: a field without a new file keeps the one it has.
	 */
	public CheckedAnswer fill(long answerId, long version, AnswerInput input, List<Attachment> attachments,
			boolean submit) {
		return fillOn(answerId, version, input, attachments, submit, Bishkek.today(clock));
	}

	/** The demo's history: an answer given on a day of the past, when its round was open. */
	CheckedAnswer fillOn(long answerId, long version, AnswerInput input, boolean submit, LocalDate today) {
		return fillOn(answerId, version, input, List.of(), submit, today);
	}

	private CheckedAnswer fillOn(long answerId, long version, AnswerInput input, List<Attachment> attachments,
			boolean submit, LocalDate today) {
		SurveyAnswer answer = answers.findById(answerId).orElseThrow(SurveyService::answerNotFound);
		if (!access.represents(answer.getOrganizationId())) {
			throw new AccessDeniedException(SurveyAccess.NOT_ALLOWED);
		}
		requireVersion(answer.getVersion(), version);
		SurveyRound round = rounds.findById(answer.getRoundId()).orElseThrow(SurveyService::roundNotFound);
		SurveyTemplate template = templates.findById(round.getTemplateId()).orElseThrow();
		FormDefinition form = template.definition();
		Map<String, Attachment> chosen = new LinkedHashMap<>();
		attachments.stream()
			.filter(attachment -> form.field(attachment.field()).filter(FormField::isFile).isPresent())
			.forEach(attachment -> chosen.put(attachment.field(), attachment));
		Map<String, String> fields = new HashMap<>(input.fields());
		for (FormField field : form.fields()) {
			if (field.isFile()) {
				// a file still to be stored stands in as "0", so that a refused answer stores none
				fields.put(field.code(), chosen.containsKey(field.code()) ? "0"
						: answer.getFields().getOrDefault(field.code(), ""));
			}
		}
		CheckedAnswer checked = FormCheck.check(form, new AnswerInput(fields, input.cells()), submit);
		if (!checked.valid()) {
			return checked;
		}
		Map<String, Object> stored = new LinkedHashMap<>();
		if (!chosen.isEmpty()) {
			answer.requireEditable(round, today);
			for (Attachment attachment : chosen.values()) {
				long fileId = answerFiles.store(form.field(attachment.field()).orElseThrow(), attachment).id();
				fields.put(attachment.field(), Long.toString(fileId));
				stored.put(attachment.field(), fileId);
			}
			checked = FormCheck.check(form, new AnswerInput(fields, input.cells()), submit);
		}
		if (submit) {
			answer.submit(checked, round, today, clock.instant());
		}
		else {
			answer.saveDraft(checked, round, today);
		}
		answers.saveAndFlush(answer);
		audit.record(submit ? "survey.answer.submitted" : "survey.answer.draft-saved", "survey_answer", answerId,
				stored.isEmpty() ? Map.of() : Map.of("files", stored));
		return checked;
	}

	/** The largest workbook accepted, in bytes. */
	public static final int MAX_UPLOAD = 5 * 1024 * 1024;

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The answer's form as a workbook, with the values kept so far. */
	@Transactional(readOnly = true)
	public byte[] workbook(long answerId, java.util.Locale locale, AnswerWorkbook.Headings headings)
			throws java.io.IOException {
		AnswerForm form = answer(answerId);
		return AnswerWorkbook.write(answerId, form.template().definition(), form.template().rows(),
				form.answer().fields(), form.answer().cells(), locale, headings);
	}

	/**
	 * Reads a filled workbook, checked by its content and cell by cell, and keeps it as a draft; a workbook with any
	 * problem changes nothing and every problem is returned.
	 */
	public List<FileProblem> upload(long answerId, long version, byte[] content) {
		SurveyAnswer answer = answers.findById(answerId).orElseThrow(SurveyService::answerNotFound);
		if (!access.represents(answer.getOrganizationId())) {
			throw new AccessDeniedException(SurveyAccess.NOT_ALLOWED);
		}
		if (content.length == 0 || content.length > MAX_UPLOAD) {
			return List.of(new FileProblem(null, null, "surveys.upload.size", MAX_UPLOAD / (1024 * 1024)));
		}
		if (!XLSX.equals(new org.apache.tika.Tika().detect(content))) {
			return List.of(new FileProblem(null, null, "surveys.upload.not-xlsx"));
		}
		SurveyRound round = rounds.findById(answer.getRoundId()).orElseThrow(SurveyService::roundNotFound);
		SurveyTemplate template = templates.findById(round.getTemplateId()).orElseThrow();
		AnswerWorkbook.Reading reading = AnswerWorkbook.read(content, answerId, template.definition());
		if (!reading.problems().isEmpty()) {
			return reading.problems();
		}
		CheckedAnswer checked = fill(answerId, version, reading.input(), false);
		return checked.violations().stream().map(v -> new FileProblem(null, null, v.messageKey(), v.arguments()))
			.toList();
	}

	// --- views

	TemplateView view(SurveyTemplate template) {
		FormDefinition definition = template.definition();
		Map<String, LocalizedText> specialties = new HashMap<>();
		directory.classifierEntries(definition.rows().stream().map(FormRow::specialtyCode).distinct().toList())
			.forEach(entry -> specialties.put(entry.code(), entry.name()));
		Map<String, LocalizedText> levels = levelNames();
		List<RowView> rows = definition.rows()
			.stream()
			.map(row -> new RowView(row, specialties.getOrDefault(row.specialtyCode(), plain(row.specialtyCode())),
					levels.getOrDefault(row.levelCode(), plain(row.levelCode()))))
			.toList();
		return new TemplateView(template.id(), template.getVersion(), template.getOwnerType(), template.getOwnerId(),
				ownerName(template.getOwnerType(), template.getOwnerId()).orElse(plain("")), template.getTitle(),
				template.isSent(), definition, rows);
	}

	Map<String, LocalizedText> levelNames() {
		return directory.levels()
			.stream()
			.collect(Collectors.toMap(EducationLevelView::code, EducationLevelView::name, (a, b) -> a,
					LinkedHashMap::new));
	}

	private java.util.Optional<LocalizedText> ownerName(OwnerType type, long id) {
		return switch (type) {
			case ASSOCIATION -> associations.find(id).map(AssociationView::name);
			case AUTHORITY -> directory.authority(id).map(authority -> authority.name());
		};
	}

	private static RoundView view(SurveyRound round, SurveyTemplate template) {
		return new RoundView(round.id(), round.getVersion(), template.id(), template.getTitle(), round.getYear(),
				round.getDeadline(), round.isClosed(), round.isPublished());
	}

	private static AnswerView view(SurveyAnswer answer, RoundView round, Map<Long, OrganizationView> organizations,
			boolean withValues) {
		OrganizationView organization = organizations.get(answer.getOrganizationId());
		return new AnswerView(answer.id(), answer.getVersion(), round, answer.getOrganizationId(),
				organization == null ? plain("#" + answer.getOrganizationId()) : organization.name(),
				answer.getStatus(), answer.getRemarks(), answer.getSubmittedAt(),
				withValues ? answer.getFields() : Map.of(), withValues ? answer.cellValues() : Map.of());
	}

	private Map<Long, OrganizationView> organizations(List<SurveyAnswer> found) {
		return directory.organizations(found.stream().map(SurveyAnswer::getOrganizationId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(OrganizationView::id, Function.identity()));
	}

	SurveyTemplate managedTemplate(long id) {
		SurveyTemplate template = templates.findById(id).orElseThrow(SurveyService::templateNotFound);
		if (!access.manages(template)) {
			throw templateNotFound();
		}
		return template;
	}

	static LocalizedText plain(String text) {
		return new LocalizedText(text, text, text);
	}

	private static void requireVersion(long current, long expected) {
		if (current != expected) {
			throw new DomainException("surveys.error.stale");
		}
	}

	static NotFoundException templateNotFound() {
		return new NotFoundException("surveys.error.template-not-found");
	}

	static NotFoundException roundNotFound() {
		return new NotFoundException("surveys.error.round-not-found");
	}

	static NotFoundException answerNotFound() {
		return new NotFoundException("surveys.error.answer-not-found");
	}

	// Kinds that are offered on the sending form.
	public static List<OrganizationKind> teachingKinds() {
		return List.of(OrganizationKind.UNIVERSITY, OrganizationKind.COLLEGE);
	}

}
