/** Pages of import and export: the management page with its jobs and reports, and the public exports. */
@NullMarked
package kg.omb.directory.transfer.web;

import org.jspecify.annotations.NullMarked;
