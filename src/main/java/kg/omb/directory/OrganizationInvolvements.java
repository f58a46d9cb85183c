package kg.omb.directory;

import java.util.List;

/**
 * What an organisation is in other modules' structures: the association module declares a bean of this type to
 * say that it is the base organisation of an OMB or the leading organisation of a section (§14, §19). The
 * directory cannot ask that module itself (it depends on the directory), so the organisation's page lists what
 * every such bean returns, in the section {@code directory/organizations/detail :: involvements}.
 */
public interface OrganizationInvolvements {

	List<OrganizationInvolvement> of(long organizationId);

}
