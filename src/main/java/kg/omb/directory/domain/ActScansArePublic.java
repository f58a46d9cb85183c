package kg.omb.directory.domain;

import org.springframework.stereotype.Component;

import kg.omb.files.FileAccessPolicy;
import kg.omb.files.StoredFile;
import kg.omb.shared.Actor;

/** Legal acts are public (§6): anyone, signed in or not, may read the scan of a recorded act. */
@Component
class ActScansArePublic implements FileAccessPolicy {

	private final LegalActRecords acts;

	ActScansArePublic(LegalActRecords acts) {
		this.acts = acts;
	}

	@Override
	public boolean mayRead(StoredFile file, Actor actor) {
		return acts.existsByFileId(file.id());
	}

}
