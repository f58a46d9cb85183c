package kg.omb.documents.domain;

import org.springframework.stereotype.Component;

import kg.omb.files.FileAccessPolicy;
import kg.omb.files.StoredFile;
import kg.omb.shared.Actor;

/** The Word original of a published version is as public as the version's text. */
@Component
class DocumentSourcesArePublic implements FileAccessPolicy {

	private final VersionRepository versions;

	DocumentSourcesArePublic(VersionRepository versions) {
		this.versions = versions;
	}

	@Override
	public boolean mayRead(StoredFile file, Actor actor) {
		return versions.existsBySourceFileIdAndPublishedTrue(file.id());
	}

}
