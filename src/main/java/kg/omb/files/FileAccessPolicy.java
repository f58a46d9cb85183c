package kg.omb.files;

import kg.omb.shared.Actor;

/**
 * A rule that lets someone read a file. The uploader and administrators may always; a module that publishes or
 * shares files (a document's attachment, a manuscript under review) declares a bean of this type to let the people
 * it chooses read them too. Access is granted when any policy says yes; a policy that does not know the file says no.
 */
public interface FileAccessPolicy {

	boolean mayRead(StoredFile file, Actor actor);

}
