package kg.omb.directory;

import java.util.List;

/**
 * What rests on a legal act. A module whose changes cite acts (the association module: OMBs created, chairs
 * confirmed, members approved) declares a bean of this type; an act's page lists what every such bean returns.
 */
public interface ActCitations {

	List<ActCitation> citing(long legalActId);

}
