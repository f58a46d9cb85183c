package kg.omb.documents.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import kg.omb.documents.DocumentKind;
import kg.omb.documents.DocumentStatus;
import kg.omb.documents.DocumentView;
import kg.omb.shared.web.Names;

/**
 * A document in a list of the API: what it is, where it stands, the OMB developing it, its codes and levels, the
 * day it entered (or, still ahead, enters) into force by its act, or the days of its discussion, and its public page.
 */
record DocumentItem(long id, Names title, DocumentKind kind, DocumentStatus status, long associationId,
		Set<String> codes, Set<String> levels, @Nullable LocalDate inForceSince,
		DocumentDetail.@Nullable Discussion discussion, String page) {

	static DocumentItem of(DocumentView document, @Nullable LocalDate inForceSince) {
		LocalDate opens = document.discussionOpenedOn();
		LocalDate closes = document.discussionClosesOn();
		return new DocumentItem(document.id(), Names.of(document.title()), document.kind(), document.status(),
				document.associationId(), new TreeSet<>(document.codes()), new TreeSet<>(document.levels()),
				inForceSince, opens == null || closes == null ? null : new DocumentDetail.Discussion(opens, closes),
				"/documents/" + document.id());
	}

}
