package kg.omb.files.domain;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import kg.omb.files.FileAccessPolicy;
import kg.omb.files.StoredFile;
import kg.omb.shared.Actor;

/** Whoever uploaded a file may read it. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploaderMayRead implements FileAccessPolicy {

	@Override
	public boolean mayRead(StoredFile file, Actor actor) {
		return file.uploadedBy() != null && file.uploadedBy().equals(actor.accountId());
	}

}
