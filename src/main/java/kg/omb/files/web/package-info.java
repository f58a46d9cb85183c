/** Pages for uploads and downloads. */
@NullMarked
package kg.omb.files.web;

import org.jspecify.annotations.NullMarked;
