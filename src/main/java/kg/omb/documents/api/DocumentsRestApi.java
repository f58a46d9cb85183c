package kg.omb.documents.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kg.omb.association.Associations;
import kg.omb.directory.Directory;
import kg.omb.directory.LegalActs;
import kg.omb.documents.DocumentView;
import kg.omb.documents.Documents;
import kg.omb.documents.VersionView;
import kg.omb.documents.discussion.DispositionTable;
import kg.omb.documents.discussion.PublicDiscussion;
import kg.omb.shared.NotFoundException;
import kg.omb.shared.web.Names;

/**
 * One normative document as open data (§10.7), read-only: what its public page shows. A document is public from
 * its first published version on, and only its published versions are; anything else answers 404 as if it did not
 * exist.
 */
@RestController
@RequestMapping(path = "/api/v1/documents/{id}", produces = "application/json")
@Tag(name = "Documents", description = "Normative documents: versions, clauses, comparison, public comments, dispositions")
class DocumentsRestApi {

	private final Documents documents;

	private final PublicDiscussion discussion;

	private final DispositionTable dispositions;

	private final Associations associations;

	private final Directory directory;

	private final LegalActs acts;

	DocumentsRestApi(Documents documents, PublicDiscussion discussion, DispositionTable dispositions,
			Associations associations, Directory directory, LegalActs acts) {
		this.documents = documents;
		this.discussion = discussion;
		this.dispositions = dispositions;
		this.associations = associations;
		this.directory = directory;
		this.acts = acts;
	}

	@GetMapping
	@Operation(summary = "The document: title, kind, status, OMB, codes, latest published version, discussion window, act, timeline")
	DocumentDetail document(@Parameter(description = "id of the document") @PathVariable long id) {
		DocumentView document = published(id);
		Long actId = document.inForceActId();
		DocumentDetail.ActRef act = actId == null ? null
				: acts.find(actId)
					.map(found -> new DocumentDetail.ActRef(found.id(), found.number(), found.signedOn(),
							found.effectiveOn()))
					.orElse(new DocumentDetail.ActRef(actId, null, null, null));
		DocumentDetail.AssociationRef association = new DocumentDetail.AssociationRef(document.associationId(),
				associations.find(document.associationId()).map(found -> Names.of(found.name())).orElse(null));
		return DocumentDetail.of(document, latestPublished(id), association, act, documents.timeline(id));
	}

	@GetMapping("/versions")
	@Operation(summary = "The published versions of the text, oldest first")
	List<VersionEntry> versions(@PathVariable long id) {
		published(id);
		return publishedVersions(id).stream().map(version -> VersionEntry.of(id, version)).toList();
	}

	@GetMapping("/versions/{number}/clauses")
	@Operation(summary = "The clauses of one published version, in the order of the text")
	List<ClauseEntry> clauses(@PathVariable long id,
			@Parameter(description = "number of the version") @PathVariable int number) {
		published(id);
		requirePublished(id, number);
		return documents.clauses(id, number).stream().map(ClauseEntry::of).toList();
	}

	@GetMapping("/compare")
	@Operation(summary = "Clause by clause, what changed from one published version to another")
	List<ChangeEntry> compare(@PathVariable long id,
			@Parameter(description = "number of the earlier version") @RequestParam int from,
			@Parameter(description = "number of the later version") @RequestParam int to) {
		published(id);
		requirePublished(id, from);
		requirePublished(id, to);
		return documents.compare(id, from, to).stream().map(ChangeEntry::of).toList();
	}

	@GetMapping("/comments")
	@Operation(summary = "The public discussion: every comment and reply in the order posted, hidden ones without their content")
	List<CommentEntry> comments(@PathVariable long id) {
		published(id);
		Map<Long, CommentEntry.OrganizationRef> organizations = new HashMap<>();
		return discussion.thread(id).stream().map(comment -> {
			Long organizationId = comment.getOrganizationId();
			CommentEntry.OrganizationRef organization = organizationId == null ? null
					: organizations.computeIfAbsent(organizationId, this::organization);
			return CommentEntry.of(comment, organization);
		}).toList();
	}

	@GetMapping("/dispositions")
	@Operation(summary = "The disposition table: every comment that opened a thread, not hidden, with its outcome")
	List<DispositionEntry> dispositions(@PathVariable long id) {
		published(id);
		return dispositions.rows(id).stream().map(DispositionEntry::of).toList();
	}

	private CommentEntry.OrganizationRef organization(long organizationId) {
		return new CommentEntry.OrganizationRef(organizationId,
				directory.organization(organizationId).map(found -> Names.of(found.name())).orElse(null));
	}

	/** The document, when it has a published version; else not found, as if it did not exist. */
	private DocumentView published(long id) {
		return documents.find(id)
			.filter(document -> !publishedVersions(id).isEmpty())
			.orElseThrow(() -> new NotFoundException("documents.error.not-found", id));
	}

	private void requirePublished(long id, int number) {
		if (publishedVersions(id).stream().noneMatch(version -> version.number() == number)) {
			throw new NotFoundException("documents.error.version-not-found", number);
		}
	}

	private int latestPublished(long id) {
		return publishedVersions(id).stream().mapToInt(VersionView::number).max().orElse(0);
	}

	private List<VersionView> publishedVersions(long id) {
		return documents.versions(id).stream().filter(VersionView::published).toList();
	}

}
