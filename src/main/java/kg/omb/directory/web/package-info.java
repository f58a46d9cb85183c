/**
 * The directory's pages: the public lists of organisations and the classifier, the pages of an organisation, an
 * entry and a legal act, and the management pages where administrators, authority officers and organisation
 * representatives keep them.
 */
@NullMarked
package kg.omb.directory.web;

import org.jspecify.annotations.NullMarked;
